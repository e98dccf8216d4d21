"""Phòng Giáo dục và Đào tạo thị xã Hương Thủy (Thừa Thiên Huế) on NukeViet 4.6, "egov" theme.

Platform
--------
NukeViet 4.6 (VINADES) with a district-government theme: red-yellow banner with the national
emblem, a horizontal mega menu, a 24-column Bootstrap grid (``col-md-6`` left column of blocks,
``col-md-18`` main column), the ``news`` module with its ``viewcat_page_new`` listing, topic
blocks ("Dòng sự kiện"), tags, RSS; the ``page`` module (``/vi/about/…``), ``contact``,
``laws`` ("Văn bản mới") and a work-calendar page. Everything is UTF-8.

URL scheme
----------
- start: ``/vi/`` (``/`` and ``/vi`` redirect there); module home ``/vi/news/``
- category listing: ``/vi/news/<cat-alias>/``, page n: ``/vi/news/<cat-alias>/page-<n>`` (no
  trailing slash; ``page-1`` 301 -> the category's URL; past the last page 404)
- article: ``/vi/news/<cat-alias>/<alias>-<id>.html``; a wrong alias or a category the article is
  not filed in 301 -> its URL; a category it is filed in besides its main one serves it (200)
- print: ``/vi/news/print/<cat-alias>/<alias>-<id>.html``; send mail (popup form):
  ``/vi/news/sendmail/<cat-alias>/<alias>-<id>.html``; attachment: ``<article URL>?download=1&id=0``
- topic: ``/vi/news/topic/<alias>/``; tag: ``/vi/news/tag/<alias>``; RSS: ``/vi/news/rss/`` and
  ``/vi/news/rss/<cat-alias>/``
- non-rewritten form ``/index.php?language=vi&nv=news&op=<cat-alias>/<alias>-<id>`` serves the
  article too (NukeViet answers both)
- others: ``/vi/about/gioi-thieu-chung.html``, ``/vi/contact/``, ``/vi/laws/``,
  ``/vi/laws/detail/<alias>.html``, ``/vi/lich-cong-tac/``, ``/vi/seek/?q=``

Page templates
--------------
Every page: top bar with today ("Thứ Bảy, 05/12/2026"), search form, banner (emblem, governing
body, ``<h1 class="egov-ten">`` with the office's name), mega menu with drop-downs, a marquee of
notices, breadcrumbs (schema.org BreadcrumbList), left column (Văn bản mới, Lịch công tác, Dòng sự
kiện, Tin đọc nhiều, Thăm dò ý kiến, Thống kê truy cập, Liên kết website), footer. Article
(``detail``): ``h1.title``, time row (publtime + tool links), "Cập nhật lúc" line, lead image
``figure.article`` + ``div.hometext`` (bold), ``div#news-bodyhtml.bodytext``, "Tác giả"/"Nguồn
tin" lines, attachments, tags, rating, share, comments, "Tin liên quan" (same topic), "Những tin
mới hơn", "Những tin cũ hơn". Listing (``viewcat_page_new``): 4 items per page, thumbnail, h3
title, time and views, plain hometext, ``ul.pagination``.

How each gold article is reached (categories: "Tin tức - Sự kiện" 6, "Hoạt động chuyên môn" 5,
"Thông báo" 2; 4 items per listing page; RSS = the 10 newest)
- 245 T1, 243 T2, 244 H1, 242 N1: home (slider "Tin nổi bật", category blocks), RSS, page 1 of
  their category (H1 also on tin-tuc page 1, under tin-tuc's alias)
- 238 T3: "Tin đọc nhiều" (left column), RSS, topic and tag pages, tin-tuc page 2 (the off-site
  item 239 takes a slot on page 1)
- 233 T4: RSS, tag "học sinh giỏi", tin-tuc page 2
- 229 T5, 221 T6: of all listings only tin-tuc page 2; otherwise the "Những tin cũ hơn" lists of
  the articles just newer (T2, T3, T4 / T3, T4, T5)
- 241 H2, 236 H3: home block, RSS, hoat-dong page 1, topic pages (H3 also a tag page)
- 231 H4: RSS, hoat-dong page 1
- 226 H5: of all listings only hoat-dong page 2; otherwise "Những tin cũ hơn" of H2, H3, H4
- 235 N2: home block, the marquee, RSS, thong-bao page 1, topic page

Traps
-----
1. Two headlines to choose from: the banner prints the office's name in ``<h1 class="egov-ten">``
   on every page, before the article's ``<h1 class="title">``; ``<title>`` and ``og:title`` print
   "headline - category - site" with the headline escaped twice, as NukeViet stores titles
   already escaped (``&amp;quot;Em yêu khoa học&amp;quot;``, ``Sở GD&amp;amp;ĐT``); listing
   ``title=""`` attributes too. Gold title: the article's h1 as printed (plain quotes, "&").
2. The lead pasted twice: the bold ``div.hometext`` is printed above the text, and in T2 and H3
   the editor pasted the same sentence again as the text's first paragraph (T2's copy ends in
   ``&nbsp;``, H3's is Word markup with a double space). Gold: summary = hometext; the body holds
   it once, first.
3. Dates: under the h1 the publication time "Thứ năm - 03/12/2026 14:30"; the next line
   "Cập nhật lúc: 08:47 - 05/12/2026" (edit time, later for several articles, T6 three weeks
   later); listings print "04/12/2026 04:20:00 CH" (12-hour, SA/CH); the meta
   ``article:published_time`` is NukeViet's broken ``date('Y-m-dTH:i:s')`` "2026-12-04+0716:20:00".
   Gold: the publication time, ISO with +07:00. T5 prints "00:00": the day alone. N1 is an
   official notice: its letterhead day "2026-11-30", not the posting day 01/12.
4. One article in two categories (NukeViet ``listcatid``): H1 (main "Hoạt động chuyên môn") is
   listed in "Tin tức - Sự kiện" with that category's alias in its URL, and that URL serves it
   (200) with "Tin tức - Sự kiện" in the breadcrumb and its own print link; ``rel=canonical``
   names the main one. Gold: path = the main category's URL, category "Hoạt động chuyên môn",
   the other URL and its print view in alt_paths.
5. Duplicates of every article: the print view (plain ``href``, ``rel="nofollow"``, same title,
   date, lead, text and bylines, no chrome, "URL của bản tin này:" footer) is in alt_paths; the
   marquee notice block (hand-written HTML) links N1 in NukeViet's non-rewritten form
   ``/index.php?language=vi&nv=news&op=thong-bao/…-242``, which serves the article: alt_paths.
6. The send-mail popup (``onclick="nv_open_browse('/vi/news/sendmail/…')"``) prints "Gửi bài viết
   qua email", the headline and the lead in a form: no article, no gold at all.
7. The attachment is served from the article's own URL with a query: ``…-242.html?download=1&id=0``
   answers a PDF (``Content-Disposition: attachment``). Not a page and not an alt path; the gold
   path has no query.
8. The lead image (NukeViet's ``homeimgfile``) is printed in ``figure.article`` with its
   ``figcaption`` (the image's "note") before the lead, and again in a hidden lightbox copy
   (``div.hidden#egov-anhlon``) after the text, and as ``og:image``. Gold: one image, the first,
   caption = the figcaption (None when the figure has none: H1).
9. T3's photo is a thumbnail linked to its full-size file (``<a href="/uploads/…jpg"><img
   src="/assets/…jpg">``): the gold image is the ``img`` as printed, ``/assets/…``.
10. Widgets inside the text's container: in T2 the theme's "Có thể bạn quan tâm" box (floated
    ``div.egov-ccm`` with three links) sits between the second paragraph and a photo inside
    ``#news-bodyhtml``; T5 ends with a "Xem thêm: <link>" line. Neither is body.
11. Bylines as NukeViet prints them: the "Tác giả" field with a degree and a post
    ("ThS. Lê Thị Thu Hà - Chuyên viên Phòng GD&ĐT" -> "Lê Thị Thu Hà"), a school in brackets
    ("Hồ Thị Kim Oanh (Trường TH Thủy Lương)"), a unit ("Tổ Chuyên môn THCS", "Bộ phận Văn
    phòng": authors as printed), the CMS account "pgdhuongthuy" (nobody); T2 signs in the text
    "Tin, ảnh: Trần Thị Mỹ Hạnh" (author and photographer); T4's photo line "Ảnh: Hoàng Minh Tuấn"
    (photographer, no caption); the "Nguồn tin" field (sometimes a link) -> source; T6 ends with
    "Theo Báo Thừa Thiên Huế" -> source, while T3/T6 sentences "Theo kế hoạch, …" are text.
12. Chrome in the article column after the text: rating panel ("Tổng số điểm của bài viết là: 14
    trong 3 đánh giá", "Click để đánh giá bài viết"), "Từ khóa", comments with readers' names,
    times and full sentences (T1, T4), "Tin liên quan", "Những tin mới hơn / cũ hơn" with dates.
13. Text as editors leave it: T3 typed in "Unicode tổ hợp" (NFD: headline, lead and text); H3
    pasted from Word (``MsoNormal``, ``<o:p>``, list bullets "·" in ``mso-list:Ignore`` spans);
    H2's lines split by ``<br />`` inside one ``<p>``; tables in H3 and N2 (rows -> " | ");
    N2's lines start with a typed "👉 ".
14. Listing and pagination: ``viewcat_page_new`` shows 4 per page; page 1 is ``…/<cat>/``, page
    2 ``…/<cat>/page-2`` (no slash; ``page-1`` 301s to page 1, ``page-3`` is 404); listing times
    are 12-hour. T5, T6 and H5 are on no home block, RSS (10 newest), topic or tag page: of the
    listings only page 2 of their category has them (besides "Những tin cũ hơn" on the detail
    pages of their newer neighbours).
15. An off-site item in a listing: NukeViet's "external link" option makes the tin-tuc item 239
    ("Sở GD&ĐT … triển khai …") link straight to sgddt.thuathienhue.gov.vn; its local URL
    redirects there. Not an article of this site: no gold.

Gold decisions on ambiguous points
----------------------------------
- The hometext is the summary and the body's first paragraph, once, even where the text repeats
  it (trap 2).
- The lead image belongs to the article (printed large on the page with its caption); the
  hidden lightbox copy and og:image are not counted again.
- H1's category is its main category (URL, canonical, RSS), not the breadcrumb of the secondary
  URL.
- "Tác giả: Tổ Chuyên môn THCS" / "Bộ phận Văn phòng" are units signing alone: kept as printed.
- N1: the letterhead, the "THÔNG BÁO / Về việc …" lines and the closing ("Nơi nhận", "TRƯỞNG
  PHÒNG", "(Đã ký)", name) are not body; the signer is the author; lines "- Thời gian: …" typed
  with a dash keep it; its numbered headings are paragraphs.
- N2's table header row is a paragraph like the other rows.
- H2's first line before the ``<br />`` list ("Buổi sinh hoạt gồm ba nội dung chính:") is its own
  paragraph; each "- …" line after a ``<br />`` is one too.
"""

from __future__ import annotations

import re
from datetime import datetime
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
    text,
)

NAME = "nukeviet46_egov_theme_pgd"
PLATFORM = "NukeViet 4.6 (news module, egov theme)"
START_PATH = "/vi/"

SITE_NAME = "Phòng Giáo dục và Đào tạo thị xã Hương Thủy"
SITE_SHORT = "Phòng GD&ĐT thị xã Hương Thủy"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"

CATS: dict[str, str] = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
}
PER_PAGE = 4
RSS_ITEMS = 10
ST_LINKS = 3

TOPICS: dict[str, tuple[str, str]] = {
    "nam-hoc-2026-2027": (
        "Năm học 2026 - 2027",
        "Những hoạt động nổi bật của ngành Giáo dục thị xã Hương Thủy trong năm học 2026 - 2027: "
        "các hội thi chuyên môn, kỳ thi học sinh giỏi, phong trào thể dục thể thao và công tác "
        "kiểm tra, đánh giá. Chuyên mục được Ban Biên tập cập nhật thường xuyên để cán bộ, giáo "
        "viên, phụ huynh và học sinh tiện theo dõi.",
    ),
    "chuyen-doi-so-trong-giao-duc": (
        "Chuyển đổi số trong giáo dục",
        "Ngành Giáo dục thị xã đẩy mạnh chuyển đổi số trong quản lý, dạy học và kiểm tra, đánh "
        "giá: học bạ số, hồ sơ điện tử, tuyển sinh trực tuyến và thanh toán không dùng tiền mặt.",
    ),
}
TAGS: dict[str, str] = {
    "giao-vien-day-gioi": "giáo viên dạy giỏi",
    "chuyen-doi-so": "chuyển đổi số",
    "hoc-sinh-gioi": "học sinh giỏi",
    "hoi-khoe-phu-dong": "hội khỏe phù đổng",
}

# --- the articles ----------------------------------------------------------------------------


def _right(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


_N1_HEAD = Raw(
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%;">\n<tbody>\n<tr>\n'
    '<td style="width:42%;text-align:center;vertical-align:top;">'
    "<p>UBND THỊ XÃ HƯƠNG THỦY</p>\n<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></p>\n"
    "<p>Số: 412/TB-PGDĐT</p></td>\n"
    '<td style="text-align:center;vertical-align:top;">'
    "<p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong></p>\n"
    "<p><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></p>\n"
    "<p><em>Hương Thủy, ngày 30 tháng 11 năm 2026</em></p></td>\n</tr>\n</tbody>\n</table>\n"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>\n'
    '<p style="text-align: center;"><strong>Về việc tổ chức Hội khỏe Phù Đổng cấp thị xã năm học '
    "2026 - 2027</strong></p>"
)
_N1_TAIL = Raw(
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%;">\n<tbody>\n<tr>\n'
    '<td style="width:50%;vertical-align:top;"><p><strong><em>Nơi nhận:</em></strong><br />\n'
    "- Các trường MN, TH, THCS;<br />\n- UBND thị xã (b/c);<br />\n- Lưu: VT.</p></td>\n"
    '<td style="text-align:center;vertical-align:top;"><p><strong>TRƯỞNG PHÒNG</strong></p>\n'
    "<p><em>(Đã ký)</em></p>\n<p>&nbsp;</p>\n<p><strong>Trần Quang Vinh</strong></p></td>\n"
    "</tr>\n</tbody>\n</table>"
)

STORIES: list[Story] = [
    Story(
        id=245,
        slug="hoi-thi-giao-vien-day-gioi-cap-thi-xa-bac-tieu-hoc-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp thị xã bậc Tiểu học năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-12-04T16:20:00+07:00",
        summary=(
            "Từ ngày 30/11 đến ngày 04/12/2026, Phòng GD&ĐT thị xã Hương Thủy tổ chức Hội thi giáo "
            "viên dạy giỏi cấp thị xã bậc Tiểu học năm học 2026 - 2027 với sự tham gia của 68 giáo "
            "viên đến từ 17 trường tiểu học trên địa bàn."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                "/uploads/news/2026_12/hoi-thi-gvdg-tieu-hoc.jpg",
                "Quang cảnh lễ bế mạc Hội thi giáo viên dạy giỏi cấp thị xã bậc Tiểu học",
                "Quang cảnh lễ bế mạc Hội thi giáo viên dạy giỏi cấp thị xã bậc Tiểu học",
                style="homeimg",
            ),
            P(
                "Hội thi nhằm đánh giá năng lực chuyên môn, nghiệp vụ của đội ngũ giáo viên tiểu học "
                "sau hơn sáu năm triển khai Chương trình giáo dục phổ thông 2018; đồng thời phát "
                "hiện, bồi dưỡng và tôn vinh những giáo viên có năng lực, tâm huyết với nghề, tạo "
                "động lực để đội ngũ không ngừng học tập, sáng tạo."
            ),
            P(
                "Mỗi giáo viên dự thi trải qua hai phần: trình bày biện pháp nâng cao chất lượng "
                "giảng dạy và thực hành dạy hai tiết trên lớp, trong đó có một tiết môn Tiếng Việt "
                "hoặc Toán và một tiết do giáo viên bốc thăm. Ban Giám khảo gồm chuyên viên Phòng "
                "GD&ĐT, cán bộ quản lý và giáo viên cốt cán có nhiều kinh nghiệm."
            ),
            Img(
                "/uploads/news/2026_12/gvdg-tiet-day-thi.jpg",
                "Cô giáo Nguyễn Thị Lành, Trường Tiểu học Thủy Phương trong tiết dạy thi môn Tiếng Việt",
                "Cô giáo Nguyễn Thị Lành, Trường Tiểu học Thủy Phương trong tiết dạy thi môn Tiếng Việt",
                style="fig",
            ),
            P(
                "Qua năm ngày thi, nhiều tiết dạy được Ban Giám khảo đánh giá cao nhờ tổ chức linh "
                "hoạt các hoạt động học tập, khai thác hiệu quả thiết bị dạy học và học liệu số. Học "
                "sinh được tạo cơ hội trải nghiệm, trao đổi nhóm, tự tin trình bày ý kiến của mình."
            ),
            P(
                "Kết quả, Ban Tổ chức công nhận 52 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp thị "
                "xã, trong đó 14 giáo viên có biện pháp được xếp loại xuất sắc. Các trường Tiểu học "
                "Thủy Phương, Tiểu học số 2 Phú Bài và Tiểu học Thủy Dương có tỷ lệ giáo viên đạt danh "
                "hiệu cao nhất."
            ),
            Img(
                "/uploads/news/2026_12/gvdg-trao-giay-khen.jpg",
                "(Đồng chí Lê Văn Bình, Phó Trưởng phòng GD&ĐT trao giấy khen cho các giáo viên)",
                "Đồng chí Lê Văn Bình, Phó Trưởng phòng GD&ĐT trao giấy khen cho các giáo viên",
                style="next",
            ),
            P(
                "Phát biểu bế mạc Hội thi, đồng chí Lê Văn Bình, Phó Trưởng phòng GD&ĐT ghi nhận sự "
                "chuẩn bị chu đáo của các nhà trường và tinh thần cầu thị của các giáo viên. Đồng chí "
                "đề nghị các đơn vị tổ chức chuyên đề, nhân rộng những tiết dạy hay, biện pháp hiệu "
                "quả trong toàn thị xã."
            ),
        ],
        authors=["Lê Thị Thu Hà"],
        opts={
            "publ": "2026-12-04 16:20",
            "edit": "2026-12-05 08:47",
            "author_line": "ThS. Lê Thị Thu Hà - Chuyên viên Phòng GD&ĐT",
            "topic": "nam-hoc-2026-2027",
            "tags": ["giao-vien-day-gioi"],
            "thumb": "/assets/news/2026_12/hoi-thi-gvdg-tieu-hoc.jpg",
            "rating": (14, 3),
            "comments": [
                (
                    "Phụ huynh Thủy Dương",
                    "04/12/2026 20:15",
                    "Chúc mừng các thầy cô đạt giải. Mong nhà trường tiếp tục có nhiều tiết học sinh "
                    "động như vậy để các cháu hứng thú đến lớp.",
                ),
                (
                    "Nguyễn Văn Sơn",
                    "05/12/2026 07:02",
                    "Hội thi năm nay tổ chức rất chu đáo, các biện pháp của giáo viên có tính thực "
                    "tiễn cao. Đề nghị Phòng chia sẻ các tiết dạy hay lên trang để giáo viên học hỏi.",
                ),
            ],
        },
    ),
    Story(
        id=244,
        slug="chuyen-de-doi-moi-phuong-phap-day-hoc-mon-tieng-viet-lop-2-tai-truong-tieu-hoc-thuy-luong",
        title="Chuyên đề “Đổi mới phương pháp dạy học môn Tiếng Việt lớp 2” tại Trường Tiểu học Thủy Lương",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Sáng ngày 03/12/2026, tại Trường Tiểu học Thủy Lương, Phòng GD&ĐT thị xã Hương Thủy tổ "
            "chức chuyên đề “Đổi mới phương pháp dạy học môn Tiếng Việt lớp 2” cho cán bộ quản lý và "
            "giáo viên khối 2 các trường tiểu học cụm phía Bắc."
        ),
        sapo_outside=True,
        blocks=[
            Img("/uploads/news/2026_12/chuyen-de-tv2-thuy-luong.jpg", None, None, style="homeimg"),
            P(
                "Tham dự chuyên đề có đồng chí Nguyễn Thị Hồng Nhung, chuyên viên phụ trách bậc Tiểu "
                "học của Phòng GD&ĐT; đại diện Ban Giám hiệu và hơn 60 giáo viên đến từ 8 trường "
                "tiểu học."
            ),
            P(
                "Tại chuyên đề, cô giáo Trần Thị Thanh Tâm đã thực hiện tiết dạy minh họa bài “Chiếc "
                "rễ đa tròn” theo hướng phát triển năng lực đọc hiểu. Học sinh được đọc phân vai, "
                "thảo luận nhóm đôi và vận dụng vào việc viết đoạn văn ngắn kể về một việc làm tốt "
                "của bản thân."
            ),
            Img(
                "/uploads/news/2026_12/chuyen-de-tv2-tiet-day.jpg",
                "Tiết dạy minh họa của cô giáo Trần Thị Thanh Tâm và học sinh lớp 2/3",
                "Tiết dạy minh họa của cô giáo Trần Thị Thanh Tâm và học sinh lớp 2/3",
                style="next",
            ),
            P(
                "Sau tiết dạy, các giáo viên tập trung thảo luận về cách tổ chức hoạt động khởi động, "
                "cách đặt câu hỏi đọc hiểu theo các mức độ và việc sử dụng phiếu học tập để hỗ trợ "
                "học sinh còn chậm đọc, viết."
            ),
            P(
                "Phát biểu kết luận, đồng chí chuyên viên phụ trách bậc Tiểu học đề nghị các trường "
                "tiếp tục tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học, chú trọng rèn kỹ "
                "năng đọc thành tiếng và đọc hiểu cho học sinh lớp 2, tăng cường phối hợp với phụ "
                "huynh trong việc hình thành thói quen đọc sách ở nhà."
            ),
        ],
        authors=["Hồ Thị Kim Oanh"],
        opts={
            "publ": "2026-12-03 14:30",
            "edit": "2026-12-03 14:30",
            "author_line": "Hồ Thị Kim Oanh (Trường TH Thủy Lương)",
            "listcat": ["tin-tuc-su-kien"],
            "tags": ["giao-vien-day-gioi"],
            "thumb": "/assets/news/2026_12/chuyen-de-tv2-thuy-luong.jpg",
            "rating": (9, 2),
        },
    ),
    Story(
        id=243,
        slug="truong-thcs-nguyen-tat-thanh-to-chuc-ngay-hoi-em-yeu-khoa-hoc-lan-thu-ii",
        title='Trường THCS Nguyễn Tất Thành tổ chức Ngày hội "Em yêu khoa học" lần thứ II',
        cat="tin-tuc-su-kien",
        published_at="2026-12-02T09:05:00+07:00",
        summary=(
            'Ngày 01/12/2026, Trường THCS Nguyễn Tất Thành tổ chức Ngày hội "Em yêu khoa học" lần '
            'thứ II với chủ đề "Sáng tạo từ những điều gần gũi", thu hút hơn 700 học sinh tham gia.'
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Ngày hội là hoạt động trải nghiệm nằm trong kế hoạch giáo dục STEM của nhà trường "
                "năm học 2026 - 2027, nhằm khơi dậy niềm đam mê nghiên cứu khoa học, rèn luyện kỹ năng "
                "làm việc nhóm và khả năng vận dụng kiến thức vào thực tiễn cho học sinh."
            ),
            P(
                "Mỗi lớp thiết kế một gian trưng bày sản phẩm tự làm từ vật liệu tái chế như mô hình "
                "hệ thống tưới cây tự động, xe chạy bằng năng lượng mặt trời, máy lọc nước mini hay "
                "đèn ngủ cảm biến ánh sáng. Các em còn trực tiếp thuyết minh, giải thích nguyên lý "
                "hoạt động của sản phẩm trước Ban Giám khảo."
            ),
            Raw("<!--egov-ccm-->"),
            Img(
                "/uploads/news/2026_12/ngay-hoi-stem-1.jpg",
                "Học sinh lớp 8/2 giới thiệu mô hình tưới cây tự động",
                "Học sinh lớp 8/2 giới thiệu mô hình tưới cây tự động",
                style="fig",
            ),
            P(
                "Bên cạnh phần trưng bày, ngày hội còn có các trò chơi khoa học như “Thử thách cầu "
                "giấy”, “Tên lửa nước” và “Rung chuông vàng” với các câu hỏi về Vật lý, Hóa học, Sinh "
                "học, mang lại không khí sôi nổi, hào hứng."
            ),
            P(
                "Kết thúc ngày hội, Ban Tổ chức trao 3 giải Nhất, 5 giải Nhì và 8 giải Ba cho các sản "
                "phẩm xuất sắc. Một số sản phẩm tiêu biểu sẽ được nhà trường lựa chọn, hoàn thiện để "
                "tham gia Cuộc thi khoa học kỹ thuật cấp thị xã."
            ),
            Img(
                "/uploads/news/2026_12/ngay-hoi-stem-2.jpg",
                "Phần thi “Tên lửa nước” của học sinh khối 7",
                "Phần thi “Tên lửa nước” của học sinh khối 7",
                style="next",
            ),
            P(
                "Thầy Võ Đình Khoa, Hiệu trưởng nhà trường cho biết, sau lần tổ chức thứ hai, ngày hội "
                "đã trở thành hoạt động được học sinh mong chờ nhất trong học kỳ I."
            ),
            _right("Tin, ảnh: Trần Thị Mỹ Hạnh"),
        ],
        authors=["Trần Thị Mỹ Hạnh"],
        photographers=["Trần Thị Mỹ Hạnh"],
        opts={
            "publ": "2026-12-02 09:05",
            "edit": "2026-12-02 10:31",
            "sapo_dup": "plain",
            "thumb": "/assets/news/2026_12/ngay-hoi-stem-1.jpg",
            "rating": (5, 1),
        },
    ),
    Story(
        id=242,
        slug="thong-bao-to-chuc-hoi-khoe-phu-dong-cap-thi-xa-nam-hoc-2026-2027",
        title="Thông báo tổ chức Hội khỏe Phù Đổng cấp thị xã năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-30",
        blocks=[
            _N1_HEAD,
            P(
                "Thực hiện Kế hoạch số 1865/KH-UBND ngày 12/10/2026 của UBND thị xã Hương Thủy về tổ "
                "chức Hội khỏe Phù Đổng các cấp năm học 2026 - 2027, Phòng Giáo dục và Đào tạo thông "
                "báo đến các trường mầm non, tiểu học, trung học cơ sở trên địa bàn thị xã một số nội "
                "dung như sau:"
            ),
            P("1. Thời gian, địa điểm", "bold"),
            P(
                "- Thời gian: từ ngày 14/12/2026 đến ngày 19/12/2026 (khai mạc lúc 07 giờ 30 ngày "
                "14/12/2026)."
            ),
            P(
                "- Địa điểm: Nhà thi đấu Trung tâm Văn hóa - Thông tin và Thể thao thị xã và sân vận "
                "động Trường THCS Phú Bài."
            ),
            P("2. Môn thi đấu", "bold"),
            P(
                "Điền kinh, Bơi lội, Cờ vua, Bóng bàn, Cầu lông, Bóng đá mini nam và Đá cầu. Mỗi "
                "trường đăng ký tối đa 02 vận động viên cho mỗi nội dung thi đấu cá nhân."
            ),
            P("3. Hồ sơ đăng ký", "bold"),
            P(
                "Các đơn vị gửi danh sách vận động viên (theo mẫu đính kèm) về Phòng GD&ĐT qua bộ phận "
                "Văn phòng trước ngày 08/12/2026, đồng thời gửi bản mềm qua địa chỉ thư điện tử "
                "pgd.huongthuy@thuathienhue.edu.vn."
            ),
            P(
                "Nhận được Thông báo này, đề nghị Hiệu trưởng các trường triển khai thực hiện nghiêm "
                "túc./."
            ),
            _N1_TAIL,
        ],
        authors=["Trần Quang Vinh"],
        opts={
            "publ": "2026-12-01 07:45",
            "edit": "2026-12-01 07:52",
            "topic": "nam-hoc-2026-2027",
            "tags": ["hoi-khoe-phu-dong"],
            "files": [("412-TB-PGDDT-Hoi-khoe-Phu-Dong.pdf", "245,6 KB")],
            "legacy": True,
            "rating": (0, 0),
        },
    ),
    Story(
        id=241,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cum-truong-thcs-phia-nam-thi-xa",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học cụm trường THCS phía Nam thị xã",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-30T15:10:00+07:00",
        summary=(
            "Chiều 27/11/2026, tại Trường THCS Thủy Phù, cụm chuyên môn các trường THCS phía Nam "
            "thị xã tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học môn Khoa học tự "
            "nhiên lớp 7."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham dự buổi sinh hoạt có chuyên viên phụ trách bậc THCS của Phòng GD&ĐT, lãnh đạo và "
                "giáo viên Khoa học tự nhiên của 5 trường: THCS Thủy Phù, THCS Thủy Tân, THCS Thủy "
                "Vân, THCS Thủy Bằng và THCS Dương Hòa."
            ),
            P("Buổi sinh hoạt gồm ba nội dung chính:", "br"),
            P("- Dự tiết dạy minh họa bài “Sự truyền âm” do thầy Nguyễn Hữu Phước thực hiện;", "br"),
            P("- Phân tích hoạt động học của học sinh qua quan sát và ghi hình;", "br"),
            P("- Thảo luận, đề xuất điều chỉnh kế hoạch bài dạy.", "br"),
            Img(
                "/uploads/news/2026_11/shcm-thcs-thuy-phu.jpg",
                "Giáo viên dự giờ quan sát hoạt động nhóm của học sinh",
                "Giáo viên dự giờ quan sát hoạt động nhóm của học sinh",
                style="next",
            ),
            P(
                "Điểm mới của buổi sinh hoạt là mỗi giáo viên dự giờ được phân công quan sát một nhóm "
                "học sinh cụ thể, ghi chép diễn biến và khó khăn của các em thay vì chỉ tập trung "
                "nhận xét người dạy."
            ),
            P(
                "Từ những phân tích đó, tổ chuyên môn thống nhất điều chỉnh thời lượng cho hoạt động "
                "thí nghiệm, bổ sung phiếu hỗ trợ cho nhóm học sinh chưa hoàn thành nhiệm vụ và tăng "
                "cường sử dụng video mô phỏng trong phần vận dụng."
            ),
        ],
        authors=["Tổ Chuyên môn THCS"],
        opts={
            "publ": "2026-11-30 15:10",
            "edit": "2026-12-01 16:40",
            "author_line": "Tổ Chuyên môn THCS",
            "topic": "chuyen-doi-so-trong-giao-duc",
            "thumb": "/assets/news/2026_11/shcm-thcs-thuy-phu.jpg",
            "rating": (8, 2),
        },
    ),
    Story(
        id=239,
        slug="so-gd-dt-thua-thien-hue-trien-khai-thi-diem-hoc-ba-so-cap-thcs",
        title="Sở GD&ĐT Thừa Thiên Huế triển khai thí điểm học bạ số cấp THCS",
        cat="tin-tuc-su-kien",
        published_at=None,
        blocks=[],
        opts={
            "publ": "2026-11-28 08:00",
            "edit": "2026-11-28 08:00",
            "external": "http://sgddt.thuathienhue.gov.vn/?gd=1&cn=28&tc=8811",
            "hometext": "Sở GD&ĐT Thừa Thiên Huế vừa ban hành kế hoạch thí điểm học bạ số đối "
            "với học sinh THCS từ học kỳ II năm học 2026 - 2027.",
        },
    ),
    Story(
        id=238,
        slug="tap-huan-ung-dung-chuyen-doi-so-trong-quan-ly-va-day-hoc-cho-can-bo-quan-ly",
        title="Tập huấn ứng dụng chuyển đổi số trong quản lý và dạy học cho cán bộ quản lý các trường học",
        cat="tin-tuc-su-kien",
        published_at="2026-11-27T14:00:00+07:00",
        summary=(
            "Trong hai ngày 25 và 26/11/2026, Phòng GD&ĐT thị xã Hương Thủy phối hợp với Sở GD&ĐT "
            "Thừa Thiên Huế tổ chức lớp tập huấn ứng dụng chuyển đổi số trong quản lý và dạy học cho "
            "hơn 120 cán bộ quản lý các trường mầm non, tiểu học và THCS."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại lớp tập huấn, các học viên được hướng dẫn khai thác phần mềm quản lý trường học, "
                "cơ sở dữ liệu ngành, hồ sơ điện tử của giáo viên và học sinh, học bạ số cũng như "
                "cách triển khai thanh toán không dùng tiền mặt trong nhà trường."
            ),
            Img(
                "/assets/news/2026_11/tap-huan-chuyen-doi-so.jpg",
                "Báo cáo viên hướng dẫn sử dụng học bạ số",
                "Báo cáo viên hướng dẫn sử dụng học bạ số",
                style="link",
            ),
            P(
                "Báo cáo viên cũng dành nhiều thời gian trao đổi về an toàn thông tin, cách phân quyền "
                "tài khoản và sao lưu dữ liệu định kỳ, những vấn đề mà nhiều đơn vị còn lúng túng "
                "trong thời gian qua."
            ),
            P(
                "Theo kế hoạch, đến hết năm học 2026 - 2027, 100% trường học trên địa bàn thị xã sẽ "
                "triển khai học bạ số đối với cấp tiểu học và THCS, 100% hồ sơ tuyển sinh đầu cấp "
                "được thực hiện trực tuyến."
            ),
            P(
                "Kết thúc lớp tập huấn, các học viên thực hành trực tiếp trên hệ thống và được cấp "
                "tài khoản quản trị để triển khai tại đơn vị."
            ),
        ],
        source="Sở GD&ĐT Thừa Thiên Huế",
        opts={
            "publ": "2026-11-27 14:00",
            "edit": "2026-11-27 14:00",
            "nfd": True,
            "source_line": ("Sở GD&ĐT Thừa Thiên Huế", "http://sgddt.thuathienhue.gov.vn/"),
            "topic": "chuyen-doi-so-trong-giao-duc",
            "tags": ["chuyen-doi-so"],
            "thumb": "/assets/news/2026_11/tap-huan-chuyen-doi-so.jpg",
            "rating": (12, 3),
        },
    ),
    Story(
        id=236,
        slug="ket-qua-ky-thi-chon-hoc-sinh-gioi-lop-9-cap-thi-xa-nam-hoc-2026-2027",
        title="Kết quả kỳ thi chọn học sinh giỏi lớp 9 cấp thị xã năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-25T10:30:00+07:00",
        summary=(
            "Kỳ thi chọn học sinh giỏi lớp 9 cấp thị xã năm học 2026 - 2027 diễn ra ngày 21/11/2026 "
            "với 436 thí sinh dự thi ở 9 môn văn hóa. Kết quả có 187 em đạt giải, chiếm tỷ lệ 42,9%."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Kỳ thi được tổ chức nghiêm túc, đúng quy chế tại Hội đồng thi Trường THCS Phú Bài. Đề "
                "thi do Phòng GD&ĐT ra theo hướng đánh giá năng lực, có sự phân hóa cao, bám sát "
                "chương trình và định hướng thi chọn học sinh giỏi cấp tỉnh.",
                "mso",
            ),
            P("Kết quả cụ thể ở một số môn như sau:", "mso"),
            P("Môn thi | Số dự thi | Số đạt giải | Giải Nhất", "th"),
            P("Ngữ văn | 68 | 29 | 2", "tr"),
            P("Toán | 72 | 31 | 3", "tr"),
            P("Tiếng Anh | 65 | 30 | 2", "tr"),
            P("Khoa học tự nhiên | 58 | 24 | 1", "tr"),
            P("Một số đơn vị có kết quả nổi bật:", "mso"),
            P("Trường THCS Nguyễn Tất Thành: 41 giải, trong đó có 4 giải Nhất;", "mso-li"),
            P("Trường THCS Phú Bài: 33 giải;", "mso-li"),
            P("Trường THCS Thủy Dương: 27 giải.", "mso-li"),
            P(
                "Căn cứ kết quả kỳ thi, Phòng GD&ĐT sẽ thành lập đội tuyển học sinh giỏi thị xã để bồi "
                "dưỡng, tham dự kỳ thi chọn học sinh giỏi cấp tỉnh dự kiến tổ chức vào tháng 3/2027.",
                "mso",
            ),
        ],
        opts={
            "publ": "2026-11-25 10:30",
            "edit": "2026-11-26 09:12",
            "sapo_dup": "mso",
            "topic": "nam-hoc-2026-2027",
            "tags": ["hoc-sinh-gioi"],
            "rating": (15, 4),
        },
    ),
    Story(
        id=235,
        slug="ke-hoach-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027-doi-voi-cap-thcs",
        title="Kế hoạch kiểm tra cuối học kỳ I năm học 2026 - 2027 đối với cấp THCS",
        cat="thong-bao",
        published_at="2026-11-24T10:00:00+07:00",
        summary=(
            "Phòng GD&ĐT thị xã Hương Thủy thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 "
            "đối với các môn kiểm tra theo đề chung của cấp THCS trên địa bàn thị xã."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các trường tổ chức kiểm tra theo đề chung đối với các môn Ngữ văn, Toán, Tiếng Anh "
                "lớp 6, 7, 8, 9; các môn còn lại do nhà trường chủ động ra đề và tổ chức kiểm tra, "
                "hoàn thành trước ngày 31/12/2026."
            ),
            P("Lịch kiểm tra các môn theo đề chung:", "h"),
            P("Ngày | Buổi | Môn | Thời gian làm bài", "th"),
            P("22/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("22/12/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
            P("23/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P(
                "👉 Đề kiểm tra được gửi qua hệ thống thư điện tử của ngành lúc 06 giờ 30 sáng ngày "
                "kiểm tra; Hiệu trưởng chịu trách nhiệm bảo mật đề."
            ),
            P(
                "👉 Các trường nộp bảng tổng hợp kết quả kiểm tra về Phòng GD&ĐT trước ngày "
                "05/01/2027."
            ),
        ],
        authors=["Bộ phận Văn phòng"],
        opts={
            "publ": "2026-11-24 10:00",
            "edit": "2026-11-24 10:00",
            "author_line": "Bộ phận Văn phòng",
            "topic": "nam-hoc-2026-2027",
            "rating": (4, 1),
        },
    ),
    Story(
        id=233,
        slug="trao-45-suat-hoc-bong-tiep-suc-den-truong-cho-hoc-sinh-co-hoan-canh-kho-khan",
        title="Trao 45 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T16:45:00+07:00",
        summary=(
            "Chiều 19/11/2026, Phòng GD&ĐT thị xã Hương Thủy phối hợp với Hội Khuyến học thị xã và "
            "các nhà hảo tâm trao 45 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh "
            "đặc biệt khó khăn vươn lên trong học tập."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                "/uploads/news/2026_11/trao-hoc-bong-tiep-suc.jpg",
                "Các em học sinh nhận học bổng “Tiếp sức đến trường” năm 2026",
                "Các em học sinh nhận học bổng “Tiếp sức đến trường” năm 2026",
                style="homeimg",
            ),
            P(
                "Mỗi suất học bổng trị giá 2.000.000 đồng tiền mặt cùng một bộ sách giáo khoa và dụng "
                "cụ học tập. Tổng kinh phí chương trình năm nay hơn 110 triệu đồng, do các doanh "
                "nghiệp, cựu học sinh và cán bộ, giáo viên trong ngành đóng góp."
            ),
            P(
                "Những học sinh được nhận học bổng đều là các em mồ côi, có bố mẹ ốm đau dài ngày hoặc "
                "thuộc hộ nghèo nhưng luôn nỗ lực, đạt kết quả học tập khá, giỏi trong năm học trước."
            ),
            Img("/uploads/news/2026_11/hoc-bong-tiep-suc-2.jpg", "Ảnh: Hoàng Minh Tuấn", None),
            P(
                "Em Lê Thị Thu Uyên, học sinh lớp 9/1 Trường THCS Thủy Phù xúc động chia sẻ: “Em cảm "
                "ơn các thầy cô và các cô chú đã giúp đỡ. Em sẽ cố gắng học thật tốt để không phụ "
                "lòng mọi người”."
            ),
            P(
                "Chương trình “Tiếp sức đến trường” được Phòng GD&ĐT duy trì từ năm 2015 đến nay, đã "
                "trao hơn 500 suất học bổng với tổng trị giá gần một tỷ đồng."
            ),
        ],
        authors=["Nguyễn Thị Phương Thảo"],
        photographers=["Hoàng Minh Tuấn"],
        opts={
            "publ": "2026-11-20 16:45",
            "edit": "2026-11-21 08:03",
            "author_line": "Nguyễn Thị Phương Thảo - Trường THCS Thủy Phù",
            "tags": ["hoc-sinh-gioi"],
            "thumb": "/assets/news/2026_11/trao-hoc-bong-tiep-suc.jpg",
            "rating": (10, 2),
            "comments": [
                (
                    "Cựu học sinh Phú Bài",
                    "21/11/2026 09:40",
                    "Chương trình rất ý nghĩa. Tôi xin đăng ký đóng góp 5 suất học bổng cho năm học "
                    "tới, mong Phòng cho biết đầu mối liên hệ.",
                ),
            ],
        },
    ),
    Story(
        id=231,
        slug="hoi-thao-nang-cao-chat-luong-day-hoc-tieng-anh-cap-tieu-hoc",
        title="Hội thảo nâng cao chất lượng dạy học Tiếng Anh cấp Tiểu học",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-19T08:00:00+07:00",
        summary=(
            "Ngày 18/11/2026, Phòng GD&ĐT thị xã tổ chức hội thảo “Nâng cao chất lượng dạy học Tiếng "
            "Anh cấp Tiểu học” tại Trường Tiểu học số 1 Thủy Phù với sự tham gia của 45 giáo viên "
            "Tiếng Anh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thảo tập trung vào ba nhóm vấn đề: phát triển kỹ năng nghe - nói cho học sinh lớp "
                "3, ứng dụng trò chơi ngôn ngữ trong tiết học và xây dựng môi trường sử dụng Tiếng "
                "Anh ngoài giờ lên lớp."
            ),
            Img(
                "/uploads/news/2026_11/hoi-thao-tieng-anh-1.jpg",
                "Tiết dạy minh họa lớp 3",
                "Tiết dạy minh họa lớp 3",
                style="cell",
            ),
            Img(
                "/uploads/news/2026_11/hoi-thao-tieng-anh-2.jpg",
                "Giáo viên thảo luận nhóm",
                "Giáo viên thảo luận nhóm",
                style="cell",
            ),
            P(
                "Các tham luận của Trường Tiểu học Thủy Châu, Tiểu học Thủy Bằng và Tiểu học số 1 "
                "Thủy Phù chia sẻ nhiều kinh nghiệm thiết thực như tổ chức câu lạc bộ Tiếng Anh, ngày "
                "hội “English Day” và góc học tập Tiếng Anh trong thư viện trường."
            ),
            P(
                "Thông qua hội thảo, giáo viên có thêm cơ hội giao lưu, học hỏi, từ đó vận dụng linh "
                "hoạt vào thực tế giảng dạy tại đơn vị, góp phần nâng cao chất lượng môn học."
            ),
        ],
        source="Trường Tiểu học số 1 Thủy Phù",
        opts={
            "publ": "2026-11-19 08:00",
            "edit": "2026-11-19 08:00",
            "source_line": ("Trường Tiểu học số 1 Thủy Phù", None),
            "thumb": "/assets/news/2026_11/hoi-thao-tieng-anh-1.jpg",
            "rating": (0, 0),
        },
    ),
    Story(
        id=229,
        slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-ton-vinh-36-nha-giao-tieu-bieu",
        title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11: Tôn vinh 36 nhà giáo tiêu biểu",
        cat="tin-tuc-su-kien",
        published_at="2026-11-18",
        summary=(
            "Sáng 17/11/2026, Phòng GD&ĐT thị xã Hương Thủy tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương 36 nhà giáo tiêu biểu năm học 2025 - "
            "2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự buổi lễ có lãnh đạo Thị ủy, HĐND, UBND thị xã; đại diện các phòng, ban, ngành, "
                "đoàn thể cùng đông đảo cán bộ quản lý, giáo viên, nhân viên các trường học trên địa "
                "bàn."
            ),
            P(
                "Năm học 2025 - 2026, ngành Giáo dục thị xã Hương Thủy tiếp tục đạt nhiều kết quả nổi "
                "bật: tỷ lệ học sinh hoàn thành chương trình tiểu học đạt 100%, tỷ lệ tốt nghiệp THCS "
                "đạt 99,8%; có 94 học sinh đạt giải cấp tỉnh và 7 học sinh đạt giải quốc gia."
            ),
            P(
                "Mỗi thầy cô giáo hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo để học sinh "
                "noi theo.",
                "quote",
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND thị xã ghi nhận, biểu dương những "
                "đóng góp của đội ngũ nhà giáo và mong muốn ngành Giáo dục tiếp tục đổi mới, nâng cao "
                "chất lượng giáo dục toàn diện."
            ),
            Img(
                "/uploads/news/2026_11/ky-niem-20-11-2026.jpg",
                "Lãnh đạo thị xã tặng giấy khen cho các nhà giáo tiêu biểu",
                "Lãnh đạo thị xã tặng giấy khen cho các nhà giáo tiêu biểu",
                style="fig",
            ),
            P(
                "Dịp này, UBND thị xã tặng giấy khen cho 36 nhà giáo có thành tích xuất sắc; Phòng "
                "GD&ĐT tặng giấy khen cho 12 tập thể và 58 cá nhân đạt thành tích trong phong trào "
                "thi đua “Đổi mới, sáng tạo trong dạy và học”."
            ),
            Raw("<!--xem-them-->"),
        ],
        authors=["Phan Văn Lợi"],
        opts={
            "publ": "2026-11-18 00:00",
            "edit": "2026-11-18 09:26",
            "author_line": "Phan Văn Lợi",
            "thumb": "/assets/news/2026_11/ky-niem-20-11-2026.jpg",
            "rating": (20, 4),
        },
    ),
    Story(
        id=226,
        slug="trien-khai-noi-dung-giao-duc-dia-phuong-tinh-thua-thien-hue-lop-8",
        title="Triển khai nội dung giáo dục địa phương tỉnh Thừa Thiên Huế lớp 8 năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-13T14:15:00+07:00",
        blocks=[
            P(
                "Nhằm thực hiện hiệu quả nội dung giáo dục địa phương theo Chương trình giáo dục phổ "
                "thông 2018, Phòng GD&ĐT thị xã Hương Thủy tổ chức bồi dưỡng cho giáo viên được phân "
                "công giảng dạy nội dung giáo dục địa phương lớp 8 tại các trường THCS."
            ),
            P(
                "Tài liệu Giáo dục địa phương tỉnh Thừa Thiên Huế lớp 8 gồm các chủ đề về lịch sử, "
                "văn hóa, địa lý, kinh tế và môi trường của địa phương, trong đó có những nội dung "
                "gắn với thị xã Hương Thủy như làng nghề, di tích lịch sử và danh lam thắng cảnh."
            ),
            Img("/uploads/news/2026_11/gddp-lop-8.jpg", None, None, style="bare"),
            P(
                "Giáo viên được hướng dẫn thiết kế các hoạt động trải nghiệm thực tế, tổ chức cho học "
                "sinh tham quan di tích, phỏng vấn nghệ nhân và thực hiện dự án học tập nhỏ về quê "
                "hương."
            ),
            P(
                "Các trường chủ động xây dựng kế hoạch, bố trí thời lượng 35 tiết/năm học và lồng ghép "
                "với hoạt động trải nghiệm, hướng nghiệp để nội dung giáo dục địa phương thực sự gần "
                "gũi, thiết thực với học sinh."
            ),
        ],
        opts={
            "publ": "2026-11-13 14:15",
            "edit": "2026-11-13 14:15",
            "author_line": "pgdhuongthuy",
            "thumb": "/assets/news/2026_11/gddp-lop-8.jpg",
            "rating": (0, 0),
        },
    ),
    Story(
        id=221,
        slug="doan-kiem-tra-cua-so-gd-dt-lam-viec-tai-truong-mam-non-thuy-chau",
        title="Đoàn kiểm tra của Sở GD&ĐT làm việc tại Trường Mầm non Thủy Châu",
        cat="tin-tuc-su-kien",
        published_at="2026-11-10T08:30:00+07:00",
        summary=(
            "Ngày 09/11/2026, Đoàn kiểm tra của Sở GD&ĐT Thừa Thiên Huế do bà Nguyễn Thị Minh Thu, "
            "Phó Trưởng phòng Giáo dục Mầm non làm trưởng đoàn đã đến kiểm tra công tác chăm sóc, "
            "nuôi dưỡng và giáo dục trẻ tại Trường Mầm non Thủy Châu."
        ),
        blocks=[
            P(
                "Ngày 09/11/2026, Đoàn kiểm tra của Sở GD&ĐT Thừa Thiên Huế do bà Nguyễn Thị Minh Thu, "
                "Phó Trưởng phòng Giáo dục Mầm non làm trưởng đoàn đã đến kiểm tra công tác chăm sóc, "
                "nuôi dưỡng và giáo dục trẻ tại Trường Mầm non Thủy Châu.",
                "bold",
            ),
            P(
                "Theo kế hoạch, đoàn kiểm tra việc thực hiện chương trình giáo dục mầm non, công tác "
                "bảo đảm an toàn thực phẩm trong bếp ăn bán trú và việc xây dựng môi trường giáo dục "
                "lấy trẻ làm trung tâm."
            ),
            Img(
                "/uploads/news/2026_11/kiem-tra-mn-thuy-chau.jpg",
                "Đoàn kiểm tra thăm lớp mẫu giáo 5 tuổi",
                "Đoàn kiểm tra thăm lớp mẫu giáo 5 tuổi",
                style="next",
            ),
            P(
                "Qua kiểm tra, đoàn đánh giá cao cảnh quan trường lớp xanh - sạch - đẹp, các góc hoạt "
                "động được bố trí khoa học, nhiều đồ dùng, đồ chơi tự làm từ nguyên vật liệu sẵn có "
                "tại địa phương. Bếp ăn một chiều được vận hành đúng quy trình, hồ sơ kiểm thực ba "
                "bước đầy đủ."
            ),
            P(
                "Bên cạnh đó, đoàn cũng đề nghị nhà trường tiếp tục bổ sung thiết bị dạy học tối "
                "thiểu, tăng cường bồi dưỡng kỹ năng ứng dụng công nghệ thông tin cho giáo viên và "
                "đẩy mạnh truyền thông với cha mẹ trẻ."
            ),
            Raw('<p style="text-align: right;"><em>Theo Báo Thừa Thiên Huế</em></p>'),
        ],
        source="Báo Thừa Thiên Huế",
        opts={
            "publ": "2026-11-10 08:30",
            "edit": "2026-12-03 10:20",
            "thumb": "/assets/news/2026_11/kiem-tra-mn-thuy-chau.jpg",
            "rating": (3, 1),
        },
    ),
]

BY_ID: dict[int, Story] = {s.id: s for s in STORIES}
ARTICLES: list[Story] = [s for s in STORIES if not s.opts.get("external")]


def _dt(story: Story, key: str = "publ") -> datetime:
    return datetime.strptime(story.opts[key], "%Y-%m-%d %H:%M")


def _newest_first(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=_dt, reverse=True)


def article_path(story: Story, cat: str | None = None) -> str:
    return f"/vi/news/{cat or story.cat}/{story.slug}-{story.id}.html"


def print_path(story: Story, cat: str | None = None) -> str:
    return f"/vi/news/print/{cat or story.cat}/{story.slug}-{story.id}.html"


def sendmail_path(story: Story, cat: str | None = None) -> str:
    return f"/vi/news/sendmail/{cat or story.cat}/{story.slug}-{story.id}.html"


def legacy_path(story: Story) -> str:
    return f"/index.php?language=vi&nv=news&op={story.cat}/{story.slug}-{story.id}"


def listing(cat: str) -> list[Story]:
    """A category's items as viewcat_page_new lists them: main or secondary category."""
    return _newest_first(
        [s for s in STORIES if s.cat == cat or cat in s.opts.get("listcat", [])]
    )


def link_of(story: Story, cat: str | None = None) -> str:
    """The link a listing prints: the off-site source for an "external link" item."""
    return story.opts.get("external") or article_path(story, cat)


# --- gold ------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = [print_path(story)]
    for cat in story.opts.get("listcat", []):
        alts += [article_path(story, cat), print_path(story, cat)]
    if story.opts.get("legacy"):
        alts.append(legacy_path(story))
    return alts


GOLD: list[dict] = [
    gold_record(s, article_path(s), CATS[s.cat], alt_paths=_alt_paths(s)) for s in ARTICLES
]

NON_ARTICLES: list[str] = [
    "/vi/about/gioi-thieu-chung.html",
    "/vi/contact/",
    "/vi/laws/detail/cong-van-412-tb-pgddt-hoi-khoe-phu-dong.html",
    "/vi/laws/detail/ke-hoach-1865-kh-ubnd-hoi-khoe-phu-dong-cac-cap.html",
    "/vi/lich-cong-tac/",
    "/vi/news/topic/nam-hoc-2026-2027/",
]

# --- formats -------------------------------------------------------------------------------

_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def publ_line(dt: datetime) -> str:
    """NukeViet's ``nv_date('l - d/m/Y H:i')``: "Thứ năm - 03/12/2026 14:30"."""
    return f"{_WEEKDAYS[dt.weekday()]} - {dt:%d/%m/%Y %H:%M}"


def list_time(dt: datetime) -> str:
    """The listing's ``d/m/Y h:i:s A`` with the Vietnamese SA/CH."""
    return f"{dt:%d/%m/%Y %I:%M:%S} {'SA' if dt.hour < 12 else 'CH'}"


def meta_time(dt: datetime) -> str:
    """``date('Y-m-dTH:i:s')``: PHP's "T" is the zone's abbreviation, "+07" in Asia/Ho_Chi_Minh."""
    return f"{dt:%Y-%m-%d}+07{dt:%H:%M:%S}"


def rss_time(dt: datetime) -> str:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[dt.weekday()]}, {dt:%d} {months[dt.month - 1]} {dt:%Y %H:%M:%S} +0700"


def thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def twice(value: str) -> str:
    """A title stored escaped by ``nv_htmlspecialchars`` and escaped again in an attribute."""
    return esc(esc(value))


# --- article text --------------------------------------------------------------------------


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")))


_MSO_SPAN = 'font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif'


def _img_tag(img: Img, width: int = 700, height: int = 466) -> str:
    return f'<img alt="" height="{height}" src="{esc(img.src)}" width="{width}" />'


def _render_img(story: Story, img: Img) -> str:
    cap = _t(story, img.printed) if img.printed else ""
    if img.style == "fig":
        figcap = f"<figcaption>{cap}</figcaption>" if cap else ""
        return (
            '<figure class="image" style="display:inline-block">'
            f"{_img_tag(img, 800, 533)}{figcap}</figure>"
        )
    if img.style == "link":
        full = img.src.replace("/assets/", "/uploads/", 1)
        out = (
            f'<p style="text-align: center;"><a href="{esc(full)}" target="_blank">'
            f'<img alt="{esc(img.caption or "")}" src="{esc(img.src)}" style="width: 600px; '
            'height: 400px;" /></a></p>'
        )
        return out + (f'\n<p style="text-align: center;"><em>{cap}</em></p>' if cap else "")
    # "next" and "bare": the picture in a centred paragraph, its line (if any) under it
    out = (
        f'<p style="text-align: center;"><img alt="" src="{esc(img.src)}" '
        'style="width: 700px; height: 466px;" /></p>'
    )
    if cap:
        out += f'\n<p style="text-align: center;"><span style="font-size:12px;"><em>{cap}</em></span></p>'
    return out


def _render_p(story: Story, p: P) -> str:
    t = _t(story, p.text)
    if p.style == "bold":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if p.style == "h":
        return f"<h4><strong>{t}</strong></h4>"
    if p.style == "quote":
        return f'<blockquote>\n<p style="text-align: justify;"><em>{t}</em></p>\n</blockquote>'
    if p.style == "mso":
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:.5in;'
            f'line-height:150%"><span lang="VI" style="{_MSO_SPAN}">{t}<o:p></o:p></span></p>'
        )
    if p.style == "mso-li":
        return (
            '<p class="MsoListParagraphCxSpMiddle" style="margin-left:.75in;text-align:justify;'
            'text-indent:-.25in;line-height:150%;mso-list:l0 level1 lfo1"><!--[if !supportLists]-->'
            '<span lang="VI" style="font-family:Symbol;mso-fareast-font-family:Symbol">'
            '<span style="mso-list:Ignore">·<span style="font:7.0pt &quot;Times New Roman&quot;">'
            "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->"
            f'<span lang="VI" style="{_MSO_SPAN}">{t}<o:p></o:p></span></p>'
        )
    return f'<p style="text-align: justify;">{t}</p>'


def render_bodytext(story: Story, *, widget: str = "", xem_them: str = "") -> str:
    """The ``bodytext`` as the editor saved it (CKEditor 4), grouped runs rendered together."""
    out: list[str] = []
    blocks = list(story.blocks)
    dup = story.opts.get("sapo_dup")
    if dup == "plain":
        out.append(f"<p>{_t(story, story.summary or '')}&nbsp;</p>")
    elif dup == "mso":
        out.append(_render_p(story, P((story.summary or "").replace(". ", ".  "), "mso")))
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            if b.html == "<!--egov-ccm-->":
                out.append(widget)
            elif b.html == "<!--xem-them-->":
                out.append(xem_them)
            else:
                out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "homeimg":
                i += 1
                continue
            if b.style == "cell":
                run = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "cell":
                    run.append(blocks[i])
                    i += 1
                imgs = "".join(
                    f'<td style="text-align:center;">{_img_tag(c, 340, 227)}</td>' for c in run
                )
                caps = "".join(
                    f'<td style="text-align:center;"><em>{_t(story, c.printed or "")}</em></td>'
                    for c in run
                )
                out.append(
                    '<table align="center" border="0" cellpadding="3" cellspacing="3" '
                    f'style="width:700px;">\n<tbody>\n<tr>{imgs}</tr>\n<tr>{caps}</tr>\n'
                    "</tbody>\n</table>"
                )
                continue
            out.append(_render_img(story, b))
            i += 1
            continue
        if b.style == "br":
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                run.append(_t(story, blocks[i].text))
                i += 1
            out.append('<p style="text-align: justify;">' + "<br />\n".join(run) + "</p>")
            continue
        if b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = [_t(story, c) for c in blocks[i].text.split(" | ")]
                if blocks[i].style == "th":
                    rows.append(
                        "<tr>"
                        + "".join(f'<td style="text-align:center;"><strong>{c}</strong></td>' for c in cells)
                        + "</tr>"
                    )
                else:
                    rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="3" cellspacing="0" class="table table-bordered" '
                'style="width:100%;border-collapse:collapse;">\n<tbody>\n'
                + "\n".join(rows)
                + "\n</tbody>\n</table>"
            )
            continue
        out.append(_render_p(story, b))
        i += 1
    return "\n".join(out)


def _homeimg(story: Story) -> Img | None:
    return next((b for b in story.images if b.style == "homeimg"), None)


def _hometext(story: Story) -> str:
    if story.sapo_outside and story.summary:
        return story.summary
    return story.opts.get("hometext", "")


# --- chrome --------------------------------------------------------------------------------

_CSS = [
    "/assets/css/font-awesome.min.css",
    "/themes/egov/css/bootstrap.non-responsive.css",
    "/themes/egov/css/style.css",
    "/themes/egov/css/style.responsive.css",
    "/themes/egov/css/news.css",
]
_JS = [
    "/assets/js/jquery/jquery.min.js",
    "/assets/js/language/vi.js",
    "/assets/js/global.js",
    "/themes/egov/js/main.js",
    "/themes/egov/js/news.js",
]


def _head(title: str, *, module: str, func: str, extra: str = "") -> str:
    css = "\n".join(f'<link rel="StyleSheet" href="{c}">' for c in _CSS)
    js = "\n".join(f'<script src="{j}"></script>' for j in _JS)
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{title}</title>
<meta name="author" content="{esc(SITE_NAME)}">
<meta name="copyright" content="{esc(SITE_NAME)} [pgd.huongthuy@thuathienhue.edu.vn]">
<meta name="generator" content="NukeViet v4.6">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta property="og:site_name" content="{esc(SITE_SHORT)}">
{extra}
<link rel="shortcut icon" href="/uploads/favicon.ico">
<link rel="alternate" href="/vi/news/rss/" title="Tin Tức" type="application/rss+xml">
{css}
<script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="{module}",nv_func_name="{func}",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="+07",nv_cookie_prefix="nv4c_Hx7q2",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_is_recaptcha=0;</script>
{js}
</head>"""


def _mega_menu() -> str:
    news_cols = []
    for alias, label in CATS.items():
        latest = [s for s in listing(alias) if s.cat == alias and not s.opts.get("external")][:2]
        items = "".join(
            f'<li><a href="{article_path(s)}" title="{twice(s.title)}">{esc(s.title)}</a></li>'
            for s in latest
        )
        news_cols.append(
            f'<div class="col-md-8 mm-cot"><p class="mm-tieude"><a href="/vi/news/{alias}/">'
            f"{esc(label)}</a></p><ul class=\"mm-tinmoi\">{items}</ul></div>"
        )
    return f"""<nav class="egov-menungang" id="menusite">
<div class="container"><ul class="nav navbar-nav egov-mm">
<li class="home"><a href="/vi/" title="Trang nhất"><em class="fa fa-lg fa-home"></em><span class="hidden">Trang nhất</span></a></li>
<li class="dropdown"><a href="/vi/about/" class="dropdown-toggle" data-toggle="dropdown" onclick="return false">Giới thiệu <strong class="caret">&nbsp;</strong></a>
<ul class="dropdown-menu"><li><a href="/vi/about/gioi-thieu-chung.html" title="Giới thiệu chung">Giới thiệu chung</a></li>
<li><a href="/vi/lich-cong-tac/" title="Lịch công tác">Lịch công tác tuần</a></li></ul></li>
<li class="dropdown mega"><a href="/vi/news/" title="Tin Tức">Tin tức <strong class="caret">&nbsp;</strong></a>
<div class="dropdown-menu mm-khung"><div class="row">{"".join(news_cols)}</div></div></li>
<li><a href="/vi/news/thong-bao/" title="Thông báo">Thông báo</a></li>
<li><a href="/vi/laws/" title="Văn bản">Văn bản</a></li>
<li><a href="/vi/contact/" title="Liên hệ">Liên hệ</a></li>
</ul></div>
</nav>"""


def _header() -> str:
    return f"""<header>
<div class="egov-topbar"><div class="container">
<span class="egov-ngay"><em class="fa fa-calendar">&nbsp;</em>{HEADER_TODAY}</span>
<ul class="egov-lkn list-inline"><li><a href="/vi/">Trang chủ</a></li><li><a href="/vi/contact/">Liên hệ</a></li><li><a href="/vi/news/rss/" title="RSS"><em class="fa fa-rss"></em> RSS</a></li></ul>
<form class="egov-timkiem" action="/vi/seek/" method="get"><input type="hidden" name="language" value="vi"><input type="text" name="q" maxlength="60" placeholder="Tìm kiếm..."><button type="submit" class="btn"><em class="fa fa-search"></em></button></form>
</div></div>
<div class="egov-banner" style="background:#c4161c url(/themes/egov/images/banner-trongdong.png) no-repeat right center;">
<div class="container clearfix">
<a class="egov-logo" href="/vi/" title="{esc(SITE_NAME)}"><img src="/themes/egov/images/quoc-huy.png" width="92" height="90" alt="Quốc huy"></a>
<div class="egov-tendv">
<p class="egov-cqcq" style="color:#ffe400">UBND THỊ XÃ HƯƠNG THỦY</p>
<h1 class="egov-ten" style="color:#ffe400">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ HƯƠNG THỦY</h1>
<p class="egov-diachi">Huong Thuy Department of Education and Training</p>
</div></div></div>
{_mega_menu()}
</header>"""


def _marquee() -> str:
    n1, n2 = BY_ID[242], BY_ID[235]
    return f"""<div class="egov-thongbao clearfix"><div class="container">
<span class="tb-nhan"><em class="fa fa-bullhorn"></em> Thông báo:</span>
<div class="nv-block-html"><marquee behavior="scroll" direction="left" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">
<a href="{esc(legacy_path(n1))}">{esc(n1.title)}</a> &nbsp;&nbsp;|&nbsp;&nbsp;
<a href="{article_path(n2)}">{esc(n2.title)}</a> &nbsp;&nbsp;|&nbsp;&nbsp;
<span style="color:#c4161c">Lịch tiếp công dân: sáng thứ Năm hằng tuần tại Phòng tiếp dân UBND thị xã</span>
</marquee></div></div></div>"""


_LAWS = [
    (
        "cong-van-412-tb-pgddt-hoi-khoe-phu-dong",
        "412/TB-PGDĐT",
        "30/11/2026",
        "Thông báo về việc tổ chức Hội khỏe Phù Đổng cấp thị xã năm học 2026 - 2027",
        "Thông báo",
        "Trần Quang Vinh",
        "412-tb-pgddt.pdf",
    ),
    (
        "ke-hoach-1865-kh-ubnd-hoi-khoe-phu-dong-cac-cap",
        "1865/KH-UBND",
        "12/10/2026",
        "Kế hoạch tổ chức Hội khỏe Phù Đổng các cấp năm học 2026 - 2027 trên địa bàn thị xã "
        "Hương Thủy",
        "Kế hoạch",
        "Hoàng Văn Đức",
        "1865-kh-ubnd.pdf",
    ),
]


def _left_column() -> str:
    laws = "".join(
        f'<li><em class="fa fa-file-text-o"></em> <a href="/vi/laws/detail/{a}.html" '
        f'title="{twice(sub)}"><strong>{esc(num)}</strong> - {esc(sub)}</a> '
        f'<span class="text-muted">({day})</span></li>'
        for a, num, day, sub, *_ in _LAWS
    )
    topics = "".join(
        f'<li><a href="/vi/news/topic/{a}/" title="{esc(t)}">{esc(t)}</a></li>'
        for a, (t, _) in TOPICS.items()
    )
    most = "".join(
        f'<li class="clearfix"><a href="{article_path(BY_ID[i])}" title="{twice(BY_ID[i].title)}">'
        f"{esc(BY_ID[i].title)}</a></li>"
        for i in (245, 243, 244, 238, 242)
    )
    return f"""<div class="col-md-6 egov-cottrai">
<div class="egov-khoi"><div class="egov-khoi-td"><span>Văn bản mới</span></div>
<div class="egov-khoi-nd"><ul class="vbm list-none">{laws}</ul>
<p class="text-right"><a href="/vi/laws/">Xem tất cả &raquo;</a></p></div></div>
<div class="egov-khoi"><div class="egov-khoi-td"><span>Lịch công tác</span></div>
<div class="egov-khoi-nd lct"><p class="lct-tuan"><strong>Tuần 49</strong> (30/11 - 06/12/2026)</p>
<ul class="list-none"><li><b>Thứ Hai 07/12:</b> 07h30 Trưởng phòng dự chào cờ tại Trường TH Thủy Phương</li>
<li><b>Thứ Ba 08/12:</b> 14h00 Họp giao ban Hiệu trưởng các trường THCS</li></ul>
<p class="text-right"><a href="/vi/lich-cong-tac/">Xem chi tiết &raquo;</a></p></div></div>
<div class="egov-khoi"><div class="egov-khoi-td"><span>Dòng sự kiện</span></div>
<div class="egov-khoi-nd"><ul class="dsk list-none">{topics}</ul></div></div>
<div class="egov-khoi"><div class="egov-khoi-td"><span>Tin đọc nhiều</span></div>
<div class="egov-khoi-nd"><ul class="tdn list-none">{most}</ul></div></div>
<div class="egov-khoi"><div class="egov-khoi-td"><span>Thăm dò ý kiến</span></div>
<div class="egov-khoi-nd"><form class="voting" action="" onsubmit="return false;">
<p><strong>Bạn đánh giá thế nào về Cổng thông tin điện tử của Phòng GD&amp;ĐT?</strong></p>
<div class="radio"><label><input type="radio" name="option" value="1"> Rất hữu ích</label></div>
<div class="radio"><label><input type="radio" name="option" value="2"> Hữu ích</label></div>
<div class="radio"><label><input type="radio" name="option" value="3"> Cần cải thiện thêm</label></div>
<input type="button" class="btn btn-success btn-sm" value="Bình chọn" onclick="nv_sendvoting(this.form, '2', '1', '3f1a0c', 'Bạn cần chọn ít nhất 1 phương án', '0');">
<input type="button" class="btn btn-primary btn-sm" value="Kết quả" onclick="nv_sendvoting(this.form, '2', 0, '3f1a0c', '', '0');">
</form></div></div>
<div class="egov-khoi"><div class="egov-khoi-td"><span>Thống kê truy cập</span></div>
<div class="egov-khoi-nd"><ul class="counter list-none">
<li><em class="fa fa-bolt fa-lg fa-horizon"></em> Đang truy cập<span>27</span></li>
<li><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em> Hôm nay<span>1.318</span></li>
<li><em class="fa fa-calendar-o fa-lg fa-horizon"></em> Tháng hiện tại<span>9.874</span></li>
<li><em class="fa fa-bars fa-lg fa-horizon"></em> Tổng lượt truy cập<span>2.416.503</span></li>
</ul></div></div>
<div class="egov-khoi"><div class="egov-khoi-td"><span>Liên kết website</span></div>
<div class="egov-khoi-nd"><select class="form-control" onchange="if(this.value)window.open(this.value,'_blank')">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="http://sgddt.thuathienhue.gov.vn">Sở GD&amp;ĐT Thừa Thiên Huế</option>
<option value="https://huongthuy.thuathienhue.gov.vn">Cổng TTĐT thị xã Hương Thủy</option>
</select>
<p class="text-center"><a href="https://dichvucong.gov.vn" target="_blank" rel="noopener"><img src="/uploads/banners/dich-vu-cong.png" alt="Cổng dịch vụ công quốc gia" width="220"></a></p>
</div></div>
</div>"""


def _breadcrumbs(items: list[tuple[str, str]]) -> str:
    lis = ['<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
           '<a href="/vi/" itemprop="item" title="Trang nhất"><span itemprop="name">'
           '<em class="fa fa-lg fa-home"></em> Trang nhất</span></a>'
           '<meta itemprop="position" content="1"></li>']
    for n, (href, label) in enumerate(items, start=2):
        lis.append(
            '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
            f'<a href="{href}" itemprop="item" title="{esc(label)}"><span itemprop="name">'
            f'{esc(label)}</span></a><meta itemprop="position" content="{n}"></li>'
        )
    return (
        '<div class="egov-dieuhuong"><ul class="breadcrumbs list-none" itemscope '
        f'itemtype="https://schema.org/BreadcrumbList">{"".join(lis)}</ul></div>'
    )


_FOOTER = f"""<footer class="egov-chantrang">
<div class="container"><div class="row">
<div class="col-md-16">
<p class="ft-ten"><strong>{esc(SITE_NAME.upper())}</strong></p>
<p>Địa chỉ: 1219 Nguyễn Tất Thành, phường Phú Bài, thị xã Hương Thủy, tỉnh Thừa Thiên Huế</p>
<p>Điện thoại: (0234) 3861 254 - Fax: (0234) 3861 255 - Email: <a href="mailto:pgd.huongthuy@thuathienhue.edu.vn">pgd.huongthuy@thuathienhue.edu.vn</a></p>
<p>Chịu trách nhiệm chính: Ông Trần Quang Vinh - Trưởng phòng</p>
</div>
<div class="col-md-8 text-right">
<p>&copy; Bản quyền thuộc về {esc(SITE_SHORT)}</p>
<p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="small">Thiết kế bởi <a href="https://vinades.vn" target="_blank" rel="noopener">VINADES.,JSC</a> - Mã nguồn NukeViet</p>
</div></div></div>
<a id="totop" href="#" title="Lên đầu trang"><em class="fa fa-chevron-up"></em></a>
</footer>"""


def _page(
    title: str,
    main: str,
    *,
    module: str = "news",
    func: str = "main",
    crumbs: list[tuple[str, str]] | None = None,
    extra: str = "",
) -> Response:
    bc = _breadcrumbs(crumbs) if crumbs is not None else ""
    page = f"""{_head(title, module=module, func=func, extra=extra)}
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br>Website chỉ làm việc khi bạn bật nó trở lại.</div></noscript>
<div class="egov-body"><div class="egov-wrap">
{_header()}
{_marquee()}
<section class="egov-noidung"><div class="container">
{bc}
<div class="row">
{_left_column()}
<div class="col-md-18 egov-cotchinh">
{main}
</div>
</div></div></section>
{_FOOTER}
</div></div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="javascript:void(0);">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<script src="/assets/js/jquery-ui/jquery-ui.min.js"></script>
</body>
</html>"""
    return html(page)


# --- news: article -------------------------------------------------------------------------


def _plain_meta(value: str, limit: int = 160) -> str:
    return esc(value[:limit].rsplit(" ", 1)[0] + "..." if len(value) > limit else value)


def _related(story: Story, cat: str) -> tuple[list[Story], list[Story], list[Story]]:
    """"Tin liên quan" (same topic), "Những tin mới hơn", "Những tin cũ hơn" (viewed category)."""
    pool = [s for s in listing(cat) if not s.opts.get("external") and s is not story]
    me = _dt(story)
    newer = sorted([s for s in pool if _dt(s) > me], key=_dt)[:ST_LINKS]
    older = sorted([s for s in pool if _dt(s) < me], key=_dt, reverse=True)[:ST_LINKS]
    topic = story.opts.get("topic")
    same_topic = [
        s for s in _newest_first(ARTICLES) if topic and s.opts.get("topic") == topic and s is not story
    ][:5]
    return same_topic, _newest_first(newer), older


def _list_panel(heading: str, items: list[Story], cat: str | None, klass: str) -> str:
    if not items:
        return ""
    lis = "".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{article_path(s, cat if cat and (s.cat == cat or cat in s.opts.get("listcat", [])) else None)}" '
        f'title="{twice(s.title)}">{esc(s.title)}</a> <em>({_dt(s):%d/%m/%Y})</em></li>'
        for s in items
    )
    return (
        '<div class="news_column panel panel-default"><div class="panel-body other-news">'
        f'<p class="h3"><strong>{heading}</strong></p><div class="clearfix">'
        f'<ul class="{klass} list-none">{lis}</ul></div></div></div>'
    )


def _widget(story: Story) -> str:
    picks = [BY_ID[i] for i in (245, 244, 242) if i != story.id]
    lis = "".join(
        f'<li><a href="{article_path(s)}" title="{twice(s.title)}">{esc(s.title)}</a></li>' for s in picks
    )
    return (
        '<div class="egov-ccm" style="float:right;width:250px;margin:4px 0 10px 15px;padding:8px;'
        'border:1px solid #f0c36d;background:#fffbea;"><p class="ccm-td"><strong>'
        '<em class="fa fa-star"></em> Có thể bạn quan tâm</strong></p>'
        f'<ul class="list-none">{lis}</ul></div>'
    )


def _xem_them() -> str:
    t4 = BY_ID[233]
    return (
        f'<p style="text-align: justify;"><strong>Xem thêm:</strong> <a href="{article_path(t4)}">'
        f"{esc(t4.title)}</a></p>"
    )


def _byline_lines(story: Story) -> str:
    lines = []
    if story.opts.get("author_line"):
        lines.append(
            f'<p class="h5 text-right"><strong>Tác giả: </strong>{esc(story.opts["author_line"])}</p>'
        )
    if story.opts.get("source_line"):
        label, url = story.opts["source_line"]
        shown = (
            f'<a href="{esc(url)}" title="{esc(label)}" rel="nofollow" target="_blank">{esc(label)}</a>'
            if url
            else esc(label)
        )
        lines.append(f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{shown}</p>')
    return "\n".join(lines)


def _title_h1(story: Story) -> str:
    return text(story.title, nfd=bool(story.opts.get("nfd")))


def _files_panel(story: Story, cat: str) -> str:
    files = story.opts.get("files")
    if not files:
        return ""
    lis = "".join(
        f'<li class="clearfix"><a href="{article_path(story, cat)}?download=1&amp;id={n}" '
        f'title="{esc(name)}"><em class="fa fa-file-pdf-o"></em> {esc(name)}</a> '
        f'<span class="text-muted">(Dung lượng: {size})</span> '
        f'<a class="btn btn-xs btn-default" href="javascript:void(0)" data-toggle="collapse" '
        f'data-target="#egov-file-{n}">Xem trực tuyến</a>'
        f'<div id="egov-file-{n}" class="collapse"><div class="egov-pdfview" '
        f'data-src="/uploads/news/files/{esc(name.lower())}"></div></div></li>'
        for n, (name, size) in enumerate(files)
    )
    return (
        '<div class="news_column panel panel-default"><div class="panel-body">'
        '<div class="h3 newh3"><em class="fa fa-download"></em> <strong>Tập tin đính kèm</strong>'
        f'</div><ul class="list-unstyled egov-files">{lis}</ul></div></div>'
    )


def _rating_panel(story: Story) -> str:
    points, count = story.opts.get("rating", (0, 0))
    stars = "".join(
        f'<input class="hover-star" type="radio" value="{v}" title="{t}" />'
        for v, t in enumerate(
            ["Bài viết rất kém", "Bài viết kém", "Bài viết đạt", "Bài viết tốt", "Bài viết rất tốt"], 1
        )
    )
    avg = f"{points / count:.1f}".replace(".", ",") if count else "0"
    title = esc(story.title)
    return f"""<div class="news_column panel panel-default"><div class="panel-body">
<form id="form3B" action=""><div class="h5 clearfix">
<p id="stringrating">Tổng số điểm của bài viết là: {points} trong {count} đánh giá</p>
<span itemscope itemtype="https://schema.org/AggregateRating"><span class="hidden d-none hide" itemprop="itemReviewed" itemscope itemtype="https://schema.org/CreativeWork"><span itemprop="name">{title}</span></span>Xếp hạng: <span id="numberrating" itemprop="ratingValue">{avg}</span> - <span id="click_rating" itemprop="ratingCount">{count}</span> phiếu bầu</span>
<div style="padding: 5px;">{stars}</div>
<span id="hover-test" style="margin:0 0 0 20px;">Click để đánh giá bài viết</span>
</div></form></div></div>"""


def _comments_panel(story: Story, url: str) -> str:
    items = story.opts.get("comments", [])
    shown = "".join(
        '<div class="comment-box clearfix"><div class="comment-avatar pull-left">'
        '<img src="/assets/images/user.png" width="40" alt="" class="img-thumbnail"></div>'
        f'<div class="comment-content"><div class="comment-author"><strong>{esc(name)}</strong> '
        f'<span class="comment-time text-muted"><em class="fa fa-clock-o"></em> {when}</span></div>'
        f'<div class="comment-text">{esc(body)}</div>'
        '<ul class="comment-tools list-inline"><li><a href="javascript:void(0)">Thích</a></li>'
        '<li><a href="javascript:void(0)">Trả lời</a></li></ul></div></div>'
        for name, when, body in items
    )
    if not shown:
        shown = '<p class="text-muted">Chưa có ý kiến nào. Hãy là người đầu tiên bình luận.</p>'
    return f"""<div class="news_column panel panel-default"><div class="panel-body">
<div id="idcomment" class="nv-fullbg"><p class="comment-title"><em class="fa fa-comments">&nbsp;</em> <strong>Ý kiến bạn đọc</strong> <span class="text-muted">({len(items)})</span></p>
<div id="showcomment" class="margin-bottom-lg">{shown}</div>
<form method="post" role="form" target="submitcommentarea" action="/vi/comment/post/" onsubmit="return nv_commment_feedback(this);">
<input type="hidden" name="module" value="news"><input type="hidden" name="area" value="8"><input type="hidden" name="id" value="{story.id}">
<textarea class="form-control" name="content" placeholder="Nội dung bình luận"></textarea>
<input type="text" class="form-control" name="name" placeholder="Tên của bạn"><input type="email" class="form-control" name="email" placeholder="Email">
<input type="submit" class="btn btn-primary" value="Gửi bình luận"></form>
<div class="fb-comments" data-href="{esc(url)}" data-numposts="5" data-width="100%"></div>
</div></div></div>"""


def detail_main(story: Story, cat: str, request: Request) -> tuple[str, str]:
    """The article column and the head's extra tags for ``story`` shown under ``cat``."""
    base = base_url(request)
    canonical = base + article_path(story)
    publ, edit = _dt(story), _dt(story, "edit")
    home = _homeimg(story)
    hometext = _hometext(story)
    alt = home.caption if home and home.caption else story.title
    figure = ""
    if home:
        cap = f"<figcaption>{esc(home.printed)}</figcaption>" if home.printed else ""
        figure = (
            '<figure class="article left"><a href="javascript:void(0)" '
            "onclick=\"egovAnhLon('#egov-anhlon');return false\">"
            f'<img alt="{esc(alt)}" src="{esc(home.src)}" width="460" class="img-thumbnail"></a>'
            f"{cap}</figure>"
        )
    lead = (
        '<div class="hometext m-bottom" itemprop="description" style="font-weight:bold;">'
        f"{_t(story, hometext)}</div>"
        if hometext
        else ""
    )
    widget = _widget(story) if story.id == 243 else ""
    xem = _xem_them() if story.id == 229 else ""
    body = render_bodytext(story, widget=widget, xem_them=xem)
    lightbox = (
        f'<div class="hidden" id="egov-anhlon"><img src="{esc(home.src)}" alt="{esc(alt)}">'
        f'<p class="anhlon-cc">{esc(home.printed or "")}</p></div>'
        if home
        else ""
    )
    tags = story.opts.get("tags", [])
    tag_panel = (
        '<div class="news_column panel panel-default"><div class="panel-body"><div class="h5">'
        '<em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>'
        + ", ".join(
            f'<a title="{esc(TAGS[t])}" href="/vi/news/tag/{t}"><em>{esc(TAGS[t])}</em></a>' for t in tags
        )
        + "</div></div></div>"
        if tags
        else ""
    )
    same_topic, newer, older = _related(story, cat)
    onclick_mail = (
        f"nv_open_browse('{sendmail_path(story, cat)}','',650,500,'resizable=no,scrollbars=yes,"
        "toolbar=no,location=no,status=no');return false"
    )
    main = f"""<div class="news_column panel panel-default egov-chitiet" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{_title_h1(story)}</h1>
<div class="row margin-bottom-lg">
<div class="col-md-12"><span class="h5"><em class="fa fa-clock-o"></em> {publ_line(publ)}</span></div>
<div class="col-md-12"><ul class="list-inline text-right egov-congcu">
<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="{onclick_mail}"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="In ấn" href="{print_path(story, cat)}" target="_blank"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
</ul></div>
</div>
<div class="egov-capnhat text-muted small"><em class="fa fa-refresh"></em> Cập nhật lúc: {edit:%H:%M - %d/%m/%Y} &nbsp;|&nbsp; <em class="fa fa-eye"></em> Lượt xem: {thousands(story.views())}</div>
<div class="clearfix">
{figure}
{lead}
</div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{body}
</div>
{lightbox}
<div class="margin-bottom-lg egov-tacgia">
{_byline_lines(story)}
</div>
</div>
</div>
{_files_panel(story, cat)}
{tag_panel}
{_rating_panel(story)}
<div class="news_column panel panel-default"><div class="panel-body egov-chiase">
<span class="text-muted">Chia sẻ:</span>
<div class="fb-like" data-href="{esc(canonical)}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true"></div>
<div class="zalo-share-button" data-href="{esc(canonical)}" data-oaid="579745863508352884" data-layout="1" data-color="blue" data-customize="false"></div>
</div></div>
{_comments_panel(story, canonical)}
{_list_panel("Tin liên quan", same_topic, None, "related")}
{_list_panel("Những tin mới hơn", newer, cat, "related")}
{_list_panel("Những tin cũ hơn", older, cat, "related")}"""
    og_image = f'<meta property="og:image" content="{base}{esc(home.src)}">\n' if home else ""
    plain_lead = hometext or next((b.text for b in story.blocks if isinstance(b, P)), "")
    kw = ", ".join(TAGS[t] for t in tags)
    extra = f"""<meta name="description" content="{_plain_meta(plain_lead)}">
<meta name="keywords" content="{esc(kw)}">
<meta name="news_keywords" content="{esc(kw)}">
<meta property="og:title" content="{twice(story.title)}">
<meta property="og:type" content="article">
<meta property="og:description" content="{_plain_meta(plain_lead)}">
{og_image}<meta property="og:url" content="{esc(canonical)}">
<meta property="article:published_time" content="{meta_time(publ)}">
<meta property="article:modified_time" content="{meta_time(edit)}">
<meta property="article:section" content="{esc(CATS[story.cat])}">
<link rel="canonical" href="{esc(canonical)}">"""
    return main, extra


def detail_page(story: Story, cat: str, request: Request) -> Response:
    main, extra = detail_main(story, cat, request)
    title = f"{twice(story.title)} - {esc(CATS[cat])} - {esc(SITE_SHORT)}"
    return _page(
        title,
        main,
        func="detail",
        crumbs=[("/vi/news/", "Tin Tức"), (f"/vi/news/{cat}/", CATS[cat])],
        extra=extra,
    )


def print_page(story: Story, cat: str, request: Request) -> Response:
    base = base_url(request)
    link = base + article_path(story, cat)
    home = _homeimg(story)
    hometext = _hometext(story)
    img = (
        f'<div class="imghome"><img src="{esc(home.src)}" alt="{esc(home.caption or story.title)}" '
        f'width="460"><p class="text-center"><em>{esc(home.printed or "")}</em></p></div>'
        if home
        else ""
    )
    lead = f'<div id="hometext"><strong>{_t(story, hometext)}</strong></div>' if hometext else ""
    page = f"""<!DOCTYPE html>
<html lang="vi"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="robots" content="noindex, nofollow">
<title>{twice(story.title)}</title>
<link rel="StyleSheet" href="/themes/egov/css/news.print.css">
<script src="/assets/js/jquery/jquery.min.js"></script>
</head>
<body>
<div id="print">
<div id="hd_print"><h2 class="pull-left">{esc(SITE_NAME)}</h2><p class="pull-right"><a title="{esc(SITE_SHORT)}" href="{base}/vi/">{base}</a></p></div>
<div class="clear"></div><hr>
<div id="content">
<h1>{_title_h1(story)}</h1>
<ul class="list-inline"><li>{publ_line(_dt(story))}</li>
<li class="hidden-print txtrequired"><em class="fa fa-print">&nbsp;</em><a title="In ra" href="javascript:;" onclick="window.print()">In ra</a></li>
<li class="hidden-print txtrequired"><em class="fa fa-power-off">&nbsp;</em><a title="Đóng cửa sổ này" href="javascript:;" onclick="window.close()">Đóng cửa sổ này</a></li></ul>
<div class="clear"></div>
{img}
{lead}
<div class="bodytext">{render_bodytext(story)}</div>
<div id="author">{_byline_lines(story)}</div>
</div>
<div id="footer" class="clearfix">
<div id="url"><strong>URL của bản tin này: </strong><a href="{esc(link)}" title="{twice(story.title)}">{esc(link)}</a></div>
<div class="clear"></div>
<div class="copyright">&copy; {esc(SITE_NAME)}</div>
<div id="contact"><a href="mailto:pgd.huongthuy@thuathienhue.edu.vn">pgd.huongthuy@thuathienhue.edu.vn</a></div>
</div>
</div>
</body></html>"""
    return html(page)


def sendmail_page(story: Story, cat: str) -> Response:
    hometext = _hometext(story)
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow">
<title>Gửi bài viết qua email - {esc(SITE_SHORT)}</title>
<link rel="StyleSheet" href="/themes/egov/css/bootstrap.non-responsive.css"></head>
<body><div class="sendmail panel panel-default"><div class="panel-body">
<h2 class="text-center">Gửi bài viết qua email</h2>
<p><strong>Bài viết:</strong> {esc(story.title)}</p>
<blockquote class="small">{_t(story, hometext)}</blockquote>
<form action="{sendmail_path(story, cat)}" method="post" class="form-horizontal">
<div class="form-group"><label>Tên của bạn <span class="txtrequired">(*)</span></label><input class="form-control" type="text" name="name" maxlength="60"></div>
<div class="form-group"><label>E-mail của bạn <span class="txtrequired">(*)</span></label><input class="form-control" type="email" name="youremail" maxlength="60"></div>
<div class="form-group"><label>Gửi đến e-mail <span class="txtrequired">(*)</span></label><input class="form-control" type="email" name="email" maxlength="60"></div>
<div class="form-group"><label>Nội dung</label><textarea class="form-control" name="content" rows="5">Chào bạn, tôi muốn giới thiệu với bạn bài viết này.</textarea></div>
<div class="form-group"><label>Mã bảo mật</label><img class="captchaImg" src="/index.php?scaptcha=captcha&amp;t=1733380000" width="150" height="40" alt=""><input type="text" class="form-control" name="nv_seccode" maxlength="6"></div>
<input type="hidden" name="checkss" value="8d2e5b71c0a94f36"><input type="submit" class="btn btn-primary" name="send" value="Gửi bài viết">
</form></div></div></body></html>"""
    return html(page)


# --- news: listings ------------------------------------------------------------------------


def _item(story: Story, cat: str | None) -> str:
    """One ``viewcat_page_new`` item; ``cat`` is the listing's category (its alias goes in links)."""
    link = link_of(story, cat if cat and cat != story.cat else None)
    blank = ' target="_blank"' if story.opts.get("external") else ""
    thumb = story.opts.get("thumb")
    img = (
        f'<a href="{esc(link)}" title="{twice(story.title)}"{blank}><img alt="{twice(story.title)}" '
        f'src="{thumb}" width="183" class="img-thumbnail pull-left imghome"></a>'
        if thumb
        else ""
    )
    return f"""<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
{img}
<h3><a href="{esc(link)}" title="{twice(story.title)}"{blank} itemprop="url"><span itemprop="headline">{esc(story.title)}</span></a></h3>
<div class="text-muted"><ul class="list-unstyled list-inline">
<li><em class="fa fa-clock-o">&nbsp;</em> {list_time(_dt(story))}</li>
<li><em class="fa fa-eye">&nbsp;</em> Xem: {thousands(story.views())}</li>
</ul></div>
<div class="text-justify">{esc(_hometext(story))}</div>
</div></div>"""


def _pagination(base: str, label: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base}page-{n}"

    out = []
    if page > 1:
        out.append(f'<li><a rel="prev" title="{esc(label)} - Trang {page - 1}" href="{href(page - 1)}">&laquo;</a></li>')
    else:
        out.append('<li class="disabled"><a href="#">&laquo;</a></li>')
    for n in range(1, pages + 1):
        if n == page:
            out.append(f'<li class="active"><a href="#">{n}</a></li>')
        else:
            out.append(f'<li><a title="{esc(label)} - Trang {n}" href="{href(n)}">{n}</a></li>')
    if page < pages:
        out.append(f'<li><a rel="next" title="{esc(label)} - Trang {page + 1}" href="{href(page + 1)}">&raquo;</a></li>')
    else:
        out.append('<li class="disabled"><a href="#">&raquo;</a></li>')
    return f'<div class="text-center"><ul class="pagination">{"".join(out)}</ul></div>'


def category_page(cat: str, page: int, request: Request) -> Response | None:
    items = listing(cat)
    pages = max(1, -(-len(items) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    label = CATS[cat]
    base = f"/vi/news/{cat}/"
    body = "\n".join(_item(s, cat) for s in chunk)
    main = f"""<div class="news_column"><div class="egov-tieude-cm"><h2><a href="{base}" title="{esc(label)}">{esc(label)}</a></h2></div></div>
{body}
{_pagination(base, label, page, pages)}"""
    suffix = f" - Trang {page}" if page > 1 else ""
    canonical = base_url(request) + (base if page == 1 else f"{base}page-{page}")
    extra = f'<meta name="description" content="{esc(label)}{suffix}">\n<link rel="canonical" href="{canonical}">'
    return _page(
        f"{esc(label)}{suffix} - {esc(SITE_SHORT)}",
        main,
        func="viewcat",
        crumbs=[("/vi/news/", "Tin Tức"), (base, label)],
        extra=extra,
    )


_BLANK = ' target="_blank"'


def _cat_blocks() -> str:
    out = []
    for cat, label in CATS.items():
        items = [s for s in listing(cat) if s.cat == cat][:3]
        first, rest = items[0], items[1:]
        lis = "".join(
            f'<li><em class="fa fa-angle-right"></em> <a href="{esc(link_of(s))}" title="{twice(s.title)}"'
            f'{_BLANK if s.opts.get("external") else ""}>{esc(s.title)}</a></li>'
            for s in rest
        )
        thumb = first.opts.get("thumb") or "/themes/egov/images/no-image.jpg"
        out.append(f"""<div class="egov-khoi-cm panel panel-default">
<div class="panel-heading"><h3><a href="/vi/news/{cat}/" title="{esc(label)}">{esc(label)}</a></h3></div>
<div class="panel-body clearfix"><div class="cm-tin-dau"><a href="{esc(link_of(first))}" title="{twice(first.title)}"><img src="{thumb}" alt="{twice(first.title)}" width="200" class="img-thumbnail pull-left"></a>
<h4><a href="{esc(link_of(first))}" title="{twice(first.title)}">{esc(first.title)}</a></h4>
<p>{esc(_hometext(first))}</p></div>
<ul class="cm-tin-khac list-none">{lis}</ul></div></div>""")
    return "\n".join(out)


def home_page(request: Request) -> Response:
    slides = [BY_ID[i] for i in (245, 244, 243, 242)]
    slider = "".join(
        f'<div class="item{" active" if n == 0 else ""}"><a href="{article_path(s)}" title="{twice(s.title)}">'
        f'<img src="{s.opts.get("thumb") or "/themes/egov/images/no-image.jpg"}" alt="{twice(s.title)}">'
        f'</a><div class="carousel-caption"><h3><a href="{article_path(s)}">{esc(s.title)}</a></h3></div></div>'
        for n, s in enumerate(slides)
    )
    topic_links = "".join(
        f'<li><a href="/vi/news/topic/{a}/"><em class="fa fa-bookmark"></em> {esc(t)}</a></li>'
        for a, (t, _) in TOPICS.items()
    )
    main = f"""<div class="egov-tinnoibat panel panel-default"><div class="panel-heading"><h2>Tin nổi bật</h2></div>
<div id="egov-slider" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{slider}</div></div></div>
<div class="egov-dongsukien"><span class="dsk-nhan">Dòng sự kiện:</span><ul class="list-inline">{topic_links}</ul></div>
{_cat_blocks()}"""
    extra = (
        f'<meta name="description" content="Cổng thông tin điện tử {esc(SITE_NAME)}">\n'
        f'<link rel="canonical" href="{base_url(request)}/vi/">'
    )
    return _page(f"{esc(SITE_SHORT)}", main, module="news", crumbs=None, extra=extra)


def news_main_page(request: Request) -> Response:
    main = f'<div class="news_column"><h1 class="hidden">Tin Tức</h1></div>\n{_cat_blocks()}'
    extra = f'<link rel="canonical" href="{base_url(request)}/vi/news/">'
    return _page(f"Tin Tức - {esc(SITE_SHORT)}", main, crumbs=[("/vi/news/", "Tin Tức")], extra=extra)


def topic_page(alias: str, request: Request) -> Response:
    name, desc = TOPICS[alias]
    items = [s for s in _newest_first(ARTICLES) if s.opts.get("topic") == alias]
    main = f"""<div class="news_column panel panel-default"><div class="panel-body egov-dsk">
<h1>{esc(name)}</h1>
<img src="/uploads/news/topics/{alias}.jpg" alt="{esc(name)}" width="240" class="img-thumbnail pull-left">
<p class="text-justify">{esc(desc)}</p>
</div></div>
{"".join(_item(s, None) for s in items)}"""
    extra = f'<link rel="canonical" href="{base_url(request)}/vi/news/topic/{alias}/">'
    return _page(
        f"{esc(name)} - Dòng sự kiện - {esc(SITE_SHORT)}",
        main,
        func="topic",
        crumbs=[("/vi/news/", "Tin Tức"), (f"/vi/news/topic/{alias}/", name)],
        extra=extra,
    )


def tag_page(alias: str) -> Response:
    label = TAGS[alias]
    items = [s for s in _newest_first(ARTICLES) if alias in s.opts.get("tags", [])]
    main = (
        f'<div class="news_column"><div class="alert alert-info"><h1>Từ khóa: {esc(label)}</h1></div></div>'
        + "".join(_item(s, None) for s in items)
    )
    return _page(
        f"{esc(label)} - Tin Tức - {esc(SITE_SHORT)}",
        main,
        func="tag",
        crumbs=[("/vi/news/", "Tin Tức"), (f"/vi/news/tag/{alias}", label)],
    )


def rss(request: Request, cat: str | None) -> Response:
    base = base_url(request)
    pool = [s for s in ARTICLES if cat is None or s.cat == cat]
    items = []
    for s in _newest_first(pool)[:RSS_ITEMS]:
        link = base + article_path(s)
        thumb = s.opts.get("thumb")
        img = f'<img src="{base}{thumb}" width="100" align="left" border="0">' if thumb else ""
        items.append(
            f"<item><title>{esc(s.title)}</title><link>{esc(link)}</link>"
            f'<guid isPermaLink="true">{esc(link)}</guid>'
            f"<description><![CDATA[{img}{esc(_hometext(s))}]]></description>"
            f"<pubDate>{rss_time(_dt(s))}</pubDate></item>"
        )
    chan = f"{base}/vi/news/" + (f"{cat}/" if cat else "")
    title = "Tin Tức" + (f" - {CATS[cat]}" if cat else "")
    xml = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel><title>{esc(title)}</title><link>{chan}</link>
<atom:link href="{base}/vi/news/rss/{f"{cat}/" if cat else ""}" rel="self" type="application/rss+xml"/>
<description>{esc(SITE_NAME)}</description><language>vi</language>
<copyright>{esc(SITE_NAME)}</copyright><docs>{base}/vi/news/rss/</docs><generator>NukeViet v4.6</generator>
<image><url>{base}/uploads/logo.png</url><title>{esc(title)}</title><link>{chan}</link></image>
{"".join(items)}
</channel></rss>"""
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- other modules -------------------------------------------------------------------------


def about_page(request: Request) -> Response:
    paras = [
        "Phòng Giáo dục và Đào tạo thị xã Hương Thủy là cơ quan chuyên môn thuộc Ủy ban nhân dân "
        "thị xã, có chức năng tham mưu, giúp UBND thị xã thực hiện chức năng quản lý nhà nước về "
        "giáo dục và đào tạo trên địa bàn; chịu sự chỉ đạo, hướng dẫn về chuyên môn, nghiệp vụ của "
        "Sở Giáo dục và Đào tạo tỉnh Thừa Thiên Huế.",
        "Hiện nay, Phòng quản lý 52 trường học, gồm 18 trường mầm non, 20 trường tiểu học và 14 "
        "trường trung học cơ sở với hơn 23.000 học sinh và gần 1.500 cán bộ, giáo viên, nhân viên.",
        "Lãnh đạo Phòng gồm Trưởng phòng Trần Quang Vinh và hai Phó Trưởng phòng Lê Văn Bình, "
        "Nguyễn Thị Hoài Thương; các bộ phận chuyên môn Mầm non, Tiểu học, THCS, Tổ chức - Văn "
        "phòng và Kế toán.",
        "Trong những năm qua, ngành Giáo dục thị xã luôn nằm trong nhóm dẫn đầu của tỉnh về chất "
        "lượng giáo dục mũi nhọn, tỷ lệ trường đạt chuẩn quốc gia và ứng dụng công nghệ thông tin.",
    ]
    body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    main = f"""<div class="page panel panel-default" itemtype="http://schema.org/Article" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="name">Giới thiệu chung</h1>
<div class="text-muted small margin-bottom"><em class="fa fa-clock-o"></em> Cập nhật lúc: 15:20 - 12/09/2026</div>
<div class="hometext margin-bottom-lg" style="font-weight:bold;">Khái quát về chức năng, nhiệm vụ và cơ cấu tổ chức của Phòng Giáo dục và Đào tạo thị xã Hương Thủy.</div>
<figure class="article center"><img src="/uploads/page/tru-so-pgd-huong-thuy.jpg" alt="Trụ sở Phòng GD&amp;ĐT" width="600" class="img-thumbnail"><figcaption>Trụ sở Phòng GD&amp;ĐT thị xã Hương Thủy</figcaption></figure>
<div class="bodytext">{body}</div>
</div></div>"""
    extra = f'<link rel="canonical" href="{base_url(request)}/vi/about/gioi-thieu-chung.html">'
    return _page(
        f"Giới thiệu chung - Giới thiệu - {esc(SITE_SHORT)}",
        main,
        module="about",
        crumbs=[("/vi/about/", "Giới thiệu")],
        extra=extra,
    )


def about_index() -> Response:
    main = """<div class="page panel panel-default"><div class="panel-body">
<h2>Giới thiệu</h2><ul class="list-none"><li><a href="/vi/about/gioi-thieu-chung.html">Giới thiệu chung</a></li></ul>
</div></div>"""
    return _page(f"Giới thiệu - {esc(SITE_SHORT)}", main, module="about", crumbs=[("/vi/about/", "Giới thiệu")])


def contact_page() -> Response:
    main = """<div class="panel panel-default"><div class="panel-body">
<h2>Liên hệ</h2>
<div class="egov-lienhe"><p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ HƯƠNG THỦY</strong></p>
<p><em class="fa fa-map-marker"></em> 1219 Nguyễn Tất Thành, phường Phú Bài, thị xã Hương Thủy, tỉnh Thừa Thiên Huế</p>
<p><em class="fa fa-phone"></em> (0234) 3861 254 &nbsp; <em class="fa fa-envelope"></em> pgd.huongthuy@thuathienhue.edu.vn</p></div>
<form action="/vi/contact/" method="post" class="form-horizontal" onsubmit="return nv_validForm(this);">
<div class="form-group"><label>Bộ phận</label><select name="fpart" class="form-control"><option value="1">Văn phòng</option><option value="2">Bộ phận Tiểu học</option><option value="3">Bộ phận THCS</option></select></div>
<div class="form-group"><label>Họ và tên</label><input type="text" name="fname" class="form-control"></div>
<div class="form-group"><label>Email</label><input type="email" name="femail" class="form-control"></div>
<div class="form-group"><label>Tiêu đề</label><input type="text" name="ftitle" class="form-control"></div>
<div class="form-group"><label>Nội dung</label><textarea name="fcon" class="form-control" rows="6"></textarea></div>
<input type="hidden" name="checkss" value="0c5b1e9a"><input type="submit" class="btn btn-primary" value="Gửi">
</form></div></div>"""
    return _page(f"Liên hệ - {esc(SITE_SHORT)}", main, module="contact", crumbs=[("/vi/contact/", "Liên hệ")])


def laws_index() -> Response:
    rows = "".join(
        f'<tr><td>{esc(num)}</td><td>{day}</td><td><a href="/vi/laws/detail/{a}.html">{esc(sub)}</a></td></tr>'
        for a, num, day, sub, *_ in _LAWS
    )
    main = f"""<div class="panel panel-default"><div class="panel-body"><h2>Văn bản</h2>
<table class="table table-striped table-bordered"><thead><tr><th>Số ký hiệu</th><th>Ban hành</th><th>Trích yếu</th></tr></thead><tbody>{rows}</tbody></table>
</div></div>"""
    return _page(f"Văn bản - {esc(SITE_SHORT)}", main, module="laws", crumbs=[("/vi/laws/", "Văn bản")])


def laws_detail(alias: str) -> Response | None:
    row = next((r for r in _LAWS if r[0] == alias), None)
    if row is None:
        return None
    _, num, day, sub, kind, signer, fname = row
    main = f"""<div class="panel panel-default"><div class="panel-body egov-vanban">
<h1>{esc(sub)}</h1>
<table class="table table-bordered">
<tr><td class="col-md-6">Số ký hiệu</td><td>{esc(num)}</td></tr>
<tr><td>Ngày ban hành</td><td>{day}</td></tr>
<tr><td>Loại văn bản</td><td>{esc(kind)}</td></tr>
<tr><td>Cơ quan ban hành</td><td>{"Phòng GD&amp;ĐT" if "PGD" in num else "UBND thị xã Hương Thủy"}</td></tr>
<tr><td>Người ký</td><td>{esc(signer)}</td></tr>
<tr><td>Trích yếu</td><td>{esc(sub)}</td></tr>
<tr><td>Tệp đính kèm</td><td><a href="/uploads/laws/{fname}"><em class="fa fa-file-pdf-o"></em> {fname}</a></td></tr>
</table></div></div>"""
    return _page(
        f"{esc(num)} - Văn bản - {esc(SITE_SHORT)}",
        main,
        module="laws",
        func="detail",
        crumbs=[("/vi/laws/", "Văn bản"), (f"/vi/laws/detail/{alias}.html", num)],
    )


def schedule_page() -> Response:
    rows = [
        ("Thứ Hai<br>30/11", "07h30: Chào cờ đầu tuần.<br>14h00: Trưởng phòng làm việc với Trường MN Thủy Châu."),
        ("Thứ Ba<br>01/12", "08h00: Phó Trưởng phòng Lê Văn Bình dự Hội thi GVDG bậc Tiểu học."),
        ("Thứ Tư<br>02/12", "Cả ngày: Kiểm tra công tác bán trú tại các trường mầm non phía Nam."),
        ("Thứ Năm<br>03/12", "08h00: Chuyên đề Tiếng Việt lớp 2 tại Trường TH Thủy Lương."),
        ("Thứ Sáu<br>04/12", "14h00: Bế mạc Hội thi giáo viên dạy giỏi bậc Tiểu học."),
    ]
    trs = "".join(f'<tr><td class="text-center"><strong>{d}</strong></td><td>{c}</td></tr>' for d, c in rows)
    main = f"""<div class="panel panel-default"><div class="panel-body">
<h2 class="text-center">LỊCH CÔNG TÁC TUẦN 49</h2><p class="text-center"><em>(Từ ngày 30/11/2026 đến ngày 06/12/2026)</em></p>
<table class="table table-bordered egov-lct"><thead><tr><th>Ngày</th><th>Nội dung công việc</th></tr></thead><tbody>{trs}</tbody></table>
</div></div>"""
    return _page(
        f"Lịch công tác - {esc(SITE_SHORT)}", main, module="lich-cong-tac", crumbs=[("/vi/lich-cong-tac/", "Lịch công tác")]
    )


def seek_page(request: Request) -> Response:
    q = request.params.get("q", "")
    main = f"""<div class="panel panel-default"><div class="panel-body"><h2>Tìm kiếm</h2>
<form action="/vi/seek/" method="get"><input type="text" name="q" value="{esc(q)}" class="form-control"><input type="submit" class="btn btn-primary" value="Tìm kiếm"></form>
<p class="text-muted">Không tìm thấy kết quả nào phù hợp với từ khóa &quot;{esc(q)}&quot;.</p></div></div>"""
    return _page(f"Tìm kiếm - {esc(SITE_SHORT)}", main, module="seek", crumbs=[("/vi/seek/", "Tìm kiếm")])


def _pdf(name: str) -> Response:
    return Response(
        200,
        PDF,
        {"Content-Type": "application/pdf", "Content-Disposition": f'attachment; filename="{name}"'},
    )


# --- routing -------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^(?P<alias>[a-z0-9-]+)-(?P<id>\d+)$")


class EgovSite:
    """NukeViet's rewrite rules for the few modules this portal has."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/themes/", "/assets/", "/uploads/")) or path == "/favicon.ico":
            if path.lower().endswith(".pdf"):
                return _pdf(path.rsplit("/", 1)[-1])
            return static_file(path)
        if path in ("/", "/vi", "/index.php") and not request.query:
            return redirect("/vi/", 301 if path == "/vi" else 302)
        if path == "/index.php":
            return self._legacy(request)
        if not path.startswith("/vi/"):
            return None
        if path == "/vi/":
            return home_page(request)
        parts = path[len("/vi/") :].split("/")
        module, rest = parts[0], parts[1:]
        if module == "news":
            return self._news(request, rest)
        if module == "about" and rest == ["gioi-thieu-chung.html"]:
            return about_page(request)
        if module == "about" and rest == [""]:
            return about_index()
        if module == "contact" and rest == [""]:
            return contact_page()
        if module == "laws" and rest == [""]:
            return laws_index()
        if module == "laws" and len(rest) == 2 and rest[0] == "detail" and rest[1].endswith(".html"):
            return laws_detail(rest[1][: -len(".html")])
        if module == "lich-cong-tac" and rest == [""]:
            return schedule_page()
        if module == "seek" and rest == [""]:
            return seek_page(request)
        if not rest and module in ("about", "contact", "laws", "lich-cong-tac", "seek", "news"):
            return redirect(f"/vi/{module}/", 301)
        return None

    def _legacy(self, request: Request) -> Response | None:
        params = {k: v[0] for k, v in parse_qs(request.query).items()}
        if "scaptcha" in params:
            return static_file("captcha.png")
        if params.get("nv") != "news" or params.get("language", "vi") != "vi":
            return None
        op = params.get("op", "")
        if "/" not in op:
            return None
        cat, _, tail = op.partition("/")
        m = _ARTICLE.match(tail)
        story = BY_ID.get(int(m["id"])) if m else None
        if story is None or story.opts.get("external") or m["alias"] != story.slug:
            return None
        if cat != story.cat and cat not in story.opts.get("listcat", []):
            return redirect(article_path(story), 301)
        return detail_page(story, cat, request)

    def _news(self, request: Request, rest: list[str]) -> Response | None:
        if rest == [""]:
            return news_main_page(request)
        if rest[0] == "rss":
            if rest[1:] == [""]:
                return rss(request, None)
            if len(rest) == 3 and rest[2] == "" and rest[1] in CATS:
                return rss(request, rest[1])
            return None
        if rest[0] == "topic" and len(rest) == 3 and rest[2] == "" and rest[1] in TOPICS:
            return topic_page(rest[1], request)
        if rest[0] == "tag" and len(rest) == 2 and rest[1] in TAGS:
            return tag_page(rest[1])
        if rest[0] in ("print", "sendmail") and len(rest) == 3:
            story, cat = self._find(rest[1], rest[2])
            if story is None or cat is None:
                return None
            return print_page(story, cat, request) if rest[0] == "print" else sendmail_page(story, cat)
        cat = rest[0]
        if cat not in CATS:
            return None
        if len(rest) == 1:
            return redirect(f"/vi/news/{cat}/", 301)
        if len(rest) == 2 and rest[1] == "":
            return category_page(cat, 1, request)
        if len(rest) == 2 and rest[1].startswith("page-"):
            num = rest[1][len("page-") :]
            if not num.isdigit():
                return None
            if int(num) == 1:
                return redirect(f"/vi/news/{cat}/", 301)
            return category_page(cat, int(num), request)
        if len(rest) == 2 and rest[1].endswith(".html"):
            m = _ARTICLE.match(rest[1][: -len(".html")])
            story = BY_ID.get(int(m["id"])) if m else None
            if story is None:
                return None
            if story.opts.get("external"):
                return redirect(story.opts["external"], 302)
            if m["alias"] != story.slug or (cat != story.cat and cat not in story.opts.get("listcat", [])):
                return redirect(article_path(story), 301)
            params = request.params
            if params.get("download") == "1":
                files = story.opts.get("files", [])
                n = params.get("id", "0")
                if not n.isdigit() or int(n) >= len(files):
                    return None
                return _pdf(files[int(n)][0])
            return detail_page(story, cat, request)
        return None

    @staticmethod
    def _find(cat: str, filename: str) -> tuple[Story | None, str | None]:
        if not filename.endswith(".html"):
            return None, None
        m = _ARTICLE.match(filename[: -len(".html")])
        story = BY_ID.get(int(m["id"])) if m else None
        if story is None or story.opts.get("external") or m["alias"] != story.slug:
            return None, None
        if cat != story.cat and cat not in story.opts.get("listcat", []):
            return None, None
        return story, cat


def build_site() -> EgovSite:
    return EgovSite()
