"""Liferay CE 7.1 GA district portal, subsite of the education office (Phòng GD&ĐT Vĩnh Yên).

Platform
--------
Liferay Portal CE 7.1 GA with the city's vendor theme ("vinhyen-theme", derived from the 7.1
Classic theme: ``#wrapper``, ``#banner``, ``#navigation`` with ``lfr-nav-item`` drop-downs,
``<h1 class="hide-accessible">`` carrying the page name, ``portlet-boundary`` decorators whose
header is ``<h2 class="portlet-title-text">``). Sections hold a vendor WAR portlet
``danhsachtin_WAR_vpportlet`` ("danh sách tin"): a list built on Liferay's search container (old
non-lexicon markup: ``table table-bordered table-hover table-striped`` with a ``lfr-template`` row,
columns Tiêu đề / Ngày đăng / Lượt xem) with the old page iterator ``lfr-pagination`` at the bottom
(page selector "Trang 1 của 2", delta selector "Hiển thị 10 mục", buttons Đầu / Trước / Tiếp /
Cuối). The same portlet renders an article (``mvcRenderCommandName=/chi-tiet``) through the
journal article's template, inside ``div.journal-content-article``. A breadcrumb portlet
(``ol.breadcrumb``) heads column 1, sidebars sit in column 2.

URL scheme (site /web/pgddt-vinhyen, group 20143)
--------------------------------------------------
- start ``/web/pgddt-vinhyen/trang-chu`` (also served at ``/web/pgddt-vinhyen``, the logo link);
- sections ``/web/pgddt-vinhyen/tin-tuc-su-kien`` and ``/web/pgddt-vinhyen/thong-bao``;
- list pages ``<section>?p_p_id=<P>&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&_<P>_cur=2&_<P>_delta=10``
  (``<P>`` = ``danhsachtin_WAR_vpportlet_INSTANCE_<12 chars>``, one instance per layout);
- article, friendly: ``<section>/-/chi-tiet/<articleId>/<urlTitle>`` (urlTitle keeps the Vietnamese
  letters, percent-encoded as UTF-8 on the wire);
- article, render URL: ``<layout>?p_p_id=<P>&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&_<P>_mvcRenderCommandName=%2Fchi-tiet&_<P>_articleId=<id>``
  on the section layout (list rows) and on trang-chu (the home page's "Tin nổi bật" instance);
- documents ``/documents/20143/<folderId>/<file>/<uuid>?version=1.0&t=<ms>`` (photos and PDFs),
  journal small images ``/image/journal/article?img_id=<n>&t=<ms>``, theme files under ``/o/``.

Page templates
--------------
home (Tin nổi bật: 5 newest news as render URLs on trang-chu, Thông báo box, photo teaser);
section list (breadcrumb + table + page iterator); article detail in three article templates:
"moi" (the 7.1 template: category link, kicker, ``h3.vp-ctt__td``, meta line, sapo box, text),
"cu" (a 6.2 template kept for migrated structures: everything inside a layout table
``tblTinChiTiet``), "tb" (notices printed as official documents); after the text: tool bar, ratings,
Liferay discussion, "Các tin khác"; intro, organisation, documents, album and contact pages.

How the gold articles are reached
---------------------------------
Tin tức - Sự kiện has 12 articles: page 1 of its list (delta 10) holds the 10 newest, page 2 the
two oldest (41702, 41689), which no other page links (home shows the 5 newest, "Các tin khác"
the 5 newest, "Tin xem nhiều" five of page 1; 41752 is linked only from list page 1). Thông báo
holds one article (41848) plus two rows that are PDF files. Every article is served at its friendly
URL (gold ``path``) and at its render URL(s) (``alt_paths``).

Traps
-----
1. Three URL shapes per article. The list JSP builds its render URL with the articleId only, so
   the friendly-URL mapper (route ``/chi-tiet/{articleId}/{urlTitle}``) does not match and the
   rows print ``?p_p_id=…&_…_mvcRenderCommandName=%2Fchi-tiet&_…_articleId=n``; the home page's
   own instance prints the same on ``/trang-chu`` (its breadcrumb then reads "Trang chủ");
   sidebars and "Các tin khác" print the friendly URL. Gold: one record per article, ``path`` =
   friendly URL, the render URLs in ``alt_paths``; ``category`` = the section the article is filed
   under (printed in the template's category link), never "Trang chủ".
2. ``<link rel="canonical">`` is Liferay's layout canonical: the section page (or the site root
   for trang-chu) on every article page, whatever URL served it. Gold ``canonical_path`` = the
   article's friendly path; an article page is not a duplicate of its listing.
3. The headline is no ``<h1>``: the page's h1s are the site logo (``h1.site-title``) and the
   hidden ``h1.hide-accessible`` with the page name ("Tin tức - Sự kiện"); ``<title>`` is the page
   name plus the site name. Gold title: the template's headline (``h3.vp-ctt__td`` /
   ``td.TieuDeTin`` / ``h3.vp-tb__td``).
4. The portlet header ``h2.portlet-title-text`` repeats the headline shortened to ~60 characters
   with "..." (StringUtil.shorten), and "moi" articles may print a kicker line above the headline
   ("CHUYỂN ĐỔI SỐ TRONG GIÁO DỤC"). Gold title: the full headline, without kicker or ellipsis.
5. urlTitles keep Vietnamese letters: most hrefs percent-encode them (UTF-8, upper-case hex), the
   "Tin xem nhiều" sidebar prints the raw IRI. Article 41825's title was edited after publication:
   "Các tin khác" still links its old urlTitle, which Liferay keeps serving. Gold: the encoded
   friendly path; the old-urlTitle path in ``alt_paths``.
6. Page iterator: the Tiếp / Cuối / Đầu / Trước buttons are double-escaped
   (``href="…?p_p_id=…&amp;amp;_…_cur=2"``): followed literally, the parameters are named
   ``amp;_…_cur`` and Liferay ignores them, serving page 1 again. Page 2 is reachable through the
   page-selector drop-down ("Trang 1 của 2" → items 1, 2) and the delta selector (20 / 50 show the
   whole list on one page). Gold: 41702 and 41689 must be found there.
7. Dates as Liferay prints them for vi_VN: Java's time-first short pattern "15:45 04/12/2026" in
   the "moi" template, "dd/MM/yyyy" in lists, "Thứ Ba, 27/10/2026 | 08:45" in the "cu" template.
   Day-first with days ≤ 12 ("02/10/2026" is 2 October). 41873 prints only "Cách đây 1 ngày" with
   the exact time in the span's ``title`` attribute: gold 2026-12-04T15:45+07:00. 41790 prints
   "00:00 06/11/2026": a day without time, gold "2026-11-06". 41718's "Cập nhật" time is not its date.
8. Liferay ratings and discussion under the article (``taglib-ratings``, ``lfr-discussion``):
   commenters' names, "Cách đây 18 Giờ" and comment text look like a byline, a date and
   paragraphs. Gold: none of it is body, author or date.
9. Text pasted from Zalo/Facebook carries invisible characters: zero-width spaces (U+200B) in
   41873's paragraphs and a BOM (U+FEFF) at the start of one. Gold: invisible characters are not
   text (the paragraphs read without them).
10. A lazy-loaded photo in 41825: ``src`` is the theme's blank.gif, the photo is in ``data-src``.
    Gold image path: the ``data-src`` photo; blank.gif is no image.
11. "cu" articles sit in a layout table (title, date and text in three ``<td>`` rows); the title
    cell breaks the headline with ``<br/>``. Gold: the table is not a data table (its text cell's
    paragraphs are the body, no " | " rows), the title joins the two lines with a space.
12. Thông báo: two list rows link straight to PDFs in ``/documents/…`` (no article); the one
    article is an official notice whose page prints "Ngày đăng: 08:05 01/12/2026" while the
    letterhead says "Vĩnh Yên, ngày 30 tháng 11 năm 2026". Gold: PDFs are no articles; date
    "2026-11-30", author the signer.

Gold decisions on ambiguous points
----------------------------------
- A kicker line above the headline is not part of the title.
- The "moi" template's sapo box (``div.vp-ctt__tt``) is the summary and the body's first paragraph;
  41825's bold lead paragraph inside the text is its summary.
- A photo line that only credits ("Ảnh: Minh Đức") gives no caption, and its name is a
  photographer; caption tables (image row + italic row) and italic lines under a photo are captions.
- The template's "Tác giả:" field gives the author (degree and post removed); a right-aligned
  closing name or unit ("Bộ phận THCS") is the author; "BBT" and "Đăng bởi: Quản trị viên" are
  nobody. "Theo Cổng TTĐT thành phố Vĩnh Yên" closing 41825 is its source.
- The YouTube iframe in 41736 is no image and no text; its "Xem thêm:" line is not body.
- Comments, ratings, tool bars, "Các tin khác" and the "File đính kèm" line are not body.
- Render URLs on trang-chu are alt paths for every news article (the home instance serves any
  article of its category), though only the five newest are linked.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, timedelta, timezone
from urllib.parse import quote, unquote

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

NAME = "liferay71_journal_search_container_pgd"
PLATFORM = "Liferay CE 7.1 GA (vendor search-container list portlet, journal content)"
START_PATH = "/web/pgddt-vinhyen/trang-chu"

SITE = "/web/pgddt-vinhyen"
GROUP = 20143
PORTLET = "danhsachtin_WAR_vpportlet"
INSTANCES = {
    "trang-chu": "Hm7kQ2vYd8Ls",
    "tin-tuc-su-kien": "qX3fTb9kLmRe",
    "thong-bao": "Tb7wN2cQpZa4",
}
SECTIONS = {"tin-tuc-su-kien": "Tin tức - Sự kiện", "thong-bao": "Thông báo"}
TZ = timezone(timedelta(hours=7))
TODAY = "Thứ Bảy, 05/12/2026"
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]


def _uuid(seed: str) -> str:
    h = hashlib.md5(seed.encode("utf-8")).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def photo(folder: int, fname: str, stamp: int) -> str:
    """A Documents and Media photo as AlloyEditor inserts it (the ``t`` stamp included)."""
    return f"/documents/{GROUP}/{folder}/{fname}/{_uuid(fname)}?t={stamp}"


def pdf_path(folder: int, fname: str, stamp: int) -> str:
    return f"/documents/{GROUP}/{folder}/{fname}/{_uuid(fname)}?version=1.0&t={stamp}"


PDF_ROWS = [
    (
        "Kế hoạch tuyển sinh vào lớp 6 Trường THCS Vĩnh Yên năm học 2027 - 2028",
        pdf_path(35601, "KH-tuyen-sinh-lop6-THCS-VY-2027.pdf", 1764040211000),
        "25/11/2026",
    ),
    (
        "Lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 cấp THCS",
        pdf_path(35601, "Lich-KT-cuoi-HKI-THCS-2026-2027.pdf", 1763607305000),
        "20/11/2026",
    ),
]
NOTICE_PDF = pdf_path(35601, "512-TB-PGDDT.pdf", 1764551102000)

STORIES: list[Story] = [
    Story(
        41873,
        "",
        "Sơ kết một năm triển khai chuyển đổi số trong các cơ sở giáo dục thành phố Vĩnh Yên",
        "tin-tuc-su-kien",
        "2026-12-04T15:45:00+07:00",
        [
            P(
                "Dự hội nghị có đồng chí Nguyễn Thị Hồng Vân, Phó Chủ tịch UBND thành phố; lãnh đạo "
                "Phòng GD&ĐT; đại diện Trung tâm Chuyển đổi số tỉnh cùng hiệu trưởng, phó hiệu trưởng "
                "phụ trách công nghệ thông tin của 38 trường mầm non, tiểu học và trung học cơ sở trên "
                "địa bàn.",
                "zw",
            ),
            Img(photo(35588, "HN-so-ket-CDS-01.jpg", 1764838800000), "Quang cảnh hội nghị sơ kết",
                "Quang cảnh hội nghị sơ kết", "tbl"),
            P(
                "Theo báo cáo, sau một năm triển khai, 100% cơ sở giáo dục đã sử dụng hồ sơ điện tử, "
                "sổ điểm điện tử và học bạ số; 36/38 trường thực hiện thu học phí, các khoản thu dịch "
                "vụ không dùng tiền mặt. Hệ thống quản lý nhà trường được kết nối đồng bộ với cơ sở dữ "
                "liệu ngành của Bộ Giáo dục và Đào tạo.",
                "bom",
            ),
            P(
                "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như hạ tầng mạng tại "
                "một số điểm trường còn chưa ổn định, thiết bị trình chiếu ở các phòng học bộ môn xuống "
                "cấp, kỹ năng khai thác học liệu số của một bộ phận giáo viên lớn tuổi còn hạn chế.",
                "zw",
            ),
            P(
                "Tại hội nghị, đại diện Trường THCS Vĩnh Yên, Trường Tiểu học Liên Bảo và Trường Mầm "
                "non Hoa Sen đã chia sẻ kinh nghiệm xây dựng kho học liệu dùng chung, tổ chức sinh hoạt "
                "chuyên môn trực tuyến và ứng dụng phần mềm quản lý bán trú."
            ),
            Img(photo(35588, "HN-so-ket-CDS-02.jpg", 1764838800000),
                "Đại diện Trường Tiểu học Liên Bảo chia sẻ kinh nghiệm xây dựng kho học liệu số",
                "Đại diện Trường Tiểu học Liên Bảo chia sẻ kinh nghiệm xây dựng kho học liệu số", "em"),
            P(
                "Phát biểu chỉ đạo, đồng chí Phó Chủ tịch UBND thành phố đề nghị ngành Giáo dục tiếp "
                "tục rà soát, bổ sung hạ tầng công nghệ thông tin, ưu tiên nguồn kinh phí cho các trường "
                "còn khó khăn; đẩy mạnh bồi dưỡng kỹ năng số cho đội ngũ, coi chuyển đổi số là nhiệm vụ "
                "trọng tâm, xuyên suốt của năm học 2026 - 2027."
            ),
            P(
                "Dịp này, Phòng GD&ĐT đã khen thưởng 8 tập thể và 15 cá nhân có thành tích xuất sắc "
                "trong triển khai chuyển đổi số năm 2026."
            ),
            Raw('<p style="text-align: right;"><strong>Nguyễn Thị Thu Hằng</strong></p>'),
        ],
        authors=["Nguyễn Thị Thu Hằng"],
        summary=(
            "Chiều 04/12, Phòng Giáo dục và Đào tạo thành phố Vĩnh Yên tổ chức hội nghị sơ kết một "
            "năm triển khai Đề án chuyển đổi số trong các cơ sở giáo dục trên địa bàn thành phố giai "
            "đoạn 2025 - 2030."
        ),
        sapo_outside=True,
        opts={
            "tpl": "moi",
            "date": '<span class="vp-ngay-tg" title="15:45 04/12/2026">Cách đây 1 ngày</span>',
            "kicker": "CHUYỂN ĐỔI SỐ TRONG GIÁO DỤC",
            "poster": "Quản trị viên",
            "comments": [
                ("Đỗ Thị Hải Yến", "Cách đây 18 Giờ",
                 "Mong Phòng sớm hỗ trợ thêm máy chiếu cho các lớp học ở điểm trường Thanh Trù ạ."),
            ],
        },
    ),
    Story(
        41860,
        "",
        "Hội thi giáo viên dạy giỏi cấp thành phố bậc Tiểu học năm học 2026 - 2027",
        "tin-tuc-su-kien",
        "2026-12-02",
        [
            P(
                "Từ ngày 23/11 đến ngày 02/12/2026, Phòng Giáo dục và Đào tạo thành phố Vĩnh Yên tổ "
                "chức Hội thi giáo viên dạy giỏi cấp thành phố bậc Tiểu học năm học 2026 - 2027.",
                "div",
            ),
            P(
                "Tham gia hội thi có 64 giáo viên đến từ 16 trường tiểu học trên địa bàn thành phố, là "
                "những giáo viên đã đạt danh hiệu giáo viên dạy giỏi cấp trường. Mỗi giáo viên dự thi "
                "trình bày biện pháp nâng cao chất lượng giảng dạy và thực hành hai tiết dạy, trong đó "
                "có một tiết dạy môn Tiếng Việt hoặc Toán.",
                "div",
            ),
            Img(photo(35588, "GVDG-TH-2026-1.jpg", 1764662400000),
                "Cô giáo Nguyễn Thị Minh Nguyệt, Trường Tiểu học Ngô Quyền, trong tiết dạy môn Tiếng Việt lớp 3",
                "Cô giáo Nguyễn Thị Minh Nguyệt, Trường Tiểu học Ngô Quyền, trong tiết dạy môn Tiếng Việt lớp 3",
                "tbl"),
            P(
                "Các tiết dạy được chuẩn bị công phu, vận dụng linh hoạt các phương pháp, kỹ thuật dạy "
                "học tích cực; nhiều giáo viên khai thác hiệu quả thiết bị dạy học số, tạo hứng thú cho "
                "học sinh và phát huy năng lực tự học của các em.",
                "div",
            ),
            P(
                "Ban giám khảo gồm các cán bộ quản lý, giáo viên cốt cán có nhiều kinh nghiệm, đánh giá "
                "công tâm, khách quan, đúng quy định. Sau mỗi tiết dạy, ban giám khảo đều góp ý, trao "
                "đổi để giáo viên rút kinh nghiệm.",
                "div",
            ),
            Img(photo(35588, "GVDG-TH-2026-2.jpg", 1764662400000),
                "Ban giám khảo trao đổi, góp ý sau tiết dạy", "Ban giám khảo trao đổi, góp ý sau tiết dạy",
                "tbl"),
            P(
                "Kết quả, có 52 giáo viên được công nhận giáo viên dạy giỏi cấp thành phố. Trường Tiểu "
                "học Liên Bảo, Tiểu học Tích Sơn và Tiểu học Đống Đa là những đơn vị có tỉ lệ giáo viên "
                "đạt giải cao nhất.",
                "div",
            ),
            P(
                "Hội thi là dịp để giáo viên giao lưu, học hỏi, lan tỏa các cách làm hay, góp phần nâng "
                "cao chất lượng đội ngũ, đáp ứng yêu cầu thực hiện Chương trình giáo dục phổ thông 2018.",
                "div",
            ),
            Raw('<div style="text-align: right;"><em><strong>Tin, ảnh: Lê Văn Tuấn</strong></em></div>'),
        ],
        authors=["Lê Văn Tuấn"],
        photographers=["Lê Văn Tuấn"],
        opts={
            "tpl": "cu",
            "title_html": "Hội thi giáo viên dạy giỏi cấp thành phố<br />bậc Tiểu học năm học 2026 - 2027",
            "date": "Thứ Tư, 02/12/2026",
        },
    ),
    Story(
        41842,
        "",
        "Tập huấn nâng cao năng lực cho giáo viên dạy Tiếng Anh cấp Tiểu học và THCS theo Chương "
        "trình giáo dục phổ thông 2018",
        "tin-tuc-su-kien",
        "2026-11-28T09:20:00+07:00",
        [
            P(
                "Tại lớp tập huấn, các giáo viên được báo cáo viên hướng dẫn thiết kế kế hoạch bài dạy "
                "theo định hướng phát triển năng lực giao tiếp, tổ chức hoạt động nghe, nói trong lớp "
                "học đông học sinh và kiểm tra, đánh giá thường xuyên bằng nhận xét.",
                "span",
            ),
            P("Nội dung tập huấn gồm:", "span"),
            P("Đổi mới phương pháp dạy kỹ năng nghe, nói theo hướng giao tiếp;", "li"),
            P("Xây dựng ma trận, bản đặc tả đề kiểm tra định kỳ;", "li"),
            P("Khai thác học liệu số và phần mềm hỗ trợ luyện phát âm cho học sinh.", "li"),
            Img(photo(35588, "TH-TA-2026.jpg", 1764296400000), "Ảnh: Minh Đức", None, "credit"),
            P(
                "Giáo viên được thực hành thiết kế hoạt động dạy học theo nhóm, trình bày sản phẩm và "
                "nhận góp ý trực tiếp từ báo cáo viên. Nhiều ý kiến trao đổi tập trung vào việc rèn kỹ "
                "năng nói cho học sinh ở các trường có sĩ số lớp đông.",
                "span",
            ),
            P(
                "Kết thúc đợt tập huấn, Phòng GD&ĐT yêu cầu các nhà trường tổ chức sinh hoạt chuyên môn "
                "theo cụm để giáo viên tiếp tục chia sẻ, vận dụng nội dung đã được bồi dưỡng vào thực "
                "tiễn giảng dạy từ học kỳ I năm học 2026 - 2027.",
                "span",
            ),
        ],
        authors=["Phạm Thị Lan Hương"],
        photographers=["Minh Đức"],
        summary=(
            "Trong hai ngày 27 và 28/11/2026, Phòng GD&ĐT thành phố Vĩnh Yên phối hợp với Trung tâm "
            "Ngoại ngữ - Tin học tỉnh tổ chức tập huấn nâng cao năng lực cho 112 giáo viên dạy Tiếng "
            "Anh cấp Tiểu học và THCS."
        ),
        sapo_outside=True,
        opts={"tpl": "moi", "date": "09:20 28/11/2026", "author_field": "ThS. Phạm Thị Lan Hương"},
    ),
    Story(
        41825,
        "",
        "Tọa đàm kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        "tin-tuc-su-kien",
        "2026-11-19T16:10:00+07:00",
        [
            P(
                "Chiều 19/11, Phòng Giáo dục và Đào tạo thành phố Vĩnh Yên tổ chức tọa đàm kỷ niệm 44 "
                "năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026).",
                "bold",
            ),
            P(
                "Tới dự có đồng chí Trần Quốc Hưng, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo và Dân "
                "vận Thành ủy; lãnh đạo UBND thành phố; các thầy, cô giáo nguyên là lãnh đạo Phòng "
                "GD&ĐT qua các thời kỳ cùng đại diện cán bộ quản lý, giáo viên các trường học trên địa bàn."
            ),
            Img(photo(35588, "toa-dam-20-11-a.jpg", 1763543400000), "Các đại biểu dự tọa đàm",
                "Các đại biểu dự tọa đàm", "lazy"),
            P(
                "Ôn lại truyền thống 44 năm Ngày Nhà giáo Việt Nam, các đại biểu khẳng định trong những "
                "năm qua, đội ngũ nhà giáo thành phố Vĩnh Yên luôn nỗ lực vượt khó, tâm huyết với nghề, "
                "góp phần đưa giáo dục thành phố giữ vững vị trí dẫn đầu của tỉnh."
            ),
            P(
                "Năm học 2025 - 2026, toàn thành phố có 27 trường đạt chuẩn quốc gia mức độ 2; học sinh "
                "thành phố đạt 214 giải học sinh giỏi cấp tỉnh và 19 giải cấp quốc gia. Chất lượng giáo "
                "dục mũi nhọn và giáo dục đại trà đều có chuyển biến tích cực."
            ),
            P(
                "Tại tọa đàm, các thầy cô giáo lão thành đã chia sẻ nhiều kỷ niệm về những năm tháng dạy "
                "học khó khăn, đồng thời gửi gắm kỳ vọng tới thế hệ nhà giáo trẻ tiếp tục giữ gìn phẩm "
                "chất, đạo đức nhà giáo, không ngừng tự học, tự bồi dưỡng."
            ),
            Img(photo(35588, "toa-dam-20-11-b.jpg", 1763543400000),
                "(Lãnh đạo thành phố tặng hoa chúc mừng các thầy, cô giáo nguyên là lãnh đạo Phòng GD&ĐT)",
                "Lãnh đạo thành phố tặng hoa chúc mừng các thầy, cô giáo nguyên là lãnh đạo Phòng GD&ĐT",
                "em"),
            P(
                "Thay mặt lãnh đạo thành phố, đồng chí Trần Quốc Hưng ghi nhận, biểu dương những đóng "
                "góp của đội ngũ nhà giáo, cán bộ quản lý giáo dục và đề nghị ngành Giáo dục tiếp tục "
                "đổi mới công tác quản lý, chăm lo xây dựng đội ngũ, quan tâm hơn nữa tới đời sống của "
                "giáo viên."
            ),
            Raw('<p style="text-align: right;"><strong>Theo Cổng TTĐT thành phố Vĩnh Yên</strong></p>'),
        ],
        source="Cổng TTĐT thành phố Vĩnh Yên",
        summary=(
            "Chiều 19/11, Phòng Giáo dục và Đào tạo thành phố Vĩnh Yên tổ chức tọa đàm kỷ niệm 44 "
            "năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
        ),
        opts={
            "tpl": "moi",
            "date": "16:10 19/11/2026",
            "old_title": "Tọa đàm kỷ niệm Ngày Nhà giáo Việt Nam 20/11",
            "poster": "Quản trị viên",
        },
    ),
    Story(
        41803,
        "",
        "Ra quân hưởng ứng Tháng hành động vì bình đẳng giới và phòng, chống bạo lực học đường năm 2026",
        "tin-tuc-su-kien",
        "2026-11-13T10:30:00+07:00",
        [
            P(
                "Sáng 13/11, tại Trường THCS Vĩnh Yên, Phòng Giáo dục và Đào tạo phối hợp với Thành đoàn "
                "Vĩnh Yên tổ chức lễ ra quân hưởng ứng Tháng hành động vì bình đẳng giới và phòng, chống "
                "bạo lực học đường năm 2026."
            ),
            P(
                "Tháng hành động năm nay có chủ đề “Chung tay xây dựng trường học an toàn, thân thiện, "
                "bình đẳng”. Từ ngày 15/11 đến ngày 15/12/2026, các nhà trường sẽ triển khai nhiều hoạt "
                "động thiết thực như:"
            ),
            P("Tổ chức chuyên đề, diễn đàn “Tiếng nói học sinh” về phòng, chống bạo lực học đường;", "li"),
            P("Kiện toàn tổ tư vấn tâm lý học đường, công khai số điện thoại đường dây nóng;", "li"),
            P("Phát động cuộc thi vẽ tranh, viết bài về chủ đề bình đẳng giới;", "li"),
            P("Rà soát, xử lý kịp thời các vụ việc có nguy cơ mất an toàn trong trường học.", "li"),
            Img(photo(35588, "ra-quan-BDG-2026.jpg", 1763004600000),
                "Học sinh Trường THCS Vĩnh Yên biểu diễn tiểu phẩm về phòng, chống bạo lực học đường",
                "Học sinh Trường THCS Vĩnh Yên biểu diễn tiểu phẩm về phòng, chống bạo lực học đường", "tbl"),
            P(
                "Phát biểu tại lễ ra quân, đại diện lãnh đạo Phòng GD&ĐT đề nghị các nhà trường đưa nội "
                "dung bình đẳng giới, kỹ năng tự bảo vệ bản thân vào hoạt động trải nghiệm, sinh hoạt "
                "dưới cờ; phối hợp chặt chẽ với cha mẹ học sinh và công an phường trong việc nắm bắt, "
                "ngăn ngừa các mâu thuẫn của học sinh."
            ),
            Raw('<p style="text-align: right;"><strong><em>Bộ phận THCS</em></strong></p>'),
        ],
        authors=["Bộ phận THCS"],
        opts={
            "tpl": "moi",
            "date": "10:30 13/11/2026",
            "poster": "Quản trị viên",
            "comments": [
                ("Trần Minh Khoa", "Cách đây 3 Ngày",
                 "Hoạt động rất ý nghĩa, mong các trường duy trì thường xuyên chứ không chỉ trong tháng "
                 "hành động."),
                ("Phòng GD&ĐT Vĩnh Yên", "Cách đây 2 Ngày",
                 "Cảm ơn ý kiến của bạn, Phòng sẽ chỉ đạo các trường đưa nội dung này vào kế hoạch giáo "
                 "dục cả năm học."),
            ],
        },
    ),
    Story(
        41790,
        "",
        "Chung kết Hội thi “Bé vui khỏe - Bé tự tin” khối mầm non năm 2026",
        "tin-tuc-su-kien",
        "2026-11-06",
        [
            P(
                "Ngày 05/11/2026, tại Nhà thi đấu thành phố, Phòng Giáo dục và Đào tạo thành phố Vĩnh Yên "
                "tổ chức vòng chung kết Hội thi “Bé vui khỏe - Bé tự tin” khối mầm non năm 2026."
            ),
            P(
                "Tham gia vòng chung kết có 12 đội thi đến từ các trường mầm non công lập và tư thục, mỗi "
                "đội gồm 10 cháu mẫu giáo 5 - 6 tuổi. Các đội thi tranh tài qua ba phần: chào hỏi, đồng "
                "diễn thể dục nhịp điệu và vận động vượt chướng ngại vật."
            ),
            Img(photo(35588, "be-vui-khoe-1.jpg", 1762387200000),
                "Đồng diễn thể dục nhịp điệu của đội Trường Mầm non Hoa Sen",
                "Đồng diễn thể dục nhịp điệu của đội Trường Mầm non Hoa Sen", "em"),
            Img(photo(35588, "be-vui-khoe-2.jpg", 1762387200000),
                "Các bé thi vận động vượt chướng ngại vật", "Các bé thi vận động vượt chướng ngại vật", "em"),
            P(
                "Với sự chuẩn bị chu đáo, các bé tự tin, hào hứng thể hiện các bài đồng diễn đẹp mắt, "
                "nhiều động tác khó được thực hiện nhịp nhàng, mang lại không khí vui tươi cho hội thi."
            ),
            Img(photo(35588, "be-vui-khoe-3.jpg", 1762387200000),
                "Ban tổ chức trao giải Nhất cho đội Trường Mầm non Liên Bảo",
                "Ban tổ chức trao giải Nhất cho đội Trường Mầm non Liên Bảo", "em"),
            P(
                "Kết quả, Ban tổ chức trao 1 giải Nhất cho Trường Mầm non Liên Bảo, 2 giải Nhì, 3 giải "
                "Ba và 6 giải Khuyến khích cho các đội thi."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Ngô Thị Thanh Mai - Ảnh: Đặng Văn Lực</strong></p>'),
        ],
        authors=["Ngô Thị Thanh Mai"],
        photographers=["Đặng Văn Lực"],
        opts={"tpl": "moi", "date": "00:00 06/11/2026", "poster": "Quản trị viên"},
    ),
    Story(
        41771,
        "",
        "Kiểm tra công tác bảo đảm an toàn thực phẩm tại bếp ăn bán trú các trường mầm non, tiểu học",
        "tin-tuc-su-kien",
        "2026-10-30T14:00:00+07:00",
        [
            P(
                "Thực hiện kế hoạch của UBND thành phố, từ ngày 20 đến ngày 29/10/2026, đoàn kiểm tra liên "
                "ngành gồm Phòng Giáo dục và Đào tạo, Phòng Y tế và Trung tâm Y tế thành phố đã kiểm tra "
                "công tác bảo đảm an toàn thực phẩm tại bếp ăn bán trú của 24 trường mầm non, tiểu học."
            ),
            P(
                "Đoàn tập trung kiểm tra hồ sơ pháp lý của đơn vị cung cấp thực phẩm, việc thực hiện kiểm "
                "thực ba bước, lưu mẫu thức ăn, điều kiện vệ sinh cơ sở, trang thiết bị dụng cụ và sức "
                "khỏe của nhân viên nấu ăn."
            ),
            P("Kết quả kiểm tra cụ thể như sau:"),
            P("Cấp học | Số trường được kiểm tra | Đạt yêu cầu | Cần khắc phục", "row"),
            P("Mầm non | 14 | 12 | 2", "row"),
            P("Tiểu học | 10 | 9 | 1", "row"),
            P(
                "Các đơn vị cần khắc phục chủ yếu do sổ kiểm thực ba bước ghi chưa đầy đủ, khu vực sơ chế "
                "chưa tách biệt với khu vực chia thức ăn. Đoàn đã yêu cầu các trường khắc phục ngay và báo "
                "cáo kết quả về Phòng GD&ĐT trước ngày 15/11/2026."
            ),
            P(
                "Trưởng đoàn kiểm tra đề nghị hiệu trưởng các nhà trường nâng cao trách nhiệm trong lựa "
                "chọn nhà cung cấp thực phẩm, tăng cường giám sát của ban đại diện cha mẹ học sinh đối với "
                "bữa ăn bán trú, tuyệt đối không để xảy ra ngộ độc thực phẩm trong trường học."
            ),
        ],
        authors=["Đỗ Mạnh Cường"],
        opts={
            "tpl": "moi",
            "date": "14:00 30/10/2026",
            "author_field": "CN. Đỗ Mạnh Cường - Chuyên viên Phòng GD&ĐT",
        },
    ),
    Story(
        41752,
        "",
        "Trường Tiểu học Liên Bảo đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 2",
        "tin-tuc-su-kien",
        "2026-10-27T08:45:00+07:00",
        [
            P(
                "Sáng 26/10/2026, Trường Tiểu học Liên Bảo long trọng tổ chức lễ đón nhận Bằng công nhận "
                "trường đạt chuẩn quốc gia mức độ 2 và Bằng công nhận đạt kiểm định chất lượng giáo dục "
                "cấp độ 3.",
                "div",
            ),
            P(
                "Trường Tiểu học Liên Bảo hiện có 36 lớp với 1.420 học sinh, 58 cán bộ, giáo viên, nhân "
                "viên. Những năm qua, nhà trường luôn là một trong những đơn vị dẫn đầu ngành Giáo dục "
                "thành phố về chất lượng giáo dục toàn diện.",
                "div",
            ),
            P(
                "Từ năm 2023 đến nay, được sự quan tâm đầu tư của UBND thành phố, nhà trường đã xây mới "
                "khối nhà học bộ môn 3 tầng, cải tạo sân chơi, thư viện xanh và trang bị đầy đủ thiết bị "
                "dạy học tối thiểu theo quy định.",
                "div",
            ),
            Img(photo(35571, "TH-Lien-Bao-chuan-QG.jpg", 1761529500000),
                "Lãnh đạo UBND thành phố trao Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 cho Trường "
                "Tiểu học Liên Bảo",
                "Lãnh đạo UBND thành phố trao Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 cho Trường "
                "Tiểu học Liên Bảo",
                "tbl"),
            P(
                "Phát biểu tại buổi lễ, lãnh đạo UBND thành phố chúc mừng những thành tích nhà trường đạt "
                "được và đề nghị tập thể sư phạm nhà trường tiếp tục duy trì, nâng cao các tiêu chuẩn, phấn "
                "đấu trở thành trường tiểu học chất lượng cao của tỉnh.",
                "div",
            ),
            Raw('<div style="text-align: right;"><em>Tin, ảnh: Hoàng Thị Nga (Trường TH Liên Bảo)</em></div>'),
        ],
        authors=["Hoàng Thị Nga"],
        photographers=["Hoàng Thị Nga"],
        opts={"tpl": "cu", "date": "Thứ Ba, 27/10/2026 | 08:45"},
    ),
    Story(
        41736,
        "",
        "Giải Bóng đá học sinh tiểu học thành phố Vĩnh Yên năm 2026 thành công tốt đẹp",
        "tin-tuc-su-kien",
        "2026-10-22T15:30:00+07:00",
        [
            P(
                "Sau 5 ngày thi đấu sôi nổi, chiều 22/10/2026, Giải Bóng đá học sinh tiểu học thành phố "
                "Vĩnh Yên năm 2026 đã bế mạc tại sân vận động Trường Tiểu học Đống Đa."
            ),
            P(
                "Giải năm nay có 16 đội bóng nam và 10 đội bóng nữ của các trường tiểu học tham gia với "
                "gần 300 cầu thủ nhí. Các trận đấu diễn ra hấp dẫn, trung thực, thể hiện tinh thần thể "
                "thao cao thượng."
            ),
            P("Kết quả chung cuộc:"),
            P(
                "Nội dung bóng đá nam: giải Nhất thuộc về Trường Tiểu học Tích Sơn, giải Nhì Trường Tiểu "
                "học Ngô Quyền, đồng giải Ba Trường Tiểu học Liên Bảo và Trường Tiểu học Hội Hợp A;",
                "li",
            ),
            P(
                "Nội dung bóng đá nữ: giải Nhất thuộc về Trường Tiểu học Đống Đa, giải Nhì Trường Tiểu học "
                "Khai Quang, đồng giải Ba Trường Tiểu học Định Trung và Trường Tiểu học Đồng Tâm.",
                "li",
            ),
            Img(photo(35571, "bong-da-TH-2026.jpg", 1761121800000),
                "Trận chung kết bóng đá nam giữa Trường Tiểu học Tích Sơn và Trường Tiểu học Ngô Quyền",
                "Trận chung kết bóng đá nam giữa Trường Tiểu học Tích Sơn và Trường Tiểu học Ngô Quyền", "em"),
            Raw(
                '<p style="text-align: center;"><iframe allowfullscreen="" frameborder="0" height="360" '
                'src="https://www.youtube.com/embed/Qm4vXw7LtHc" width="640"></iframe></p>'
            ),
            P(
                "Ban tổ chức cũng trao giải Vua phá lưới, Thủ môn xuất sắc và giải Phong cách cho các cá "
                "nhân, tập thể tiêu biểu."
            ),
            Raw("@XEMTHEM@"),
            Raw('<p style="text-align: right;"><strong>Vũ Đức Thắng</strong></p>'),
        ],
        authors=["Vũ Đức Thắng"],
        opts={"tpl": "moi", "date": "15:30 22/10/2026", "poster": "Quản trị viên"},
    ),
    Story(
        41718,
        "",
        "Hội nghị cán bộ quản lý triển khai nhiệm vụ năm học 2026 - 2027 cấp trung học cơ sở",
        "tin-tuc-su-kien",
        "2026-10-16T09:00:00+07:00",
        [
            P(
                "Ngày 15/10/2026, Phòng Giáo dục và Đào tạo thành phố Vĩnh Yên tổ chức hội nghị cán bộ "
                "quản lý triển khai nhiệm vụ năm học 2026 - 2027 cấp trung học cơ sở."
            ),
            P("1. Kết quả năm học 2025 - 2026", "h"),
            P(
                "Năm học 2025 - 2026, cấp THCS thành phố có 11 trường với 9.860 học sinh. Tỉ lệ học sinh "
                "được đánh giá kết quả học tập mức Tốt và Khá đạt 82,4%; 100% học sinh lớp 9 được công nhận "
                "tốt nghiệp THCS."
            ),
            P(
                "Học sinh thành phố đạt 146 giải học sinh giỏi cấp tỉnh các môn văn hóa, trong đó có 21 "
                "giải Nhất; đội tuyển Trường THCS Vĩnh Yên tiếp tục dẫn đầu toàn tỉnh."
            ),
            P("2. Nhiệm vụ trọng tâm năm học 2026 - 2027", "h"),
            P(
                "Hội nghị thống nhất tập trung vào các nhiệm vụ: thực hiện hiệu quả Chương trình giáo dục "
                "phổ thông 2018 đối với tất cả các khối lớp; đổi mới kiểm tra, đánh giá theo hướng phát "
                "triển phẩm chất, năng lực; nâng cao chất lượng giáo dục mũi nhọn và công tác tuyển sinh "
                "vào lớp 10."
            ),
            P(
                "Các nhà trường tiếp tục xây dựng văn hóa học đường, tăng cường giáo dục kỹ năng sống, giáo "
                "dục hướng nghiệp và phân luồng học sinh sau THCS; đẩy mạnh chuyển đổi số trong quản lý và "
                "dạy học."
            ),
            P(
                "Tại hội nghị, đại diện các trường THCS Đống Đa, THCS Khai Quang và THCS Hội Hợp đã tham "
                "luận về kinh nghiệm tổ chức dạy học các môn tích hợp, ôn tập cho học sinh lớp 9 và công "
                "tác chủ nhiệm lớp."
            ),
            Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
        ],
        opts={"tpl": "moi", "date": "09:00 16/10/2026", "updated": "10:20 20/10/2026"},
    ),
    Story(
        41702,
        "",
        "Học sinh THCS thành phố Vĩnh Yên tham gia Cuộc thi tìm hiểu pháp luật về an toàn giao thông",
        "tin-tuc-su-kien",
        "2026-10-09T10:15:00+07:00",
        [
            P(
                "Hưởng ứng Năm an toàn giao thông 2026, Phòng GD&ĐT thành phố Vĩnh Yên phát động Cuộc thi "
                "tìm hiểu pháp luật về an toàn giao thông dành cho học sinh các trường THCS trên địa bàn.",
                "div",
            ),
            P(
                "Cuộc thi được tổ chức theo hình thức trực tuyến từ ngày 05/10 đến ngày 31/10/2026. Mỗi "
                "tuần, thí sinh trả lời 20 câu hỏi trắc nghiệm về Luật Trật tự, an toàn giao thông đường "
                "bộ, kỹ năng đi xe đạp, xe đạp điện an toàn và văn hóa giao thông.",
                "div",
            ),
            P(
                "Sau tuần thi đầu tiên, đã có hơn 6.200 lượt học sinh tham gia, trong đó Trường THCS Liên "
                "Bảo và Trường THCS Ngô Quyền có số lượt dự thi cao nhất.",
                "div",
            ),
            P(
                "Qua cuộc thi, Phòng GD&ĐT mong muốn nâng cao ý thức chấp hành pháp luật về an toàn giao "
                "thông của học sinh, góp phần giảm thiểu tai nạn giao thông ở lứa tuổi học đường.",
                "div",
            ),
            Raw('<div style="text-align: right;"><strong>Nguyễn Hữu Thành</strong></div>'),
        ],
        authors=["Nguyễn Hữu Thành"],
        opts={"tpl": "cu", "date": "Thứ Sáu, 09/10/2026 | 10:15"},
    ),
    Story(
        41689,
        "",
        "Khai mạc Hội khỏe Phù Đổng Trường THCS Đống Đa năm học 2026 - 2027",
        "tin-tuc-su-kien",
        "2026-10-02T07:30:00+07:00",
        [
            P(
                "Sáng 02/10/2026, Trường THCS Đống Đa tổ chức khai mạc Hội khỏe Phù Đổng cấp trường năm học "
                "2026 - 2027 với sự tham gia của hơn 900 học sinh."
            ),
            Img(photo(35571, "HKPD-THCS-DongDa-1.jpg", 1759365000000),
                "Màn đồng diễn dân vũ của học sinh khối 6", "Màn đồng diễn dân vũ của học sinh khối 6", "tbl"),
            P(
                "Hội khỏe năm nay gồm các môn: điền kinh, cầu lông, bóng bàn, đá cầu, kéo co và cờ vua, "
                "diễn ra từ ngày 02/10 đến ngày 16/10/2026. Đây là dịp để nhà trường phát hiện, tuyển chọn "
                "vận động viên tham gia Hội khỏe Phù Đổng cấp thành phố."
            ),
            Img(photo(35571, "HKPD-THCS-DongDa-2.jpg", 1759365000000),
                "Thi đấu kéo co giữa các lớp khối 8", "Thi đấu kéo co giữa các lớp khối 8", "tbl"),
            P(
                "Phát biểu khai mạc, thầy Hiệu trưởng nhà trường mong muốn các vận động viên thi đấu trung "
                "thực, đoàn kết, phát huy tinh thần “Khỏe để học tập, khỏe để xây dựng quê hương”."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Phan Thị Thu Trang</strong></p>'),
        ],
        authors=["Phan Thị Thu Trang"],
        photographers=["Phan Thị Thu Trang"],
        opts={"tpl": "moi", "date": "07:30 02/10/2026", "poster": "Quản trị viên"},
    ),
    Story(
        41848,
        "",
        "Thông báo về việc tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp THCS năm học 2026 - 2027",
        "thong-bao",
        "2026-11-30",
        [
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width:100%"><tbody><tr>'
                '<td style="text-align: center; width: 40%;">UBND THÀNH PHỐ VĨNH YÊN<br />'
                "<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong><br />Số: 512/TB-PGDĐT</td>"
                '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
                "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />"
                "<em>Vĩnh Yên, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
            ),
            Raw(
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br /><strong>Về việc tổ chức '
                "Hội thi giáo viên chủ nhiệm lớp giỏi cấp THCS năm học 2026 - 2027</strong></p>"
            ),
            P(
                "Căn cứ Kế hoạch số 186/KH-PGDĐT ngày 15/9/2026 của Phòng Giáo dục và Đào tạo về thực hiện "
                "nhiệm vụ năm học 2026 - 2027 cấp THCS;"
            ),
            P(
                "Phòng Giáo dục và Đào tạo thành phố Vĩnh Yên thông báo tổ chức Hội thi giáo viên chủ nhiệm "
                "lớp giỏi cấp THCS năm học 2026 - 2027 như sau:"
            ),
            P(
                "1. Đối tượng dự thi: giáo viên đang làm công tác chủ nhiệm lớp tại các trường THCS, đã đạt "
                "danh hiệu giáo viên chủ nhiệm lớp giỏi cấp trường năm học 2026 - 2027."
            ),
            P(
                "2. Thời gian: vòng thi lý thuyết tổ chức ngày 15/12/2026; vòng thi thực hành từ ngày "
                "05/01/2027 đến ngày 16/01/2027."
            ),
            P("3. Địa điểm: Trường THCS Vĩnh Yên, số 2 đường Lê Xoay, phường Ngô Quyền, thành phố Vĩnh Yên."),
            P(
                "4. Hồ sơ đăng ký: các trường gửi danh sách giáo viên dự thi và bản mô tả giải pháp giáo "
                "dục học sinh về Phòng GD&ĐT (qua bộ phận THCS) trước ngày 08/12/2026."
            ),
            P(
                "Phòng Giáo dục và Đào tạo đề nghị hiệu trưởng các trường THCS triển khai thông báo này tới "
                "giáo viên và thực hiện nghiêm túc./."
            ),
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width:100%"><tbody><tr>'
                '<td style="vertical-align: top; width: 50%;"><strong><em>Nơi nhận:</em></strong><br />'
                "- Các trường THCS;<br />- Lãnh đạo Phòng;<br />- Lưu: VT, THCS.</td>"
                '<td style="text-align: center; vertical-align: top;"><strong>KT. TRƯỞNG PHÒNG<br />'
                "PHÓ TRƯỞNG PHÒNG</strong><br /><br /><em>(Đã ký)</em><br /><br />"
                "<strong>Trần Văn Khánh</strong></td></tr></tbody></table>"
            ),
            Raw(
                '<p><img alt="" src="/o/vinhyen-theme/images/file/pdf.png" /> File đính kèm: '
                f'<a href="{esc(NOTICE_PDF)}">512-TB-PGDDT.pdf</a> (186 KB)</p>'
            ),
        ],
        authors=["Trần Văn Khánh"],
        opts={"tpl": "tb", "date": "08:05 01/12/2026", "list_date": "01/12/2026"},
    ),
]


def url_title(title: str) -> str:
    """Liferay 7.1's urlTitle: lower case, Vietnamese letters kept, everything else a dash."""
    s = unicodedata.normalize("NFC", title).lower()
    return re.sub(r"[\W_]+", "-", s).strip("-")


for _s in STORIES:
    _s.slug = url_title(_s.title)
BY_ID = {s.id: s for s in STORIES}
NEWS = [s for s in STORIES if s.cat == "tin-tuc-su-kien"]
NOTICES = [s for s in STORIES if s.cat == "thong-bao"]
MOST_READ = [41842, 41825, 41771, 41736, 41718]
HOME_FEATURED = NEWS[:5]


def ns(layout: str) -> str:
    return f"_{PORTLET}_INSTANCE_{INSTANCES[layout]}_"


def portlet_id(layout: str) -> str:
    return f"{PORTLET}_INSTANCE_{INSTANCES[layout]}"


def friendly(story: Story, slug: str | None = None, raw: bool = False) -> str:
    slug = slug or story.slug
    return f"{SITE}/{story.cat}/-/chi-tiet/{story.id}/" + (slug if raw else quote(slug, safe="-"))


def old_slug(story: Story) -> str | None:
    old = story.opts.get("old_title")
    return url_title(old) if old else None


def render_url(layout: str, article_id: int) -> str:
    n = ns(layout)
    return (
        f"{SITE}/{layout}?p_p_id={portlet_id(layout)}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&{n}mvcRenderCommandName=%2Fchi-tiet&{n}articleId={article_id}"
    )


def list_url(layout: str, cur: int, delta: int) -> str:
    n = ns(layout)
    return (
        f"{SITE}/{layout}?p_p_id={portlet_id(layout)}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&{n}cur={cur}&{n}delta={delta}"
    )


def day_of(story: Story) -> str:
    if "list_date" in story.opts:
        return story.opts["list_date"]
    d = datetime.fromisoformat(story.published_at[:10])
    return d.strftime("%d/%m/%Y")


def views(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def shorten(title: str, length: int = 60) -> str:
    if len(title) <= length:
        return title
    cut = title[: length - 3]
    return cut[: cut.rfind(" ")] + "..."


# --- article text ---------------------------------------------------------------------------

BLANK = "/o/vinhyen-theme/images/blank.gif"


def _para_text(p: P) -> str:
    if p.style == "zw":
        words = p.text.split(" ")
        for k in (4, 11, 19):
            if k < len(words):
                words[k] = "\u200b" + words[k]
        return text(" ".join(words))
    if p.style == "bom":
        return "\ufeff" + text(p.text)
    return text(p.text)


def _para(p: P) -> str:
    t = _para_text(p)
    if p.style == "div":
        return f'<div style="text-align: justify;">{t}</div>'
    if p.style == "h":
        return f'<h4 style="text-align: justify;"><strong>{t}</strong></h4>'
    if p.style == "bold":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if p.style == "span":
        return (
            '<p style="text-align: justify;"><span style="font-size:14px;">'
            f'<span style="font-family:Times New Roman,Times,serif;">{t}</span></span></p>'
        )
    return f'<p style="text-align: justify;">{t}</p>'


def _img(img: Img) -> str:
    src = esc(img.src)
    line = text(img.printed) if img.printed else ""
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:600px"><tbody>'
            f'<tr><td><img alt="" src="{src}" style="width: 600px; height: 400px;" /></td></tr>'
            f'<tr><td style="text-align: center;"><span style="font-size:12px;"><em>{line}</em></span></td></tr>'
            "</tbody></table>"
        )
    if img.style == "lazy":
        tag = (
            f'<img alt="" class="lazyload" data-src="{src}" src="{BLANK}" '
            'style="width: 640px; height: 427px;" />'
        )
    else:
        tag = f'<img alt="" src="{src}" style="width: 640px; height: 427px;" />'
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.style == "credit":
        out += f'<p style="text-align: right;"><em>{line}</em></p>'
    elif line:
        out += f'<p style="text-align: center;"><em>{line}</em></p>'
    return out


def render_blocks(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "row"):
            j = i
            group = []
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                group.append(blocks[j])
                j += 1
            if b.style == "li":
                items = "".join(f"<li>{text(g.text)}</li>" for g in group)
                out.append(f'<ul style="text-align: justify;">{items}</ul>')
            else:
                rows = []
                for k, g in enumerate(group):
                    cells = g.text.split(" | ")
                    if k == 0:
                        rows.append("<tr>" + "".join(f"<td><strong>{text(c)}</strong></td>" for c in cells) + "</tr>")
                    else:
                        rows.append("<tr>" + "".join(f'<td style="text-align: center;">{text(c)}</td>' for c in cells) + "</tr>")
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="width:100%"><tbody>'
                    + "".join(rows)
                    + "</tbody></table>"
                )
            i = j
            continue
        if isinstance(b, P):
            out.append(_para(b))
        elif isinstance(b, Img):
            out.append(_img(b))
        elif b.html == "@XEMTHEM@":
            other = BY_ID[41790]
            out.append(
                f'<p><strong>Xem thêm:</strong> <a href="{esc(friendly(other))}">{text(other.title)}</a></p>'
            )
        else:
            out.append(b.html)
        i += 1
    return "\n".join(out)


# --- chrome ---------------------------------------------------------------------------------

LAYOUTS = {
    # key: (name, plid, layoutId, description)
    "trang-chu": ("Trang chủ", 20147, 1, "Cổng thông tin Phòng Giáo dục và Đào tạo thành phố Vĩnh Yên"),
    "gioi-thieu": ("Giới thiệu", 20151, 2, "Giới thiệu Phòng GD&ĐT Vĩnh Yên"),
    "gioi-thieu/co-cau-to-chuc": ("Cơ cấu tổ chức", 20163, 8, ""),
    "tin-tuc-su-kien": ("Tin tức - Sự kiện", 20155, 3, "Tin tức, sự kiện ngành giáo dục thành phố Vĩnh Yên"),
    "thong-bao": ("Thông báo", 20157, 4, "Thông báo của Phòng GD&ĐT thành phố Vĩnh Yên"),
    "van-ban": ("Văn bản", 20159, 5, ""),
    "thu-vien-anh": ("Thư viện ảnh", 20161, 6, ""),
    "lien-he": ("Liên hệ", 20165, 9, ""),
    "search": ("Tìm kiếm", 20169, 10, ""),
}
NAV = ["trang-chu", "gioi-thieu", "tin-tuc-su-kien", "thong-bao", "van-ban", "thu-vien-anh", "lien-he"]
SITE_NAME = "Phòng GD&ĐT Vĩnh Yên"
STAMP = "1764306000000"


def _nav(base: str, current: str) -> str:
    items = []
    for key in NAV:
        name, _plid, lid, _ = LAYOUTS[key]
        sel = " selected active" if current.split("/")[0] == key else ""
        if key == "gioi-thieu":
            cname, _cplid, clid, _ = LAYOUTS["gioi-thieu/co-cau-to-chuc"]
            items.append(
                f'<li class="lfr-nav-item dropdown{sel}" id="layout_{lid}" role="presentation">'
                f'<a aria-labelledby="layout_{lid}" aria-haspopup="true" class="dropdown-toggle" '
                f'href="{base}{SITE}/{key}" role="menuitem"><span> {name} '
                '<span class="lfr-nav-child-toggle"><i class="icon-caret-down"></i></span></span></a>'
                '<ul aria-expanded="false" class="child-menu dropdown-menu" role="menu">'
                f'<li class="lfr-nav-item" id="layout_{clid}" role="presentation"><a aria-labelledby="layout_{clid}" '
                f'href="{base}{SITE}/gioi-thieu/co-cau-to-chuc" role="menuitem">{cname}</a></li>'
                "</ul></li>"
            )
            continue
        items.append(
            f'<li class="lfr-nav-item{sel}" id="layout_{lid}" role="presentation">'
            f'<a aria-labelledby="layout_{lid}" href="{base}{SITE}/{key}" role="menuitem"><span> {name}</span></a></li>'
        )
    return (
        '<nav class="sort-pages modify-pages navbar site-navigation" id="navigation" role="navigation">'
        '<h1 class="hide-accessible">Điều hướng</h1><ul aria-label="Các trang web" class="nav navbar-nav" role="menubar">'
        + "".join(items)
        + "</ul></nav>"
    )


def portlet(pid: str, title: str | None, body: str, extra_class: str = "") -> str:
    """A portlet in the 7.1 decorate / barebone decorator."""
    header = ""
    if title is not None:
        header = (
            '<div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand">'
            f'<h2 class="portlet-title-text">{esc(title)}</h2></div>'
            '<div class="autofit-col autofit-col-end"><div class="autofit-section"></div></div></div>'
        )
    deco = "portlet-decorate" if title is not None else "portlet-barebone"
    base_id = re.sub(r"_INSTANCE_\w+$", "", pid)
    return (
        f'<div class="portlet-boundary portlet-boundary_{base_id}_  portlet-static portlet-static-end {deco} {extra_class} " '
        f'id="p_p_id_{pid}_"><span id="p_{pid}"></span>'
        f'<section class="portlet" id="portlet_{pid}"><div class="portlet-content">{header}'
        f'<div class=" portlet-content-container"><div class="portlet-body">{body}</div></div></div></section></div>'
    )


def breadcrumb(base: str, trail: list[tuple[str, str | None]]) -> str:
    items = [
        f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{base}{SITE}" title="{esc(SITE_NAME)}">'
        f'<span class="breadcrumb-text-truncate">{esc(SITE_NAME)}</span></a></li>'
    ]
    for k, (label, href) in enumerate(trail):
        if href and k < len(trail) - 1:
            items.append(
                f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{base}{href}" title="{esc(label)}">'
                f'<span class="breadcrumb-text-truncate">{esc(label)}</span></a></li>'
            )
        else:
            items.append(
                f'<li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">{esc(label)}</span></li>'
            )
    pid = "com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_INSTANCE_rT5vXk8pWq2n"
    body = (
        f'<nav aria-label="Breadcrumb" id="_{pid}_breadcrumbs-defaultScreen"><ol class="breadcrumb">'
        + "".join(items)
        + "</ol></nav>"
    )
    return portlet(pid, None, body, "portlet-breadcrumb")


def sidebar() -> str:
    tb_items = []
    for s in NOTICES:
        tb_items.append(
            f'<li><i class="icon-angle-right"></i> <a href="{esc(friendly(s))}">{text(s.title)}</a> '
            f'<span class="tbm-ngay">{day_of(s)}</span></li>'
        )
    for title, href, day in PDF_ROWS:
        tb_items.append(
            f'<li><i class="icon-file-alt"></i> <a href="{esc(href)}" target="_blank">{text(title)}</a> '
            f'<span class="tbm-ngay">{day}</span></li>'
        )
    notices = portlet(
        "thongbaomoi_WAR_vpportlet_INSTANCE_Zr4uE1oB6yKs",
        "Thông báo",
        '<marquee behavior="scroll" direction="up" onmouseout="this.start()" onmouseover="this.stop()" '
        f'scrollamount="2" style="height:180px"><ul class="tbm-ds">{"".join(tb_items)}</ul></marquee>',
    )
    mr = []
    for aid in MOST_READ:
        s = BY_ID[aid]
        # this vendor template prints the urlTitle as stored: a raw IRI
        mr.append(
            f'<li><a href="{esc(friendly(s, raw=True))}">{text(s.title)}</a> '
            f'<span class="xn-luot">({views(s.views())} lượt xem)</span></li>'
        )
    most = portlet(
        "tinxemnhieu_WAR_vpportlet_INSTANCE_Lw2pR9xVc3Hd", "Tin xem nhiều", f'<ol class="xn-ds">{"".join(mr)}</ol>'
    )
    links = portlet(
        "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_lk8QmZ2aTy5b",
        "Liên kết website",
        '<div class="journal-content-article " data-analytics-asset-id="20411" '
        'data-analytics-asset-title="Liên kết website" data-analytics-asset-type="web-content">'
        '<select onchange="if(this.value){window.open(this.value)}" style="width:100%">'
        '<option value="">-- Chọn website liên kết --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="http://vinhphuc.edu.vn">Sở GD&amp;ĐT Vĩnh Phúc</option>'
        '<option value="http://vinhyen.vinhphuc.gov.vn">Cổng TTĐT thành phố Vĩnh Yên</option>'
        "</select>"
        '<p><a href="https://dichvucong.gov.vn" target="_blank"><img alt="Cổng dịch vụ công quốc gia" '
        'src="/o/vinhyen-theme/images/banner/dvc-quoc-gia.png" style="width:100%" /></a></p>'
        '<p><a href="http://vinhphuc.edu.vn" target="_blank"><img alt="Sở GD&amp;ĐT Vĩnh Phúc" '
        'src="/o/vinhyen-theme/images/banner/so-gddt.png" style="width:100%" /></a></p></div>',
    )
    counter = portlet(
        "thongketruycap_WAR_vpportlet",
        "Thống kê truy cập",
        '<table class="tk-truycap"><tbody>'
        '<tr><td><i class="icon-user"></i> Đang online:</td><td class="text-right">27</td></tr>'
        '<tr><td><i class="icon-calendar"></i> Hôm nay:</td><td class="text-right">1.482</td></tr>'
        '<tr><td><i class="icon-bar-chart"></i> Tổng truy cập:</td><td class="text-right">2.861.349</td></tr>'
        "</tbody></table>",
    )
    return notices + most + links + counter


def page(
    request: Request,
    layout: str,
    column1: str,
    *,
    h1: str | None = None,
    canonical: str | None = None,
    with_sidebar: bool = True,
) -> Response:
    base = base_url(request)
    name, plid, lid, desc = LAYOUTS[layout]
    canon = base + (canonical if canonical is not None else f"{SITE}/{layout}")
    current = request.target
    js_layout = f"{SITE}/{layout}".replace("/", "\\x2f")
    js_current = current.replace("/", "\\x2f").replace("&", "\\x26")
    meta_desc = f'<meta content="{esc(desc)}" lang="vi-VN" name="description" />' if desc else ""
    head = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(name)} - {esc(SITE_NAME)} - Cổng thông tin điện tử thành phố Vĩnh Yên</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{meta_desc}
<link href="{base}/o/vinhyen-theme/images/favicon.ico" rel="icon" />
<link data-senna-track="temporary" href="{canon}" rel="canonical" />
<link data-senna-track="temporary" href="{canon}" hreflang="x-default" rel="alternate" />
<link data-senna-track="temporary" href="{canon}" hreflang="vi-VN" rel="alternate" />
<link class="lfr-css-file" data-senna-track="temporary" href="{base}/o/vinhyen-theme/css/clay.css?browserId=other&amp;themeId=vinhyentheme_WAR_vinhyentheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=7100&amp;t={STAMP}" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<link data-senna-track="temporary" href="{base}/o/vinhyen-theme/css/main.css?browserId=other&amp;themeId=vinhyentheme_WAR_vinhyentheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=7100&amp;t={STAMP}" id="liferayThemeCSS" rel="stylesheet" type="text/css" />
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var Liferay = Liferay || {{}};
Liferay.Browser = {{acceptsGzip: function() {{return true;}}, isIe: function() {{return false;}}}};
Liferay.Data = Liferay.Data || {{}};
Liferay.Data.NAV_SELECTOR = '#navigation';
Liferay.ThemeDisplay = {{
  getLayoutId: function() {{return '{lid}';}},
  getLayoutRelativeURL: function() {{return '{js_layout}';}},
  getPathFriendlyURLPublic: function() {{return '\\x2fweb';}},
  getPlid: function() {{return '{plid}';}},
  getScopeGroupId: function() {{return '{GROUP}';}},
  getSiteGroupId: function() {{return '{GROUP}';}},
  getLanguageId: function() {{return 'vi_VN';}},
  isSignedIn: function() {{return false;}}
}};
Liferay.currentURL = '{js_current}';
Liferay.currentURLEncoded = '{quote(current, safe="")}';
// ]]>
</script>
<script src="{base}/o/frontend-js-web/loader/config.js?browserId=other&amp;languageId=vi_VN&amp;t={STAMP}" type="text/javascript"></script>
<script src="{base}/combo?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=7100&amp;t={STAMP}&amp;/o/frontend-js-web/jquery/jquery.js&amp;/o/frontend-js-web/liferay/util.js" type="text/javascript"></script>
</head>"""
    h1_text = h1 or name
    col2 = ""
    col1_class = "col-md-12"
    if with_sidebar:
        col1_class = "col-md-8"
        col2 = (
            '<div class="col-md-4 portlet-column portlet-column-last" id="column-2">'
            '<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">'
            f"{sidebar()}</div></div>"
        )
    body = f"""
<body class=" controls-visible  yui3-skin-sam guest-site signed-out public-page site">
<nav class="quick-access-nav" id="wqeb_quickAccessNav"><h1 class="hide-accessible">Điều hướng</h1>
<ul><li><a href="#main-content">Bỏ qua tới Nội dung</a></li></ul></nav>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div class="vy-topbar clearfix"><span class="vy-ngay"><i class="icon-calendar"></i> {TODAY}</span>
<span class="vy-lienket"><a href="http://vinhyen.vinhphuc.gov.vn" target="_blank">Cổng TTĐT thành phố Vĩnh Yên</a> |
<a href="http://vinhphuc.edu.vn" target="_blank">Sở GD&amp;ĐT Vĩnh Phúc</a></span>
<form action="{base}{SITE}/search" class="vy-timkiem" method="get" name="_com_liferay_portal_search_web_search_bar_portlet_SearchBarPortlet_INSTANCE_templateSearch_fm">
<input class="form-control search-input" name="q" placeholder="Tìm kiếm..." title="Tìm kiếm" type="text" value="" />
<button class="btn btn-unstyled" type="submit"><i class="icon-search"></i></button></form></div>
<div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="{base}{SITE}" title="Đi tới {esc(SITE_NAME)}">
<img alt="{esc(SITE_NAME)}" height="120" src="{base}/image/layout_set_logo?img_id=20511&amp;t={STAMP}" width="1140" /></a>
<span class="site-name hide" title="Đi tới {esc(SITE_NAME)}">{esc(SITE_NAME)}</span></h1></div>
{_nav(base, layout)}
</header>
<section id="content">
<h1 class="hide-accessible">{esc(h1_text)}</h1>
<div class="columns-2" id="main-content" role="main">
<div class="portlet-layout row">
<div class="{col1_class} portlet-column portlet-column-first" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{column1}
</div></div>
{col2}
</div></div>
<form action="#" aria-hidden="true" class="hide" id="hrefFm" method="post" name="hrefFm"><span></span></form>
</section>
<footer id="footer" role="contentinfo">
<div class="vy-footer">
<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ VĨNH YÊN</strong></p>
<p>Địa chỉ: Số 12, đường Kim Ngọc, phường Ngô Quyền, thành phố Vĩnh Yên, tỉnh Vĩnh Phúc</p>
<p>Điện thoại: 0211.3862.415 - Email: pgdvinhyen@vinhphuc.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Trưởng phòng Giáo dục và Đào tạo. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="powered-by">Bản quyền © 2018 - 2026 Phòng GD&amp;ĐT Vĩnh Yên. Vận hành trên nền tảng Liferay.</p>
</div></footer>
</div>
<script type="text/javascript">
// <![CDATA[
Liferay.Util.addInputFocus();
Liferay.Portlet.runtimePortletIds = [];
AUI().use('liferay-menu', 'liferay-notice', 'liferay-poller', function(A) {{ new Liferay.Menu(); }});
// ]]>
</script>
<script src="{base}/o/vinhyen-theme/js/main.js?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=7100&amp;t={STAMP}" type="text/javascript"></script>
<script src="{base}/o/vinhyen-theme/js/lazysizes.min.js" type="text/javascript"></script>
</body>
</html>"""
    return html(head + body)


# --- the vendor list portlet ----------------------------------------------------------------

DELTAS = (10, 20, 50)


def _double_escaped(url: str) -> str:
    """The page iterator's buttons escape the URL twice: ``&`` reaches the page as ``&amp;amp;``."""
    return esc(url).replace("&amp;", "&amp;amp;")


def page_iterator(layout: str, cur: int, delta: int, total: int) -> str:
    n = ns(layout)
    pages = max(1, -(-total // delta))
    start, end = (cur - 1) * delta + 1, min(total, cur * delta)
    selector = ""
    if pages > 1:
        items = "".join(
            f'<li class="{"active" if i == cur else ""}" role="presentation"><a class="taglib-icon" '
            f'href="{esc(list_url(layout, i, delta))}" id="{n}kldx_{i}" role="menuitem">'
            f'<span class="taglib-text-icon">{i}</span></a></li>'
            for i in range(1, pages + 1)
        )
        selector = (
            '<div class="lfr-pagination-page-selector"><div class="btn-group lfr-icon-menu current-page-menu">'
            f'<a class="dropdown-toggle direction-down max-display-items-15 btn btn-default" href="javascript:;" '
            f'id="{n}kldx_pageSelector" title="Trang {cur} của {pages}"><span class="lfr-icon-menu-text">Trang {cur} '
            f'của {pages}</span> <i class="icon-caret-down"></i></a>'
            f'<ul class="dropdown-menu lfr-menu-list direction-down" role="menu">{items}</ul></div></div>'
        )
    deltas = "".join(
        f'<li class="" role="presentation"><a class="taglib-icon" href="{esc(list_url(layout, 1, d))}" '
        f'role="menuitem"><span class="taglib-text-icon">{d}</span></a></li>'
        for d in DELTAS
        if d != delta
    )
    delta_sel = (
        '<div class="lfr-pagination-delta-selector"><div class="btn-group lfr-icon-menu">'
        f'<a class="dropdown-toggle direction-down max-display-items-15 btn btn-default" href="javascript:;" '
        f'id="{n}kldx_deltaSelector" title="Hiển thị {delta} mục"><span class="lfr-icon-menu-text">Hiển thị {delta} mục'
        '</span> <i class="icon-caret-down"></i></a>'
        f'<ul class="dropdown-menu lfr-menu-list direction-down" role="menu">{deltas}</ul></div></div>'
    )

    def button(label: str, target: int | None, cls: str) -> str:
        if target is None:
            return f'<li class="disabled {cls}"><a href="javascript:;">{label}</a></li>'
        return f'<li class="{cls}"><a href="{_double_escaped(list_url(layout, target, delta))}">{label}</a></li>'

    buttons = (
        button("&larr; Đầu", 1 if cur > 1 else None, "first")
        + button("Trước", cur - 1 if cur > 1 else None, "")
        + button("Tiếp", cur + 1 if cur < pages else None, "")
        + button("Cuối &rarr;", pages if cur < pages else None, "last")
    )
    results = (
        f"Hiển thị {start} - {end} trong {total} kết quả." if pages > 1 else f"Hiển thị {total} kết quả."
    )
    return (
        '<div class="taglib-search-iterator-page-iterator-bottom">'
        f'<div class="taglib-page-iterator" id="{n}dsTinSearchContainerPageIterator">'
        '<div class="clearfix lfr-pagination"><div class="lfr-pagination-config">'
        f"{selector}{delta_sel}</div>"
        f'<small class="search-results">{results}</small>'
        f'<ul class="pager lfr-pagination-buttons">{buttons}</ul></div></div></div>'
    )


def list_rows(layout: str) -> list[tuple[str, str, str, str]]:
    """(title, href, day, views) of a section's list, newest first."""
    rows = []
    for s in STORIES:
        if s.cat == layout:
            rows.append((s.title, render_url(layout, s.id), day_of(s), views(s.views())))
    if layout == "thong-bao":
        rows += [(t, h, d, "-") for t, h, d in PDF_ROWS]
    return rows


def listing_page(request: Request, layout: str) -> Response:
    params = request.params
    n = ns(layout)
    cur, delta = 1, 10
    if params.get("p_p_id") == portlet_id(layout):
        try:
            cur = max(1, int(params.get(n + "cur", "1")))
            delta = min(200, max(1, int(params.get(n + "delta", "10"))))
        except ValueError:
            cur, delta = 1, 10
    rows = list_rows(layout)
    pages = max(1, -(-len(rows) // delta))
    cur = min(cur, pages)
    shown = rows[(cur - 1) * delta : cur * delta]
    trs = []
    for title, href, day, count in shown:
        icon = '<img alt="" src="/o/vinhyen-theme/images/file/pdf.png" /> ' if href.startswith("/documents/") else ""
        target = ' target="_blank"' if icon else ""
        trs.append(
            f'<tr class="" data-qa-id="row"><td class="table-cell first" headers="{n}dsTinSearchContainer_col-tieu-de">'
            f'{icon}<a href="{esc(href)}"{target}>{text(title)}</a></td>'
            f'<td class="table-cell" headers="{n}dsTinSearchContainer_col-ngay-dang">{day}</td>'
            f'<td class="table-cell last" headers="{n}dsTinSearchContainer_col-luot-xem">{count}</td></tr>'
        )
    iterator = page_iterator(layout, cur, delta, len(rows)) if len(rows) > min(DELTAS) else (
        f'<div class="taglib-search-iterator-page-iterator-bottom"><small class="search-results">'
        f"Hiển thị {len(rows)} kết quả.</small></div>"
    )
    body = (
        '<div class="lfr-search-container-wrapper">'
        f'<div class="lfr-search-container " id="{n}dsTinSearchContainer">'
        '<div class="table-responsive"><table class="table table-bordered table-hover table-striped">'
        '<thead class="table-columns"><tr>'
        f'<th class="table-first-header" id="{n}dsTinSearchContainer_col-tieu-de">Tiêu đề</th>'
        f'<th class="" id="{n}dsTinSearchContainer_col-ngay-dang" style="width:110px">Ngày đăng</th>'
        f'<th class="table-last-header" id="{n}dsTinSearchContainer_col-luot-xem" style="width:90px">Lượt xem</th>'
        '</tr></thead><tbody class="table-data">'
        '<tr class="lfr-template"><td class="table-cell first"></td><td class="table-cell"></td>'
        '<td class="table-cell last"></td></tr>'
        + "".join(trs)
        + f"</tbody></table></div>{iterator}</div></div>"
    )
    name = LAYOUTS[layout][0]
    col1 = breadcrumb(base_url(request), [(name, None)]) + portlet(portlet_id(layout), name, body)
    return page(request, layout, col1)


# --- article detail ---------------------------------------------------------------------------


def _meta_line(story: Story) -> str:
    date = story.opts["date"]
    date_html = date if date.startswith("<") else f'<span class="vp-ngay">{date}</span>'
    upd = story.opts.get("updated")
    upd_html = f' <span class="vp-capnhat">(Cập nhật: {upd})</span>' if upd else ""
    poster = story.opts.get("poster")
    poster_html = f'<span class="vp-sep"> | </span><span class="vp-nguoidang">Đăng bởi: {text(poster)}</span>' if poster else ""
    return (
        f'<div class="vp-ctt__meta"><i class="icon-time"></i> {date_html}{upd_html}'
        f'<span class="vp-sep"> | </span><span class="vp-lx">Lượt xem: {views(story.views())}</span>{poster_html}</div>'
    )


def article_html(story: Story) -> str:
    tpl = story.opts["tpl"]
    analytics = (
        f'data-analytics-asset-id="{story.id}" data-analytics-asset-title="{esc(story.title)}" '
        'data-analytics-asset-type="web-content"'
    )
    blocks = render_blocks(story)
    if tpl == "cu":
        title_html = story.opts.get("title_html") or text(story.title)
        return (
            f'<div class="journal-content-article " {analytics}>'
            '<table border="0" cellpadding="0" cellspacing="0" class="tblTinChiTiet" width="100%"><tbody>'
            f'<tr><td class="TieuDeTin"><span style="font-size:18px;"><strong>{title_html}</strong></span></td></tr>'
            f'<tr><td class="NgayDangTin"><em>{story.opts["date"]}</em> - Số lần đọc: {views(story.views())}</td></tr>'
            f'<tr><td class="NoiDungTin">{blocks}<div>&nbsp;</div></td></tr>'
            "</tbody></table></div>"
        )
    if tpl == "tb":
        return (
            f'<div class="journal-content-article " {analytics}><div class="vp-tb">'
            f'<h3 class="vp-tb__td">{text(story.title)}</h3>'
            f'<div class="vp-tb__ngay">Ngày đăng: {story.opts["date"]} - Lượt xem: {views(story.views())}</div>'
            f'<div class="vp-tb__nd">{blocks}</div></div></div>'
        )
    kicker = story.opts.get("kicker")
    kicker_html = f'<div class="vp-ctt__mt">{text(kicker)}</div>' if kicker else ""
    author = story.opts.get("author_field")
    author_html = f'<div class="vp-ctt__tg">Tác giả: <strong>{text(author)}</strong></div>' if author else ""
    sapo = (
        f'<div class="vp-ctt__tt"><p><strong>{text(story.summary)}</strong></p></div>'
        if story.summary and story.sapo_outside
        else ""
    )
    return (
        f'<div class="journal-content-article " {analytics}><div class="vp-ctt">'
        f'<div class="vp-ctt__cm"><a href="{SITE}/{story.cat}">{text(SECTIONS[story.cat])}</a></div>'
        f'{kicker_html}<h3 class="vp-ctt__td">{text(story.title)}</h3>{_meta_line(story)}{author_html}{sapo}'
        f'<div class="vp-ctt__nd">{blocks}</div></div></div>'
    )


def _discussion(story: Story, n: str) -> str:
    comments = story.opts.get("comments", [])
    if comments:
        arts = []
        for k, (who, when, said) in enumerate(comments):
            arts.append(
                f'<article class="lfr-discussion" id="{n}messageScroll{story.id * 10 + k + 3}">'
                '<div class="lfr-discussion-details"><img alt="" class="user-avatar-image" '
                f'src="/image/user_portrait?img_id=0&amp;t={STAMP}" /></div>'
                '<div class="lfr-discussion-body"><header class="lfr-discussion-message-author">'
                f'<span class="user-name">{text(who)}</span> <span class="small text-default">{when}</span></header>'
                f'<div class="lfr-discussion-message"><div class="lfr-discussion-message-body"><p>{text(said)}</p>'
                '</div></div><div class="lfr-discussion-controls"><a class="btn btn-link btn-sm" href="javascript:;">'
                "Trả lời</a></div></div></article>"
            )
        inner = f'<h4 class="comments-title">{len(comments)} Bình luận</h4><div class="lfr-discussion-messages">{"".join(arts)}</div>'
    else:
        inner = '<div class="lfr-discussion-messages"><p class="text-default">Chưa có bình luận nào.</p></div>'
    return (
        '<section class="lfr-discussion-container">'
        f'<div class="taglib-discussion" id="{n}discussionContainer">{inner}'
        '<div class="lfr-discussion-form-container"><p class="text-default">Vui lòng '
        '<a href="javascript:;" onclick="Liferay.Util.openWindow({uri: \'/c/portal/login\'});">đăng nhập</a> '
        "để gửi bình luận.</p></div></div></section>"
    )


def _ratings(story: Story, n: str) -> str:
    votes = 3 + story.id % 9
    stars = "".join('<span class="rating-element icon-star"></span>' for _ in range(4))
    return (
        f'<div class="taglib-ratings stars" id="{n}ratings_{story.id}"><div class="liferay-rating-vote">'
        f'<span class="rating-label">Đánh giá:</span> {stars}<span class="rating-element icon-star-empty"></span> '
        f'<span class="rating-label">Trung bình ({votes} Phiếu)</span></div></div>'
    )


def _others(story: Story) -> str:
    if story.cat == "thong-bao":
        items = "".join(
            f'<li><a href="{esc(h)}" target="_blank">{text(t)}</a> <span class="vp-tinkhac__ngay">({d})</span></li>'
            for t, h, d in PDF_ROWS
        )
        head = "Các thông báo khác"
    else:
        items = ""
        for o in [s for s in NEWS if s.id != story.id][:5]:
            href = friendly(o, old_slug(o)) if old_slug(o) else friendly(o)
            items += (
                f'<li><a href="{esc(href)}">{text(o.title)}</a> '
                f'<span class="vp-tinkhac__ngay">({day_of(o)})</span></li>'
            )
        head = "Các tin khác"
    return f'<div class="vp-tinkhac"><div class="vp-tinkhac__td">{head}</div><ul>{items}</ul></div>'


def detail_page(request: Request, layout: str, story: Story) -> Response:
    base = base_url(request)
    n = ns(layout)
    share = quote(base + friendly(story), safe="")
    tools = (
        '<div class="vp-congcu clearfix">'
        '<a class="vp-in" href="javascript:;" onclick="window.print();"><i class="icon-print"></i> In bài viết</a> '
        f'<a class="vp-email" href="javascript:;" onclick="{n}guiEmail();"><i class="icon-envelope"></i> Gửi email</a> '
        f'<a class="vp-fb" href="https://www.facebook.com/sharer/sharer.php?u={share}" rel="noopener" target="_blank">'
        '<i class="icon-facebook-sign"></i> Chia sẻ</a> '
        f'<a class="vp-zalo" data-href="{esc(base + friendly(story))}" href="javascript:;">Zalo</a> '
        '<span class="vp-cochu"><a data-size="+1" href="javascript:;">A+</a> <a data-size="-1" href="javascript:;">A-</a></span>'
        "</div>"
    )
    extras = ""
    if story.opts["tpl"] == "moi":
        extras = _ratings(story, n) + _discussion(story, n)
    body = f'<div class="vp-chitiet">{tools}{article_html(story)}{extras}{_others(story)}</div>'
    name = LAYOUTS[layout][0]
    trail = [(name, f"{SITE}/{layout}"), (story.title, None)]
    col1 = breadcrumb(base, trail) + portlet(portlet_id(layout), shorten(story.title), body)
    canonical = SITE if layout == "trang-chu" else f"{SITE}/{layout}"
    return page(request, layout, col1, canonical=canonical)


# --- other pages ------------------------------------------------------------------------------


def home_page(request: Request) -> Response:
    first, rest = HOME_FEATURED[0], HOME_FEATURED[1:]
    lead = first.summary or next(b.text for b in first.blocks if isinstance(b, P))
    items = "".join(
        f'<li><a href="{esc(render_url("trang-chu", s.id))}">{text(s.title)}</a> '
        f'<span class="vp-noibat__ngay">({day_of(s)})</span></li>'
        for s in rest
    )
    featured = (
        '<div class="vp-noibat"><div class="vp-noibat__lon">'
        f'<a href="{esc(render_url("trang-chu", first.id))}"><img alt="{esc(first.title)}" '
        f'src="/image/journal/article?img_id={first.id + 7}&amp;t=1764838800000" style="width:100%" /></a>'
        f'<h3 class="vp-noibat__td"><a href="{esc(render_url("trang-chu", first.id))}">{text(first.title)}</a></h3>'
        f'<p class="vp-noibat__tt">{text(lead)}</p></div>'
        f'<ul class="vp-noibat__ds">{items}</ul>'
        f'<div class="vp-xemtiep"><a href="{SITE}/tin-tuc-su-kien">Xem tiếp &raquo;</a></div></div>'
    )
    album = portlet(
        "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_al9PqW3eRt7u",
        "Thư viện ảnh",
        '<div class="journal-content-article " data-analytics-asset-id="20433" '
        'data-analytics-asset-title="Ảnh hoạt động" data-analytics-asset-type="web-content">'
        '<div class="vp-anh-ds">'
        + "".join(
            f'<a href="{SITE}/thu-vien-anh"><img alt="" src="{esc(photo(35590, f"album-2026-{k}.jpg", 1764300000000))}" '
            'style="width:32%" /></a>'
            for k in range(1, 4)
        )
        + "</div></div>",
    )
    col1 = portlet(portlet_id("trang-chu"), "Tin nổi bật", featured) + album
    return page(request, "trang-chu", col1, canonical=SITE)


def _journal_page(request: Request, layout: str, crumbs: list[tuple[str, str | None]], article_id: int,
                  title: str, inner: str) -> Response:
    pid = f"com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_{_uuid(layout)[:12].replace('-', 'x')}"
    content = (
        f'<div class="journal-content-article " data-analytics-asset-id="{article_id}" '
        f'data-analytics-asset-title="{esc(title)}" data-analytics-asset-type="web-content">{inner}</div>'
    )
    col1 = breadcrumb(base_url(request), crumbs) + portlet(pid, title, content)
    return page(request, layout, col1)


def intro_page(request: Request) -> Response:
    inner = (
        '<p style="text-align: justify;">Phòng Giáo dục và Đào tạo thành phố Vĩnh Yên là cơ quan chuyên môn '
        "thuộc UBND thành phố, tham mưu, giúp UBND thành phố thực hiện chức năng quản lý nhà nước về giáo dục "
        "mầm non, giáo dục tiểu học và giáo dục trung học cơ sở trên địa bàn.</p>"
        '<p style="text-align: justify;">Toàn thành phố hiện có 19 trường mầm non, 16 trường tiểu học và 11 '
        "trường trung học cơ sở với hơn 38.000 học sinh; 100% trường công lập đạt chuẩn quốc gia.</p>"
        '<p style="text-align: justify;"><strong>Chức năng, nhiệm vụ:</strong> trình UBND thành phố ban hành '
        "kế hoạch phát triển giáo dục; hướng dẫn, kiểm tra các cơ sở giáo dục thực hiện chương trình, kế hoạch "
        "giáo dục; quản lý đội ngũ nhà giáo và cán bộ quản lý giáo dục theo phân cấp.</p>"
        f'<p><a href="{SITE}/gioi-thieu/co-cau-to-chuc">Xem cơ cấu tổ chức &raquo;</a></p>'
    )
    return _journal_page(request, "gioi-thieu", [("Giới thiệu", None)], 20217, "Giới thiệu chung", inner)


def structure_page(request: Request) -> Response:
    rows = [
        ("Nguyễn Văn Hải", "Trưởng phòng", "Phụ trách chung, công tác tổ chức cán bộ"),
        ("Trần Văn Khánh", "Phó Trưởng phòng", "Phụ trách cấp THCS, công tác thi đua"),
        ("Lê Thị Minh Phương", "Phó Trưởng phòng", "Phụ trách cấp Mầm non, Tiểu học"),
        ("Đỗ Mạnh Cường", "Chuyên viên", "Kế hoạch - Tài chính, cơ sở vật chất"),
    ]
    trs = "".join(f"<tr><td>{k}</td><td>{text(a)}</td><td>{text(b)}</td><td>{text(c)}</td></tr>"
                  for k, (a, b, c) in enumerate(rows, 1))
    inner = (
        '<table border="1" cellpadding="4" cellspacing="0" style="width:100%"><tbody>'
        "<tr><td><strong>TT</strong></td><td><strong>Họ và tên</strong></td><td><strong>Chức vụ</strong></td>"
        f"<td><strong>Nhiệm vụ được giao</strong></td></tr>{trs}</tbody></table>"
        "<p>Điện thoại cơ quan: 0211.3862.415</p>"
    )
    crumbs = [("Giới thiệu", f"{SITE}/gioi-thieu"), ("Cơ cấu tổ chức", None)]
    return _journal_page(request, "gioi-thieu/co-cau-to-chuc", crumbs, 20225, "Cơ cấu tổ chức", inner)


DOCS = [
    ("512/TB-PGDĐT", "30/11/2026", "Thông báo tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp THCS", NOTICE_PDF),
    ("498/KH-PGDĐT", "18/11/2026", "Kế hoạch kiểm tra cuối học kỳ I năm học 2026 - 2027", PDF_ROWS[1][1]),
    ("421/HD-PGDĐT", "05/10/2026", "Hướng dẫn thực hiện nhiệm vụ năm học 2026 - 2027 cấp THCS",
     pdf_path(35603, "421-HD-PGDDT.pdf", 1759640400000)),
]


def documents_page(request: Request) -> Response:
    trs = "".join(
        f'<tr><td class="table-cell first">{num}</td><td class="table-cell">{day}</td>'
        f'<td class="table-cell"><a href="{esc(href)}" target="_blank">{text(about)}</a></td>'
        f'<td class="table-cell last"><a href="{esc(href)}" title="Tải về"><i class="icon-download"></i></a></td></tr>'
        for num, day, about, href in DOCS
    )
    body = (
        '<div class="lfr-search-container-wrapper"><div class="table-responsive">'
        '<table class="table table-bordered table-hover table-striped"><thead class="table-columns"><tr>'
        "<th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>"
        f'<tbody class="table-data">{trs}</tbody></table></div>'
        f'<div class="taglib-search-iterator-page-iterator-bottom"><small class="search-results">Hiển thị {len(DOCS)} kết quả.</small></div></div>'
    )
    col1 = breadcrumb(base_url(request), [("Văn bản", None)]) + portlet(
        "vanban_WAR_vpportlet_INSTANCE_Vb3nK7sQe1Wz", "Văn bản chỉ đạo, điều hành", body
    )
    return page(request, "van-ban", col1)


def album_page(request: Request) -> Response:
    pics = "".join(
        f'<div class="col-md-4"><a class="vp-anh" data-title="Ảnh {k}" href="{esc(photo(35590, f"album-2026-{k}.jpg", 1764300000000))}">'
        f'<img alt="" class="img-thumbnail" src="{esc(photo(35590, f"album-2026-{k}.jpg", 1764300000000))}" /></a></div>'
        for k in range(1, 7)
    )
    body = f'<h4 class="vp-album__td">Hoạt động ngành Giáo dục thành phố năm 2026</h4><div class="row">{pics}</div>'
    col1 = breadcrumb(base_url(request), [("Thư viện ảnh", None)]) + portlet(
        "thuvienanh_WAR_vpportlet_INSTANCE_Ta6mY2bHn8Rc", "Thư viện ảnh", body
    )
    return page(request, "thu-vien-anh", col1)


def contact_page(request: Request) -> Response:
    inner = (
        "<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ VĨNH YÊN</strong></p>"
        "<p>Địa chỉ: Số 12, đường Kim Ngọc, phường Ngô Quyền, thành phố Vĩnh Yên, tỉnh Vĩnh Phúc</p>"
        "<p>Điện thoại: 0211.3862.415 - Fax: 0211.3862.416</p><p>Email: pgdvinhyen@vinhphuc.edu.vn</p>"
        '<form action="javascript:;" class="vp-lienhe" method="post"><input name="hoTen" placeholder="Họ và tên" type="text" />'
        '<input name="email" placeholder="Email" type="text" /><textarea name="noiDung" placeholder="Nội dung"></textarea>'
        '<button class="btn btn-primary" type="button">Gửi liên hệ</button></form>'
        '<p><iframe height="300" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3717.0!2d105.5967!3d21.3089" '
        'style="border:0" width="100%"></iframe></p>'
    )
    return _journal_page(request, "lien-he", [("Liên hệ", None)], 20241, "Liên hệ", inner)


def search_page(request: Request) -> Response:
    q = request.params.get("q", "")
    body = (
        f'<p class="search-total-label">Không tìm thấy kết quả nào cho <strong>{esc(q)}</strong>.</p>'
        "<p>Vui lòng kiểm tra lại chính tả hoặc thử từ khóa khác.</p>"
    )
    col1 = portlet("com_liferay_portal_search_web_portlet_SearchPortlet", "Tìm kiếm", body)
    return page(request, "search", col1, with_sidebar=False)


# --- routing ----------------------------------------------------------------------------------

FRIENDLY = re.compile(rf"{SITE}/(tin-tuc-su-kien|thong-bao)/-/chi-tiet/(\d+)/([^/]+)")
PAGES = {
    "gioi-thieu": intro_page,
    "gioi-thieu/co-cau-to-chuc": structure_page,
    "van-ban": documents_page,
    "thu-vien-anh": album_page,
    "lien-he": contact_page,
    "search": search_page,
}


def _not_found() -> Response:
    return html(
        '<html><head><title>Không tìm thấy trang - Cổng thông tin điện tử thành phố Vĩnh Yên</title></head>'
        '<body><div class="alert alert-danger">Không tìm thấy trang yêu cầu. Trang có thể đã bị xóa hoặc đường dẫn không đúng.'
        "</div></body></html>",
        status=404,
    )


class LiferaySite:
    def respond(self, request: Request) -> Response | None:
        path = unicodedata.normalize("NFC", unquote(request.path))
        if path.startswith("/o/"):
            return static_file(path)
        if path == "/combo":
            return Response(200, b"/* combo */", {"Content-Type": "application/javascript"})
        if path.startswith("/image/"):
            return static_file("x.jpg")
        if path.startswith("/documents/"):
            return self._document(path)
        if path == "/":
            return redirect(START_PATH)
        if path in (SITE, SITE + "/"):
            return home_page(request)
        if not path.startswith(SITE + "/"):
            return _not_found()
        m = FRIENDLY.fullmatch(path)
        if m:
            story = BY_ID.get(int(m.group(2)))
            if story and story.cat == m.group(1) and m.group(3) in (story.slug, old_slug(story)):
                return detail_page(request, story.cat, story)
            return _not_found()
        layout = path[len(SITE) + 1 :].rstrip("/")
        if layout in INSTANCES:
            params = request.params
            n = ns(layout)
            if params.get("p_p_id") == portlet_id(layout) and params.get(n + "mvcRenderCommandName") == "/chi-tiet":
                try:
                    story = BY_ID.get(int(params.get(n + "articleId", "")))
                except ValueError:
                    story = None
                home_ok = layout == "trang-chu" and story is not None and story.cat == "tin-tuc-su-kien"
                if story is None or not (story.cat == layout or home_ok):
                    return _not_found()
                return detail_page(request, layout, story)
            if layout == "trang-chu":
                return home_page(request)
            return listing_page(request, layout)
        if layout in PAGES:
            return PAGES[layout](request)
        return _not_found()

    @staticmethod
    def _document(path: str) -> Response | None:
        parts = path.split("/")
        if len(parts) < 5 or parts[2] != str(GROUP):
            return None
        fname = parts[4].lower()
        if fname.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        return static_file(fname)


def build_site() -> LiferaySite:
    return LiferaySite()


# --- gold -------------------------------------------------------------------------------------


def _gold() -> list[dict]:
    records = []
    for s in STORIES:
        path = friendly(s)
        alts = [render_url(s.cat, s.id)]
        if s.cat == "tin-tuc-su-kien":
            alts.append(render_url("trang-chu", s.id))
        if old_slug(s):
            alts.append(friendly(s, old_slug(s)))
        records.append(gold_record(s, path, SECTIONS[s.cat], canonical_path=path, alt_paths=alts))
    return records


GOLD = _gold()

NON_ARTICLES = [
    f"{SITE}/gioi-thieu",
    f"{SITE}/gioi-thieu/co-cau-to-chuc",
    f"{SITE}/van-ban",
    f"{SITE}/thu-vien-anh",
    f"{SITE}/lien-he",
]
