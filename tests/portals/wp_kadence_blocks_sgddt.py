"""Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh: WordPress 6.6, Kadence theme, Kadence Blocks, Yoast SEO.

Platform
--------
A WordPress 6.6 site on the Kadence theme (1.2.x) with Kadence Blocks (Posts block, Post
Grid/Carousel, Advanced Heading, Advanced Image, Info Box, Tabs, Accordion, Table of Contents,
Spacer), Yoast SEO 23 (``yoast-schema-graph`` JSON-LD, Yoast breadcrumbs printed by Kadence,
``article:published_time`` in UTC), Contextual Related Posts ("Bài viết liên quan"), Sassy Social
Share ("Chia sẻ"), Post Views Counter ("Lượt xem"), a3 Lazy Load and MonsterInsights (campaign
tags on feed links). Date format of the site: ``d/m/Y H:i``; ``posts_per_page`` = 4.

URL scheme
----------
- ``/``: a static front page built with Kadence blocks (carousel of "Tin tức - Sự kiện", a Posts
  grid of "Hoạt động chuyên môn", a list of "Thông báo"); header top bar (hotline, email, today
  "Thứ Bảy, 05/12/2026"), primary menu with drop-downs, sidebar, three footer widget columns.
- ``/chuyen-muc/<slug>/`` and ``/chuyen-muc/<slug>/page/<n>/``: category archives (Kadence
  ``#archive-container`` list, WordPress ``paginate_links`` numbers); ``/page/1/`` answers 301 to
  the archive, pages past the last one 404 (``redirect_canonical`` and WP's 404).
- ``/<yyyy>/<mm>/<dd>/<slug>/``: posts (any query string serves the same post, as WordPress
  ignores unknown query variables; a path without its final slash answers 301).
- ``/the/<slug>/`` tags, ``/tac-gia/<user>/`` (+ ``page/<n>/``) author archives of the CMS
  accounts, ``/<slug>/attachment/<name>/`` attachment pages, ``/feed/`` RSS (10 latest posts),
  ``/?p=<id>`` shortlinks (301 to the permalink), ``/?s=…`` search (no results), pages
  ``/gioi-thieu/``, ``/co-cau-to-chuc/``, ``/lien-he/``.

How each gold article is reached
--------------------------------
- Category "Tin tức - Sự kiện" (5 posts, 4 a page): A1, A4, A6, A8 on page 1 (and the home
  carousel); A11 only on ``/chuyen-muc/tin-tuc-su-kien/page/2/`` (and page 3 of the author
  archive): it is in no feed, no widget, no related list.
- "Hoạt động chuyên môn" (6 posts incl. A4, filed in two categories): A2, A4, A5, A7 on page 1;
  A10 and A12 on page 2. A12 is reachable only from page 2+ listings (category page 2, author
  archive page 3); A10 also from the feed and the related lists.
- "Thông báo" (3 gold posts + one password-protected post): A3, A9, A13 on page 1.
- The sidebar "Bài viết mới" widget on every page links the 5 latest (A1-A5); related lists and
  tag pages link a few more.

Traps
-----
1. Widgets inside the text's container. Sassy Social Share prints a "Chia sẻ" bar at the top and
   the bottom of ``.entry-content``, Post Views Counter a "Lượt xem: 1.234" line, Contextual
   Related Posts a "Bài viết liên quan:" list with thumbnails, titles and dates, all *inside*
   ``div.entry-content``. Gold: none of it is body; the related thumbnails are no images.
2. Kadence Tabs (A2). The tab titles are a ``ul.kt-tabs-title-list`` of ``#tab-…`` anchors
   before all the panels; the panels after the first are hidden by CSS only (no inline style).
   Gold: tab titles are navigation, not body; the text of *every* panel is body, in page order.
3. Kadence Accordion (A7). Each question is printed inside a ``<button>`` inside an
   ``<h3 class="kt-accordion-header-wrap">``; answers sit in ``kt-accordion-panel-hidden``.
   Gold: each question is a heading of the text (a paragraph) followed by its answer's
   paragraphs; a crawler that drops form controls loses the questions.
4. Kadence Table of Contents (A5): a box "Nội dung bài viết" with a numbered list of links to
   the headings, inside ``.entry-content`` before the first heading. Gold: not body (the headings
   themselves are body, once each).
5. Download cards (A3, A13): a Kadence Info Box whose ``<h2 class="kt-blocks-info-box-title">``
   reads "Tải về …" and a Gutenberg File block with an ``<object>`` PDF embed. Gold: not body
   (file-attachment lines), however heading-like their markup is.
6. Attachment pages (``/<slug>/attachment/<name>/``, linked from A1's photos) are printed with
   the single-post template: ``h1.entry-title`` (a Zalo file name), ``entry-meta`` with a date
   and the account, breadcrumbs, a description paragraph. Gold: not articles (NON_ARTICLES).
7. A password-protected post in "Thông báo": "Được bảo vệ: Danh sách trích ngang …", with a
   date, an author, a category and a password form instead of text; its excerpt reads
   "Không có tóm tắt vì đây là bài viết được bảo vệ.". Gold: not an article (NON_ARTICLES).
8. Yoast prints ``article:published_time`` and the graph's ``datePublished`` in UTC: A11 was
   posted at 06:15 on 30/10 local time, which Yoast prints "2026-10-29T23:15:00+00:00" (the
   previous day). Gold: "2026-10-30T06:15:00+07:00" (the page's own ``d/m/Y H:i`` line). A post
   edited after publication also carries a ``<time class="updated">`` right after the published
   one, hidden by CSS only (the hAtom pair Kadence prints; its text runs on: "20/11/2026
   00:0020/11/2026 09:25"); the update time is never the publication date.
9. The Yoast SEO title (``<title>``, ``og:title``, the WebPage ``name``) of A1 and A5 is worded
   differently from the headline. Gold: the title is the ``h1.entry-title`` as printed.
10. A post filed in two categories (A4): the Kadence taxonomy line above the headline prints
    "Hoạt động chuyên môn, Tin tức - Sự kiện" (alphabetical) and the post is listed in both
    archives, but the Yoast primary category, printed by the breadcrumb, is "Tin tức - Sự kiện".
    Gold: category "Tin tức - Sự kiện".
11. Bylines: Kadence's meta prints the CMS account ("quantri", "vanphong_sgd") linked to its
    author archive, the Yoast graph names it as the Article's author. The real byline is a
    right-aligned line at the end of the text in varied forms ("Tin, ảnh: Thu Hà",
    "Tin: Lê Minh - Ảnh: Hoàng Anh", "<strong>Nguyễn Hoài</strong> (Trường THPT Nguyễn Du)",
    "ThS. … <br> Phó Trưởng phòng GDTrH", "Hải Đăng (CTV)", a unit alone). Gold: the names only,
    never the accounts.
12. Comments after the text (A1, A6): commenters' names, dates ("04/12/2026 lúc 20:15") and
    ``comment-content`` paragraphs under ``#comments``; each comment has a "Trả lời" link
    ``?replytocom=<id>#respond`` that serves the same post (robots noindex). Gold: comments are
    not body; the replytocom URLs are alt_paths.
13. MonsterInsights tags the feed's links: ``/feed/`` links each of its 10 posts as
    ``<permalink>?utm_source=rss&#038;utm_medium=rss&#038;utm_campaign=<slug>``, which serves the
    post. Gold: those URLs are alt_paths of the 10 posts (A1-A10).
14. Lazy images (A4): a3 Lazy Load prints a placeholder GIF in ``src``, the photo in
    ``data-src`` and again in a ``<noscript>`` copy. Gold: the photo once, at its ``data-src``
    path. Elsewhere ``srcset`` lists other sizes: the gold path is the ``src`` as printed.
15. The editor pasted the headline again as a Kadence Advanced Heading at the top of A8's text.
    Gold: the repeated headline is not body. A8's time is printed "20/11/2026 00:00" (scheduled
    at midnight): the day alone, "2026-11-20".
16. Captions that are not body and not photos: a gallery's per-image ``figcaption`` (captions of
    their images, A6), a YouTube embed's ``figcaption`` (A6: no image, no text), a table's
    ``figcaption`` "Bảng 1. …" (A5: not body, the table rows are), a caption printed as a centred
    italic paragraph after its figure (A12: the caption of that photo, not body), a caption in
    parentheses in a legacy ``wp-caption`` (A8: parentheses taken off) and one that only credits
    a photographer ("Ảnh: Thiên Vỹ" -> caption None, photographer).
17. A3 is an official notice (letterhead table, "Số: 2381/TB-SGDĐT", "Hà Tĩnh, ngày 30 tháng 11
    năm 2026", "THÔNG BÁO" + subject, "Nơi nhận" and "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" + name), posted
    on 02/12/2026 14:00. Gold: date "2026-11-30", author the signer, letterhead/closing not body.
18. Text as WordPress stores it: quotes and dashes through ``wptexturize`` (``&#8220;``,
    ``&#8211;``, ``&#8230;``), "GD&amp;ĐT" everywhere, A10's paragraphs pasted in decomposed
    Unicode (NFD), empty ``<p>&nbsp;</p>`` spacers and Kadence Spacer ``<hr>`` blocks, one ``<br>``
    inside a paragraph (A9: two paragraphs). Gold: NFC text, the ``<br>`` splits.

Gold decisions on ambiguous points
----------------------------------
- Tab titles (trap 2) are not body; accordion questions (trap 3) are.
- A gallery image's own ``figcaption`` is its caption; the gallery has no common caption.
- A table's ``figcaption`` is a caption (not body); its rows are body ("a | b | c").
- The featured image is not shown on single posts (Kadence option off); it is only ``og:image``,
  the listings' thumbnail and the Yoast ``primaryimage``: not an article image.
- "Bài, ảnh: X" reads like "Tin, ảnh: X": X is author and photographer.
- "Theo Báo Hà Tĩnh" as a closing right-aligned line is the source; A10's body sentence
  "Theo đánh giá của Phòng GD&ĐT…" is text.
- A13's "📌 " is a typed character: kept.
- Sapo: a bold (or bold italic) first paragraph is the summary (A1, A4, A6, A11); elsewhere null.
"""

from __future__ import annotations

import hashlib
import html as _html
import json
import re
import unicodedata
from datetime import UTC, datetime, timedelta, timezone

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

NAME = "wp_kadence_blocks_sgddt"
PLATFORM = "WordPress 6.6 + Kadence theme + Kadence Blocks + Yoast SEO"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo Hà Tĩnh"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4
TZ = timezone(timedelta(hours=7))

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
}
CAT_DESC = {
    "tin-tuc-su-kien": "Tin hoạt động của Sở và các cơ sở giáo dục trên địa bàn tỉnh.",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn, nghiệp vụ các cấp học.",
    "thong-bao": "Thông báo của Sở Giáo dục và Đào tạo.",
}
TAGS = {
    "chuyen-doi-so": "chuyển đổi số",
    "chuong-trinh-gdpt-2018": "chương trình GDPT 2018",
    "giao-vien-day-gioi": "giáo viên dạy giỏi",
}
ACCOUNTS = {"quantri": "quantri", "vanphong_sgd": "vanphong_sgd"}

UP = "/wp-content/uploads"


def right(inner: str) -> Raw:
    """A right-aligned closing line (byline, unit, source)."""
    return Raw(f'<p class="has-text-align-right">{inner}</p>')


def _uid(seed: str, n: int = 6) -> str:
    return hashlib.md5(seed.encode("utf-8")).hexdigest()[:n]


def _slugify(value: str) -> str:
    s = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


# --- the 13 gold articles -------------------------------------------------------------------

A1_IMG1 = "z6071834512093_4be1c9a0d7f2e8b3a5c6d9e0f1a2b3c4"
A1_IMG2 = "z6071834637781_9d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a"
A1_SLUG = "so-ket-chuyen-doi-so-nganh-giao-duc-nam-2026"

TABS_A2 = ["Nội dung", "Thành phần", "Kết quả"]

STORIES: list[Story] = [
    Story(
        id=4891,
        slug=A1_SLUG,
        title="Sơ kết công tác chuyển đổi số ngành Giáo dục Hà Tĩnh năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-12-04T16:20:00+07:00",
        summary=(
            "Chiều 4/12, Sở GD&ĐT Hà Tĩnh tổ chức hội nghị sơ kết công tác chuyển đổi số năm 2026 và "
            "triển khai nhiệm vụ năm 2027. Hội nghị được tổ chức theo hình thức trực tiếp kết hợp "
            "trực tuyến đến 13 phòng GD&ĐT cấp huyện và 56 trường THPT trong tỉnh."
        ),
        blocks=[
            P(
                "Chiều 4/12, Sở GD&ĐT Hà Tĩnh tổ chức hội nghị sơ kết công tác chuyển đổi số năm 2026 và "
                "triển khai nhiệm vụ năm 2027. Hội nghị được tổ chức theo hình thức trực tiếp kết hợp "
                "trực tuyến đến 13 phòng GD&ĐT cấp huyện và 56 trường THPT trong tỉnh.",
                "lead",
            ),
            Img(
                f"{UP}/2026/12/{A1_IMG1}-1024x683.jpg",
                "Đồng chí Trần Quốc Việt, Giám đốc Sở GD&ĐT phát biểu chỉ đạo hội nghị.",
                "Đồng chí Trần Quốc Việt, Giám đốc Sở GD&ĐT phát biểu chỉ đạo hội nghị.",
                "att",
            ),
            P(
                "Báo cáo tại hội nghị cho biết, năm 2026 toàn ngành đã hoàn thành số hóa hồ sơ cán bộ, "
                "giáo viên trên cơ sở dữ liệu ngành; 100% cơ sở giáo dục phổ thông sử dụng sổ điểm điện "
                "tử, học bạ số được triển khai đại trà ở cấp tiểu học và THCS. Việc thu học phí và các "
                "khoản thu dịch vụ không dùng tiền mặt đạt tỷ lệ 96,4%."
            ),
            P("Nhiều chỉ tiêu vượt kế hoạch", "kh2"),
            P(
                "Hệ thống tuyển sinh đầu cấp trực tuyến vận hành ổn định với hơn 41.000 hồ sơ đăng ký "
                "vào lớp 1, lớp 6 và lớp 10. Kho học liệu số dùng chung của tỉnh đã có trên 12.500 bài "
                "giảng điện tử, video bài học và đề kiểm tra được thẩm định, tăng gần gấp đôi so với "
                "cuối năm 2025."
            ),
            P(
                "Đáng chú ý, 100% thủ tục hành chính thuộc thẩm quyền giải quyết của Sở được cung cấp "
                "trực tuyến toàn trình; tỷ lệ hồ sơ nộp trực tuyến đạt 87%. Nhiều đơn vị như Phòng "
                "GD&ĐT Cẩm Xuyên, Trường THPT chuyên Hà Tĩnh, Trường THCS Nguyễn Tuấn Thiện đã xây dựng "
                "được mô hình quản trị nhà trường trên nền tảng số hiệu quả."
            ),
            Img(
                f"{UP}/2026/12/{A1_IMG2}-1024x683.jpg",
                "Các đại biểu tham dự hội nghị tại điểm cầu Sở GD&ĐT.",
                "Các đại biểu tham dự hội nghị tại điểm cầu Sở GD&ĐT.",
                "att",
            ),
            P(
                "Tuy vậy, hội nghị cũng chỉ ra một số hạn chế như hạ tầng mạng ở các điểm trường miền "
                "núi chưa đồng bộ, thiết bị dạy học số còn thiếu; một bộ phận giáo viên lớn tuổi còn "
                "lúng túng khi khai thác học liệu số."
            ),
            P("Năm 2027: lấy người học làm trung tâm", "kh2"),
            P(
                "Phát biểu chỉ đạo, đồng chí Trần Quốc Việt, Giám đốc Sở GD&ĐT đề nghị các đơn vị tiếp "
                "tục hoàn thiện cơ sở dữ liệu ngành, bảo đảm dữ liệu “đúng, đủ, sạch, sống”; đẩy mạnh "
                "ứng dụng trí tuệ nhân tạo trong hỗ trợ dạy học và kiểm tra, đánh giá một cách có kiểm "
                "soát."
            ),
            P(
                "Giám đốc Sở cũng yêu cầu mỗi nhà trường xây dựng kế hoạch bồi dưỡng năng lực số cho "
                "giáo viên và học sinh, gắn với việc thực hiện Chương trình giáo dục phổ thông 2018, "
                "phấn đấu đến cuối năm 2027 có ít nhất 30% cơ sở giáo dục đạt tiêu chí trường học số."
            ),
            P(
                "Dịp này, Sở GD&ĐT đã tặng Giấy khen cho 18 tập thể và 25 cá nhân có thành tích xuất sắc "
                "trong công tác chuyển đổi số năm 2026."
            ),
            right("<strong>Tin, ảnh: Thu Hà</strong>"),
        ],
        authors=["Thu Hà"],
        photographers=["Thu Hà"],
        opts={
            "account": "quantri",
            "modified": "2026-12-05T08:02:00+07:00",
            "tags": ["chuyen-doi-so"],
            "seo_title": "Chuyển đổi số giáo dục Hà Tĩnh năm 2026: kết quả và nhiệm vụ",
            "thumb": f"{UP}/2026/12/{A1_IMG1}",
            "comments": [
                (
                    1287,
                    "Phụ huynh Lê Thị Hoa",
                    "2026-12-04T20:15:00+07:00",
                    "Học bạ số giúp phụ huynh theo dõi kết quả học tập của con thuận tiện hơn nhiều. "
                    "Mong Sở sớm triển khai cho cả cấp THPT.",
                ),
                (
                    1291,
                    "Nguyễn Văn Tâm",
                    "2026-12-05T07:40:00+07:00",
                    "Đề nghị Sở quan tâm hơn đến đường truyền ở các điểm trường lẻ vùng núi Hương Khê, "
                    "Vũ Quang.",
                ),
            ],
        },
    ),
    Story(
        id=4886,
        slug="tap-huan-day-hoc-lich-su-va-dia-li-cap-thcs",
        title="Tập huấn nâng cao năng lực dạy học môn Lịch sử và Địa lí cấp THCS",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-12-03T09:45:00+07:00",
        blocks=[
            P(
                "Từ ngày 01 đến 03/12/2026, tại Trường THCS Lê Văn Thiêm (TP Hà Tĩnh), Sở GD&ĐT tổ chức "
                "lớp tập huấn nâng cao năng lực dạy học môn Lịch sử và Địa lí cấp THCS cho 186 giáo viên "
                "cốt cán đến từ các phòng GD&ĐT trong tỉnh."
            ),
            Img(
                f"{UP}/2026/12/tap-huan-ls-dl-thcs-1.jpg",
                "Báo cáo viên hướng dẫn giáo viên thiết kế chủ đề dạy học tích hợp.",
                "Báo cáo viên hướng dẫn giáo viên thiết kế chủ đề dạy học tích hợp.",
                "kb",
            ),
            P(
                "Lớp tập huấn nhằm tháo gỡ những khó khăn trong tổ chức dạy học môn học tích hợp, đặc biệt "
                "là việc phân công giáo viên, xây dựng kế hoạch dạy học và kiểm tra, đánh giá theo yêu "
                "cầu cần đạt của chương trình."
            ),
            Raw("<!--tabs-open-->"),
            Raw("<!--tab-1-->"),
            P("Các học viên được bồi dưỡng ba chuyên đề chính:"),
            P(
                "Xây dựng kế hoạch dạy học các chủ đề chung của phân môn Lịch sử và phân môn Địa lí;",
                "li",
            ),
            P("Sử dụng bản đồ, tư liệu lịch sử và học liệu số trong dạy học;", "li"),
            P("Thiết kế đề kiểm tra định kỳ theo ma trận, bản đặc tả mới.", "li"),
            Raw("<!--tab-2-->"),
            P(
                "Thành phần tham dự gồm tổ trưởng chuyên môn, giáo viên cốt cán môn Lịch sử và Địa lí của "
                "các trường THCS, trường TH&THCS; chuyên viên phụ trách cấp THCS của 13 phòng GD&ĐT."
            ),
            Raw("<!--tab-3-->"),
            P(
                "Sau ba ngày làm việc, 100% học viên hoàn thành bài thu hoạch; các nhóm đã xây dựng được "
                "24 kế hoạch bài dạy minh họa cho các chủ đề chung ở lớp 6, 7, 8 và 9."
            ),
            P(
                "Các sản phẩm tốt sẽ được Sở chọn lọc, đưa lên kho học liệu số dùng chung của ngành để giáo "
                "viên toàn tỉnh tham khảo."
            ),
            Raw("<!--tabs-close-->"),
            P(
                "Sau tập huấn, giáo viên cốt cán có trách nhiệm triển khai lại nội dung cho đồng nghiệp tại "
                "đơn vị trước ngày 20/12/2026 và báo cáo kết quả về Sở qua Phòng Giáo dục Trung học."
            ),
            right("<em>Phòng GDTrH</em>"),
        ],
        authors=["Phòng GDTrH"],
        opts={
            "account": "quantri",
            "modified": "2026-12-03T10:02:00+07:00",
            "tags": ["chuong-trinh-gdpt-2018"],
            "thumb": f"{UP}/2026/12/tap-huan-ls-dl-thcs-1",
        },
    ),
    Story(
        id=4880,
        slug="thong-bao-ket-qua-xet-tuyen-vien-chuc-giao-vien-dot-2",
        title="Thông báo kết quả xét tuyển viên chức giáo viên năm 2026 (đợt 2)",
        cat="thong-bao",
        published_at="2026-11-30",
        blocks=[
            Raw(
                '<figure class="wp-block-table is-style-regular"><table class="has-fixed-layout"><tbody>'
                '<tr><td class="has-text-align-center" data-align="center"><strong>UBND TỈNH HÀ TĨNH<br>'
                "SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br>Số: 2381/TB-SGDĐT</td>"
                '<td class="has-text-align-center" data-align="center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA '
                "VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</strong><br><em>Hà Tĩnh, ngày 30 tháng 11 năm "
                "2026</em></td></tr></tbody></table></figure>"
            ),
            Raw(
                '<p class="has-text-align-center"><strong>THÔNG BÁO</strong><br><strong>Kết quả xét '
                "tuyển viên chức giáo viên năm 2026 (đợt 2)</strong></p>"
            ),
            P(
                "Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ quy định về tuyển dụng, "
                "sử dụng và quản lý viên chức; Nghị định số 85/2023/NĐ-CP ngày 07/12/2023 sửa đổi, bổ sung "
                "một số điều của Nghị định số 115/2020/NĐ-CP;",
                "just",
            ),
            P(
                "Căn cứ Kế hoạch số 1920/KH-SGDĐT ngày 15/9/2026 của Sở Giáo dục và Đào tạo về tuyển dụng "
                "viên chức giáo viên năm 2026 (đợt 2);",
                "just",
            ),
            P(
                "Căn cứ kết quả xét tuyển vòng 2 của Hội đồng xét tuyển viên chức, Sở Giáo dục và Đào tạo "
                "thông báo như sau:",
                "just",
            ),
            P(
                "1. Kết quả xét tuyển: có 47 thí sinh trúng tuyển viên chức giáo viên, trong đó: THPT 39 "
                "chỉ tiêu, giáo dục thường xuyên 8 chỉ tiêu (có danh sách kèm theo).",
                "just",
            ),
            P(
                "2. Thí sinh trúng tuyển hoàn thiện hồ sơ tuyển dụng và nộp trực tiếp tại Phòng Tổ chức "
                "cán bộ, Sở Giáo dục và Đào tạo trong thời hạn 30 ngày kể từ ngày nhận được thông báo này.",
                "just",
            ),
            P(
                "3. Trường hợp thí sinh trúng tuyển không hoàn thiện đủ hồ sơ tuyển dụng hoặc có hành vi "
                "gian lận trong việc kê khai Phiếu đăng ký dự tuyển thì Sở sẽ ra quyết định hủy kết quả "
                "trúng tuyển.",
                "just",
            ),
            P("Sở Giáo dục và Đào tạo thông báo để các thí sinh biết, thực hiện./.", "just"),
            Raw(
                '<figure class="wp-block-table"><table class="has-fixed-layout"><tbody><tr>'
                "<td><strong><em>Nơi nhận:</em></strong><br>- Như trên;<br>- UBND tỉnh (để b/c);<br>"
                "- Cổng TTĐT Sở;<br>- Lưu: VT, TCCB.</td>"
                '<td class="has-text-align-center" data-align="center"><strong>KT. GIÁM ĐỐC<br>PHÓ GIÁM '
                "ĐỐC</strong><br><br><br><br><strong>Lê Thị Minh Hằng</strong></td></tr></tbody></table>"
                "</figure>"
            ),
            Raw("<!--infobox:/wp-content/uploads/2026/12/TB-2381-SGDDT-ket-qua-xet-tuyen.pdf:"
                "Tải về Thông báo số 2381/TB-SGDĐT và danh sách kèm theo-->"),
            Raw("<!--fileblock:/wp-content/uploads/2026/12/TB-2381-SGDDT-ket-qua-xet-tuyen.pdf:"
                "TB-2381-SGDDT-ket-qua-xet-tuyen-->"),
        ],
        authors=["Lê Thị Minh Hằng"],
        opts={
            "account": "vanphong_sgd",
            "posted": "2026-12-02T14:00:00+07:00",
            "modified": "2026-12-02T14:06:00+07:00",
        },
    ),
    Story(
        id=4877,
        slug="truong-thpt-nguyen-du-dat-chuan-quoc-gia-muc-do-2",
        title="Trường THPT Nguyễn Du đón Bằng công nhận đạt chuẩn quốc gia mức độ 2",
        cat="tin-tuc-su-kien",
        published_at="2026-12-01T07:30:00+07:00",
        summary=(
            "Sáng 30/11, Trường THPT Nguyễn Du (huyện Nghi Xuân) long trọng tổ chức lễ đón nhận Bằng "
            "công nhận trường đạt chuẩn quốc gia mức độ 2 và kỷ niệm 50 năm ngày thành lập trường."
        ),
        blocks=[
            P(
                "Sáng 30/11, Trường THPT Nguyễn Du (huyện Nghi Xuân) long trọng tổ chức lễ đón nhận Bằng "
                "công nhận trường đạt chuẩn quốc gia mức độ 2 và kỷ niệm 50 năm ngày thành lập trường.",
                "lead-em",
            ),
            Img(
                f"{UP}/2026/12/thpt-nguyen-du-chuan-qg-1-1024x576.jpg",
                "Lãnh đạo Sở GD&ĐT trao Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 cho nhà trường.",
                "Lãnh đạo Sở GD&ĐT trao Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 cho nhà trường.",
                "lazy",
            ),
            P(
                "Thành lập năm 1976, trải qua nửa thế kỷ xây dựng và phát triển, Trường THPT Nguyễn Du đã "
                "trở thành một trong những địa chỉ giáo dục tin cậy của vùng đất Nghi Xuân. Năm học "
                "2025 - 2026, nhà trường có 1.186 học sinh với 29 lớp; 100% giáo viên đạt chuẩn, trong đó "
                "31% có trình độ thạc sĩ."
            ),
            P(
                "Những năm gần đây, chất lượng giáo dục toàn diện của nhà trường có nhiều chuyển biến. Tỷ "
                "lệ tốt nghiệp THPT liên tục đạt 100%, điểm trung bình thi tốt nghiệp xếp trong tốp 15 của "
                "tỉnh; đội tuyển học sinh giỏi giành 42 giải cấp tỉnh trong năm học vừa qua."
            ),
            P(
                "Cơ sở vật chất được đầu tư đồng bộ với khu phòng học bộ môn, nhà đa năng, thư viện điện tử "
                "và hệ thống phòng học thông minh. Môi trường sư phạm xanh, sạch, đẹp, an toàn tạo điều "
                "kiện thuận lợi cho hoạt động dạy và học."
            ),
            Img(
                f"{UP}/2026/12/thpt-nguyen-du-chuan-qg-2-1024x576.jpg",
                "Học sinh nhà trường biểu diễn văn nghệ chào mừng buổi lễ.",
                "Học sinh nhà trường biểu diễn văn nghệ chào mừng buổi lễ.",
                "lazy",
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Phan Đức Trung, Phó Giám đốc Sở GD&ĐT ghi nhận những nỗ "
                "lực của tập thể sư phạm nhà trường, đồng thời đề nghị trường tiếp tục duy trì, nâng cao "
                "các tiêu chuẩn đã đạt, đẩy mạnh đổi mới phương pháp dạy học và chuyển đổi số trong quản "
                "trị."
            ),
            right("<strong>Nguyễn Hoài</strong> (Trường THPT Nguyễn Du)"),
        ],
        authors=["Nguyễn Hoài"],
        opts={
            "account": "quantri",
            "modified": "2026-12-01T09:12:00+07:00",
            "extra_cats": ["hoat-dong-chuyen-mon"],
            "thumb": f"{UP}/2026/12/thpt-nguyen-du-chuan-qg-1",
        },
    ),
    Story(
        id=4871,
        slug="huong-dan-kiem-tra-danh-gia-dinh-ky-hoc-ky-i-2026-2027",
        title="Hướng dẫn tổ chức kiểm tra, đánh giá định kỳ học kỳ I năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-28T10:15:00+07:00",
        blocks=[
            P(
                "Thực hiện Kế hoạch thời gian năm học 2026 - 2027, Sở GD&ĐT hướng dẫn các phòng GD&ĐT, các "
                "trường THPT và trung tâm GDNN-GDTX tổ chức kiểm tra, đánh giá định kỳ học kỳ I như sau."
            ),
            Raw("<!--toc-->"),
            P("1. Đối với cấp tiểu học", "kh2"),
            P(
                "Thực hiện đánh giá định kỳ theo Thông tư số 27/2020/TT-BGDĐT. Bài kiểm tra cuối học kỳ I "
                "được thực hiện đối với các môn Tiếng Việt, Toán, Ngoại ngữ 1 ở các lớp 1 đến lớp 5, môn "
                "Khoa học, Lịch sử và Địa lí, Tin học và Công nghệ ở lớp 4, lớp 5."
            ),
            P(
                "Đề kiểm tra do nhà trường xây dựng, bảo đảm phù hợp với yêu cầu cần đạt của chương trình; "
                "bài kiểm tra được giáo viên sửa lỗi, nhận xét, cho điểm theo thang điểm 10 và trả lại cho "
                "học sinh."
            ),
            P("2. Đối với cấp THCS và THPT", "kh2"),
            P(
                "Các môn đánh giá bằng nhận xét kết hợp với điểm số: thực hiện kiểm tra theo ma trận và bản "
                "đặc tả do tổ chuyên môn xây dựng;",
                "li",
            ),
            P(
                "Tỷ lệ câu hỏi ở các mức độ nhận biết, thông hiểu, vận dụng phù hợp với đối tượng học sinh "
                "của đơn vị;",
                "li",
            ),
            P(
                "Các trường THPT thực hiện đề kiểm tra chung đối với các môn Toán, Ngữ văn, Tiếng Anh ở khối "
                "12 để làm quen với định dạng đề thi tốt nghiệp từ năm 2027.",
                "li",
            ),
            P("Cấp học | Thời gian kiểm tra | Hoàn thành nhập điểm", "th"),
            P("Tiểu học | Từ 05/01 đến 09/01/2027 | 12/01/2027", "tr"),
            P("THCS | Từ 29/12/2026 đến 09/01/2027 | 13/01/2027", "tr"),
            P("THPT, GDTX | Từ 25/12/2026 đến 08/01/2027 | 12/01/2027", "tr"),
            Raw('<figcaption class="wp-element-caption">Bảng 1. Khung thời gian kiểm tra cuối học kỳ I'
                "</figcaption>"),
            P("3. Tổ chức thực hiện", "kh2"),
            P(
                "Các đơn vị xây dựng kế hoạch kiểm tra cụ thể, bảo đảm nghiêm túc, khách quan, đúng thực "
                "chất; không tổ chức ôn thi tràn lan gây áp lực cho học sinh. Kết quả kiểm tra được cập "
                "nhật trên phần mềm quản lý nhà trường đúng thời hạn."
            ),
            P(
                "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Sở GD&ĐT (qua Phòng "
                "Quản lý chất lượng, điện thoại 0239.3856.124) để được hướng dẫn."
            ),
            right("<strong>Phòng Quản lý chất lượng</strong>"),
        ],
        authors=["Phòng Quản lý chất lượng"],
        opts={
            "account": "quantri",
            "modified": "2026-11-29T16:40:00+07:00",
            "tags": ["chuyen-doi-so"],
            "seo_title": "Hướng dẫn kiểm tra cuối học kỳ I năm học 2026-2027",
        },
    ),
    Story(
        id=4866,
        slug="hoi-thi-giao-vien-day-gioi-cap-tinh-bac-mam-non",
        title="Hội thi giáo viên dạy giỏi cấp tỉnh bậc học Mầm non năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-11-26T15:40:00+07:00",
        summary=(
            "Từ ngày 23 đến 26/11/2026, Sở GD&ĐT tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh bậc học "
            "Mầm non năm học 2026 - 2027 tại Trường Mầm non Hoa Sen (TP Hà Tĩnh) và Trường Mầm non "
            "Thạch Trung."
        ),
        blocks=[
            P(
                "Từ ngày 23 đến 26/11/2026, Sở GD&ĐT tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh bậc học "
                "Mầm non năm học 2026 - 2027 tại Trường Mầm non Hoa Sen (TP Hà Tĩnh) và Trường Mầm non "
                "Thạch Trung.",
                "lead",
            ),
            P(
                "Tham gia hội thi có 142 giáo viên là những giáo viên đã đạt danh hiệu giáo viên dạy giỏi "
                "cấp huyện, đại diện cho 13 huyện, thị xã, thành phố. Mỗi giáo viên trải qua hai phần thi: "
                "trình bày biện pháp nâng cao chất lượng chăm sóc, giáo dục trẻ và thực hành tổ chức một "
                "hoạt động giáo dục."
            ),
            P(
                "Ở phần thực hành, các giáo viên đã chú trọng tổ chức hoạt động theo hướng lấy trẻ làm "
                "trung tâm, tạo cơ hội cho trẻ được trải nghiệm, khám phá; nhiều tiết dạy sử dụng nguyên "
                "vật liệu địa phương, đồ dùng tự làm sáng tạo."
            ),
            Img(
                f"{UP}/2026/11/gvdg-mam-non-2026-1-1024x768.jpg",
                "Một tiết dạy hoạt động khám phá khoa học của giáo viên Phòng GD&ĐT Can Lộc.",
                "Một tiết dạy hoạt động khám phá khoa học của giáo viên Phòng GD&ĐT Can Lộc.",
                "gal",
            ),
            Img(
                f"{UP}/2026/11/gvdg-mam-non-2026-2-1024x768.jpg",
                "Trẻ hào hứng tham gia trò chơi dân gian trong tiết dạy.",
                "Trẻ hào hứng tham gia trò chơi dân gian trong tiết dạy.",
                "gal",
            ),
            Img(
                f"{UP}/2026/11/gvdg-mam-non-2026-3-1024x768.jpg",
                "Ban Giám khảo trao đổi, góp ý sau tiết dạy.",
                "Ban Giám khảo trao đổi, góp ý sau tiết dạy.",
                "gal",
            ),
            P(
                "Kết thúc hội thi, Ban Tổ chức đã công nhận 118 giáo viên đạt danh hiệu giáo viên dạy giỏi "
                "cấp tỉnh. Nhiều giáo viên trẻ mới vào nghề đạt kết quả cao, thể hiện sự chuẩn bị công phu "
                "và tinh thần cầu thị."
            ),
            Raw("<!--youtube:Xq3tR8kLm2A:Video: Tiết dạy đạt kết quả cao tại hội thi-->"),
            P(
                "Theo đánh giá của Ban Giám khảo, hội thi là dịp để giáo viên mầm non học hỏi, chia sẻ kinh "
                "nghiệm, góp phần nâng cao chất lượng thực hiện Chương trình giáo dục mầm non trên địa bàn "
                "tỉnh."
            ),
            right("<strong>Tin: Lê Minh - Ảnh: Hoàng Anh</strong>"),
        ],
        authors=["Lê Minh"],
        photographers=["Hoàng Anh"],
        opts={
            "account": "quantri",
            "modified": "2026-11-27T08:30:00+07:00",
            "tags": ["giao-vien-day-gioi"],
            "thumb": f"{UP}/2026/11/gvdg-mam-non-2026-1",
            "comments": [
                (
                    1276,
                    "Hoàng Thị Mai",
                    "2026-11-26T21:03:00+07:00",
                    "Chúc mừng các cô giáo đạt giải! Tiết dạy của cô giáo Can Lộc rất sáng tạo.",
                ),
            ],
        },
    ),
    Story(
        id=4859,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học: những câu hỏi thường gặp",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-24T08:00:00+07:00",
        blocks=[
            P(
                "Sinh hoạt chuyên môn theo nghiên cứu bài học đã được triển khai ở các trường phổ thông Hà "
                "Tĩnh gần 10 năm. Tuy vậy, qua kiểm tra, nhiều tổ chuyên môn vẫn còn băn khoăn về cách thực "
                "hiện. Bài viết tổng hợp một số câu hỏi thường gặp và gợi ý trả lời."
            ),
            Raw("<!--acc-open-->"),
            Raw("<!--pane-->"),
            P("Nghiên cứu bài học khác gì so với dự giờ, thao giảng truyền thống?", "acc"),
            P(
                "Dự giờ truyền thống tập trung đánh giá, xếp loại giờ dạy của giáo viên. Nghiên cứu bài học "
                "hướng sự quan sát vào hoạt động học của học sinh: học sinh học như thế nào, gặp khó khăn "
                "ở đâu, vì sao, để cùng điều chỉnh thiết kế bài học."
            ),
            Raw("<!--pane-->"),
            P("Có cần chọn giáo viên giỏi nhất để dạy minh họa?", "acc"),
            P(
                "Không nhất thiết. Bài dạy minh họa là sản phẩm chung của cả tổ, mọi giáo viên đều có thể "
                "dạy minh họa. Điều quan trọng là người dự quan sát và ghi chép trung thực những gì diễn ra "
                "với học sinh."
            ),
            Raw("<!--pane-->"),
            P("Sau giờ dạy minh họa, buổi thảo luận nên tổ chức thế nào?", "acc"),
            P(
                "Người dạy chia sẻ trước về mục tiêu và những điều mình tâm đắc, băn khoăn. Tiếp đó, người "
                "dự nêu các minh chứng cụ thể về việc học của học sinh, tránh nhận xét chung chung về ưu, "
                "nhược điểm của giáo viên."
            ),
            P(
                "Cuối buổi, tổ trưởng tổng hợp những bài học rút ra và đề xuất điều chỉnh cho lần dạy tiếp "
                "theo."
            ),
            Raw("<!--pane-->"),
            P("Hồ sơ sinh hoạt chuyên môn cần lưu những gì?", "acc"),
            P(
                "Hồ sơ gồm kế hoạch bài dạy đã được tổ thống nhất, phiếu quan sát, biên bản thảo luận và "
                "ảnh hoặc video ghi lại hoạt động học của học sinh. Có thể lưu trữ điện tử trên hệ thống "
                "quản lý của nhà trường."
            ),
            Raw("<!--acc-close-->"),
            P(
                "Sở GD&ĐT khuyến khích các tổ chuyên môn chia sẻ video giờ dạy minh họa và biên bản thảo "
                "luận lên kho học liệu dùng chung để cùng học hỏi."
            ),
            right("<strong>ThS. Trần Thị Thanh Hương</strong><br><em>Phó Trưởng phòng GDTrH</em>"),
        ],
        authors=["Trần Thị Thanh Hương"],
        opts={
            "account": "quantri",
            "modified": "2026-11-24T08:00:00+07:00",
            "tags": ["chuong-trinh-gdpt-2018"],
        },
    ),
    Story(
        id=4852,
        slug="lanh-dao-tinh-tham-tang-qua-nha-giao-tieu-bieu",
        title="Lãnh đạo tỉnh thăm, tặng quà các nhà giáo tiêu biểu nhân Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20",
        blocks=[
            Raw("<!--repeat-title-->"),
            P(
                "Nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), các đoàn công tác do "
                "lãnh đạo Tỉnh ủy, HĐND, UBND tỉnh dẫn đầu đã đến thăm, tặng quà các nhà giáo tiêu biểu, "
                "nhà giáo lão thành trên địa bàn tỉnh."
            ),
            Img(
                f"{UP}/2026/11/tham-nha-giao-20-11-a.jpg",
                "(Đồng chí Phó Chủ tịch UBND tỉnh tặng hoa chúc mừng tập thể giáo viên Trường THPT chuyên "
                "Hà Tĩnh)",
                "Đồng chí Phó Chủ tịch UBND tỉnh tặng hoa chúc mừng tập thể giáo viên Trường THPT chuyên "
                "Hà Tĩnh",
                "wpcap",
            ),
            P(
                "Tại Trường THPT chuyên Hà Tĩnh, đoàn công tác đã chúc mừng những thành tích mà thầy và trò "
                "nhà trường đạt được trong năm học vừa qua, đặc biệt là 18 giải tại kỳ thi chọn học sinh "
                "giỏi quốc gia và 2 huy chương Olympic quốc tế."
            ),
            P(
                "Tới thăm nhà giáo ưu tú Nguyễn Thị Lài, nguyên Hiệu trưởng Trường Tiểu học Thạch Trung, "
                "đoàn đã ân cần hỏi thăm sức khỏe, bày tỏ sự tri ân đối với những đóng góp của bà cho sự "
                "nghiệp giáo dục địa phương."
            ),
            Img(f"{UP}/2026/11/tham-nha-giao-20-11-b.jpg", "Ảnh: Thiên Vỹ", None, "wpcap"),
            P(
                "Thay mặt lãnh đạo tỉnh, đồng chí Phó Chủ tịch UBND tỉnh mong muốn đội ngũ nhà giáo tiếp "
                "tục giữ vững phẩm chất, đạo đức, không ngừng học tập, đổi mới để đáp ứng yêu cầu đổi mới "
                "căn bản, toàn diện giáo dục và đào tạo."
            ),
            right("<em>Theo Báo Hà Tĩnh</em>"),
        ],
        photographers=["Thiên Vỹ"],
        source="Báo Hà Tĩnh",
        opts={
            "account": "quantri",
            "posted": "2026-11-20T00:00:00+07:00",
            "modified": "2026-11-20T09:25:00+07:00",
            "tags": ["giao-vien-day-gioi"],
            "thumb": f"{UP}/2026/11/tham-nha-giao-20-11-a",
        },
    ),
    Story(
        id=4845,
        slug="lich-tiep-cong-dan-thang-12-2026",
        title="Lịch tiếp công dân định kỳ của lãnh đạo Sở GD&ĐT tháng 12/2026",
        cat="thong-bao",
        published_at="2026-11-17T14:30:00+07:00",
        blocks=[
            P(
                "Thực hiện Luật Tiếp công dân và Quy chế tiếp công dân của Sở GD&ĐT, lãnh đạo Sở thông báo "
                "lịch tiếp công dân định kỳ tháng 12/2026 như sau:"
            ),
            P("Ngày | Lãnh đạo tiếp | Địa điểm", "th"),
            P("Thứ Năm, 03/12/2026 | Giám đốc Trần Quốc Việt | Phòng tiếp công dân, tầng 1", "tr"),
            P("Thứ Năm, 17/12/2026 | Phó Giám đốc Lê Thị Minh Hằng | Phòng tiếp công dân, tầng 1", "tr"),
            P("Thứ Năm, 24/12/2026 | Phó Giám đốc Phan Đức Trung | Phòng tiếp công dân, tầng 1", "tr"),
            P("Thời gian tiếp: buổi sáng từ 7h30 đến 11h00.", "brl"),
            P("Địa chỉ: Sở GD&ĐT Hà Tĩnh, số 26 đường Phan Đình Phùng, TP Hà Tĩnh.", "brl"),
            P(
                "Công dân đến trình bày khiếu nại, tố cáo, kiến nghị, phản ánh mang theo giấy tờ tùy thân và "
                "các tài liệu có liên quan. Ngoài lịch định kỳ, Văn phòng Sở bố trí cán bộ tiếp công dân "
                "thường xuyên vào các ngày làm việc trong tuần."
            ),
            right("<strong>Văn phòng Sở</strong>"),
        ],
        authors=["Văn phòng Sở"],
        opts={"account": "vanphong_sgd", "modified": "2026-11-17T14:30:00+07:00"},
    ),
    Story(
        id=4838,
        slug="mo-hinh-truong-hoc-hanh-phuc-o-cap-tieu-hoc",
        title="Lan tỏa mô hình “Trường học hạnh phúc” ở cấp tiểu học",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-12T09:00:00+07:00",
        blocks=[
            P(
                "Sau hai năm triển khai, mô hình “Trường học hạnh phúc” đã được nhân rộng ra 142 trường tiểu "
                "học trên địa bàn tỉnh, góp phần xây dựng môi trường giáo dục an toàn, thân thiện, nơi mỗi "
                "học sinh được tôn trọng và yêu thương."
            ),
            P(
                "Tại Trường Tiểu học Cẩm Bình (huyện Cẩm Xuyên), mỗi buổi sáng, giáo viên đứng đón học sinh "
                "ở cổng trường bằng những cái bắt tay, lời chào thân thiện. Các lớp học đều có “góc cảm "
                "xúc” để học sinh bày tỏ tâm trạng của mình trong ngày."
            ),
            Img(
                f"{UP}/2026/11/truong-hoc-hanh-phuc-cam-binh.jpg",
                "Giờ sinh hoạt lớp theo chủ đề tại Trường Tiểu học Cẩm Bình.",
                "Giờ sinh hoạt lớp theo chủ đề tại Trường Tiểu học Cẩm Bình.",
                "fig",
            ),
            P(
                "Cô Nguyễn Thị Thu Hiền, Hiệu trưởng nhà trường chia sẻ: “Thay đổi lớn nhất là cách giáo "
                "viên ứng xử với học sinh. Không còn tiếng quát mắng, thay vào đó là sự lắng nghe. Học sinh "
                "mạnh dạn hơn, đến trường vui hơn”."
            ),
            P(
                "Theo đánh giá của Phòng GD&ĐT các huyện, mô hình đã góp phần giảm rõ rệt tình trạng học "
                "sinh ngại đến trường, mối quan hệ giữa nhà trường và cha mẹ học sinh ngày càng gắn bó."
            ),
            P(
                "Năm học 2026 - 2027, Sở GD&ĐT tiếp tục chỉ đạo các nhà trường đưa tiêu chí trường học hạnh "
                "phúc vào đánh giá thi đua, gắn với xây dựng văn hóa học đường."
            ),
            right("<strong>Bài, ảnh: Đức Quang</strong>"),
        ],
        authors=["Đức Quang"],
        photographers=["Đức Quang"],
        opts={
            "account": "quantri",
            "modified": "2026-11-12T09:00:00+07:00",
            "nfd": True,
            "thumb": f"{UP}/2026/11/truong-hoc-hanh-phuc-cam-binh",
        },
    ),
    Story(
        id=4822,
        slug="be-mac-hoi-khoe-phu-dong-tinh-ha-tinh-lan-thu-xiv",
        title="Bế mạc Hội khỏe Phù Đổng tỉnh Hà Tĩnh lần thứ XIV năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-10-30T06:15:00+07:00",
        summary=(
            "Sau 5 ngày tranh tài sôi nổi, tối 29/10, Hội khỏe Phù Đổng tỉnh Hà Tĩnh lần thứ XIV năm 2026 "
            "đã bế mạc tại Nhà thi đấu tỉnh."
        ),
        blocks=[
            P(
                "Sau 5 ngày tranh tài sôi nổi, tối 29/10, Hội khỏe Phù Đổng tỉnh Hà Tĩnh lần thứ XIV năm "
                "2026 đã bế mạc tại Nhà thi đấu tỉnh.",
                "lead",
            ),
            P(
                "Hội khỏe năm nay thu hút gần 2.300 vận động viên là học sinh đến từ 13 đơn vị cấp huyện và "
                "các trường THPT, tranh tài ở 14 môn thể thao: điền kinh, bơi lội, bóng đá, cầu lông, bóng "
                "bàn, cờ vua, võ thuật cổ truyền, đá cầu…"
            ),
            P(
                "Trải qua các nội dung thi đấu, Ban Tổ chức đã trao 1.126 huy chương các loại; 23 kỷ lục "
                "của Hội khỏe được phá. Kết quả xếp hạng toàn đoàn:"
            ),
            P("Giải Nhất: Thành phố Hà Tĩnh;", "oli"),
            P("Giải Nhì: Huyện Cẩm Xuyên;", "oli"),
            P("Giải Ba: Thị xã Hồng Lĩnh và huyện Can Lộc.", "oli"),
            Img(
                f"{UP}/2026/10/be-mac-hkpd-xiv.jpg",
                "Ban Tổ chức trao cờ cho các đơn vị đạt giải toàn đoàn.",
                "Ban Tổ chức trao cờ cho các đơn vị đạt giải toàn đoàn.",
                "kb",
            ),
            P(
                "Ban Tổ chức cũng lựa chọn 126 vận động viên xuất sắc để thành lập đoàn thể thao học sinh "
                "Hà Tĩnh tham dự Hội khỏe Phù Đổng toàn quốc năm 2027."
            ),
            right("<strong>Hải Đăng</strong> (CTV)"),
        ],
        authors=["Hải Đăng"],
        opts={
            "account": "quantri",
            "modified": "2026-10-30T07:50:00+07:00",
            "thumb": f"{UP}/2026/10/be-mac-hkpd-xiv",
        },
    ),
    Story(
        id=4815,
        slug="boi-duong-giao-vien-cot-can-ve-giao-duc-stem",
        title="Bồi dưỡng giáo viên cốt cán về giáo dục STEM năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-22T10:30:00+07:00",
        blocks=[
            P(
                "Trong hai ngày 20 và 21/10, Sở GD&ĐT phối hợp với Trường Đại học Hà Tĩnh tổ chức lớp bồi "
                "dưỡng giáo viên cốt cán về giáo dục STEM năm học 2026 - 2027 cho 120 giáo viên các môn "
                "Toán, Khoa học tự nhiên, Công nghệ và Tin học."
            ),
            P(
                "Các học viên được tìm hiểu quy trình xây dựng bài học STEM, cách tổ chức hoạt động trải "
                "nghiệm STEM và nghiên cứu khoa học kỹ thuật dành cho học sinh; đồng thời trực tiếp thực "
                "hành thiết kế, chế tạo sản phẩm theo nhóm."
            ),
            Img(
                f"{UP}/2026/10/boi-duong-stem-2026.jpg",
                "Giáo viên thực hành lắp ráp mô hình hệ thống tưới cây tự động.",
                "Giáo viên thực hành lắp ráp mô hình hệ thống tưới cây tự động.",
                "after",
            ),
            P(
                "Giáo dục STEM không đòi hỏi phòng học hiện đại mới làm được. Điều cốt lõi là giáo viên "
                "biết đặt học sinh trước một vấn đề thực tiễn và để các em tự tìm cách giải quyết.",
                "quote",
            ),
            P(
                "Đó là chia sẻ của TS. Nguyễn Văn Hòa, giảng viên Trường Đại học Hà Tĩnh tại lớp bồi dưỡng. "
                "Nhiều học viên cho biết đã có thêm ý tưởng để triển khai các chủ đề STEM gắn với sản xuất "
                "nông nghiệp, bảo vệ môi trường ở địa phương."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="https://moet.gov.vn/giaoducquocdan/giao-duc-trung-'
                'hoc/Pages/tin-tuc.aspx?ItemID=9134" target="_blank" rel="noreferrer noopener">Hướng dẫn '
                "triển khai giáo dục STEM trong giáo dục phổ thông</a></p>"
            ),
            P(
                "Sau lớp bồi dưỡng, mỗi giáo viên cốt cán xây dựng ít nhất hai bài học STEM và tổ chức dạy "
                "thực nghiệm tại đơn vị trong học kỳ I."
            ),
            right("<em>Phòng GDTrH</em>"),
        ],
        authors=["Phòng GDTrH"],
        opts={
            "account": "quantri",
            "modified": "2026-10-22T10:30:00+07:00",
            "thumb": f"{UP}/2026/10/boi-duong-stem-2026",
        },
    ),
    Story(
        id=4808,
        slug="dang-ky-du-thi-chon-hoc-sinh-gioi-quoc-gia-thpt-nam-2027",
        title="Thông báo đăng ký dự thi chọn học sinh giỏi quốc gia THPT năm 2027",
        cat="thong-bao",
        published_at="2026-10-15T08:45:00+07:00",
        blocks=[
            P("Sở GD&ĐT thông báo về việc đăng ký dự thi chọn học sinh giỏi quốc gia THPT năm 2027 như sau:"),
            P(
                "Đối tượng: học sinh lớp 11, lớp 12 đạt giải trong kỳ thi chọn học sinh giỏi cấp tỉnh lớp "
                "12 và đã qua vòng tuyển chọn đội tuyển của Sở."
            ),
            P("Hồ sơ đăng ký gồm:"),
            P("Phiếu đăng ký dự thi (theo mẫu);", "li"),
            P("Bản sao giấy khai sinh hoặc căn cước;", "li"),
            P("02 ảnh cỡ 3x4 (ghi rõ họ tên, ngày sinh sau ảnh).", "li"),
            P("📌 Hạn cuối nhận hồ sơ: 17h00 ngày 30/10/2026."),
            P(
                "Các trường THPT có học sinh trong đội tuyển nộp hồ sơ về Sở GD&ĐT (qua Phòng Quản lý chất "
                "lượng). Mọi thắc mắc xin liên hệ số điện thoại 0239.3856.124."
            ),
            Raw("<!--fileblock:/wp-content/uploads/2026/10/Mau-phieu-dang-ky-HSGQG-2027.pdf:"
                "Mau-phieu-dang-ky-HSGQG-2027-->"),
        ],
        opts={"account": "vanphong_sgd", "modified": "2026-10-15T08:45:00+07:00"},
    ),
]

#: the password-protected post (trap 7): listed, dated, but no text
PROTECTED = Story(
    id=4830,
    slug="danh-sach-can-bo-quan-ly-dien-quy-hoach-2026-2030",
    title="Danh sách trích ngang cán bộ quản lý diện quy hoạch giai đoạn 2026 - 2030",
    cat="thong-bao",
    published_at="2026-11-05T15:00:00+07:00",
    blocks=[],
    opts={"account": "vanphong_sgd", "modified": "2026-11-05T15:00:00+07:00", "protected": True},
)

BY_ID = {s.id: s for s in STORIES}
ALL_POSTS = sorted([*STORIES, PROTECTED], key=lambda s: s.opts.get("posted") or s.published_at, reverse=True)

#: attachment pages linked from A1's photos: name -> (parent, file stem, title, description)
ATTACHMENTS = {
    A1_IMG1: (4891, f"{UP}/2026/12/{A1_IMG1}", "Đồng chí Trần Quốc Việt phát biểu chỉ đạo hội nghị."),
    A1_IMG2: (4891, f"{UP}/2026/12/{A1_IMG2}", "Đại biểu tham dự tại điểm cầu Sở GD&ĐT."),
}


def posted(story: Story) -> datetime:
    return datetime.fromisoformat(story.opts.get("posted") or story.published_at)


def modified(story: Story) -> datetime:
    return datetime.fromisoformat(story.opts.get("modified") or story.opts.get("posted") or story.published_at)


def permalink(story: Story) -> str:
    d = posted(story)
    return f"/{d:%Y/%m/%d}/{story.slug}/"


def shown_title(story: Story) -> str:
    return ("Được bảo vệ: " if story.opts.get("protected") else "") + story.title


def dmy(d: datetime) -> str:
    return f"{d:%d/%m/%Y %H:%M}"


def utc(d: datetime) -> str:
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def cats_of(story: Story) -> list[str]:
    return [story.cat, *story.opts.get("extra_cats", [])]


def feed_posts() -> list[Story]:
    return ALL_POSTS[:10]


def utm(story: Story) -> str:
    return f"{permalink(story)}?utm_source=rss&utm_medium=rss&utm_campaign={story.slug}"


# --- WordPress text ------------------------------------------------------------------------

_TEXTURIZE = {"“": "&#8220;", "”": "&#8221;", "‘": "&#8216;", "’": "&#8217;", "–": "&#8211;", "…": "&#8230;"}


def wptexturize(markup: str) -> str:
    for ch, ref in _TEXTURIZE.items():
        markup = markup.replace(ch, ref)
    return markup


def t(value: str, nfd: bool = False) -> str:
    """Text as WordPress prints it in content and titles."""
    return wptexturize(text(value, nfd=nfd))


def excerpt(story: Story, words: int = 32) -> str:
    if story.opts.get("protected"):
        return "Không có tóm tắt vì đây là bài viết được bảo vệ."
    flat = " ".join(p for p in story.paragraphs)
    parts = flat.split()
    return t(" ".join(parts[:words])) + (" [&hellip;]" if len(parts) > words else "")


# --- Kadence blocks -------------------------------------------------------------------------


def _svg(name: str) -> str:
    return (
        f'<span class="kadence-svg-iconset svg-baseline"><svg aria-hidden="true" class="kadence-svg-icon '
        f'kadence-{name}-svg" fill="currentColor" version="1.1" xmlns="http://www.w3.org/2000/svg" '
        f'width="24" height="24" viewBox="0 0 24 24"><title>{name}</title><path d="M5 12h14M12 5l7 7-7 7">'
        "</path></svg></span>"
    )


def _sizes(src: str) -> str:
    m = re.match(r"(.*?)(-\d+x\d+)?\.jpg$", src)
    stem = m.group(1) if m else src[:-4]
    if m and m.group(2):
        sizes = f"{src} 1024w, {stem}-300x200.jpg 300w, {stem}-768x512.jpg 768w, {stem}.jpg 1280w"
    else:
        sizes = f"{src} 1280w, {stem}-300x200.jpg 300w, {stem}-768x512.jpg 768w, {stem}-1024x683.jpg 1024w"
    return f'srcset="{sizes}" sizes="(max-width: 1024px) 100vw, 1024px"'


def render_img(img: Img, story: Story, n: int) -> str:
    wid = 5000 + story.id % 1000 * 3 + n
    alt = ""
    cap = f'<figcaption class="wp-element-caption">{t(img.printed)}</figcaption>' if img.printed else ""
    tag = (
        f'<img decoding="async" width="1024" height="683" src="{img.src}" alt="{alt}" '
        f'class="wp-image-{wid}" {_sizes(img.src)}>'
    )
    if img.style == "att":
        name = img.src.rsplit("/", 1)[1].split("-1024x")[0]
        return (
            f'<figure class="wp-block-image aligncenter size-large"><a href="/{story.slug}/attachment/{name}/">'
            f"{tag}</a>{cap}</figure>"
        )
    if img.style == "kb":
        uid = _uid(f"{story.slug}-img{n}")
        return (
            f'<div class="wp-block-kadence-image kb-image{story.id}_{uid}-e1"><figure class="aligncenter '
            f'size-full"><img decoding="async" src="{img.src}" alt="" width="1200" height="800" '
            f'class="kb-img wp-image-{wid}"><figcaption>{t(img.printed or "")}</figcaption></figure></div>'
        )
    if img.style == "lazy":
        return (
            f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="576" '
            f'src="/wp-content/plugins/a3-lazy-load/assets/images/lazy_placeholder.gif" data-lazy-type="image" '
            f'data-src="{img.src}" alt="" class="lazy lazy-hidden wp-image-{wid}" data-srcset="" '
            f'data-sizes="(max-width: 1024px) 100vw, 1024px"><noscript><img decoding="async" width="1024" '
            f'height="576" src="{img.src}" alt="" class="wp-image-{wid}"></noscript>{cap}</figure>'
        )
    if img.style == "wpcap":
        return (
            f'<figure id="attachment_{wid}" aria-describedby="caption-attachment-{wid}" style="width: 800px" '
            f'class="wp-caption aligncenter"><img decoding="async" class="size-full wp-image-{wid}" '
            f'src="{img.src}" alt="" width="800" height="533"><figcaption id="caption-attachment-{wid}" '
            f'class="wp-caption-text">{t(img.printed or "")}</figcaption></figure>'
        )
    if img.style == "gal":
        return f'<figure class="wp-block-image size-large">{tag}{cap}</figure>'
    if img.style == "after":
        return (
            f'<figure class="wp-block-image aligncenter size-full">{tag}</figure>\n'
            f'<p class="has-text-align-center has-small-font-size"><em>{t(img.printed or "")}</em></p>'
        )
    return f'<figure class="wp-block-image aligncenter size-large">{tag}{cap}</figure>'


def adv_heading(value: str, story: Story, n: int, tag: str = "h2", anchor: bool = False) -> str:
    uid = _uid(f"{story.slug}-h{n}")
    aid = f' id="{_slugify(value)}"' if anchor else ""
    return (
        f'<{tag} class="kt-adv-heading{story.id}_{uid}-6a wp-block-kadence-advancedheading"{aid} '
        f'data-kb-block="kb-adv-heading{story.id}_{uid}-6a">{t(value)}</{tag}>'
    )


def tabs_head(story: Story) -> str:
    uid = _uid(story.slug + "tabs")
    items = "".join(
        f'<li id="tab-{_slugify(title)}" class="kt-title-item kt-title-item-{i} kt-tabs-svg-show-always '
        f'kt-tabs-icon-side-right kt-tab-title-{"active" if i == 1 else "inactive"}"><a href="#tab-'
        f'{_slugify(title)}" data-tab="{i}" class="kt-tab-title kt-tab-title-{i}"><span class="kt-title-text">'
        f"{t(title)}</span></a></li>"
        for i, title in enumerate(TABS_A2, 1)
    )
    return (
        f'<div class="wp-block-kadence-tabs alignnone"><div class="kt-tabs-wrap kt-tabs-id{story.id}_{uid} '
        f"kt-tabs-has-{len(TABS_A2)}-tabs kt-active-tab-1 kt-tabs-layout-tabs kt-tabs-tablet-layout-accordion "
        'kt-tabs-mobile-layout-accordion kt-tab-alignment-left kt-create-accordion">'
        f'<ul class="kt-tabs-title-list kb-tab-title-columns">{items}</ul><div class="kt-tabs-content-wrap">'
    )


def tab_panel(n: int) -> str:
    close = "</div></div>" if n > 1 else ""
    return (
        f'{close}<div class="wp-block-kadence-tab kt-tab-inner-content kt-inner-tab-{n} '
        f'kt-inner-tab_{_uid(str(n))}"><div class="kt-tab-inner-content-inner">'
    )


def toc(story: Story) -> str:
    heads = [b.text for b in story.blocks if isinstance(b, P) and b.style == "kh2"]
    items = "".join(
        f'<li><a class="kb-table-of-contents__entry" href="#{_slugify(h)}">{t(h)}</a></li>' for h in heads
    )
    return (
        f'<nav class="wp-block-kadence-tableofcontents kb-table-of-content-nav kb-table-of-content-id'
        f'{story.id}_{_uid(story.slug + "toc")}" role="navigation" aria-label="Nội dung bài viết">'
        '<div class="kb-table-of-content-wrap"><div class="kb-table-of-contents-title-wrap '
        'kb-toggle-icon-style-arrow"><span class="kb-table-of-contents-title">Nội dung bài viết</span>'
        '<button class="kb-table-of-contents-icon-trigger kb-table-of-contents-toggle" '
        'aria-expanded="true" type="button" aria-label="Thu gọn"></button></div>'
        '<ul class="kb-table-of-content-list kb-table-of-content-list-columns-1 '
        f'kb-table-of-content-list-style-numbered kb-table-of-content-link-style-underline">{items}</ul>'
        "</div></nav>"
    )


def infobox(href: str, label: str, story: Story) -> str:
    return (
        f'<div class="wp-block-kadence-infobox kt-info-box{story.id}_{_uid(href)}-0c"><a '
        f'class="kt-blocks-info-box-link-wrap info-box-link kt-blocks-info-box-media-align-left '
        f'kt-info-halign-left" href="{href}" target="_blank" rel="noopener noreferrer">'
        '<div class="kt-blocks-info-box-media-container"><div class="kt-blocks-info-box-media '
        'kt-info-media-animate-none"><div class="kadence-info-box-icon-container kt-info-icon-animate-none">'
        '<div class="kadence-info-box-icon-inner-container"><span class="kb-svg-icon-wrap '
        'kb-svg-icon-fe_download kt-info-svg-icon"><svg viewBox="0 0 24 24" height="40" width="40" '
        'fill="none" stroke="currentColor" xmlns="http://www.w3.org/2000/svg" stroke-width="2" '
        'aria-hidden="true"><path d="M21 15v4a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-4"></path></svg></span></div>'
        f'</div></div></div><div class="kt-infobox-textcontent"><h2 class="kt-blocks-info-box-title">'
        f'{t(label)}</h2><p class="kt-blocks-info-box-text">Tệp PDF, 412 KB</p>'
        '<div class="kt-blocks-info-box-learnmore-wrap"><span class="kt-blocks-info-box-learnmore '
        'info-box-link">Tải về</span></div></div></a></div>'
    )


def fileblock(href: str, label: str) -> str:
    fid = _uid(href, 8)
    return (
        f'<div data-wp-interactive="core/file" class="wp-block-file"><object data-wp-bind--hidden='
        f'"!state.hasPdfPreview" hidden class="wp-block-file__embed" data="{href}" type="application/pdf" '
        f'style="width:100%;height:600px" aria-label="Nhúng {esc(label)}."></object><a id="wp-block-file--'
        f'media-{fid}" href="{href}">{esc(label)}</a><a href="{href}" class="wp-block-file__button '
        f'wp-element-button" download aria-describedby="wp-block-file--media-{fid}">Tải xuống</a></div>'
    )


def youtube(vid: str, caption: str) -> str:
    return (
        '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube '
        'wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">'
        f'<iframe loading="lazy" title="{esc(caption)}" width="800" height="450" '
        f'src="https://www.youtube.com/embed/{vid}?feature=oembed" frameborder="0" allow="accelerometer; '
        'autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" '
        'referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe></div>'
        f'<figcaption class="wp-element-caption">{t(caption)}</figcaption></figure>'
    )


def accordion_open(story: Story) -> str:
    uid = _uid(story.slug + "acc")
    return (
        '<div class="wp-block-kadence-accordion alignnone"><div class="kt-accordion-wrap '
        f"kt-accordion-id{story.id}_{uid}-3b kt-accordion-has-4-panes kt-active-pane-0 kt-accordion-block "
        "kt-pane-header-alignment-left kt-accodion-icon-style-arrow kt-accodion-icon-side-right\" "
        'style="max-width:none"><div class="kt-accordion-inner-wrap" data-allow-multiple-open="false" '
        'data-start-open="none">'
    )


def accordion_header(question: str, n: int, story: Story) -> str:
    uid = _uid(f"{story.slug}-pane{n}")
    return (
        f'<div class="wp-block-kadence-pane kt-accordion-pane kt-accordion-pane-{n} kt-pane{story.id}_{uid}">'
        '<h3 class="kt-accordion-header-wrap"><button class="kt-blocks-accordion-header '
        f'kt-acccordion-button-label-show" type="button"><span class="kt-blocks-accordion-title-wrap">'
        f'<span class="kt-blocks-accordion-title">{t(question)}</span></span><span '
        'class="kt-blocks-accordion-icon-trigger"></span></button></h3><div class="kt-accordion-panel '
        'kt-accordion-panel-hidden"><div class="kt-accordion-panel-inner">'
    )


def spacer(story: Story, n: int) -> str:
    return (
        f'<div class="wp-block-kadence-spacer aligncenter kt-block-spacer-{story.id}_{_uid(str(n), 4)}">'
        '<div class="kt-block-spacer kt-block-spacer-halign-center"><hr class="kt-divider"></div></div>'
    )


def render_content(story: Story) -> str:
    """The blocks of a post, as ``the_content`` prints them (before the plugins add theirs)."""
    nfd = bool(story.opts.get("nfd"))
    out: list[str] = []
    blocks = story.blocks
    i = 0
    heading_n = 0
    pane_n = 0
    tab_n = 0
    in_pane = False
    has_toc = any(isinstance(b, Raw) and b.html == "<!--toc-->" for b in blocks)
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img):
            if b.style == "gal":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gal":
                    group.append(render_img(blocks[i], story, i))
                    i += 1
                out.append(
                    '<figure class="wp-block-gallery has-nested-images columns-3 is-cropped '
                    f'wp-block-gallery-{story.id % 97}">{"".join(group)}</figure>'
                )
                continue
            out.append(render_img(b, story, i))
        elif isinstance(b, Raw):
            h = b.html
            if h == "<!--tabs-open-->":
                out.append(tabs_head(story))
            elif h.startswith("<!--tab-"):
                tab_n += 1
                out.append(tab_panel(tab_n))
            elif h == "<!--tabs-close-->":
                out.append("</div></div></div></div></div>")
            elif h == "<!--acc-open-->":
                out.append(accordion_open(story))
            elif h == "<!--pane-->":
                if in_pane:
                    out.append("</div></div></div>")
                pane_n += 1
                in_pane = True
            elif h == "<!--acc-close-->":
                out.append("</div></div></div></div></div></div>")
                in_pane = False
            elif h == "<!--toc-->":
                out.append(toc(story))
            elif h == "<!--repeat-title-->":
                out.append(adv_heading(story.title, story, 99, "h2"))
            elif h.startswith("<!--infobox:"):
                href, label = h[len("<!--infobox:") : -3].split(":", 1)
                out.append(infobox(href, label, story))
            elif h.startswith("<!--fileblock:"):
                href, label = h[len("<!--fileblock:") : -3].split(":", 1)
                out.append(fileblock(href, label))
            elif h.startswith("<!--youtube:"):
                vid, cap = h[len("<!--youtube:") : -3].split(":", 1)
                out.append(youtube(vid, cap))
            else:
                out.append(wptexturize(h))
        else:
            style = b.style
            if style in ("li", "oli"):
                tag = "ul" if style == "li" else "ol"
                items = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                    items.append(f"<li>{t(blocks[i].text, nfd)}</li>")
                    i += 1
                out.append(f'<{tag} class="wp-block-list">{"".join(items)}</{tag}>')
                continue
            if style in ("th", "tr"):
                head, rows = "", []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                    cells = blocks[i].text.split(" | ")
                    if blocks[i].style == "th":
                        head = "<thead><tr>" + "".join(f"<th>{t(c)}</th>" for c in cells) + "</tr></thead>"
                    else:
                        rows.append("<tr>" + "".join(f"<td>{t(c)}</td>" for c in cells) + "</tr>")
                    i += 1
                cap = ""
                if i < len(blocks) and isinstance(blocks[i], Raw) and blocks[i].html.startswith("<figcaption"):
                    cap = blocks[i].html
                    i += 1
                out.append(
                    f'<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">{head}'
                    f"<tbody>{''.join(rows)}</tbody></table>{cap}</figure>"
                )
                continue
            if style == "brl":
                lines = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "brl":
                    lines.append(t(blocks[i].text, nfd))
                    i += 1
                out.append("<p>" + "<br>\n".join(lines) + "</p>")
                continue
            body = t(b.text, nfd)
            if style == "lead":
                out.append(f"<p><strong>{body}</strong></p>")
            elif style == "lead-em":
                out.append(f'<p class="has-medium-font-size"><strong><em>{body}</em></strong></p>')
            elif style == "just":
                out.append(f'<p class="has-text-align-justify">{body}</p>')
            elif style == "kh2":
                heading_n += 1
                out.append(adv_heading(b.text, story, heading_n, "h2", anchor=has_toc))
            elif style == "acc":
                out.append(accordion_header(b.text, pane_n, story))
            elif style == "quote":
                out.append(f'<blockquote class="wp-block-quote is-layout-flow"><p>{body}</p></blockquote>')
            else:
                out.append(f"<p>{body}</p>")
            if i == 2 and story.id % 2:
                out.append("<p>&nbsp;</p>")
        i += 1
    if story.id % 3 == 0:
        out.insert(len(out) - 1, spacer(story, len(out)))
    return "\n".join(out)


# --- plugins that write into the content -----------------------------------------------------


def share_bar(url: str, title: str) -> str:
    nets = [
        ("Facebook", "facebook", "https://www.facebook.com/sharer/sharer.php?u=", "#0765FE"),
        ("Zalo", "zalo", "https://sp.zalo.me/share_inline?url=", "#0068FF"),
        ("Twitter", "button_x", "https://twitter.com/intent/tweet?url=", "#2a2a2a"),
    ]
    links = "".join(
        f'<a aria-label="{label}" class="heateor_sss_{cls}" href="{base}{esc(url)}" title="{label}" '
        'rel="nofollow noopener" target="_blank" style="font-size:32px!important;box-shadow:none;'
        f'display:inline-block;vertical-align:middle"><span class="heateor_sss_svg" style="background-color:'
        f'{color};width:35px;height:35px;border-radius:999px;display:inline-block;opacity:1;float:left">'
        '<svg focusable="false" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="100%" '
        'height="100%" viewBox="0 0 32 32"><path fill="#fff" d="M28 16c0-6.627-5.373-12-12-12S4 9.373 4 '
        '16"></path></svg></span></a>'
        for label, cls, base, color in nets
    )
    return (
        "<div class='heateorSssClear'></div><div class='heateor_sss_sharing_container "
        f"heateor_sss_horizontal_sharing' data-heateor-sss-href='{esc(url)}'><div "
        "class='heateor_sss_sharing_title' style=\"font-weight:bold\">Chia sẻ</div><div "
        f'class="heateor_sss_sharing_ul">{links}<a aria-label="Copy Link" class="heateor_sss_button_copy_link" '
        f'title="Sao chép liên kết" rel="noopener" href="{esc(url)}" onclick="event.preventDefault()">'
        '<span class="heateor_sss_svg heateor_sss_s__default heateor_sss_s_copy_link"></span></a>'
        '<a aria-label="Print" class="heateor_sss_button_print" href="#" title="In bài" '
        'onclick="event.preventDefault();window.print()"><span class="heateor_sss_svg"></span></a></div>'
        "<div class='heateorSssClear'></div></div><div class='heateorSssClear'></div>"
    )


def views_line(story: Story) -> str:
    return (
        f'<div class="post-views content-post post-{story.id} entry-meta load-static">'
        '<span class="post-views-icon dashicons dashicons-chart-bar"></span> <span class="post-views-label">'
        f'Lượt xem:</span> <span class="post-views-count">{story.views() * 7:,}</span></div>'.replace(",", ".")
    )


def related_for(story: Story) -> list[Story]:
    hidden = {4822, 4815}  # reachable only from page 2+ of a listing
    pool = [s for s in STORIES if s.id != story.id and s.id not in hidden]
    same = [s for s in pool if s.cat == story.cat]
    other = [s for s in pool if s.cat != story.cat]
    return (same + other)[:3]


def related_box(story: Story) -> str:
    items = []
    for s in related_for(story):
        thumb = s.opts.get("thumb")
        img = (
            f'<figure><img loading="lazy" decoding="async" width="150" height="150" src="{thumb}-150x150.jpg" '
            f'class="crp_featured crp_thumb thumbnail" alt="{esc(s.title)}" title="{esc(s.title)}"></figure>'
            if thumb
            else '<figure><img loading="lazy" width="150" height="150" src="/wp-content/plugins/'
            'contextual-related-posts/default.png" class="crp_default_thumb crp_thumb thumbnail" alt=""></figure>'
        )
        items.append(
            f'<li><a href="{permalink(s)}" class="crp_link post-{s.id}">{img}<span class="crp_title">'
            f'{t(s.title)}</span></a><span class="crp_date"> {posted(s):%d/%m/%Y}</span></li>'
        )
    return (
        '<div class="crp_related     crp-rounded-thumbs"><h3>Bài viết liên quan:</h3><ul>'
        + "".join(items)
        + '</ul><div class="crp_clear"></div></div>'
    )


# --- page chrome ----------------------------------------------------------------------------


def _menu(active: str) -> str:
    def item(mid: int, href: str, label: str, sub: list[tuple[str, str]] | None = None) -> str:
        cls = "menu-item menu-item-type-taxonomy menu-item-object-category"
        if href == active:
            cls += " current-menu-item"
        if not sub:
            return f'<li id="menu-item-{mid}" class="{cls} menu-item-{mid}"><a href="{href}">{label}</a></li>'
        subs = "".join(
            f'<li id="menu-item-{mid + k + 1}" class="menu-item menu-item-type-post_type menu-item-{mid + k + 1}">'
            f'<a href="{h}">{lab}</a></li>'
            for k, (h, lab) in enumerate(sub)
        )
        return (
            f'<li id="menu-item-{mid}" class="{cls} menu-item-has-children menu-item-{mid}"><a href="{href}">'
            f'<span class="nav-drop-title-wrap">{label}<span class="dropdown-nav-toggle">{_svg("arrow-down")}'
            f'</span></span></a><ul class="sub-menu">{subs}</ul></li>'
        )

    return (
        '<nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub '
        'header-navigation-style-underline header-navigation-dropdown-animation-none" role="navigation" '
        'aria-label="Điều hướng chính"><div class="primary-menu-container header-menu-container">'
        '<ul id="primary-menu" class="menu">'
        + item(25, "/", "Trang chủ")
        + item(31, "/gioi-thieu/", "Giới thiệu", [("/gioi-thieu/", "Giới thiệu chung"),
                                                  ("/co-cau-to-chuc/", "Cơ cấu tổ chức")])
        + item(40, "/chuyen-muc/tin-tuc-su-kien/", "Tin tức", [
            ("/chuyen-muc/tin-tuc-su-kien/", "Tin tức - Sự kiện"),
            ("/chuyen-muc/hoat-dong-chuyen-mon/", "Hoạt động chuyên môn"),
        ])
        + item(47, "/chuyen-muc/thong-bao/", "Thông báo")
        + '<li id="menu-item-52" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-52">'
        '<a target="_blank" rel="noopener" href="https://qlvb.hatinh.gov.vn/sgddt">Văn bản</a></li>'
        '<li id="menu-item-58" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-58">'
        '<a target="_blank" rel="noopener" href="https://dichvucong.hatinh.gov.vn/">Dịch vụ công</a></li>'
        + item(60, "/lien-he/", "Liên hệ")
        + "</ul></div></nav>"
    )


def header(active: str) -> str:
    return f"""<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope>
<div id="main-header" class="site-header-wrap"><div class="site-header-inner-wrap"><div class="site-header-upper-wrap">
<div class="site-top-header-wrap site-header-row-container site-header-focus-item site-header-row-layout-standard" data-section="kadence_customizer_header_top">
<div class="site-header-row-container-inner"><div class="site-container"><div class="site-top-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center">
<div class="site-header-top-section-left site-header-section site-header-section-left">
<div class="site-header-item site-header-focus-item" data-section="kadence_customizer_header_html"><div class="header-html inner-link-style-normal"><div class="header-html-inner"><p>{_svg("phone")} Đường dây nóng: <a href="tel:02393856433">0239.3856.433</a> &nbsp;|&nbsp; {_svg("email")} Email: <a href="mailto:sgddt@hatinh.gov.vn">sgddt@hatinh.gov.vn</a></p></div></div></div>
</div>
<div class="site-header-top-section-right site-header-section site-header-section-right">
<div class="site-header-item site-header-focus-item" data-section="kadence_customizer_header_html2"><div class="header-html2 inner-link-style-plain"><span class="tb-ngay">{TODAY_LINE}</span></div></div>
<div class="site-header-item site-header-focus-item" data-section="kadence_customizer_header_social"><div class="header-social-wrap"><div class="header-social-inner-wrap element-social-inner-wrap social-show-label-false social-style-filled"><a href="https://www.facebook.com/sogddthatinh" aria-label="Facebook" target="_blank" rel="noopener noreferrer" class="social-button header-social-item social-link-facebook">{_svg("facebook")}</a><a href="https://www.youtube.com/@sogddthatinh" aria-label="YouTube" target="_blank" rel="noopener noreferrer" class="social-button header-social-item social-link-youtube">{_svg("youtube")}</a></div></div></div>
</div></div></div></div></div>
<div class="site-main-header-wrap site-header-row-container site-header-focus-item site-header-row-layout-standard" data-section="kadence_customizer_header_main">
<div class="site-header-row-container-inner"><div class="site-container"><div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center">
<div class="site-header-main-section-left site-header-section site-header-section-left"><div class="site-header-item site-header-focus-item" data-section="title_tagline">
<div class="site-branding branding-layout-standard site-brand-logo-only"><a class="brand has-logo-image" href="/" rel="home"><img width="96" height="96" src="{UP}/2024/03/logo-sgddt-ha-tinh.png" class="custom-logo" alt="{SITE}" decoding="async"><div class="site-title-wrap"><p class="site-title">{SITE}</p><p class="site-description">Cổng thông tin điện tử</p></div></a></div></div></div>
<div class="site-header-main-section-right site-header-section site-header-section-right"><div class="site-header-item site-header-focus-item" data-section="kadence_customizer_header_search">
<form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s"></label><input type="submit" class="search-submit" value="Tìm kiếm"><div class="kadence-search-icon-wrap">{_svg("search")}</div></form></div></div>
</div></div></div></div></div>
<div class="site-bottom-header-wrap site-header-row-container site-header-focus-item site-header-row-layout-fullwidth" data-section="kadence_customizer_header_bottom"><div class="site-header-row-container-inner"><div class="site-container"><div class="site-bottom-header-inner-wrap site-header-row site-header-row-only-center-column site-header-row-center-column"><div class="site-header-bottom-section-center site-header-section site-header-section-center"><div class="site-header-item site-header-item-main-navigation header-navigation-layout-stretch-true header-navigation-layout-fill-stretch-false" data-section="kadence_customizer_primary_navigation">
{_menu(active)}
</div></div></div></div></div></div>
</div></div>
<div id="mobile-header" class="site-mobile-header-wrap"><div class="site-header-inner-wrap"><div class="site-header-upper-wrap"><div class="site-header-upper-inner-wrap"><div class="site-main-header-wrap site-header-focus-item site-header-row-layout-standard site-header-row-tablet-layout-default site-header-row-mobile-layout-default"><div class="site-header-row-container-inner"><div class="site-container"><div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center"><div class="site-header-main-section-left site-header-section site-header-section-left"><div class="site-header-item site-header-focus-item" data-section="title_tagline"><div class="site-branding mobile-site-branding branding-layout-standard branding-tablet-layout-inherit"><a class="brand has-logo-image" href="/" rel="home"><img width="96" height="96" src="{UP}/2024/03/logo-sgddt-ha-tinh.png" class="custom-logo" alt="{SITE}" decoding="async"></a></div></div></div><div class="site-header-main-section-right site-header-section site-header-section-right"><div class="site-header-item site-header-focus-item site-header-item-navgation-popup-toggle" data-section="kadence_customizer_mobile_trigger"><div class="mobile-toggle-open-container"><button id="mobile-toggle" class="menu-toggle-open drawer-toggle menu-toggle-style-default" aria-label="Mở menu" data-toggle-target="#mobile-drawer" data-toggle-body-class="showing-popup-drawer-from-right" aria-expanded="false" data-set-focus=".menu-toggle-close"><span class="menu-toggle-icon">{_svg("menu")}</span></button></div></div></div></div></div></div></div></div></div></div></div>
</header>"""


def sidebar() -> str:
    recent = "".join(
        f'<li><a href="{permalink(s)}">{t(shown_title(s))}</a><span class="post-date">{dmy(posted(s))}</span></li>'
        for s in ALL_POSTS[:5]
    )
    return f"""<aside id="secondary" role="complementary" class="primary-sidebar widget-area sidebar-slug-sidebar-primary sidebar-link-style-normal">
<div class="sidebar-inner-wrap">
<section id="recent-posts-3" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></section>
<section id="custom_html-4" class="widget_text widget widget_custom_html"><h2 class="widget-title">Văn bản mới</h2><div class="textwidget custom-html-widget"><ul class="vb-moi">
<li><a href="https://qlvb.hatinh.gov.vn/sgddt/van-ban/2395-kh-sgddt" target="_blank" rel="noopener">Kế hoạch số 2395/KH-SGDĐT về tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp THCS</a></li>
<li><a href="https://qlvb.hatinh.gov.vn/sgddt/van-ban/2381-tb-sgddt" target="_blank" rel="noopener">Thông báo số 2381/TB-SGDĐT kết quả xét tuyển viên chức</a></li>
<li><a href="https://qlvb.hatinh.gov.vn/sgddt/van-ban/2350-cv-sgddt" target="_blank" rel="noopener">Công văn số 2350/SGDĐT-GDTrH hướng dẫn kiểm tra cuối học kỳ I</a></li></ul></div></section>
<section id="block-11" class="widget widget_block"><div class="wp-block-kadence-advancedbtn kb-buttons-wrap kb-btns_a11e2f-0d"><a class="kb-button kt-button button kb-btn_c27f0a-5e kt-btn-size-standard kt-btn-width-type-full kb-btn-global-inherit kt-btn-has-text-true wp-block-button__link wp-block-kadence-singlebtn" href="https://dichvucong.hatinh.gov.vn/" target="_blank" rel="noopener"><span class="kt-btn-inner-text">Dịch vụ công trực tuyến</span></a></div></section>
<section id="polls-widget-2" class="widget widget_polls-widget"><h2 class="widget-title">Thăm dò ý kiến</h2><div id="polls-6" class="wp-polls"><form id="polls_form_6" class="wp-polls-form" action="/index.php" method="post"><p style="display: none;"><input type="hidden" id="poll_6_nonce" name="wp-polls-nonce" value="8b1f2c3d4e"></p><p style="display: none;"><input type="hidden" name="poll_id" value="6"></p><p style="text-align: center;"><strong>Bạn đánh giá thế nào về cổng thông tin của Sở?</strong></p><div id="polls-6-ans" class="wp-polls-ans"><ul class="wp-polls-ul"><li><input type="radio" id="poll-answer-21" name="poll_6" value="21"> <label for="poll-answer-21">Rất hữu ích</label></li><li><input type="radio" id="poll-answer-22" name="poll_6" value="22"> <label for="poll-answer-22">Hữu ích</label></li><li><input type="radio" id="poll-answer-23" name="poll_6" value="23"> <label for="poll-answer-23">Cần cải thiện</label></li></ul><p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(6);"></p></div></form></div></section>
<section id="media_image-3" class="widget widget_media_image"><a href="https://moet.gov.vn/" target="_blank" rel="noopener"><img width="300" height="90" src="{UP}/2024/03/banner-bo-gddt.jpg" class="image wp-image-212 attachment-full size-full" alt="Bộ Giáo dục và Đào tạo" decoding="async" loading="lazy"></a></section>
</div></aside>"""


def footer() -> str:
    return f"""<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap">
<div class="site-middle-footer-wrap site-footer-row-container site-footer-focus-item site-footer-row-layout-standard site-footer-row-tablet-layout-default site-footer-row-mobile-layout-row" data-section="kadence_customizer_footer_middle"><div class="site-footer-row-container-inner"><div class="site-container"><div class="site-middle-footer-inner-wrap site-footer-row site-footer-row-columns-3 site-footer-row-column-layout-left-golden site-footer-row-tablet-column-layout-default site-footer-row-mobile-column-layout-row ft-ro-dir-row ft-ro-collapse-normal ft-ro-t-dir-default ft-ro-m-dir-default ft-ro-lstyle-plain">
<div class="site-footer-middle-section-1 site-footer-section footer-section-inner-items-1"><div class="footer-widget-area widget-area site-footer-focus-item footer-widget1 content-align-default content-tablet-align-default content-mobile-align-default content-valign-default content-tablet-valign-default content-mobile-valign-default" data-section="sidebar-widgets-footer1"><div class="footer-widget-area-inner site-info-inner"><section id="block-5" class="widget widget_block"><h2 class="wp-block-heading">{SITE.upper()}</h2>
<p>Địa chỉ: Số 26 đường Phan Đình Phùng, TP Hà Tĩnh, tỉnh Hà Tĩnh<br>Điện thoại: 0239.3856.433 – Fax: 0239.3856.120<br>Email: sgddt@hatinh.gov.vn</p></section></div></div></div>
<div class="site-footer-middle-section-2 site-footer-section footer-section-inner-items-1"><div class="footer-widget-area widget-area site-footer-focus-item footer-widget2" data-section="sidebar-widgets-footer2"><div class="footer-widget-area-inner site-info-inner"><section id="nav_menu-2" class="widget widget_nav_menu"><h2 class="widget-title">Liên kết</h2><div class="menu-lien-ket-container"><ul id="menu-lien-ket" class="menu"><li class="menu-item"><a target="_blank" rel="noopener" href="https://moet.gov.vn/">Bộ Giáo dục và Đào tạo</a></li><li class="menu-item"><a target="_blank" rel="noopener" href="https://hatinh.gov.vn/">Cổng TTĐT tỉnh Hà Tĩnh</a></li><li class="menu-item"><a target="_blank" rel="noopener" href="https://baohatinh.vn/">Báo Hà Tĩnh</a></li><li class="menu-item"><a target="_blank" rel="noopener" href="https://csdl.moet.gov.vn/">Cơ sở dữ liệu ngành</a></li></ul></div></section></div></div></div>
<div class="site-footer-middle-section-3 site-footer-section footer-section-inner-items-1"><div class="footer-widget-area widget-area site-footer-focus-item footer-widget3" data-section="sidebar-widgets-footer3"><div class="footer-widget-area-inner site-info-inner"><section id="custom_html-7" class="widget_text widget widget_custom_html"><h2 class="widget-title">Thống kê truy cập</h2><div class="textwidget custom-html-widget"><ul class="tk-truy-cap"><li>Đang online: <b>31</b></li><li>Hôm nay: <b>1.284</b></li><li>Tháng này: <b>9.517</b></li><li>Tổng truy cập: <b>3.615.902</b></li></ul></div></section></div></div></div>
</div></div></div></div>
<div class="site-bottom-footer-wrap site-footer-row-container site-footer-focus-item site-footer-row-layout-standard" data-section="kadence_customizer_footer_bottom"><div class="site-footer-row-container-inner"><div class="site-container"><div class="site-bottom-footer-inner-wrap site-footer-row site-footer-row-columns-1"><div class="site-footer-bottom-section-1 site-footer-section footer-section-inner-items-1"><div class="footer-widget-area site-info site-footer-focus-item content-align-default" data-section="kadence_customizer_footer_html"><div class="footer-widget-area-inner site-info-inner"><div class="footer-html inner-link-style-normal"><div class="footer-html-inner"><p>&copy; 2026 {SITE}. Chịu trách nhiệm chính: Giám đốc Sở. Ghi rõ nguồn khi phát hành lại thông tin từ website này. &#8211; Vận hành trên WordPress &amp; Kadence WP</p></div></div></div></div></div></div></div></div></div>
</div></footer>"""


def breadcrumbs(crumbs: list[tuple[str | None, str]]) -> str:
    parts = []
    for href, label in crumbs[:-1]:
        parts.append(f'<span><a href="{href}">{t(label)}</a></span>')
    parts.append(f'<span class="breadcrumb_last" aria-current="page">{t(crumbs[-1][1])}</span>')
    return (
        '<nav id="kadence-breadcrumbs" aria-label="Breadcrumbs" class="kadence-breadcrumbs yoast-breadcrumbs">'
        "<span><span>" + " » ".join(parts) + "</span></span></nav>"
    )


def page(
    request: Request,
    *,
    title: str,
    body_class: str,
    main: str,
    head_extra: str = "",
    active: str = "",
    sidebar_on: bool = True,
    status: int = 200,
) -> Response:
    doc = f"""<!doctype html>
<html lang="vi" class="no-js" itemtype="https://schema.org/Blog" itemscope>
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
{head_extra}
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng thông tin" href="/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2' media='all' />
<link rel='stylesheet' id='kadence-global-css' href='/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9' media='all' />
<link rel='stylesheet' id='kadence-blocks-tabs-css' href='/wp-content/plugins/kadence-blocks/dist/style-blocks-tabs.css?ver=3.2.53' media='all' />
<link rel='stylesheet' id='heateor_sss_frontend_css-css' href='/wp-content/plugins/sassy-social-share/public/css/sassy-social-share-public.css?ver=3.3.63' media='all' />
<style id='kadence-blocks-global-variables-inline-css'>:root {{--global-kb-font-size-sm:clamp(0.8rem, 0.73rem + 0.217vw, 0.9rem);--global-kb-font-size-md:clamp(1.1rem, 0.995rem + 0.326vw, 1.25rem);}}</style>
<style id="kadence_blocks_css">.entry-meta .updated:not(.published){{display:none}}.kt-tabs-content-wrap > .kt-tab-inner-content:not(.kt-inner-tab-1){{display:none}}.kt-accordion-panel-hidden{{display:none}}</style>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.6.2" />
<link rel="icon" href="{UP}/2024/03/cropped-logo-sgddt-32x32.png" sizes="32x32" />
</head>
<body class="{body_class} wp-custom-logo wp-embed-responsive footer-on-bottom hide-focus-outline link-style-standard {"has-sidebar" if sidebar_on else "content-width-normal"} content-title-style-normal content-width-normal content-style-boxed content-vertical-padding-show non-transparent-header mobile-non-transparent-header">
<div id="wrapper" class="site wp-site-blocks">
<a class="skip-link screen-reader-text scroll-ignore" href="#main">Chuyển đến nội dung</a>
{header(active)}
<div id="inner-wrap" class="wrap kt-clear">
{main}
</div><!-- #inner-wrap -->
{footer()}
</div><!-- #wrapper -->
<script id="kadence-navigation-js-extra">var kadenceConfig = {{"screenReader":{{"expand":"M\\u1edf r\\u1ed9ng","collapse":"Thu g\\u1ecdn"}}}};</script>
<script src="/wp-content/themes/kadence/assets/js/navigation.min.js?ver=1.2.9" id="kadence-navigation-js" async></script>
<script src="/wp-content/plugins/a3-lazy-load/assets/js/jquery.lazyloadxt.min.js?ver=2.7.3" id="jquery-lazyloadxt-js"></script>
</body>
</html>"""
    return html(doc, status=status)


def title_tag(value: str) -> str:
    return f"<title>{t(value)} - {SITE}</title>"


def with_sidebar(inner: str) -> str:
    return (
        '<div id="primary" class="content-area"><div class="content-container site-container">'
        f'<main id="main" class="site-main" role="main">{inner}</main>{sidebar()}</div></div>'
    )


# --- Yoast ----------------------------------------------------------------------------------


def yoast_post_head(request: Request, story: Story, robots: str) -> str:
    base = base_url(request)
    url = base + permalink(story)
    seo = story.opts.get("seo_title") or story.title
    d_pub, d_mod = posted(story), modified(story)
    thumb = story.opts.get("thumb")
    account = story.opts["account"]
    person = f"{base}/#/schema/person/{_uid(account, 32)}"
    cat_name = CATS[story.cat]
    desc = " ".join(story.paragraphs)[:150].rsplit(" ", 1)[0] + "…" if story.paragraphs else ""
    graph: list[dict] = [
        {
            "@type": "Article",
            "@id": f"{url}#article",
            "isPartOf": {"@id": url},
            "author": {"name": account, "@id": person},
            "headline": story.title,
            "datePublished": utc(d_pub),
            "dateModified": utc(d_mod),
            "mainEntityOfPage": {"@id": url},
            "wordCount": sum(len(p.split()) for p in story.paragraphs),
            "commentCount": len(story.opts.get("comments", [])),
            "publisher": {"@id": f"{base}/#organization"},
            "keywords": [TAGS[x] for x in story.opts.get("tags", [])],
            "articleSection": [CATS[c] for c in sorted(cats_of(story), key=lambda c: CATS[c])],
            "inLanguage": "vi",
            "potentialAction": [{"@type": "CommentAction", "name": "Comment", "target": [f"{url}#respond"]}],
        },
        {
            "@type": "WebPage",
            "@id": url,
            "url": url,
            "name": f"{seo} - {SITE}",
            "isPartOf": {"@id": f"{base}/#website"},
            "datePublished": utc(d_pub),
            "dateModified": utc(d_mod),
            "description": desc,
            "breadcrumb": {"@id": f"{url}#breadcrumb"},
            "inLanguage": "vi",
            "potentialAction": [{"@type": "ReadAction", "target": [url]}],
        },
        {
            "@type": "BreadcrumbList",
            "@id": f"{url}#breadcrumb",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"{base}/"},
                {"@type": "ListItem", "position": 2, "name": cat_name, "item": f"{base}/chuyen-muc/{story.cat}/"},
                {"@type": "ListItem", "position": 3, "name": shown_title(story)},
            ],
        },
        {
            "@type": "WebSite",
            "@id": f"{base}/#website",
            "url": f"{base}/",
            "name": SITE,
            "description": "Cổng thông tin điện tử",
            "publisher": {"@id": f"{base}/#organization"},
            "inLanguage": "vi",
        },
        {
            "@type": "Organization",
            "@id": f"{base}/#organization",
            "name": SITE,
            "url": f"{base}/",
            "logo": {"@type": "ImageObject", "url": f"{base}{UP}/2024/03/logo-sgddt-ha-tinh.png"},
        },
        {"@type": "Person", "@id": person, "name": account, "url": f"{base}/tac-gia/{account}/"},
    ]
    if thumb:
        graph[0]["image"] = {"@id": f"{url}#primaryimage"}
        graph[0]["thumbnailUrl"] = f"{base}{thumb}.jpg"
        graph[1]["primaryImageOfPage"] = {"@id": f"{url}#primaryimage"}
        graph.insert(
            2,
            {
                "@type": "ImageObject",
                "inLanguage": "vi",
                "@id": f"{url}#primaryimage",
                "url": f"{base}{thumb}.jpg",
                "contentUrl": f"{base}{thumb}.jpg",
                "width": 1280,
                "height": 853,
            },
        )
    ld = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False, separators=(",", ":"))
    og_img = (
        f'<meta property="og:image" content="{base}{thumb}.jpg" />\n<meta property="og:image:width" '
        'content="1280" />\n<meta property="og:image:height" content="853" />\n'
        '<meta property="og:image:type" content="image/jpeg" />\n'
        if thumb
        else f'<meta property="og:image" content="{base}{UP}/2024/03/anh-dai-dien-sgddt.jpg" />\n'
    )
    minutes = max(1, sum(len(p.split()) for p in story.paragraphs) // 200)
    return (
        f"{robots}<!-- This site is optimized with the Yoast SEO plugin v23.5 - https://yoast.com/wordpress/plugins/seo/ -->\n"
        f"{title_tag(seo)}\n"
        f'<meta name="description" content="{esc(desc)}" />\n'
        f'<link rel="canonical" href="{url}" />\n'
        '<meta property="og:locale" content="vi_VN" />\n<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(seo)}" />\n'
        f'<meta property="og:description" content="{esc(desc)}" />\n'
        f'<meta property="og:url" content="{url}" />\n'
        f'<meta property="og:site_name" content="{SITE}" />\n'
        '<meta property="article:publisher" content="https://www.facebook.com/sogddthatinh" />\n'
        f'<meta property="article:published_time" content="{utc(d_pub)}" />\n'
        f'<meta property="article:modified_time" content="{utc(d_mod)}" />\n'
        f"{og_img}"
        f'<meta name="author" content="{account}" />\n<meta name="twitter:card" content="summary_large_image" />\n'
        f'<meta name="twitter:label1" content="Được viết bởi" />\n<meta name="twitter:data1" content="{account}" />\n'
        '<meta name="twitter:label2" content="Ước tính thời gian đọc" />\n'
        f'<meta name="twitter:data2" content="{minutes} phút" />\n'
        f'<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>\n'
        "<!-- / Yoast SEO plugin. -->\n"
        f'<link rel="alternate" title="JSON" type="application/json" href="/wp-json/wp/v2/posts/{story.id}" />\n'
        f"<link rel='shortlink' href='{base}/?p={story.id}' />\n"
    )


def yoast_simple_head(request: Request, title: str, path: str, kind: str = "website", robots: str = "") -> str:
    base = base_url(request)
    return (
        f"{robots}<!-- This site is optimized with the Yoast SEO plugin v23.5 - https://yoast.com/wordpress/plugins/seo/ -->\n"
        f"{title_tag(title)}\n"
        f'<link rel="canonical" href="{base}{path}" />\n'
        f'<meta property="og:locale" content="vi_VN" />\n<meta property="og:type" content="{kind}" />\n'
        f'<meta property="og:title" content="{esc(title)}" />\n<meta property="og:url" content="{base}{path}" />\n'
        f'<meta property="og:site_name" content="{SITE}" />\n'
        "<!-- / Yoast SEO plugin. -->\n"
    )


# --- templates --------------------------------------------------------------------------------


def entry_meta(story: Story, with_author: bool = True) -> str:
    d_pub, d_mod = posted(story), modified(story)
    account = story.opts["account"]
    by = (
        f'<span class="posted-by"><span class="meta-label">Người đăng</span><span class="author vcard">'
        f'<a class="url fn n" href="/tac-gia/{account}/">{account}</a></span></span>'
        if with_author
        else ""
    )
    if d_mod != d_pub:
        times = (
            f'<time class="entry-date published" datetime="{d_pub.isoformat()}">{dmy(d_pub)}</time>'
            f'<time class="updated" datetime="{d_mod.isoformat()}">{dmy(d_mod)}</time>'
        )
    else:
        times = f'<time class="entry-date published updated" datetime="{d_pub.isoformat()}">{dmy(d_pub)}</time>'
    ncom = len(story.opts.get("comments", []))
    comments = (
        f'<span class="meta-comments"><a class="meta-comments-link anchor-scroll" href="{permalink(story)}'
        f'#comments">{ncom} bình luận</a></span>'
        if ncom
        else ""
    )
    return (
        f'<div class="entry-meta entry-meta-divider-customicon">{by}<span class="posted-on">'
        f'{_svg("calendar")}{times}</span>{comments}</div>'
    )


def taxonomies(story: Story) -> str:
    links = ", ".join(
        f'<a href="/chuyen-muc/{c}/" class="category-link-{c}" rel="tag">{t(CATS[c])}</a>'
        for c in sorted(cats_of(story), key=lambda c: CATS[c])
    )
    return f'<div class="entry-taxonomies"><span class="category-links term-links category-style-normal">{links}</span></div>'


def comments_area(story: Story) -> str:
    comments = story.opts.get("comments", [])
    perma = permalink(story)
    items = []
    for cid, who, when, body in comments:
        d = datetime.fromisoformat(when)
        items.append(
            f'<li id="comment-{cid}" class="comment even thread-even depth-1"><article id="div-comment-{cid}" '
            'class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" '
            f'src="https://secure.gravatar.com/avatar/{_uid(who, 32)}?s=60&#038;d=mm&#038;r=g" '
            f'class="avatar avatar-60 photo" height="60" width="60" loading="lazy" decoding="async"> <b class="fn">'
            f'{t(who)}</b> <span class="says">viết:</span></div><div class="comment-metadata"><a href="{perma}'
            f'#comment-{cid}"><time datetime="{d.isoformat()}">{d:%d/%m/%Y} lúc {d:%H:%M}</time></a></div>'
            f'</footer><div class="comment-content"><p>{t(body)}</p></div><div class="reply"><a rel="nofollow" '
            f"class='comment-reply-link' href='{perma}?replytocom={cid}#respond' data-commentid=\"{cid}\" "
            f'data-postid="{story.id}" data-belowelement="div-comment-{cid}" data-respondelement="respond" '
            f'data-replyto="Trả lời {esc(who)}" aria-label="Trả lời {esc(who)}">Trả lời</a></div></article></li>'
        )
    listing = (
        f'<h2 class="comments-title">{len(comments)} bình luận về &ldquo;{t(story.title)}&rdquo;</h2>'
        f'<ol class="comment-list">{"".join(items)}</ol>'
        if comments
        else ""
    )
    return (
        f'<div id="comments" class="comments-area">{listing}<div id="respond" class="comment-respond">'
        '<h3 id="reply-title" class="comment-reply-title">Để lại một bình luận <small><a rel="nofollow" '
        f'id="cancel-comment-reply-link" href="{perma}#respond" style="display:none;">Hủy</a></small></h3>'
        '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
        '<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> '
        '<span class="required-field-message">Các trường bắt buộc được đánh dấu <span class="required">*</span>'
        '</span></p><p class="comment-form-comment comment-form-float-label"><textarea id="comment" '
        'name="comment" placeholder="Để lại bình luận..." cols="45" rows="8" maxlength="65525" required>'
        '</textarea><label class="float-label" for="comment">Bình luận <span class="required">*</span></label>'
        '</p><div class="comment-input-wrap"><p class="comment-form-author"><input aria-label="Tên" id="author" '
        'name="author" type="text" placeholder="Nguyễn Văn A" value="" size="30" maxlength="245" required>'
        '<label class="float-label" for="author">Tên <span class="required">*</span></label></p>'
        '<p class="comment-form-email"><input aria-label="Email" id="email" name="email" type="email" '
        'placeholder="email@example.com" value="" size="30" maxlength="100" required><label class="float-label" '
        'for="email">Email <span class="required">*</span></label></p></div><p class="form-submit">'
        '<input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận"> '
        f"<input type='hidden' name='comment_post_ID' value='{story.id}' id='comment_post_ID'>"
        "<input type='hidden' name='comment_parent' id='comment_parent' value='0'></p></form></div></div>"
    )


def single(request: Request, story: Story) -> Response:
    perma = permalink(story)
    url = base_url(request) + perma
    robots = (
        "<meta name='robots' content='noindex, follow' />\n"
        if "replytocom" in request.params
        else "<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, "
        "max-video-preview:-1' />\n"
    )
    crumbs = [("/", "Trang chủ"), (f"/chuyen-muc/{story.cat}/", CATS[story.cat]), (None, shown_title(story))]
    classes = " ".join(
        [f"post-{story.id} post type-post status-publish format-standard"]
        + (["has-post-thumbnail"] if story.opts.get("thumb") else [])
        + ["hentry"]
        + [f"category-{c}" for c in cats_of(story)]
        + [f"tag-{x}" for x in story.opts.get("tags", [])]
        + (["post-password-required"] if story.opts.get("protected") else [])
    )
    if story.opts.get("protected"):
        content = (
            f'<form action="/wp-login.php?action=postpass" class="post-password-form" method="post"><p>Nội dung '
            "này được bảo vệ bằng mật khẩu. Để xem, vui lòng nhập mật khẩu bên dưới:</p><p><label "
            f'for="pwbox-{story.id}">Mật khẩu: <input name="post_password" id="pwbox-{story.id}" type="password" '
            'spellcheck="false" size="20" /></label> <input type="submit" name="Submit" value="Gửi" /></p></form>'
        )
        comments = ""
    else:
        content = "\n".join(
            [
                share_bar(url, story.title),
                views_line(story),
                render_content(story),
                related_box(story),
                share_bar(url, story.title),
            ]
        )
        comments = comments_area(story)
    tags = story.opts.get("tags", [])
    tag_links = (
        '<footer class="entry-footer"><div class="tags-links"><span class="tags-label">Thẻ:</span> '
        + " ".join(
            f'<a href="/the/{x}/" title="{esc(TAGS[x])}" class="tag-link tag-item-{x}" rel="tag"><span '
            f'class="tag-hash">#</span>{t(TAGS[x])}</a>'
            for x in tags
        )
        + "</div></footer>"
        if tags
        else ""
    )
    main = with_sidebar(
        f"""<div class="content-wrap">
<article id="post-{story.id}" class="entry content-bg single-entry {classes}">
<div class="entry-content-wrap">
<header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">
{breadcrumbs(crumbs)}
{taxonomies(story)}
<h1 class="entry-title">{t(shown_title(story))}</h1>
{entry_meta(story)}
</header><!-- .entry-header -->
<div class="entry-content single-content">
{content}
</div><!-- .entry-content -->
{tag_links}
</div>
</article><!-- #post-{story.id} -->
{comments}
</div>"""
    )
    return page(
        request,
        title=story.title,
        body_class=f"post-template-default single single-post postid-{story.id} single-format-standard",
        main=main,
        head_extra=yoast_post_head(request, story, robots),
        active=f"/chuyen-muc/{story.cat}/",
    )


def loop_item(story: Story, heading: str = "h2") -> str:
    thumb = story.opts.get("thumb")
    img = (
        f'<a aria-hidden="true" tabindex="-1" role="presentation" class="post-thumbnail kadence-thumbnail-ratio-2-3" '
        f'aria-label="{esc(story.title)}" href="{permalink(story)}"><div class="post-thumbnail-inner"><img '
        f'width="768" height="512" src="{thumb}-768x512.jpg" class="attachment-medium_large size-medium_large '
        f'wp-post-image" alt="" decoding="async" loading="lazy"></div></a>'
        if thumb
        else ""
    )
    return f"""<li class="entry-list-item"><article class="entry content-bg loop-entry post-{story.id} post type-post status-publish format-standard{" has-post-thumbnail" if thumb else ""} hentry {" ".join("category-" + c for c in cats_of(story))}">
{img}
<div class="entry-content-wrap"><header class="entry-header">{taxonomies(story)}<{heading} class="entry-title"><a href="{permalink(story)}" rel="bookmark">{t(shown_title(story))}</a></{heading}>{entry_meta(story, with_author=False)}</header>
<div class="entry-summary"><p>{excerpt(story)}</p></div>
<footer class="entry-footer"><div class="entry-actions"><p class="more-link-wrap"><a href="{permalink(story)}" class="post-more-link">Đọc tiếp<span class="screen-reader-text"> {t(shown_title(story))}</span>{_svg("arrow-right-alt")}</a></p></div></footer>
</div></article></li>"""


def pagination(base: str, current: int, last: int) -> str:
    if last <= 1:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base}page/{n}/"

    parts = []
    if current > 1:
        parts.append(
            f'<a class="prev page-numbers" href="{href(current - 1)}"><span class="screen-reader-text">Trang trước'
            f"</span>{_svg('arrow-left-alt')}</a>"
        )
    for n in range(1, last + 1):
        if n == current:
            parts.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            parts.append(f'<a class="page-numbers" href="{href(n)}">{n}</a>')
    if current < last:
        parts.append(
            f'<a class="next page-numbers" href="{href(current + 1)}"><span class="screen-reader-text">Trang sau'
            f"</span>{_svg('arrow-right-alt')}</a>"
        )
    return (
        '<nav class="navigation pagination" aria-label="Phân trang bài viết"><h2 class="screen-reader-text">'
        f'Phân trang bài viết</h2><div class="nav-links">{"".join(parts)}</div></nav>'
    )


def archive(request: Request, *, base: str, n: int, items: list[Story], heading: str, crumbs, body_class: str,
            desc: str = "", kicker: str = "") -> Response | None:
    last = max(1, (len(items) + PER_PAGE - 1) // PER_PAGE)
    if n > last:
        return not_found(request)
    chunk = items[(n - 1) * PER_PAGE : n * PER_PAGE]
    title = heading + (f" - Trang {n} trên {last}" if n > 1 else "")
    path = base if n == 1 else f"{base}page/{n}/"
    rel = ""
    if n > 1:
        rel += f'<link rel="prev" href="{base_url(request)}{base if n == 2 else f"{base}page/{n - 1}/"}" />\n'
    if n < last:
        rel += f'<link rel="next" href="{base_url(request)}{base}page/{n + 1}/" />\n'
    main = f"""<section class="entry-hero post-archive-hero-section entry-hero-layout-standard"><div class="entry-hero-container-inner"><div class="hero-section-overlay"></div><div class="hero-container site-container"><header class="entry-header post-archive-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">
{breadcrumbs(crumbs)}
<h1 class="page-title archive-title">{kicker}{t(heading)}</h1>{f'<div class="archive-description"><p>{t(desc)}</p></div>' if desc else ""}
</header></div></div></section>
""" + with_sidebar(
        '<div class="content-wrap"><h2 class="screen-reader-text">Danh sách bài viết</h2>'
        '<ul id="archive-container" class="content-wrap kadence-posts-list grid-cols post-archive grid-sm-col-2 '
        'grid-lg-col-2 item-image-style-above">'
        + "\n".join(loop_item(s) for s in chunk)
        + "</ul>"
        + pagination(base, n, last)
        + "</div>"
    )
    return page(
        request,
        title=title,
        body_class=body_class + (f" paged paged-{n}" if n > 1 else ""),
        main=main,
        head_extra=yoast_simple_head(request, title, path) + rel,
        active=base,
    )


def category(request: Request, slug: str, n: int) -> Response | None:
    items = [s for s in ALL_POSTS if slug in cats_of(s)]
    return archive(
        request,
        base=f"/chuyen-muc/{slug}/",
        n=n,
        items=items,
        heading=CATS[slug],
        crumbs=[("/", "Trang chủ"), (None, CATS[slug])],
        body_class=f"archive category category-{slug} category-{list(CATS).index(slug) + 3}",
        desc=CAT_DESC[slug],
    )


def tag_archive(request: Request, slug: str, n: int) -> Response | None:
    items = [s for s in ALL_POSTS if slug in s.opts.get("tags", [])]
    return archive(
        request,
        base=f"/the/{slug}/",
        n=n,
        items=items,
        heading=TAGS[slug],
        crumbs=[("/", "Trang chủ"), (None, f"Các bài viết được gắn thẻ “{TAGS[slug]}”")],
        body_class=f"archive tag tag-{slug}",
        kicker='<span class="archive-kicker">Thẻ: </span>',
    )


def author_archive(request: Request, user: str, n: int) -> Response | None:
    items = [s for s in ALL_POSTS if s.opts["account"] == user]
    return archive(
        request,
        base=f"/tac-gia/{user}/",
        n=n,
        items=items,
        heading=user,
        crumbs=[("/", "Trang chủ"), (None, f"Lưu trữ cho {user}")],
        body_class=f"archive author author-{user}",
        kicker='<span class="archive-kicker">Tác giả: </span>',
    )


def carousel(stories: list[Story]) -> str:
    items = []
    for s in stories:
        thumb = s.opts.get("thumb")
        img = (
            f'<div class="kadence-post-image"><div class="kadence-post-image-intrisic kt-image-ratio-56-25" '
            'style="padding-bottom:56.25%"><div class="kadence-post-image-inner-wrap"><a href="'
            f'{permalink(s)}" class="kadence-post-image-inner-intrisic"><img src="{thumb}-768x512.jpg" alt="'
            f'{esc(s.title)}" width="768" height="512" class="attachment-medium_large size-medium_large"></a>'
            "</div></div></div>"
            if thumb
            else ""
        )
        items.append(
            '<div class="kt-blocks-post-grid-item"><div class="kt-blocks-post-grid-item-inner-wrap '
            f'kt-feat-image-align-top kt-feat-image-mobile-align-top">{img}<div class="kt-blocks-post-grid-item-inner">'
            f'<header><div class="kt-blocks-above-categories"><a href="/chuyen-muc/{s.cat}/" rel="tag">'
            f'{t(CATS[s.cat])}</a></div><h3 class="entry-title"><a href="{permalink(s)}">{t(s.title)}</a></h3>'
            '<div class="kt-blocks-post-top-meta"><div class="kt-blocks-date"><span class="kt-blocks-date-label">'
            f'Đăng ngày </span><time dateTime="{posted(s).isoformat()}" class="kt-blocks-post-date">'
            f'{posted(s):%d/%m/%Y}</time></div></div></header><div class="entry-content"><p>{excerpt(s, 24)}</p>'
            '</div><footer class="kt-blocks-post-footer"><div class="kt-blocks-post-footer-right"><a '
            f'class="kt-blocks-post-readmore" href="{permalink(s)}">Xem tiếp<span class="screen-reader-text"> '
            f"{t(s.title)}</span></a></div></footer></div></div></div>"
        )
    return (
        '<div class="wp-block-kadence-postgrid kt-blocks-post-loop-block alignnone kt-post-loop_b1c2d3-8e '
        'kt-post-grid-layout-carousel"><div class="kt-post-grid-layout-carousel-wrap kt-carousel-arrowstyle-'
        'whiteondark kt-carousel-dotstyle-dark" data-columns-xxl="3" data-columns-xl="3" data-columns-md="3" '
        'data-columns-sm="2" data-columns-xs="1" data-columns-ss="1" data-slider-anim-speed="400" '
        'data-slider-scroll="1" data-slider-arrows="true" data-slider-dots="false" data-slider-hover-pause="false" '
        'data-slider-auto="true" data-slider-speed="7000">' + "".join(items) + "</div></div>"
    )


def home(request: Request) -> Response:
    tt = [s for s in ALL_POSTS if s.cat == "tin-tuc-su-kien"][:4]
    cm = [s for s in ALL_POSTS if "hoat-dong-chuyen-mon" in cats_of(s)][:3]
    tb = [s for s in ALL_POSTS if s.cat == "thong-bao"][:3]
    grid = (
        '<div class="wp-block-kadence-posts kb-posts-id-_6f2d1a-44 alignnone"><ul class="kb-posts '
        'kb-posts-id-_6f2d1a-44 content-wrap grid-cols kb-posts-style-boxed grid-xs-col-1 grid-sm-col-2 '
        'grid-lg-col-3 item-image-style-above">' + "".join(loop_item(s, "h3") for s in cm) + "</ul></div>"
    )
    notices = "".join(
        f'<li><span class="tb-ngay">{posted(s):%d/%m}</span> <a href="{permalink(s)}">{t(shown_title(s))}</a></li>'
        for s in tb
    )
    base = base_url(request)
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "WebPage", "@id": f"{base}/", "url": f"{base}/", "name": f"Trang chủ - {SITE}",
                 "isPartOf": {"@id": f"{base}/#website"}, "inLanguage": "vi"},
                {"@type": "WebSite", "@id": f"{base}/#website", "url": f"{base}/", "name": SITE, "inLanguage": "vi"},
            ],
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )
    main = with_sidebar(
        f"""<div class="content-wrap"><article id="post-7" class="entry content-bg single-entry post-7 page type-page status-publish hentry">
<div class="entry-content-wrap"><div class="entry-content single-content">
<h2 class="kt-adv-heading7_1a2b3c-0f wp-block-kadence-advancedheading" data-kb-block="kb-adv-heading7_1a2b3c-0f"><mark class="kt-highlight">Tin nổi bật</mark></h2>
{carousel(tt)}
<p class="xem-tat-ca"><a href="/chuyen-muc/tin-tuc-su-kien/">Xem tất cả tin tức &raquo;</a></p>
<h2 class="kt-adv-heading7_4d5e6f-21 wp-block-kadence-advancedheading" data-kb-block="kb-adv-heading7_4d5e6f-21">Hoạt động chuyên môn</h2>
{grid}
<div class="wp-block-columns is-layout-flex"><div class="wp-block-column">
<h2 class="kt-adv-heading7_7a8b9c-33 wp-block-kadence-advancedheading" data-kb-block="kb-adv-heading7_7a8b9c-33">Thông báo</h2>
<ul class="ds-thong-bao">{notices}</ul><p><a href="/chuyen-muc/thong-bao/">Xem tất cả thông báo</a></p>
</div><div class="wp-block-column"><figure class="wp-block-image size-full"><a href="https://dichvucong.hatinh.gov.vn/" target="_blank" rel="noopener"><img src="{UP}/2024/05/banner-dich-vu-cong.jpg" alt="Dịch vụ công trực tuyến" width="600" height="200"></a></figure>
<figure class="wp-block-image size-full"><a href="https://tuyensinh.hatinh.edu.vn/" target="_blank" rel="noopener"><img src="{UP}/2025/05/banner-tuyen-sinh-10.jpg" alt="Tuyển sinh vào lớp 10" width="600" height="200"></a></figure></div></div>
</div></div></article></div>"""
    )
    head = (
        "<meta name='robots' content='index, follow, max-image-preview:large' />\n"
        + yoast_simple_head(request, "Trang chủ", "/")
        + f'<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>\n'
    )
    return page(request, title="Trang chủ", body_class="home page-template-default page page-id-7", main=main,
                head_extra=head, active="/")


PAGES = {
    "/gioi-thieu/": (
        "Giới thiệu chung",
        112,
        [
            "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có chức "
            "năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.",
            "Sở chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh; đồng thời "
            "chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.",
            "Toàn ngành hiện có hơn 780 cơ sở giáo dục từ mầm non đến trung học phổ thông và giáo dục thường "
            "xuyên, với trên 21.000 cán bộ, giáo viên, nhân viên.",
        ],
    ),
    "/co-cau-to-chuc/": (
        "Cơ cấu tổ chức",
        118,
        [
            "Lãnh đạo Sở: Giám đốc Trần Quốc Việt; Phó Giám đốc Lê Thị Minh Hằng; Phó Giám đốc Phan Đức Trung.",
            "Các phòng chuyên môn: Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; Phòng Kế hoạch - Tài chính; "
            "Phòng Giáo dục Mầm non - Tiểu học; Phòng Giáo dục Trung học; Phòng Quản lý chất lượng.",
        ],
    ),
    "/lien-he/": (
        "Liên hệ",
        121,
        [
            "Sở Giáo dục và Đào tạo Hà Tĩnh. Địa chỉ: Số 26 đường Phan Đình Phùng, TP Hà Tĩnh.",
            "Điện thoại: 0239.3856.433 – Email: sgddt@hatinh.gov.vn",
        ],
    ),
}


def static_page(request: Request, path: str) -> Response:
    title, pid, paras = PAGES[path]
    body = "".join(f"<p>{t(p)}</p>" for p in paras)
    if path == "/lien-he/":
        body += (
            '<div class="wpcf7 no-js" id="wpcf7-f130-p121-o1" lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-'
            'f130-p121-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">'
            '<p><label> Họ và tên<br><input size="40" class="wpcf7-form-control wpcf7-text" name="your-name" '
            'value="" type="text"></label></p><p><label> Email<br><input size="40" class="wpcf7-form-control '
            'wpcf7-email" name="your-email" value="" type="email"></label></p><p><label> Nội dung<br><textarea '
            'cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea>'
            '</label></p><p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" '
            'value="Gửi đi"></p></form></div>'
        )
    main = with_sidebar(
        f"""<div class="content-wrap"><article id="post-{pid}" class="entry content-bg single-entry post-{pid} page type-page status-publish hentry">
<div class="entry-content-wrap"><header class="entry-header page-title title-align-inherit">{breadcrumbs([("/", "Trang chủ"), (None, title)])}<h1 class="entry-title">{t(title)}</h1></header>
<div class="entry-content single-content">{body}</div></div></article></div>"""
    )
    return page(request, title=title, body_class=f"page-template-default page page-id-{pid}", main=main,
                head_extra=yoast_simple_head(request, title, path), active=path)


def attachment_page(request: Request, post_slug: str, name: str) -> Response | None:
    if name not in ATTACHMENTS:
        return None
    parent_id, stem, desc = ATTACHMENTS[name]
    parent = BY_ID[parent_id]
    if parent.slug != post_slug:
        return None
    aid = 4892 if name == A1_IMG1 else 4893
    path = f"/{post_slug}/attachment/{name}/"
    when = posted(parent)
    crumbs = [("/", "Trang chủ"), (f"/chuyen-muc/{parent.cat}/", CATS[parent.cat]), (permalink(parent), parent.title),
              (None, name)]
    main = with_sidebar(
        f"""<div class="content-wrap"><article id="post-{aid}" class="entry content-bg single-entry post-{aid} attachment type-attachment status-inherit hentry">
<div class="entry-content-wrap"><header class="entry-header post-title title-align-inherit">{breadcrumbs(crumbs)}
<h1 class="entry-title">{name}</h1>
<div class="entry-meta entry-meta-divider-customicon"><span class="posted-by"><span class="meta-label">Người đăng</span><span class="author vcard"><a class="url fn n" href="/tac-gia/quantri/">quantri</a></span></span><span class="posted-on">{_svg("calendar")}<time class="entry-date published updated" datetime="{when.isoformat()}">{dmy(when)}</time></span></div></header>
<div class="entry-content single-content"><p class="attachment"><a href="{stem}.jpg"><img width="1024" height="683" src="{stem}-1024x683.jpg" class="attachment-large size-large" alt="" decoding="async" {_sizes(stem + "-1024x683.jpg")}></a></p>
<p>{t(desc)}</p>
<p class="anh-thuoc-bai">Đăng trong <a href="{permalink(parent)}">{t(parent.title)}</a></p></div></div></article></div>"""
    )
    return page(request, title=name, body_class=f"attachment attachment-template-default single single-attachment postid-{aid} attachmentid-{aid} attachment-jpeg",
                main=main, head_extra=yoast_simple_head(request, name, path, "article"), active="")


def not_found(request: Request) -> Response:
    main = with_sidebar(
        '<div class="content-wrap"><section class="error-404 not-found content-bg entry"><div class="entry-content-wrap">'
        '<header class="page-header"><h1 class="page-title">Rất tiếc! Không tìm thấy trang.</h1></header>'
        '<div class="page-content"><p>Có vẻ như không có gì ở vị trí này. Bạn thử tìm kiếm xem?</p>'
        '<form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">'
        'Tìm kiếm cho:</span><input type="search" class="search-field" value="" name="s"></label>'
        '<input type="submit" class="search-submit" value="Tìm kiếm"></form></div></div></section></div>'
    )
    return page(request, title="Không tìm thấy trang", body_class="error404", main=main,
                head_extra=f"<meta name='robots' content='noindex, follow' />\n{title_tag('Không tìm thấy trang')}\n",
                status=404)


def search(request: Request) -> Response:
    q = request.params.get("s", "")
    title = f"Bạn đã tìm kiếm {q}"
    main = with_sidebar(
        '<div class="content-wrap"><header class="entry-header"><h1 class="page-title search-title">Kết quả tìm '
        f'kiếm cho: <span>{esc(q)}</span></h1></header><div class="content-bg entry"><div class="entry-content-wrap">'
        "<p>Xin lỗi, không có kết quả nào phù hợp với từ khóa của bạn. Vui lòng thử lại với từ khóa khác.</p>"
        "</div></div></div>"
    )
    return page(request, title=title, body_class="search search-no-results", main=main,
                head_extra=f"<meta name='robots' content='noindex, follow' />\n{title_tag(title)}\n")


def feed(request: Request) -> Response:
    base = base_url(request)
    items = []
    for s in feed_posts():
        link = f"{base}{permalink(s)}?utm_source=rss&#038;utm_medium=rss&#038;utm_campaign={s.slug}"
        cats = "".join(f"<category><![CDATA[{CATS[c]}]]></category>" for c in cats_of(s))
        items.append(
            f"<item>\n<title>{t(shown_title(s))}</title>\n<link>{link}</link>\n"
            f"<comments>{base}{permalink(s)}#respond</comments>\n"
            f"<dc:creator><![CDATA[{s.opts['account']}]]></dc:creator>\n"
            f"<pubDate>{posted(s).astimezone(UTC):%a, %d %b %Y %H:%M:%S} +0000</pubDate>\n{cats}\n"
            f'<guid isPermaLink="false">{base}/?p={s.id}</guid>\n'
            f"<description><![CDATA[{_html.unescape(excerpt(s, 40))}]]></description>\n"
            f"<slash:comments>{len(s.opts.get('comments', []))}</slash:comments>\n</item>"
        )
    body = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
\txmlns:content="http://purl.org/rss/1.0/modules/content/"
\txmlns:wfw="http://wellformedweb.org/CommentAPI/"
\txmlns:dc="http://purl.org/dc/elements/1.1/"
\txmlns:atom="http://www.w3.org/2005/Atom"
\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"
\t>
<channel>
\t<title>{SITE}</title>
\t<atom:link href="{base}/feed/" rel="self" type="application/rss+xml" />
\t<link>{base}</link>
\t<description>Cổng thông tin điện tử</description>
\t<lastBuildDate>Sat, 05 Dec 2026 01:02:00 +0000</lastBuildDate>
\t<language>vi</language>
\t<sy:updatePeriod>hourly</sy:updatePeriod>
\t<sy:updateFrequency>1</sy:updateFrequency>
\t<generator>https://wordpress.org/?v=6.6.2</generator>
{chr(10).join(items)}
</channel>
</rss>
"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


# --- routing --------------------------------------------------------------------------------

_POST = re.compile(r"^/(\d{4})/(\d{2})/(\d{2})/([a-z0-9-]+)/$")
_PAGED = re.compile(r"^(?P<base>/(?:chuyen-muc|the|tac-gia)/[a-z0-9_-]+/)(?:page/(?P<n>\d+)/)?$")
_ATTACH = re.compile(r"^/([a-z0-9-]+)/attachment/([a-z0-9_-]+)/$")


class Site:
    def __init__(self) -> None:
        self.by_path = {permalink(s): s for s in ALL_POSTS}

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.lower().endswith(".pdf") and path.startswith(f"{UP}/"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/":
            params = request.params
            if "s" in params:
                return search(request)
            if "p" in params:
                story = next((s for s in ALL_POSTS if str(s.id) == params["p"]), None)
                return redirect(permalink(story), 301) if story else not_found(request)
            return home(request)
        if path == "/robots.txt":
            return Response(
                200,
                "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n",
                {"Content-Type": "text/plain; charset=utf-8"},
            )
        if path == "/feed/":
            return feed(request)
        if not path.endswith("/"):
            if self.respond(Request("GET", path + "/", "", request.headers)).status == 200:
                return redirect(path + "/" + (f"?{request.query}" if request.query else ""), 301)
            return not_found(request)
        if path in self.by_path:
            return single(request, self.by_path[path])
        if path in PAGES:
            return static_page(request, path)
        m = _ATTACH.match(path)
        if m:
            return attachment_page(request, m.group(1), m.group(2)) or not_found(request)
        m = _PAGED.match(path)
        if m:
            base, n = m.group("base"), int(m.group("n") or 1)
            if m.group("n") and n == 1:
                return redirect(base, 301)
            kind, slug = base.strip("/").split("/")
            if kind == "chuyen-muc" and slug in CATS:
                return category(request, slug, n)
            if kind == "the" and slug in TAGS:
                return tag_archive(request, slug, n)
            if kind == "tac-gia" and slug in ACCOUNTS:
                return author_archive(request, slug, n)
        return not_found(request)


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = [f"{permalink(story)}?replytocom={cid}" for cid, *_ in story.opts.get("comments", [])]
    if story in feed_posts():
        alts.append(utm(story))
    return alts


GOLD = [
    gold_record(story, permalink(story), CATS[story.cat], alt_paths=_alt_paths(story))
    for story in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/co-cau-to-chuc/",
    "/lien-he/",
    f"/{A1_SLUG}/attachment/{A1_IMG1}/",
    f"/{A1_SLUG}/attachment/{A1_IMG2}/",
    permalink(PROTECTED),
]
