"""Phòng Giáo dục và Đào tạo huyện Cam Lâm (Khánh Hòa) on Liferay Portal 7.0 CE GA (blind fixture).

Platform
--------
Liferay Portal 7.0 CE GA2 with the district's own theme ("pgd-camlam-theme", Bootstrap 3 through
Lexicon). Pages are layouts of the site ``/web/pgd-camlam``; news is shown by Asset Publisher
portlets (legacy portlet id ``101``: ``portlet-boundary_101_``, ``p_p_id_101_INSTANCE_<id>_``) in
"abstracts" display with "Xem tiếp »" links, pagination type "More" (simple): only
"Trang trước / Trang sau", with the namespaced ``_101_INSTANCE_<id>_cur`` / ``_delta`` parameters.
A web content is shown in the publisher's full-content view through its FreeMarker template
(title, "Ngày …", text, "Tác giả", "Quay lại"); a second publisher ("Tin liên quan", related
assets) sits under the first in column 1. The theme adds a "Tin mới" ``<marquee>`` ticker, an
infinite-scroll script for the listings, and the chrome of a district portal (date, menu with
drop-downs, breadcrumb, sidebar: most-read, new documents, poll, links, visitor counter; footer).

URL scheme
----------
- ``/`` -> 302 to ``/web/pgd-camlam`` (START_PATH); the home layout also at ``/web/pgd-camlam/trang-chu``.
- listings: ``/web/pgd-camlam/tin-tuc`` and ``/web/pgd-camlam/thong-bao``; page N is
  ``?p_p_id=101_INSTANCE_<A>&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1
  &p_p_col_pos=1&p_p_col_count=2&_101_INSTANCE_<A>_delta=4&…&_101_INSTANCE_<A>_cur=N``
  (Tin tức: delta 4, 3 pages; Thông báo: delta 3, 2 pages). ``p_p_state=exclusive`` gives the
  portlet's fragment (what the infinite-scroll script loads).
- articles: ``/web/pgd-camlam/<layout>/-/asset_publisher/<instance>/content/<url-title>`` with
  ``?redirect=<listing>`` (listing links), ``?inheritRedirect=true&redirect=<article>`` ("Tin
  liên quan" links), ``?inheritRedirect=true`` (most-read box), bare (marquee). The print view is
  the same URL with ``?p_p_state=pop_up&_101_INSTANCE_<instance>_viewMode=print`` (opened by
  ``window.open`` in a script). ``/en/…`` serves every page again with English chrome.
- files: ``/documents/20147/<folderId>/<file name>/<uuid>?t=<ms>`` (photos and PDFs, the path ending
  in the uuid), ``/image/journal/article?img_id=…&t=…`` (older article photos),
  ``/image/layout_set_logo?img_id=…``, ``/o/pgd-camlam-theme/…``, ``/combo?…``.
- other layouts: gioi-thieu, co-cau-to-chuc, van-ban, thu-vien-anh, lien-he (NON_ARTICLES), tim-kiem.

Page templates
--------------
Home: marquee + publisher H ("Tin tức - Sự kiện", 5 newest of both categories, abstracts).
Listing layouts: publisher A (abstracts + simple pager, hidden by the infinite-scroll CSS),
publisher R (related assets: shows nothing when no article is open). Full content: A (or H, or R)
prints Liferay's taglib header (back arrow + ``<h3 class="header-title">``), the print icon, the
web content (template "Tin bài" for Tin tức: ``h2.pgd-bv-tde``, ``div.pgd-bv-ngay`` "Ngày
03/12/2026", listen-to-article player and font-size tool, optional ``div.pgd-bv-tt`` lead,
``div.pgd-bv-nd`` text, ``div.pgd-bv-tg`` "Tác giả: …", "« Quay lại"; template "Thông báo":
``h2.tbao-ct-td``, ``p.tbao-ct-ng`` "Ngày <raw display date>", ``div.tbao-ct-nd``, ``p.tbao-ct-tg``),
ratings, the asset metadata (modified date, CMS user, view count), comments; then R's
"Tin liên quan" title list.

How each gold article is reached
--------------------------------
Tin tức (9, newest first): page 1 has #1 #2 #3 #4, page 2 (only via "Trang sau") #5 #6 #7 #8,
page 3 #9. Thông báo (4): page 1 #10 #11 #12, page 2 #13. Home H shows #1 #10 #2 #11 #3; the
marquee the same five; most-read #2 #4 #1 #10 #3. Related links join #1-#2, #1-#3, #1-#4, #2-#7,
#3-#5, #4-#5, #10-#11, #10-#12. #6, #8, #9 and #13 are linked only from page 2+ of a listing.

Traps
-----
1. Pagination in "More" mode (pagination): no page numbers, only "Trang trước / Trang sau"
   links with a dozen namespaced parameters; the disabled one is ``href="javascript:;"``; the
   theme's infinite-scroll CSS hides the pager (``display:none``; still in the markup) and offers
   a "Xem thêm tin" ``<button data-url="…p_p_state=exclusive…">``; an out-of-range ``cur``
   answers 200 with the last page; and every page's ``<link rel="canonical">`` is the layout
   without its query, so page 2 and 3 claim to be page 1. Gold: #5-#9 and #13 are reachable only
   through "Trang sau" (the listing pages are not articles).
2. One article, many URLs (duplicates): the same web content is served by the listing's
   publisher A, the home page's publisher H (``/trang-chu/-/asset_publisher/<H>/…``), the
   related publisher R (``/tin-tuc/-/asset_publisher/<R>/…``), under ``/en/``, in a print pop-up,
   with ``redirect`` / ``inheritRedirect`` queries. Liferay's canonical only drops the query, so
   the H, R and /en/ forms carry canonicals of their own. Gold: path = canonical = A's bare URL;
   every other form in ``alt_paths``; category from A's layout (not "Trang chủ").
3. Two publishers rendered on one page (not in the README's list): following a "Tin liên quan"
   link opens the article in publisher R while publisher A, first in the column, goes on printing
   its page-1 listing (four abstracts with pictures, summaries, "Xem tiếp »" and pager) ABOVE it.
   Gold: that page is an alt path of the article; title/body/images are R's article only.
4. Template engine error dump (not in the list): #3's template dies at its "Tác giả" field and
   FreeMarker's HTML_DEBUG handler prints its yellow box inside ``journal-content-article``: stray
   ``</table></a></b>``/``</html>`` end tags, "FreeMarker template error", the FTL and Java stack
   traces; the rest of the template (byline, "Quay lại") is never printed and one ``<div>`` stays
   open; libxml2 takes the stray end tags at their word and puts everything after the box
   (metadata, ratings, "Tin liên quan", sidebar, footer) outside ``<body>``. Gold: body ends with
   the text's last paragraph (the box is no text); authors [].
5. Raw display date in UTC (dates, a kind of its own: a server-side time zone): the "Thông báo"
   template prints ``reserved-article-display-date`` unformatted, "Ngày Wed, 02 Dec 2026 03:10:00
   +0000" (RFC 822, English names, UTC, since Liferay runs its JVM in GMT). Gold: converted to the
   site's zone, "2026-12-02T10:10:00+07:00". The asset metadata under the article prints the
   modified date "Ngày sửa đổi 04/12/26" (two-digit year) and the listings the display date
   "03/12/26": neither is the gold's source when the template prints one.
6. Extensionless photo URLs (not in the list): photos are Documents & Media URLs ending in the
   file's uuid plus ``?t=<ms>`` (file names with ``+`` and percent-encoded Vietnamese), or the
   older ``/image/journal/article?img_id=…&t=…``; listings show ``&imageThumbnail=1`` variants of
   the same files. Gold: image paths with their query as printed (``…/<uuid>?t=…``); thumbnails
   of other articles and the logo (``/image/layout_set_logo?…``) are not the article's images.
7. Headline hidden among headings (not in the list): the page's only ``<h1>`` elements are the
   site name and the layout's ``<h1 class="hide-accessible">Tin tức</h1>``; the headline is printed
   twice (``h3.header-title`` of the taglib header and the template's ``h2``); link texts carry
   ``<span class="hide-accessible">về <title></span>``; the print icon's text is "In <title>".
   Gold: title is the headline once, as printed.
8. Between the headline and the text (chrome): a listen-to-article ``<audio>`` player ("Nghe đọc bài
   viết"), a font-size tool "Cỡ chữ: A- A A+", a lead in ``div.pgd-bv-tt`` (the sapo, outside the
   text: #1 #2 #4 #8). Gold: the lead is summary and first body paragraph; the tools are not text.
9. Bylines in the template's "Tác giả" field (bylines): "Tổ Tiểu học" (a unit: itself), "Tin,
   ảnh: Hoàng Yến", "ThS. Trần Minh Quân - Phó Trưởng phòng" (-> "Trần Minh Quân"), "Nguyễn Thị
   Thu Hà (Trường THCS Hoàng Hoa Thám)", "Tin: Lê Thảo - Ảnh: Quốc Bảo", "BBT"/"admin" (nobody);
   #7's field is empty and the byline is the text's right-aligned last line "Minh Tâm" before
   "Theo Báo Khánh Hòa" (source). The metadata's "Quản Trị Viên" is the CMS user: nobody.
10. Captions three ways (captions): a centred italic line after the photo, a two-row table
    ``table.pgd-khunganh``, a right-aligned "(Ảnh: Minh Tâm)" that only credits (caption None,
    photographer Minh Tâm); #3's old photo has only a long ``alt``. Gold as the README says.
11. Text as editors left it (encodings/markup): #5 is stored decomposed (NFD, pasted from a PDF);
    #12 was typed in the old editor with every non-ASCII letter as an entity (``&agrave;``,
    ``&#7873;``); #6 is a Word paste (``MsoNormal``, ``mso-list:Ignore`` dashes, ``<o:p>``).
    Gold: NFC text, list markers dropped.
12. A notice printed as an official document (#11): letterhead table, "THÔNG BÁO" / "Về việc …",
    "Nơi nhận" and signer table. Gold: letterhead's day "2026-11-24" (the template prints "Wed, 25
    Nov 2026 01:20:00 +0000"), signer "Lê Văn Tùng" as author, letterhead/closing not body.
13. Locale duplicates (not in the list): every page's head carries ``hreflang`` alternates, the
    ``en-US`` one at ``/en/<same path>``, which answers 200 with English chrome ("Read More »",
    "Previous / Next", "Back") around the same Vietnamese web content; its links are unprefixed.
    Gold: ``/en/…`` forms are alt paths.

Gold decisions on ambiguous points
----------------------------------
- ``alt_paths`` is every target that serves the article, collected by walking the site in
  process from START_PATH (links, ``<link rel="alternate">`` and the print pop-ups' ``window.open``
  targets); the redirect values are the linking page's canonical form, so the set is finite.
- Template "Tin bài" prints the day only ("Ngày 03/12/2026"): ``published_at`` is the day.
- Table rows in the text are paragraphs (cells joined by " | "), the header row included;
  ``<br>``-split lines of #10 are two paragraphs; "File đính kèm" and "Xem thêm" lines are not text.
- #9's bold first paragraph inside the text is the sapo (summary) and stays the body's first
  paragraph; the listings' abstracts (description or the first 200 characters + "...") are not.
- The "Tin liên quan", "Tin mới" and most-read lists are chrome; #8's YouTube iframe is no text.
"""

from __future__ import annotations

import html as _html
import re
from collections import deque
from dataclasses import replace
from datetime import datetime, timedelta
from urllib.parse import quote, urljoin, urlsplit

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

NAME = "liferay70_asset_publisher_scroll_pgd"
PLATFORM = "Liferay Portal 7.0 CE GA (Asset Publisher, simple pagination, FreeMarker web content templates)"
START_PATH = "/web/pgd-camlam"

SITE = "/web/pgd-camlam"
GROUP = 20147
SITE_NAME = "Phòng Giáo dục và Đào tạo huyện Cam Lâm"
SHORT_NAME = "Phòng GD&ĐT Cam Lâm"

#: Asset Publisher instance ids (twelve characters, as Liferay generates them)
INST_HOME = "bWnq5Xc1hHZk"
INST_LIST = {"tin-tuc": "Fg7pLk2QeR9s", "thong-bao": "Tz3mVb8KoW1c"}
INST_REL = {"tin-tuc": "Rl4dYh6NjA0u", "thong-bao": "Qe9sPx2MvC5t"}
DELTA = {"tin-tuc": 4, "thong-bao": 3}
CATS = {"tin-tuc": "Tin tức", "thong-bao": "Thông báo"}
PLID = {
    "trang-chu": 20352,
    "gioi-thieu": 20358,
    "co-cau-to-chuc": 20361,
    "tin-tuc": 20364,
    "thong-bao": 20367,
    "van-ban": 20370,
    "thu-vien-anh": 20373,
    "lien-he": 20376,
    "tim-kiem": 20379,
}
TODAY_VI = "Thứ Bảy, 05/12/2026"
TODAY_EN = "Saturday, 05/12/2026"


def _doc(folder: int, name: str, uuid: str, t: int) -> str:
    """A Documents & Media URL as Liferay 7.0 prints it (file title, then the uuid, then ?t=)."""
    return f"/documents/{GROUP}/{folder}/{name}/{uuid}?t={t}"


# --- the photos -------------------------------------------------------------------------------
IMG_GVDG_1 = _doc(36512, "GVDG-TH-01.jpg", "5b7c2e91-4f0a-4d7e-9a3b-1c2d3e4f5a60", 1764745212345)
IMG_GVDG_2 = _doc(36512, "GVDG-TH-02.jpg", "8d21f0c4-77e3-4b1a-a2f9-0c6b5d4e3f21", 1764745298771)
IMG_HKPD_1 = _doc(
    36789,
    "H%E1%BB%99i+kh%E1%BB%8Fe+Ph%C3%B9+%C4%90%E1%BB%95ng+01.JPG",
    "0f9e8d7c-6b5a-4e3d-9c2b-1a0f9e8d7c6b",
    1764311000456,
)
IMG_HKPD_2 = _doc(
    36789,
    "H%E1%BB%99i+kh%E1%BB%8Fe+Ph%C3%B9+%C4%90%E1%BB%95ng+02.JPG",
    "2c4e6a8b-0d1f-4a3c-8e5b-7d9f1b3d5e7a",
    1764311034902,
)
IMG_CDS = "/image/journal/article?img_id=41023&t=1764018000321"
IMG_2011 = _doc(37104, "le-ky-niem-20-11.jpg", "c3a1b5d7-9e2f-4c6a-8b0d-1e3f5a7c9b2d", 1763630400888)
IMG_STEM = _doc(37311, "clb-stem-hht.jpg", "6e8f0a2c-4b6d-4f8a-9c1e-3a5c7e9b1d3f", 1763110800112)
IMG_HEODAT = _doc(37540, "heo-dat-cd1.jpg", "9a7b5c3d-1e2f-4a6b-8c0d-2e4f6a8b0c1d", 1761710400777)
IMG_OLY = _doc(37622, "olympic-tieng-anh-2026.jpg", "4d6f8b0a-2c4e-4f6a-8b1c-5d7f9a1b3c5e", 1761037200654)
IMG_BANNER_DVC = _doc(20501, "banner-dichvucong.png", "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", 1700000000000)
IMG_BANNER_SO = _doc(20501, "banner-so-gddt.png", "5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b", 1700000000000)

# --- the documents (PDF) ----------------------------------------------------------------------
DOC_LICH_KT = _doc(38012, "Lich+KT+HKI+2026-2027.pdf", "7b9d1f3a-5c7e-4a9b-8d1f-3a5c7e9b1d3f", 1764645000123)
DOC_OLY = _doc(37620, "KH+Olympic+tieng+Anh+2026.pdf", "2f4a6c8e-0b2d-4f6a-9c8e-0a2c4e6b8d0f", 1759900000555)
DOC_SK = _doc(38001, "TB+418-PGDDT.pdf", "3c5e7a9b-1d3f-4b5d-8f7a-9c1e3a5b7d9f", 1764050000999)
DOC_KH_HK1 = _doc(38001, "KH+45-PGDDT+kiem+tra+HKI.pdf", "8e0a2c4f-6b8d-4a0c-9e2f-4b6d8f0a2c4e", 1763500000111)
DOC_CV_BANTRU = _doc(38001, "CV+402-PGDDT+ban+tru.pdf", "5a7c9e1b-3d5f-4a7c-8e1b-3d5f7a9c1e3b", 1762000000222)
DOCS = [
    ("418/TB-PGDĐT", "24/11/2026", "Thông báo kết quả xét công nhận sáng kiến cấp huyện năm học 2025 - 2026", DOC_SK),
    ("45/KH-PGDĐT", "18/11/2026", "Kế hoạch kiểm tra cuối học kỳ I năm học 2026 - 2027", DOC_KH_HK1),
    ("402/PGDĐT-MN", "27/10/2026", "V/v tăng cường công tác quản lý bán trú tại các trường mầm non", DOC_CV_BANTRU),
    ("381/KH-PGDĐT", "08/10/2026", "Kế hoạch tổ chức Hội thi Olympic tiếng Anh cấp huyện", DOC_OLY),
]

# --- the articles -----------------------------------------------------------------------------
# opts: disp = display date (local, "YYYY-MM-DD HH:MM"); mod = modified date as the metadata
# prints it; byline = the template's "Tác giả" field (None: empty); markup = plain | mso | nfd |
# entities; tpl_error = the template dies at the byline; desc = the asset's description.

_LETTERHEAD = Raw(
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%;"><tbody><tr>'
    '<td style="text-align: center; width: 42%;">UBND HUYỆN CAM LÂM<br />'
    "<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong><br />──────<br />Số: 418/TB-PGDĐT</td>"
    '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong>Độc lập - Tự do - Hạnh phúc</strong><br />────────────<br />"
    "<em>Cam Lâm, ngày 24 tháng 11 năm 2026</em></td></tr></tbody></table>"
    '<p style="text-align: center;">&nbsp;</p>'
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
    '<p style="text-align: center;"><strong>Về việc kết quả xét công nhận sáng kiến cấp huyện'
    " năm học 2025 - 2026</strong></p>"
)
_CLOSING = Raw(
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%;"><tbody><tr>'
    '<td style="vertical-align: top; width: 50%;"><strong><em>Nơi nhận:</em></strong><br />'
    '<span style="font-size:11px;">- Các trường MN, TH, THCS;<br />- UBND huyện (b/c);<br />'
    "- Lưu: VT, TĐKT.</span></td>"
    '<td style="text-align: center; vertical-align: top;"><strong>TRƯỞNG PHÒNG</strong><br /><br />'
    "<em>(Đã ký)</em><br /><br /><strong>Lê Văn Tùng</strong></td></tr></tbody></table>"
)

STORIES: list[Story] = [
    Story(
        1,
        "hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
        "Hội thi Giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027",
        "tin-tuc",
        "2026-12-03",
        [
            P("Hội thi nhằm phát hiện, tôn vinh những giáo viên có năng lực chuyên môn vững vàng, có phương pháp dạy học tích cực, đồng thời tạo điều kiện để giáo viên giao lưu, học hỏi kinh nghiệm, góp phần nâng cao chất lượng thực hiện Chương trình giáo dục phổ thông 2018."),
            P("Mỗi giáo viên dự thi phải trải qua hai phần: trình bày biện pháp nâng cao chất lượng giảng dạy và thực hành dạy hai tiết trên lớp, trong đó có một tiết môn Tiếng Việt hoặc Toán và một tiết do Ban Tổ chức bốc thăm. Các tiết dạy được tổ chức tại Trường Tiểu học Cam Đức 1, Trường Tiểu học Cam Hải Tây và Trường Tiểu học Cam Thành Bắc."),
            Img(IMG_GVDG_1, "Cô Nguyễn Thị Mỹ Duyên, Trường Tiểu học Cam Đức 1, trong tiết dạy môn Tiếng Việt lớp 3.", "Cô Nguyễn Thị Mỹ Duyên, Trường Tiểu học Cam Đức 1, trong tiết dạy môn Tiếng Việt lớp 3."),
            P("Theo đánh giá của Ban Giám khảo, nhiều tiết dạy được chuẩn bị công phu, vận dụng linh hoạt các kỹ thuật dạy học tích cực như khăn trải bàn, mảnh ghép, góc học tập; việc ứng dụng công nghệ thông tin, sử dụng bài giảng điện tử và học liệu số được giáo viên thực hiện nhuần nhuyễn, giúp học sinh hứng thú, chủ động trong giờ học."),
            P("Bên cạnh đó, một số giáo viên còn lúng túng trong việc phân bố thời gian giữa các hoạt động, phần vận dụng chưa gắn nhiều với thực tiễn địa phương. Ban Giám khảo đã góp ý cụ thể sau mỗi tiết dạy để giáo viên tiếp tục hoàn thiện."),
            Img(IMG_GVDG_2, "Ban Giám khảo trao đổi, góp ý sau tiết dạy.", "Ban Giám khảo trao đổi, góp ý sau tiết dạy."),
            P("Kết quả, Ban Tổ chức đã công nhận 52 giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp huyện, trong đó 17 giáo viên được đề nghị tham dự hội thi cấp tỉnh dự kiến tổ chức vào tháng 3/2027."),
            P("Phát biểu bế mạc, bà Đặng Thị Hồng Nhung, Phó Trưởng phòng Giáo dục và Đào tạo, ghi nhận sự chuẩn bị nghiêm túc của các đơn vị và đề nghị các trường tiếp tục tổ chức chuyên đề, dự giờ, chia sẻ các tiết dạy tốt để lan tỏa kết quả hội thi đến toàn thể đội ngũ."),
        ],
        authors=["Tổ Tiểu học"],
        summary="Từ ngày 30/11 đến ngày 03/12/2026, Phòng Giáo dục và Đào tạo huyện Cam Lâm tổ chức Hội thi Giáo viên dạy giỏi cấp huyện bậc Tiểu học với sự tham gia của 68 giáo viên đến từ 19 trường tiểu học trên địa bàn huyện.",
        sapo_outside=True,
        opts={"disp": "2026-12-03 00:00", "mod": "04/12/26", "byline": "Tổ Tiểu học"},
    ),
    Story(
        2,
        "cam-lam-to-chuc-hoi-khoe-phu-dong-cap-huyen-lan-thu-xi-nam-2026",
        "Cam Lâm tổ chức Hội khỏe Phù Đổng cấp huyện lần thứ XI năm 2026",
        "tin-tuc",
        "2026-11-28",
        [
            P("Tham dự lễ khai mạc có ông Nguyễn Văn Hiền, Phó Chủ tịch UBND huyện; lãnh đạo các phòng, ban, đoàn thể của huyện cùng hơn 1.200 vận động viên là học sinh của 35 trường tiểu học và trung học cơ sở trên địa bàn."),
            P("Hội khỏe năm nay tổ chức thi đấu 8 môn: điền kinh, bơi lội, cờ vua, bóng bàn, cầu lông, bóng đá, đá cầu và võ cổ truyền. Các môn thi đấu diễn ra từ ngày 27/11 đến ngày 06/12/2026 tại Trung tâm Văn hóa - Thể thao huyện và một số trường học có sân bãi đạt chuẩn."),
            Img(IMG_HKPD_1, "Các đoàn vận động viên diễu hành tại lễ khai mạc.", "Các đoàn vận động viên diễu hành tại lễ khai mạc.", "table"),
            P("Phát biểu khai mạc, ông Nguyễn Văn Hiền nhấn mạnh Hội khỏe Phù Đổng là dịp để kiểm tra, đánh giá kết quả công tác giáo dục thể chất và hoạt động thể thao trong trường học, đồng thời phát hiện, bồi dưỡng những học sinh có năng khiếu để tham gia Hội khỏe Phù Đổng tỉnh Khánh Hòa lần thứ XI."),
            Img(IMG_HKPD_2, "Phần đồng diễn thể dục của học sinh Trường THCS Lương Thế Vinh.", "Phần đồng diễn thể dục của học sinh Trường THCS Lương Thế Vinh.", "table"),
            P("Ngay sau lễ khai mạc, các vận động viên bước vào thi đấu môn cờ vua và điền kinh. Ban Tổ chức đề nghị các đoàn chấp hành nghiêm điều lệ, thi đấu trung thực, đoàn kết, bảo đảm an toàn trong suốt thời gian diễn ra hội khỏe."),
        ],
        authors=["Hoàng Yến"],
        photographers=["Hoàng Yến"],
        summary="Sáng 27/11, tại Trung tâm Văn hóa - Thể thao huyện, Phòng Giáo dục và Đào tạo phối hợp với Phòng Văn hóa và Thông tin huyện Cam Lâm khai mạc Hội khỏe Phù Đổng cấp huyện lần thứ XI năm 2026.",
        sapo_outside=True,
        opts={"disp": "2026-11-28 00:00", "mod": "28/11/26", "byline": "Tin, ảnh: Hoàng Yến"},
    ),
    Story(
        3,
        "tap-huan-chuyen-doi-so-trong-quan-ly-truong-hoc-cho-can-bo-quan-ly",
        "Tập huấn chuyển đổi số trong quản lý trường học cho cán bộ quản lý",
        "tin-tuc",
        "2026-11-25",
        [
            P("Trong hai ngày 23 và 24/11/2026, Phòng Giáo dục và Đào tạo huyện Cam Lâm tổ chức lớp tập huấn chuyển đổi số trong quản lý trường học cho 96 cán bộ quản lý các trường mầm non, tiểu học và trung học cơ sở trên địa bàn huyện."),
            Img(IMG_CDS, None, None, "none"),
            P("Lớp tập huấn tập trung vào các nội dung: khai thác, cập nhật cơ sở dữ liệu ngành; sử dụng hồ sơ điện tử, học bạ số; ứng dụng chữ ký số trong quản lý văn bản và thanh toán không dùng tiền mặt trong nhà trường."),
            P("Lịch tập huấn cụ thể như sau:"),
            P("Thời gian | Nội dung | Đối tượng", "th"),
            P("Sáng 23/11 | Cơ sở dữ liệu ngành, học bạ số | Cán bộ quản lý khối Mầm non", "tr"),
            P("Chiều 23/11 | Hồ sơ điện tử, chữ ký số | Cán bộ quản lý khối Tiểu học", "tr"),
            P("Ngày 24/11 | Thanh toán không dùng tiền mặt, an toàn thông tin | Cán bộ quản lý khối THCS", "tr"),
            P("Báo cáo viên là các chuyên viên của Sở Giáo dục và Đào tạo Khánh Hòa và kỹ sư của doanh nghiệp cung cấp giải pháp phần mềm quản lý trường học. Ngoài phần lý thuyết, học viên được thực hành trực tiếp trên máy tính, xử lý các tình huống thường gặp khi vận hành hệ thống."),
            P("Qua lớp tập huấn, Phòng Giáo dục và Đào tạo yêu cầu các trường hoàn thành việc triển khai học bạ số đối với các lớp 1, 2, 3 và lớp 6, 7 trước ngày 31/12/2026, đồng thời cử cán bộ phụ trách công nghệ thông tin để hỗ trợ giáo viên trong quá trình thực hiện."),
        ],
        opts={"disp": "2026-11-25 00:00", "mod": "26/11/26", "tpl_error": True, "alt": "Cán bộ quản lý các trường thực hành cập nhật học bạ số trên máy tính tại lớp tập huấn"},
    ),
    Story(
        4,
        "nganh-giao-duc-cam-lam-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Ngành Giáo dục Cam Lâm kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        "tin-tuc",
        "2026-11-20",
        [
            P("Năm học 2025 - 2026, toàn huyện có 58 trường học với hơn 24.000 học sinh và gần 1.500 cán bộ, giáo viên, nhân viên. Tỷ lệ trường đạt chuẩn quốc gia đạt 74,1%; chất lượng giáo dục toàn diện tiếp tục được giữ vững, học sinh giỏi cấp tỉnh đạt 46 giải, tăng 9 giải so với năm học trước."),
            P("Tại buổi lễ, các đại biểu đã ôn lại truyền thống vẻ vang của ngành Giáo dục và những đóng góp to lớn của đội ngũ nhà giáo trong sự nghiệp trồng người. Nhiều thầy cô dù công tác ở các xã còn khó khăn như Sơn Tân, Cam Phước Tây vẫn kiên trì bám trường, bám lớp, tận tụy với học sinh."),
            P("“Mỗi thầy cô giáo hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo để học sinh noi theo”, ông Trần Quốc Khánh, Chủ tịch UBND huyện, phát biểu tại buổi lễ.", "quote"),
            Img(IMG_2011, "Lãnh đạo huyện trao Giấy khen cho các tập thể có thành tích xuất sắc.", "Lãnh đạo huyện trao Giấy khen cho các tập thể có thành tích xuất sắc."),
            P("Dịp này, Chủ tịch UBND huyện đã tặng Giấy khen cho 12 tập thể và 65 cá nhân; Phòng Giáo dục và Đào tạo khen thưởng 37 giáo viên đạt danh hiệu Chiến sĩ thi đua cơ sở và 15 nhà giáo có sáng kiến kinh nghiệm được công nhận cấp tỉnh."),
        ],
        authors=["Trần Minh Quân"],
        summary="Chiều 19/11/2026, Phòng Giáo dục và Đào tạo huyện Cam Lâm long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương các tập thể, cá nhân có thành tích xuất sắc trong năm học 2025 - 2026.",
        sapo_outside=True,
        opts={"disp": "2026-11-20 00:00", "mod": "21/11/26", "byline": "ThS. Trần Minh Quân - Phó Trưởng phòng"},
    ),
    Story(
        5,
        "truong-thcs-hoang-hoa-tham-ra-mat-cau-lac-bo-stem",
        "Trường THCS Hoàng Hoa Thám ra mắt Câu lạc bộ STEM",
        "tin-tuc",
        "2026-11-14",
        [
            P("Ngày 12/11/2026, Trường THCS Hoàng Hoa Thám (xã Cam Hải Tây) tổ chức lễ ra mắt Câu lạc bộ STEM với 45 thành viên là học sinh các khối lớp 7, 8 và 9."),
            P("Câu lạc bộ sinh hoạt định kỳ vào chiều thứ Năm hằng tuần dưới sự hướng dẫn của các giáo viên môn Khoa học tự nhiên, Công nghệ và Tin học. Nội dung sinh hoạt gồm lắp ráp mô hình, lập trình robot cơ bản, thực hiện các dự án nhỏ gắn với đời sống như tưới cây tự động, cảnh báo ngập nước, đèn tiết kiệm năng lượng."),
            Img(IMG_STEM, "Học sinh giới thiệu mô hình tưới cây tự động tại buổi ra mắt câu lạc bộ.", "Học sinh giới thiệu mô hình tưới cây tự động tại buổi ra mắt câu lạc bộ."),
            P("Tại buổi ra mắt, các nhóm học sinh đã trình bày 6 sản phẩm do chính các em thiết kế trong thời gian chuẩn bị. Nhiều sản phẩm được làm từ vật liệu tái chế, chi phí thấp nhưng có tính ứng dụng cao."),
            P("Thầy Võ Đình Phúc, Hiệu trưởng nhà trường cho biết, việc thành lập câu lạc bộ nhằm tạo sân chơi bổ ích, giúp học sinh vận dụng kiến thức liên môn vào giải quyết vấn đề thực tiễn, đồng thời chuẩn bị lực lượng tham gia Cuộc thi khoa học kỹ thuật cấp huyện trong học kỳ II."),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={"disp": "2026-11-14 00:00", "mod": "14/11/26", "byline": "Nguyễn Thị Thu Hà (Trường THCS Hoàng Hoa Thám)", "markup": "nfd"},
    ),
    Story(
        6,
        "kiem-tra-cong-tac-to-chuc-ban-tru-tai-cac-truong-mam-non",
        "Kiểm tra công tác tổ chức bán trú tại các trường mầm non",
        "tin-tuc",
        "2026-11-06",
        [
            P("Thực hiện kế hoạch kiểm tra năm học 2026 - 2027, từ ngày 02/11 đến ngày 05/11/2026, Phòng Giáo dục và Đào tạo huyện Cam Lâm thành lập đoàn kiểm tra công tác tổ chức bán trú tại 8 trường mầm non trên địa bàn huyện."),
            P("Đoàn kiểm tra tập trung vào các nội dung:"),
            P("Hồ sơ quản lý bán trú, hợp đồng cung cấp thực phẩm và sổ kiểm thực ba bước;", "li"),
            P("Điều kiện cơ sở vật chất bếp ăn, đồ dùng nhà bếp, nguồn nước sinh hoạt;", "li"),
            P("Việc xây dựng thực đơn, tính khẩu phần ăn và công khai tài chính bán trú với cha mẹ trẻ;", "li"),
            P("Công tác chăm sóc giấc ngủ, vệ sinh cá nhân cho trẻ.", "li"),
            P("Qua kiểm tra, các trường đều thực hiện tương đối đầy đủ hồ sơ theo quy định, bếp ăn được bố trí theo nguyên tắc một chiều, thực phẩm có nguồn gốc rõ ràng. Một số trường đã ứng dụng phần mềm dinh dưỡng để xây dựng thực đơn cân đối, phù hợp với từng độ tuổi."),
            P("Bên cạnh đó, đoàn kiểm tra cũng chỉ ra một số hạn chế như việc lưu mẫu thức ăn chưa đúng thời gian quy định, một vài bếp ăn còn chật hẹp, dụng cụ chế biến chưa được phân biệt rõ giữa thực phẩm sống và chín."),
            P("Đoàn đề nghị các trường khắc phục ngay những tồn tại, báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 30/11/2026 để tổng hợp."),
        ],
        opts={"disp": "2026-11-06 00:00", "mod": "09/11/26", "byline": "BBT", "markup": "mso"},
    ),
    Story(
        7,
        "hoc-sinh-truong-tieu-hoc-cam-duc-1-gop-heo-dat-giup-ban-vuot-kho",
        "Học sinh Trường Tiểu học Cam Đức 1 góp “heo đất” giúp bạn vượt khó",
        "tin-tuc",
        "2026-10-29",
        [
            P("Sáng 28/10, Trường Tiểu học Cam Đức 1 tổ chức đập heo đất trong phong trào “Nuôi heo đất - Giúp bạn đến trường” và trao học bổng cho các học sinh có hoàn cảnh khó khăn."),
            P("Sau hơn hai tháng phát động, 32 lớp học của trường đã tiết kiệm được hơn 46 triệu đồng từ tiền quà sáng, tiền mừng tuổi và bán giấy vụn, ve chai. Toàn bộ số tiền được dùng để mua sách vở, đồ dùng học tập, áo ấm và trao học bổng cho 38 học sinh."),
            Img(IMG_HEODAT, "(Ảnh: Minh Tâm)", None, "credit"),
            P("Em Nguyễn Bảo Ngọc, học sinh lớp 4/2, chia sẻ: “Mỗi ngày em bớt lại một ít tiền ăn sáng để nuôi heo đất. Em rất vui vì được góp một phần nhỏ giúp các bạn có thêm sách vở”."),
            P("Cô Lê Thị Kim Oanh, Hiệu trưởng nhà trường cho biết, phong trào được duy trì nhiều năm nay, không chỉ giúp đỡ học sinh khó khăn mà còn giáo dục các em tinh thần tương thân tương ái và thói quen tiết kiệm."),
            Raw('<p style="text-align: right;"><strong>Minh Tâm</strong></p>'),
            Raw('<p style="text-align: right;"><em>Theo <a href="https://www.baokhanhhoa.vn/giao-duc/202610/hoc-sinh-gop-heo-dat-giup-ban-vuot-kho-8712345/" target="_blank">Báo Khánh Hòa</a></em></p>'),
        ],
        authors=["Minh Tâm"],
        photographers=["Minh Tâm"],
        source="Báo Khánh Hòa",
        opts={"disp": "2026-10-29 00:00", "mod": "29/10/26", "byline": None},
    ),
    Story(
        8,
        "hoi-thi-olympic-tieng-anh-cap-huyen-danh-cho-hoc-sinh-trung-hoc-co-so",
        "Hội thi Olympic tiếng Anh cấp huyện dành cho học sinh trung học cơ sở",
        "tin-tuc",
        "2026-10-21",
        [
            P("Hội thi gồm hai vòng. Ở vòng thi viết, thí sinh làm bài trắc nghiệm và tự luận trong 60 phút với các kỹ năng đọc hiểu, ngữ pháp, từ vựng và viết đoạn văn. 30 thí sinh có điểm cao nhất được chọn vào vòng thi nói, trình bày về các chủ đề quen thuộc như gia đình, trường học, bảo vệ môi trường và quê hương Khánh Hòa."),
            Img(IMG_OLY, "Thí sinh trong phần thi nói trước Ban Giám khảo.", "Thí sinh trong phần thi nói trước Ban Giám khảo."),
            P("Kết quả, Ban Tổ chức trao 4 giải Nhất, 8 giải Nhì, 12 giải Ba và 20 giải Khuyến khích. Trường THCS Lương Thế Vinh dẫn đầu với 2 giải Nhất và 3 giải Nhì."),
            Raw('<p style="text-align: center;"><iframe allowfullscreen="" frameborder="0" height="360" src="https://www.youtube.com/embed/q3Xy7TkR2aE" width="640"></iframe></p>'),
            P("Các thí sinh đạt giải Nhất, Nhì sẽ được bồi dưỡng thêm để tham dự kỳ thi chọn học sinh giỏi cấp tỉnh môn Tiếng Anh tổ chức vào tháng 01/2027."),
            Raw(f'<p><strong>Xem thêm:</strong> <a href="{esc(DOC_OLY)}">Kế hoạch tổ chức Hội thi Olympic tiếng Anh cấp huyện năm học 2026 - 2027</a></p>'),
        ],
        authors=["Lê Thảo"],
        photographers=["Quốc Bảo"],
        summary="Ngày 18/10/2026, Phòng Giáo dục và Đào tạo huyện Cam Lâm tổ chức Hội thi Olympic tiếng Anh cấp huyện năm học 2026 - 2027 với 140 thí sinh đến từ 12 trường trung học cơ sở.",
        sapo_outside=True,
        opts={"disp": "2026-10-21 00:00", "mod": "22/10/26", "byline": "Tin: Lê Thảo - Ảnh: Quốc Bảo"},
    ),
    Story(
        9,
        "hoi-nghi-can-bo-cong-chuc-vien-chuc-nganh-giao-duc-nam-hoc-2026-2027",
        "Hội nghị cán bộ, công chức, viên chức ngành Giáo dục huyện Cam Lâm năm học 2026 - 2027",
        "tin-tuc",
        "2026-10-08",
        [
            P("Ngày 07/10/2026, Phòng Giáo dục và Đào tạo huyện Cam Lâm tổ chức Hội nghị cán bộ, công chức, viên chức năm học 2026 - 2027 nhằm đánh giá kết quả năm học trước và thống nhất các chỉ tiêu, nhiệm vụ trọng tâm của năm học mới.", "bold"),
            P("Hội nghị đã nghe báo cáo tổng kết năm học 2025 - 2026, báo cáo công khai tài chính, báo cáo hoạt động của Ban Thanh tra nhân dân và dự thảo quy chế chi tiêu nội bộ năm 2027. Các đại biểu đã thảo luận sôi nổi, đóng góp nhiều ý kiến tâm huyết."),
            P("Một số chỉ tiêu chủ yếu của năm học 2026 - 2027:", "h"),
            P("Huy động 99,5% trẻ 6 tuổi vào lớp 1 và 99% học sinh hoàn thành chương trình tiểu học vào lớp 6;", "li"),
            P("Công nhận mới 3 trường đạt chuẩn quốc gia, công nhận lại 5 trường;", "li"),
            P("100% giáo viên sử dụng thành thạo học bạ số và hồ sơ điện tử.", "li"),
            P("Hội nghị cũng đã phát động phong trào thi đua năm học 2026 - 2027 với chủ đề “Đổi mới, sáng tạo, nâng cao chất lượng giáo dục toàn diện” và bầu Ban Thanh tra nhân dân nhiệm kỳ mới gồm 3 thành viên."),
        ],
        authors=["Phạm Ngọc Ánh", "Võ Thị Hằng"],
        summary="Ngày 07/10/2026, Phòng Giáo dục và Đào tạo huyện Cam Lâm tổ chức Hội nghị cán bộ, công chức, viên chức năm học 2026 - 2027 nhằm đánh giá kết quả năm học trước và thống nhất các chỉ tiêu, nhiệm vụ trọng tâm của năm học mới.",
        opts={"disp": "2026-10-08 00:00", "mod": "08/10/26", "byline": "Phạm Ngọc Ánh, Võ Thị Hằng"},
    ),
    Story(
        10,
        "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027-cap-thcs",
        "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 đối với cấp THCS",
        "thong-bao",
        "2026-12-02T10:10:00+07:00",
        [
            P("Phòng Giáo dục và Đào tạo huyện Cam Lâm thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 đối với các trường trung học cơ sở trên địa bàn huyện như sau:"),
            P("- Các môn kiểm tra theo đề chung của Phòng: Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên."),
            P("- Các môn còn lại do nhà trường tự ra đề và tổ chức kiểm tra theo kế hoạch của trường.", "br"),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
            P("21/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("21/12/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
            P("22/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("22/12/2026 | Chiều | Khoa học tự nhiên | 90 phút", "tr"),
            P("Đề kiểm tra được gửi qua hệ thống văn bản điện tử trước giờ kiểm tra 30 phút. Hiệu trưởng các trường chịu trách nhiệm bảo mật đề, tổ chức coi, chấm kiểm tra nghiêm túc và nhập điểm vào cơ sở dữ liệu ngành trước ngày 08/01/2027."),
            Raw(f'<p><img alt="" src="/o/pgd-camlam-theme/images/icons/pdf.png" /> File đính kèm: <a href="{esc(DOC_LICH_KT)}" target="_blank">Lich KT HKI 2026-2027.pdf</a> (182 KB)</p>'),
        ],
        authors=["Bộ phận Văn phòng"],
        opts={"disp": "2026-12-02 10:10", "mod": "02/12/26", "byline": "Bộ phận Văn phòng"},
    ),
    Story(
        11,
        "thong-bao-ket-qua-xet-cong-nhan-sang-kien-cap-huyen-nam-hoc-2025-2026",
        "Thông báo kết quả xét công nhận sáng kiến cấp huyện năm học 2025 - 2026",
        "thong-bao",
        "2026-11-24",
        [
            _LETTERHEAD,
            P("Căn cứ Quyết định số 1256/QĐ-UBND ngày 10/11/2026 của Ủy ban nhân dân huyện Cam Lâm về việc công nhận sáng kiến cấp huyện năm học 2025 - 2026;"),
            P("Phòng Giáo dục và Đào tạo thông báo kết quả xét công nhận sáng kiến cấp huyện năm học 2025 - 2026 như sau:"),
            P("1. Tổng số sáng kiến được công nhận: 84 sáng kiến, trong đó bậc Mầm non 27, bậc Tiểu học 31, bậc THCS 26."),
            P("2. Có 15 sáng kiến có phạm vi ảnh hưởng cấp huyện được đề nghị Hội đồng sáng kiến tỉnh xem xét công nhận."),
            P("3. Danh sách chi tiết các sáng kiến được công nhận gửi kèm theo thông báo này qua hệ thống văn bản điện tử."),
            P("Đề nghị Hiệu trưởng các trường thông báo đến cán bộ, giáo viên, nhân viên có sáng kiến được công nhận và lưu hồ sơ thi đua theo quy định./."),
            _CLOSING,
        ],
        authors=["Lê Văn Tùng"],
        opts={"disp": "2026-11-25 08:20", "mod": "25/11/26", "byline": "admin", "desc": "Kết quả xét công nhận sáng kiến cấp huyện năm học 2025 - 2026 theo Quyết định số 1256/QĐ-UBND."},
    ),
    Story(
        12,
        "thong-bao-lich-tiep-cong-dan-thang-11-2026",
        "Thông báo lịch tiếp công dân tháng 11/2026 của lãnh đạo Phòng Giáo dục và Đào tạo",
        "thong-bao",
        "2026-11-02T08:00:00+07:00",
        [
            P("Thực hiện Luật Tiếp công dân năm 2013 và Quy chế tiếp công dân của Ủy ban nhân dân huyện Cam Lâm, Phòng Giáo dục và Đào tạo thông báo lịch tiếp công dân định kỳ tháng 11/2026 như sau:"),
            P("Ngày tiếp | Người tiếp | Địa điểm", "th"),
            P("Thứ Tư, 04/11/2026 | Ông Lê Văn Tùng - Trưởng phòng | Phòng tiếp dân, trụ sở Phòng GD&ĐT", "tr"),
            P("Thứ Tư, 18/11/2026 | Bà Đặng Thị Hồng Nhung - Phó Trưởng phòng | Phòng tiếp dân, trụ sở Phòng GD&ĐT", "tr"),
            P("Thời gian tiếp: buổi sáng từ 7 giờ 30 đến 11 giờ 00; buổi chiều từ 13 giờ 30 đến 16 giờ 30."),
            P("Công dân đến liên hệ cần mang theo giấy tờ tùy thân và các tài liệu liên quan đến nội dung kiến nghị, phản ánh. Trường hợp cần thiết, công dân có thể gửi đơn qua bộ phận Văn thư của Phòng trong giờ hành chính."),
        ],
        authors=["Tổ Tổng hợp"],
        opts={"disp": "2026-11-02 08:00", "mod": "02/11/26", "byline": "Tổ Tổng hợp", "markup": "entities"},
    ),
    Story(
        13,
        "thong-bao-dieu-chinh-thoi-gian-to-chuc-hoi-khoe-phu-dong-cap-huyen-nam-2026",
        "Thông báo điều chỉnh thời gian tổ chức Hội khỏe Phù Đổng cấp huyện năm 2026",
        "thong-bao",
        "2026-10-16T15:45:00+07:00",
        [
            P("Do ảnh hưởng của đợt mưa lớn kéo dài trên địa bàn tỉnh Khánh Hòa, Phòng Giáo dục và Đào tạo huyện Cam Lâm thông báo điều chỉnh thời gian tổ chức Hội khỏe Phù Đổng cấp huyện lần thứ XI năm 2026."),
            P("Thời gian khai mạc chuyển từ ngày 06/11/2026 sang ngày 27/11/2026; các môn thi đấu diễn ra từ ngày 27/11 đến ngày 06/12/2026."),
            P("Thời hạn gửi danh sách vận động viên về Phòng Giáo dục và Đào tạo (qua bộ phận Thể dục thể thao) được kéo dài đến hết ngày 13/11/2026."),
            P("Các nội dung khác thực hiện theo Điều lệ Hội khỏe Phù Đổng cấp huyện đã ban hành. Đề nghị các trường thông báo đến giáo viên, học sinh và cha mẹ học sinh được biết, chủ động điều chỉnh kế hoạch tập luyện."),
        ],
        opts={"disp": "2026-10-16 15:45", "mod": "16/10/26", "byline": "BBT"},
    ),
]
BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}
#: related-asset links (Liferay's asset links are two-way)
RELATED_EDGES = [(1, 2), (1, 3), (1, 4), (2, 7), (3, 5), (4, 5), (10, 11), (10, 12)]
MOST_READ = [2, 4, 1, 10, 3]
HOME_COUNT = 5


def _related(story_id: int) -> list[Story]:
    ids = [b for a, b in RELATED_EDGES if a == story_id] + [a for a, b in RELATED_EDGES if b == story_id]
    return sorted((BY_ID[i] for i in ids), key=_disp, reverse=True)


# --- dates as the platform prints them ----------------------------------------------------------
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _disp(story: Story) -> datetime:
    return datetime.strptime(story.opts["disp"], "%Y-%m-%d %H:%M")


def _day_vn(story: Story) -> str:
    return _disp(story).strftime("%d/%m/%Y")


def _day_short(story: Story) -> str:
    """Liferay's short date for vi_VN: two-digit year."""
    return _disp(story).strftime("%d/%m/%y")


def _raw_utc(story: Story) -> str:
    """``reserved-article-display-date`` data: "EEE, dd MMM yyyy hh:mm:ss Z" in the JVM's GMT."""
    utc = _disp(story) - timedelta(hours=7)
    return (
        f"{_DAYS[utc.weekday()]}, {utc:%d} {_MONTHS[utc.month - 1]} {utc:%Y} "
        f"{utc:%H}:{utc:%M}:00 +0000"
    )


def _printed_date(story: Story) -> str:
    return _raw_utc(story) if story.cat == "thong-bao" else _day_vn(story)


# --- URLs ------------------------------------------------------------------------------------------


def _layout_url(layout: str) -> str:
    return SITE if layout == "trang-chu" else f"{SITE}/{layout}"


def _article_url(layout: str, inst: str, slug: str) -> str:
    return f"{SITE}/{layout}/-/asset_publisher/{inst}/content/{slug}"


def _canonical_url(story: Story) -> str:
    return _article_url(story.cat, INST_LIST[story.cat], story.slug)


def _list_query(cat: str, cur: int, state: str = "normal") -> str:
    inst = INST_LIST[cat]
    ns = f"_101_INSTANCE_{inst}_"
    return (
        f"p_p_id=101_INSTANCE_{inst}&p_p_lifecycle=0&p_p_state={state}&p_p_mode=view"
        f"&p_p_col_id=column-1&p_p_col_pos=1&p_p_col_count=2&{ns}delta={DELTA[cat]}"
        f"&{ns}keywords=&{ns}advancedSearch=false&{ns}andOperator=true"
        f"&p_r_p_564233524_resetCur=false&{ns}cur={cur}"
    )


def _list_url(cat: str, cur: int, state: str = "normal") -> str:
    return f"{SITE}/{cat}?{_list_query(cat, cur, state)}"


def _enc(value: str) -> str:
    return quote(value, safe="")


def _with_redirect(url: str, back: str, inherit: bool = False) -> str:
    return url + ("?inheritRedirect=true&redirect=" if inherit else "?redirect=") + _enc(back)


def _cat_stories(cat: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == cat), key=_disp, reverse=True)


def _pages(cat: str) -> int:
    n = len(_cat_stories(cat))
    return (n + DELTA[cat] - 1) // DELTA[cat]


# --- text as the editors stored it ------------------------------------------------------------


def _t(value: str, mode: str) -> str:
    if mode == "nfd":
        return text(value, nfd=True)
    if mode == "entities":
        return text(value, entities=1)
    return text(value)


_MSO_SPAN = 'lang="VI" style="font-size:14.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,serif"'


def _p(value: str, mode: str, style: str = "") -> str:
    if mode == "mso":
        if style == "li":
            return (
                '<p class="MsoListParagraphCxSpMiddle" style="margin-left:.5in;mso-add-space:auto;'
                'text-align:justify;text-indent:-.25in;mso-list:l0 level1 lfo1"><!--[if !supportLists]-->'
                '<span lang="VI" style="font-size:14.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,'
                'serif;mso-fareast-font-family:&quot;Times New Roman&quot;"><span style="mso-list:Ignore">-'
                '<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; '
                f"</span></span></span><!--[endif]--><span {_MSO_SPAN}>{_t(value, mode)}<o:p></o:p></span></p>"
            )
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:.5in;'
            f'line-height:115%"><span {_MSO_SPAN}>{_t(value, mode)}<o:p></o:p></span></p>'
        )
    return f'<p style="text-align: justify;">{_t(value, mode)}</p>'


def _img_html(img: Img, story: Story) -> str:
    alt = esc(story.opts.get("alt", "")) if img.style == "none" else ""
    tag = f'<img alt="{alt}" src="{esc(img.src)}" style="width: 640px; height: 427px;" />'
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="pgd-khunganh" '
            f'style="width: 640px;"><tbody><tr><td>{tag}</td></tr><tr><td style="text-align: center;">'
            f'<span style="font-size:12px;"><em>{esc(img.printed or "")}</em></span></td></tr></tbody></table>'
        )
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed and img.style == "credit":
        out += f'<p style="text-align: right;"><em>{esc(img.printed)}</em></p>'
    elif img.printed:
        out += f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
    return out


def _render_blocks(story: Story) -> str:
    mode = story.opts.get("markup", "plain")
    blocks = story.blocks
    out: list[str] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, Raw):
            out.append(block.html)
            i += 1
        elif isinstance(block, Img):
            out.append(_img_html(block, story))
            i += 1
        elif block.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                cells = [c.strip() for c in row.text.split(" | ")]
                if row.style == "th":
                    cells_html = "".join(
                        f'<td style="text-align: center; background-color: #dbe5f1;"><strong>{_t(c, mode)}</strong></td>'
                        for c in cells
                    )
                else:
                    cells_html = "".join(f"<td>{_t(c, mode)}</td>" for c in cells)
                rows.append(f"<tr>{cells_html}</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width: 100%; border-collapse: collapse;">'
                f"<tbody>{''.join(rows)}</tbody></table>"
            )
        elif block.style == "li" and mode != "mso":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(blocks[i].text, mode)}</li>")
                i += 1
            out.append(f"<ul>{''.join(items)}</ul>")
        elif block.style == "h":
            out.append(f"<h4><strong>{_t(block.text, mode)}</strong></h4>")
            i += 1
        elif block.style == "bold":
            out.append(f'<p style="text-align: justify;"><strong>{_t(block.text, mode)}</strong></p>')
            i += 1
        elif block.style == "quote":
            out.append(f'<blockquote><p><em>{_t(block.text, mode)}</em></p></blockquote>')
            i += 1
        else:
            lines = [block.text]
            i += 1
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                lines.append(blocks[i].text)
                i += 1
            if len(lines) > 1:
                out.append(
                    '<p style="text-align: justify;">'
                    + "<br />\n".join(_t(line, mode) for line in lines)
                    + "</p>"
                )
            else:
                out.append(_p(block.text, mode, block.style))
    if mode == "mso":
        out.insert(1, '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


_FTL_ERROR = (
    "<!-- FREEMARKER ERROR MESSAGE STARTS HERE --><!-- ] --><script language=javascript>//\"></script>"
    "<script language=javascript>//'></script><script language=javascript>//\"></script>"
    "<script language=javascript>//'></script></title></xmp></script></noscript></style></object>"
    "</head></pre></table></form></table></table></table></a></u></i></b>"
    "<div align='left' style='background-color:#FFFF7C;display:block;border-top:double;padding:4px;"
    "margin:0;font-family:Arial,sans-serif;color:#A80000;font-size:12px;font-style:normal;"
    "font-variant:normal;font-weight:normal;text-decoration:none;text-transform:none'>"
    "<b style='font-size:12px;font-style:normal;font-weight:bold;text-decoration:none;"
    "text-transform:none;'>FreeMarker template error  (HTML_DEBUG mode; use RETHROW in production!)</b>"
    "<pre style='display:block;background:none;border:0;margin:0;padding:0;font-family:monospace;"
    "font-size:12px;font-style:normal;font-weight:normal;text-decoration:none;text-transform:none;"
    "white-space:pre;'>\n"
    "The following has evaluated to null or missing:\n"
    "==&gt; TacGia.getData  [in template &quot;20116#20152#35108&quot; at line 41, column 39]\n\n"
    "----\n"
    "Tip: It&#39;s the step after the last dot that caused this error, not those before it.\n"
    "----\n"
    "Tip: If the failing expression is known to be legally refer to something that&#39;s sometimes "
    "null or missing, either specify a default value like myOptionalVar!myDefault, or use "
    "&lt;#if myOptionalVar??&gt;when-present&lt;#else&gt;when-missing&lt;/#if&gt;. (These only cover "
    "the last step of the expression; to cover the whole expression, use parenthesis: "
    "(myOptionalVar.foo)!myDefault, (myOptionalVar.foo)??\n"
    "----\n\n"
    "----\n"
    "FTL stack trace (&quot;~&quot; means nesting-related):\n"
    "\t- Failed at: ${TacGia.getData()}  [in template &quot;20116#20152#35108&quot; at line 41, column 37]\n"
    "----\n\n"
    "Java stack trace (for programmers):\n"
    "----\n"
    "freemarker.core.InvalidReferenceException: [... Exception message was already printed; see it above ...]\n"
    "\tat freemarker.core.InvalidReferenceException.getInstance(InvalidReferenceException.java:134)\n"
    "\tat freemarker.core.UnexpectedTypeException.newDesciptionBuilder(UnexpectedTypeException.java:80)\n"
    "\tat freemarker.core.MethodCall._eval(MethodCall.java:62)\n"
    "\tat freemarker.core.Expression.eval(Expression.java:78)\n"
    "\tat freemarker.core.DollarVariable.accept(DollarVariable.java:40)\n"
    "\tat freemarker.core.Environment.visit(Environment.java:312)\n"
    "\tat com.liferay.portal.template.freemarker.internal.FreeMarkerTemplate.processTemplate(FreeMarkerTemplate.java:105)\n"
    "\tat com.liferay.journal.util.impl.JournalUtil.transform(JournalUtil.java:1471)\n"
    "</pre></div></html>\n"
)


def _template(story: Story, lang: str) -> str:
    """The web content as its FreeMarker template renders it."""
    body = _render_blocks(story)
    mode = story.opts.get("markup", "plain")
    title = esc(story.title)  # reserved-article-title: the title field, not the pasted text
    if story.cat == "thong-bao":
        byline = story.opts.get("byline") or ""
        return (
            '<div class="tbao-ct">\n'
            f'<h2 class="tbao-ct-td">{title}</h2>\n'
            f'<p class="tbao-ct-ng"><i class="icon-time"></i> Ngày {_raw_utc(story)}</p>\n'
            f'<div class="tbao-ct-nd">\n{body}\n</div>\n'
            f'<p class="tbao-ct-tg">Tác giả: {esc(byline)}</p>\n'
            '<p class="tbao-ct-ql"><a class="btn btn-default btn-sm" href="javascript:history.back()">Quay lại</a></p>\n'
            "</div>"
        )
    parts = [
        '<div class="pgd-bv">',
        f'<h2 class="pgd-bv-tde">{title}</h2>',
        f'<div class="pgd-bv-ngay"><span class="glyphicon glyphicon-calendar"></span> Ngày {_day_vn(story)}</div>',
        '<div class="pgd-bv-cc">'
        '<div class="pgd-docbai"><span class="pgd-docbai-nhan">Nghe đọc bài viết</span> '
        f'<audio controls="controls" preload="none"><source src="/o/pgd-tts/doc?articleId={35100 + story.id * 7}&amp;giong=nu-mien-nam" type="audio/mpeg" /></audio></div>'
        '<div class="pgd-cochu">Cỡ chữ: <a href="javascript:pgdCoChu(-1);">A-</a> '
        '<a href="javascript:pgdCoChu(0);">A</a> <a href="javascript:pgdCoChu(1);">A+</a></div></div>',
    ]
    if story.summary and story.sapo_outside:
        parts.append(f'<div class="pgd-bv-tt"><strong>{_t(story.summary, mode)}</strong></div>')
    parts.append(f'<div class="pgd-bv-nd" id="pgd-nd-{35100 + story.id * 7}">\n{body}\n</div>')
    if story.opts.get("tpl_error"):
        # output stops here: the enclosing div.pgd-bv is never closed
        parts.append(_FTL_ERROR)
        return "\n".join(parts)
    byline = story.opts.get("byline")
    parts.append(f'<div class="pgd-bv-tg">Tác giả: <strong>{esc(byline) if byline else ""}</strong></div>')
    parts.append('<div class="pgd-bv-ql"><a href="javascript:history.back();">« Quay lại</a></div>')
    parts.append("</div>")
    return "\n".join(parts)


# --- chrome -------------------------------------------------------------------------------------
_L = {
    "vi": {
        "more": "Xem tiếp »",
        "about": "về",
        "prev": "Trang trước",
        "next": "Trang sau",
        "back": "Quay lại",
        "print": "In",
        "nav": "Điều hướng",
        "login": "Đăng nhập",
        "search": "Tìm kiếm",
        "load": "Xem thêm tin",
        "mod": "Ngày sửa đổi",
        "views": "Lượt xem",
        "rate": "Đánh giá của bạn",
        "comments": "Bình luận",
        "today": TODAY_VI,
        "lang": "vi-VN",
        "all": "Xem tất cả",
    },
    "en": {
        "more": "Read More »",
        "about": "about",
        "prev": "Previous",
        "next": "Next",
        "back": "Back",
        "print": "Print",
        "nav": "Navigation",
        "login": "Sign In",
        "search": "Search",
        "load": "Load more",
        "mod": "Modified Date",
        "views": "Views",
        "rate": "Your Rating",
        "comments": "Comments",
        "today": TODAY_EN,
        "lang": "en-US",
        "all": "View All",
    },
}

_MENU = [
    ("trang-chu", "Trang chủ", []),
    ("gioi-thieu", "Giới thiệu", [("gioi-thieu", "Chức năng, nhiệm vụ"), ("co-cau-to-chuc", "Cơ cấu tổ chức")]),
    ("tin-tuc", "Tin tức", []),
    ("thong-bao", "Thông báo", []),
    ("van-ban", "Văn bản", []),
    ("thu-vien-anh", "Thư viện ảnh", []),
    ("lien-he", "Liên hệ", []),
]


def _nav(current: str, lang: str) -> str:
    items = []
    for n, (layout, label, children) in enumerate(_MENU, start=1):
        selected = current == layout or any(current == c for c, _ in children)
        sub = ""
        if children:
            sub = '<ul class="child-menu" role="menu">' + "".join(
                f'<li class="" id="layout_{PLID[c]}" role="presentation"><a aria-labelledby="layout_{PLID[c]}" '
                f'href="{_layout_url(c)}" role="menuitem">{esc(lbl)}</a></li>'
                for c, lbl in children
            ) + "</ul>"
        href = f"{SITE}/trang-chu" if layout == "trang-chu" else _layout_url(layout)
        popup = " aria-haspopup='true'" if children else ""
        items.append(
            f'<li class="{"selected" if selected else ""}" id="layout_{n}" role="presentation">'
            f'<a aria-labelledby="layout_{n}"{popup} href="{href}" role="menuitem"><span> {esc(label)}</span></a>{sub}</li>'
        )
    return (
        '<nav class="sort-pages modify-pages" id="navigation" role="navigation">'
        f'<h1 class="hide-accessible">{_L[lang]["nav"]}</h1>'
        f'<ul aria-label="Trang Site" role="menubar">{"".join(items)}</ul></nav>'
    )


def _marquee() -> str:
    latest = sorted(STORIES, key=_disp, reverse=True)[:HOME_COUNT]
    links = " &nbsp;|&nbsp; ".join(
        f'<a href="{_canonical_url(s)}">{esc(s.title)}</a> <span class="pgd-tm-ngay">({_day_vn(s)})</span>'
        for s in latest
    )
    return (
        '<div class="pgd-tinmoi"><span class="pgd-tinmoi-nhan">Tin mới:</span>'
        '<marquee behavior="scroll" direction="left" onmouseout="this.start()" onmouseover="this.stop()" '
        f'scrollamount="3">{links}</marquee></div>'
    )


def _breadcrumb(crumbs: list[tuple[str | None, str]]) -> str:
    items = []
    for n, (href, label) in enumerate(crumbs):
        cls = "first breadcrumb-truncate" if n == 0 else ("active last breadcrumb-truncate" if n == len(crumbs) - 1 else "breadcrumb-truncate")
        inner = f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>"
        items.append(f'<li class="{cls}">{inner}</li>')
    return (
        '<nav id="breadcrumbs"><div class="portlet-boundary portlet-boundary_com_liferay_site_navigation_breadcrumb_web_portlet_BreadcrumbPortlet_ portlet-static portlet-borderless" '
        'id="p_p_id_com_liferay_site_navigation_breadcrumb_web_portlet_BreadcrumbPortlet_INSTANCE_pgdbc_">'
        f'<ul aria-label="Breadcrumb" class="breadcrumb breadcrumb-horizontal">{"".join(items)}</ul></div></nav>'
    )


def portlet(pid: str, title: str, body: str, extra: str = "", decorate: bool = True) -> str:
    """A portlet's boundary and decorator as Liferay 7.0 prints them."""
    base = pid.split("_INSTANCE_")[0]
    topper = f'<header class="portlet-topper"><h2 class="portlet-title-text">{esc(title)}</h2></header>' if decorate else ""
    return (
        f'<div class="portlet-boundary portlet-boundary_{base}_  portlet-static portlet-static-end '
        f'{"portlet-decorate" if decorate else "portlet-borderless"} {extra}" id="p_p_id_{pid}_">'
        f'<span id="p_{pid}"></span>'
        f'<section class="portlet" id="portlet_{pid}">{topper}'
        '<div class="portlet-content"><div class=" portlet-content-container">'
        f'<div class="portlet-body">{body}</div></div></div></section></div>'
    )


def _sidebar(lang: str) -> str:
    most = "".join(
        f'<li><a href="{_canonical_url(BY_ID[i])}?inheritRedirect=true">{esc(BY_ID[i].title)}</a></li>'
        for i in MOST_READ
    )
    docs = "".join(
        f'<li class="pgd-vb-moi"><span class="pgd-vb-so">{esc(no)}</span> <a href="{esc(url)}" target="_blank">'
        f"{esc(subject)}</a> <span class=\"pgd-vb-ngay\">({day})</span></li>"
        for no, day, subject, url in DOCS[:3]
    )
    poll_ns = "_59_INSTANCE_pQ7rS2tU4vWx_"
    poll_action = (
        f"{SITE}/trang-chu?p_p_id=59_INSTANCE_pQ7rS2tU4vWx&amp;p_p_lifecycle=1&amp;p_p_state=normal"
        f"&amp;p_p_mode=view&amp;p_p_col_id=column-2&amp;p_p_col_count=2&amp;javax.portlet.action=%2Fpolls_display%2Fview_question"
    )
    poll = (
        f'<form action="{poll_action}" method="post" name="{poll_ns}fm">'
        f'<input name="{poll_ns}formDate" type="hidden" value="1764897600000" />'
        f'<input name="{poll_ns}questionId" type="hidden" value="40118" />'
        "<p><strong>Bạn đánh giá thế nào về chất lượng bữa ăn bán trú tại trường của con em mình?</strong></p>"
        + "".join(
            f'<div class="radio"><label><input name="{poll_ns}choiceId" type="radio" value="{40120 + n}" /> {lbl}</label></div>'
            for n, lbl in enumerate(["Rất tốt", "Tốt", "Bình thường", "Cần cải thiện"])
        )
        + '<button class="btn btn-primary" type="submit">Bình chọn</button></form>'
    )
    links = (
        '<select class="form-control" onchange="if(this.value) window.open(this.value);">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="https://khanhhoa.edu.vn">Sở Giáo dục và Đào tạo Khánh Hòa</option>'
        '<option value="https://camlam.khanhhoa.gov.vn">Cổng thông tin điện tử huyện Cam Lâm</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://csdl.moet.gov.vn">Cơ sở dữ liệu ngành</option></select>'
        f'<p class="pgd-banner"><a href="https://dichvucong.khanhhoa.gov.vn" target="_blank"><img alt="Cổng dịch vụ công" src="{esc(IMG_BANNER_DVC)}" /></a></p>'
        f'<p class="pgd-banner"><a href="https://khanhhoa.edu.vn" target="_blank"><img alt="Sở GD&amp;ĐT Khánh Hòa" src="{esc(IMG_BANNER_SO)}" /></a></p>'
    )
    counter = (
        '<ul class="pgd-tktc"><li>Đang online: <strong>27</strong></li><li>Hôm nay: <strong>412</strong></li>'
        "<li>Hôm qua: <strong>538</strong></li><li>Tổng truy cập: <strong>1.284.560</strong></li></ul>"
    )
    return "\n".join(
        [
            portlet("pgdtindocnhieu_WAR_pgdcamlamportlet", "Tin đọc nhiều", f'<ul class="pgd-docnhieu">{most}</ul>'),
            portlet("110_INSTANCE_vBm3nK8sQp2L", "Văn bản mới", f'<ul class="pgd-vbmoi">{docs}</ul>'
                    f'<p class="text-right"><a href="{_layout_url("van-ban")}">{_L[lang]["all"]} »</a></p>'),
            portlet("59_INSTANCE_pQ7rS2tU4vWx", "Thăm dò ý kiến", poll),
            portlet("56_INSTANCE_lKw9xZ3cV7bN", "Liên kết", links),
            portlet("thongketruycap_WAR_pgdcamlamportlet", "Thống kê truy cập", counter),
        ]
    )


_HEAD_SCRIPT = (
    "<script data-senna-track=\"temporary\" type=\"text/javascript\">// <![CDATA[\n"
    "var Liferay = Liferay || {}; Liferay.Browser = {}; Liferay.Data = {NAV_SELECTOR: '#navigation',"
    " NAV_SELECTOR_MOBILE: '#navigationCollapse', isCustomizationView: function() {return false;},"
    " notices: [null]}; Liferay.PortletKeys = {DOCUMENT_LIBRARY: 'com_liferay_document_library_web_portlet_DLPortlet'};"
    " Liferay.AUI = {getCombine: function() {return true;}, getComboPath: function() {return '/combo/?browserId=other&minifierType=&languageId=vi_VN&b=7002&t=1764150000000&';}};\n"
    "// ]]>\n</script>"
)


def _page(
    request: Request,
    lang: str,
    layout: str,
    title: str,
    column1: str,
    canonical: str,
    crumbs: list[tuple[str | None, str]],
    description: str = "",
    page_name: str = "",
) -> Response:
    base = base_url(request)
    desc = f'<meta content="{esc(description)}" lang="vi-VN" name="description" />\n' if description else ""
    body = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="{_L[lang]['lang']}">
<head>
<title>{esc(title)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{desc}<link href="/o/pgd-camlam-theme/images/favicon.ico" rel="Shortcut Icon" />
<link data-senna-track="temporary" href="{base}{canonical}" rel="canonical" />
<link data-senna-track="temporary" href="{base}{canonical}" hreflang="vi-VN" rel="alternate" />
<link data-senna-track="temporary" href="{base}/en{canonical}" hreflang="en-US" rel="alternate" />
<link data-senna-track="temporary" href="{base}{canonical}" hreflang="x-default" rel="alternate" />
<link class="lfr-css-file" data-senna-track="temporary" href="/o/pgd-camlam-theme/css/aui.css?browserId=other&amp;themeId=pgdcamlam_WAR_pgdcamlamtheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=7002&amp;t=1764150000000" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<link data-senna-track="temporary" href="/o/pgd-camlam-theme/css/main.css?browserId=other&amp;themeId=pgdcamlam_WAR_pgdcamlamtheme&amp;languageId=vi_VN&amp;b=7002&amp;t=1764150000000" id="liferayThemeCSS" rel="stylesheet" type="text/css" />
<style>.pgd-cuon-an .lfr-pagination {{ display: none; }}</style>
{_HEAD_SCRIPT}
<script data-senna-track="permanent" src="/combo?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=7002&amp;t=1764150000000&amp;/o/frontend-js-aui-web/aui/aui/aui.js&amp;/o/frontend-js-web/liferay/liferay.js" type="text/javascript"></script>
<script src="/o/pgd-camlam-theme/js/pgd-cuon-trang.js?t=1764150000000" type="text/javascript"></script>
</head>
<body class=" controls-visible yui3-skin-sam signed-out public-page site">
<div class="pgd-topbar"><div class="container"><span class="pgd-homnay"><i class="icon-calendar"></i> {_L[lang]['today']}</span>
<span class="pgd-dangnhap"><a data-redirect="false" href="/c/portal/login?p_l_id={PLID['trang-chu']}" id="sign-in" rel="nofollow">{_L[lang]['login']}</a></span></div></div>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="{SITE}" title="Đi đến {esc(SITE_NAME)}">
<img alt="{esc(SITE_NAME)}" height="110" src="/image/layout_set_logo?img_id=20310&amp;t=1764150000123" width="1170" /></a>
<span class="site-name" title="Đi đến {esc(SITE_NAME)}"> {esc(SITE_NAME)}</span></h1></div>
<form action="{SITE}/tim-kiem" class="pgd-timkiem" method="get">
<input name="p_p_id" type="hidden" value="com_liferay_portal_search_web_portlet_SearchPortlet" />
<input name="p_p_lifecycle" type="hidden" value="0" /><input name="p_p_state" type="hidden" value="maximized" />
<input class="form-control" name="_com_liferay_portal_search_web_portlet_SearchPortlet_keywords" placeholder="{_L[lang]['search']}..." type="text" />
<button class="btn btn-default" type="submit"><span class="icon-search"></span></button></form>
{_nav(layout, lang)}
{_marquee()}
</header>
<section id="content">
<h1 class="hide-accessible">{esc(page_name)}</h1>
{_breadcrumb(crumbs)}
<div class="columns-2" id="main-content" role="main">
<div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{column1}
</div></div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2">
<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{_sidebar(lang)}
</div></div>
</div></div>
<form action="#" aria-hidden="true" class="hide" id="hrefFm" method="post" name="hrefFm"><span></span></form>
</section>
<footer id="footer" role="contentinfo">
<div class="pgd-chantrang">
<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CAM LÂM</strong></p>
<p>Địa chỉ: Số 02 đường Lê Duẩn, thị trấn Cam Đức, huyện Cam Lâm, tỉnh Khánh Hòa</p>
<p>Điện thoại: 0258.3983.126 - Fax: 0258.3983.127 - Email: <a href="mailto:pgd.camlam@khanhhoa.edu.vn">pgd.camlam@khanhhoa.edu.vn</a></p>
<p>Chịu trách nhiệm chính: Ông Lê Văn Tùng - Trưởng phòng Giáo dục và Đào tạo</p>
<p>© Bản quyền thuộc Phòng GD&amp;ĐT huyện Cam Lâm. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="powered-by">Powered By <a href="http://www.liferay.com" rel="external">Liferay</a></p>
</div></footer>
</div>
<script type="text/javascript">// <![CDATA[
AUI().use('liferay-menu', 'liferay-notice', 'liferay-poller', function(A) {{(function() {{Liferay.Util.addInputType(); Liferay.Portlet.ready(function(portletId, node) {{Liferay.Util.addInputType(node);}});}})();}});
// ]]>
</script>
</body>
</html>
"""
    return html(body)


# --- the Asset Publisher -------------------------------------------------------------------------


def _thumb(story: Story) -> str | None:
    first = next((b for b in story.blocks if isinstance(b, Img)), None)
    if first is None:
        return None
    return first.src + ("&" if "?" in first.src else "?") + "imageThumbnail=1"


def _abstract_text(story: Story) -> str:
    if story.summary and story.sapo_outside:
        return story.summary
    if story.opts.get("desc"):
        return story.opts["desc"]
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= 200 else first[:197].rsplit(" ", 1)[0] + "..."


def _abstract(story: Story, url: str, lang: str) -> str:
    thumb = _thumb(story)
    small = (
        f'<div class="asset-small-image"><img alt="" class="asset-small-image img-thumbnail" src="{esc(thumb)}" width="150" /></div>'
        if thumb
        else ""
    )
    lbl = _L[lang]
    return (
        '<div class="asset-abstract ">\n<div class="lfr-meta-actions asset-actions"></div>\n'
        f'<h3 class="asset-title"><a href="{esc(url)}">{esc(story.title)}</a></h3>\n'
        f'<div class="asset-content"><div class="asset-summary">{small}{esc(_abstract_text(story))}</div>\n'
        f'<div class="asset-more"><a href="{esc(url)}">{lbl["more"]} <span class="hide-accessible">{lbl["about"]} {esc(story.title)}</span></a></div></div>\n'
        f'<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{_day_short(story)}</span>'
        f' <span class="metadata-entry metadata-view-count">{story.views()} {lbl["views"]}</span></div>\n</div>'
    )


def _listing_body(cat: str, cur: int, lang: str, back: str | None = None, with_pager: bool = True) -> str:
    """Publisher A's view: abstracts of page ``cur`` (clamped) and the simple pager."""
    pages = _pages(cat)
    cur = min(max(cur, 1), pages)
    delta = DELTA[cat]
    inst = INST_LIST[cat]
    here = back or (_layout_url(cat) if cur == 1 else _list_url(cat, cur))
    items = _cat_stories(cat)[(cur - 1) * delta : cur * delta]
    abstracts = "\n".join(
        _abstract(s, _with_redirect(_article_url(cat, inst, s.slug), here), lang) for s in items
    )
    if not with_pager:
        return abstracts
    lbl = _L[lang]
    prev = (
        f'<li class=""><a href="{esc(_list_url(cat, cur - 1))}">&larr; {lbl["prev"]}</a></li>'
        if cur > 1
        else f'<li class="disabled"><a href="javascript:;" tabindex="-1">&larr; {lbl["prev"]}</a></li>'
    )
    nxt = (
        f'<li class=""><a href="{esc(_list_url(cat, cur + 1))}">{lbl["next"]} &rarr;</a></li>'
        if cur < pages
        else f'<li class="disabled"><a href="javascript:;" tabindex="-1">{lbl["next"]} &rarr;</a></li>'
    )
    more = (
        f'<button class="btn btn-default btn-block pgd-xem-them" data-url="{esc(_list_url(cat, cur + 1, "exclusive"))}" type="button">{lbl["load"]}</button>'
        if cur < pages
        else ""
    )
    return (
        f'<div class="pgd-cuon-an" data-pgd-cuon="true">\n{abstracts}\n'
        f'<div class="taglib-page-iterator" id="_101_INSTANCE_{inst}_ocerSearchContainerPageIterator">'
        f'<div class="clearfix lfr-pagination"><ul class="lfr-pagination-buttons pager">{prev}{nxt}</ul></div></div>\n'
        f"{more}</div>"
    )


def _full_content(story: Story, inst: str, back: str, lang: str, layout: str) -> str:
    """The publisher's full-content view of a web content."""
    ns = f"_101_INSTANCE_{inst}_"
    entry = 35200 + story.id * 7
    lbl = _L[lang]
    print_url = f"{_article_url(layout, inst, story.slug)}?p_p_state=pop_up&amp;{ns}viewMode=print"
    ratings = ""
    discussion = ""
    if story.cat == "tin-tuc":
        stars = "".join(
            f'<a class="rating-element icon-star-empty" href="javascript:;" title="{n} sao"></a>' for n in range(1, 6)
        )
        ratings = (
            f'<div class="asset-ratings"><div class="taglib-ratings stars" id="{ns}ratings_{entry}">'
            f'<div class="liferay-rating-vote"><div class="rating-label">{lbl["rate"]}</div>'
            f'<div class="rating-content">{stars}</div></div>'
            f'<div class="liferay-rating-score">Trung bình ({story.id % 4 + 2} Lượt bình chọn)</div></div></div>'
        )
        discussion = (
            f'<div class="asset-discussion"><div class="taglib-discussion" id="{ns}discussionContainer">'
            f'<h4 class="lfr-discussion-details">{lbl["comments"]}</h4>'
            '<div class="lfr-discussion-reply-container"><p class="pgd-bl-trong">Chưa có bình luận nào.</p>'
            f'<a href="/c/portal/login?p_l_id={PLID["trang-chu"]}" rel="nofollow">Vui lòng đăng nhập để bình luận</a></div></div></div>'
        )
    return (
        '<div class="asset-full-content clearfix default-asset-publisher show-asset-title ">\n'
        f'<div class="taglib-header "><span class="header-back-to"><a class="icon-circle-arrow-left previous-level" '
        f'href="{esc(back)}" id="{ns}TabsBack" title="{lbl["back"]}"><span class="hide-accessible">{lbl["back"]}</span></a></span>\n'
        f'<h3 class="header-title"><span>{esc(story.title)}</span></h3></div>\n'
        f'<span class="asset-anchor lfr-asset-anchor" id="{entry}"></span>\n'
        f'<div class="pull-right"><div class="print-action"><span class="lfr-icon-item taglib-icon">'
        f'<a href="javascript:{ns}printPage_{entry}();" title="{lbl["print"]} {esc(story.title)}"><i class="icon-print"></i>'
        f'<span class="taglib-text hide-accessible">{lbl["print"]} {esc(story.title)}</span></a></span></div></div>\n'
        f'<div class="asset-content" id="{ns}{entry}">\n'
        f'<div class="journal-content-article" data-analytics-asset-id="{35100 + story.id * 7}" data-analytics-asset-type="web-content">\n'
        f"{_template(story, lang)}\n</div>\n{ratings}</div>\n"
        f'<div class="asset-metadata"><span class="metadata-entry metadata-modified-date">{lbl["mod"]} {story.opts["mod"]}</span> '
        '<span class="metadata-entry metadata-author"><span class="user-avatar-image"><img alt="" class="avatar" '
        'src="/image/user_male_portrait?img_id=0&amp;t=1764150000000" /></span> Quản Trị Viên</span> '
        f'<span class="metadata-entry metadata-view-count">{story.views()} {lbl["views"]}</span></div>\n'
        f"{discussion}</div>\n"
        f'<script type="text/javascript">function {ns}printPage_{entry}() {{window.open(\'{print_url}\', \'\', '
        "'directories=0,height=480,left=80,location=1,menubar=1,resizable=1,scrollbars=yes,status=0,toolbar=0,top=180,width=640');}</script>"
    )


def _related_list(story: Story, layout: str, here: str) -> str:
    rel = _related(story.id)
    inst = INST_REL[layout]
    items = "".join(
        f'<li class="title-list journal-article"><a href="{esc(_with_redirect(_article_url(layout, inst, r.slug), here, inherit=True))}">'
        f"{esc(r.title)}</a> <span class=\"pgd-tlq-ngay\">({_day_vn(r)})</span></li>"
        for r in rel
    )
    return f'<ul class="title-list">{items}</ul>'


# --- pages ---------------------------------------------------------------------------------------
_HOME_CRUMB = (SITE, SHORT_NAME)


def _title(*parts: str) -> str:
    return " - ".join([*parts, SHORT_NAME])


def _home(request: Request, lang: str) -> Response:
    latest = sorted(STORIES, key=_disp, reverse=True)[:HOME_COUNT]
    abstracts = "\n".join(
        _abstract(s, _with_redirect(_article_url("trang-chu", INST_HOME, s.slug), SITE), lang) for s in latest
    )
    welcome = portlet(
        "56_INSTANCE_hM2kQ9wE5rTy",
        "",
        '<div class="journal-content-article"><p class="pgd-chao"><strong>Chào mừng quý thầy cô, cha mẹ học sinh'
        " và các em học sinh đến với Trang thông tin điện tử Phòng Giáo dục và Đào tạo huyện Cam Lâm!</strong></p></div>",
        decorate=False,
    )
    col = welcome + portlet(
        f"101_INSTANCE_{INST_HOME}",
        "Tin tức - Sự kiện",
        abstracts + f'<p class="text-right"><a href="{_layout_url("tin-tuc")}">{_L[lang]["all"]} »</a></p>',
        "portlet-asset-publisher",
    )
    return _page(request, lang, "trang-chu", _title("Trang chủ"), col, SITE, [_HOME_CRUMB, (None, "Trang chủ")], page_name="Trang chủ")


def _listing(request: Request, lang: str, cat: str) -> Response:
    inst = INST_LIST[cat]
    params = request.params
    try:
        cur = int(params.get(f"_101_INSTANCE_{inst}_cur", "1"))
    except ValueError:
        cur = 1
    if params.get("p_p_state") == "exclusive" and params.get("p_p_id") == f"101_INSTANCE_{inst}":
        cur = min(max(cur, 1), _pages(cat))
        nxt = f' data-pgd-next="{esc(_list_url(cat, cur + 1, "exclusive"))}"' if cur < _pages(cat) else ""
        return html(f'<div class="pgd-cuon-manh"{nxt}>\n{_listing_body(cat, cur, lang, with_pager=False)}\n</div>')
    col = portlet(f"101_INSTANCE_{inst}", CATS[cat], _listing_body(cat, cur, lang), "portlet-asset-publisher")
    col += portlet(f"101_INSTANCE_{INST_REL[cat]}", "Tin liên quan", "", "portlet-asset-publisher hide")
    return _page(
        request, lang, cat, _title(CATS[cat]), col, _layout_url(cat), [_HOME_CRUMB, (None, CATS[cat])], page_name=CATS[cat]
    )


def _safe_back(request: Request, default: str) -> str:
    value = request.params.get("redirect", "")
    if value.startswith((SITE, "/en" + SITE)):
        return value
    return default


def _article(request: Request, lang: str, layout: str, inst: str, story: Story) -> Response:
    here = _article_url(layout, inst, story.slug)
    ns = f"_101_INSTANCE_{inst}_"
    if request.params.get("p_p_state") == "pop_up" and request.params.get(f"{ns}viewMode") == "print":
        back = _safe_back(request, _layout_url(layout))
        body = (
            f'<!DOCTYPE html>\n<html class="ltr" dir="ltr" lang="vi-VN"><head><title>{esc(_title(story.title))}</title>'
            '<meta content="text/html; charset=UTF-8" http-equiv="content-type" />'
            '<link href="/o/pgd-camlam-theme/css/main.css?t=1764150000000" rel="stylesheet" type="text/css" /></head>'
            f'<body class="portal-popup"><div class="columns-1" id="main-content" role="main">'
            f'{portlet(f"101_INSTANCE_{inst}", "", _full_content(story, inst, back, lang, layout), "portlet-asset-publisher", decorate=False)}'
            '</div><script type="text/javascript">print();</script></body></html>'
        )
        return html(body)
    page_name = "Trang chủ" if layout == "trang-chu" else CATS[layout]
    crumbs = [_HOME_CRUMB, (_layout_url(layout), page_name), (None, story.title)]
    title = _title(story.title, page_name)
    desc = _abstract_text(story)
    if layout == "trang-chu":
        back = _safe_back(request, SITE)
        col = portlet(f"101_INSTANCE_{inst}", "Tin tức - Sự kiện", _full_content(story, inst, back, lang, layout), "portlet-asset-publisher")
    elif inst == INST_LIST[layout]:
        back = _safe_back(request, _layout_url(layout))
        col = portlet(f"101_INSTANCE_{inst}", CATS[layout], _full_content(story, inst, back, lang, layout), "portlet-asset-publisher")
        if _related(story.id):
            col += portlet(f"101_INSTANCE_{INST_REL[layout]}", "Tin liên quan", _related_list(story, layout, here), "portlet-asset-publisher")
    else:
        # the related publisher shows the article; the listing publisher goes on with its page 1
        back = _safe_back(request, _layout_url(layout))
        col = portlet(f"101_INSTANCE_{INST_LIST[layout]}", CATS[layout], _listing_body(layout, 1, lang, back=here), "portlet-asset-publisher")
        col += portlet(f"101_INSTANCE_{inst}", "Tin liên quan", _full_content(story, inst, back, lang, layout), "portlet-asset-publisher")
    return _page(request, lang, layout, title, col, here, crumbs, description=desc, page_name=page_name)


def _wcd(request: Request, lang: str, layout: str, name: str, heading: str, content: str, pid: str) -> Response:
    body = f'<div class="journal-content-article"><h2 class="pgd-gt-td">{esc(heading)}</h2>\n{content}</div>'
    col = portlet(pid, name, body)
    return _page(request, lang, layout, _title(name), col, _layout_url(layout), [_HOME_CRUMB, (None, name)], page_name=name)


def _gioi_thieu(request: Request, lang: str) -> Response:
    paras = [
        "Phòng Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân huyện Cam Lâm, có chức năng tham mưu, giúp Ủy ban nhân dân huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.",
        "Phòng Giáo dục và Đào tạo có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, vị trí việc làm, biên chế công chức và công tác của Ủy ban nhân dân huyện, đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Sở Giáo dục và Đào tạo Khánh Hòa.",
        "Nhiệm vụ chủ yếu: trình Ủy ban nhân dân huyện ban hành các quyết định, kế hoạch phát triển giáo dục; tổ chức thực hiện các văn bản quy phạm pháp luật; quản lý chất lượng giáo dục mầm non, tiểu học và trung học cơ sở; thực hiện công tác thi đua, khen thưởng, thanh tra, kiểm tra trong lĩnh vực được giao.",
    ]
    content = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    return _wcd(request, lang, "gioi-thieu", "Chức năng, nhiệm vụ", "Chức năng, nhiệm vụ của Phòng Giáo dục và Đào tạo huyện Cam Lâm", content, "56_INSTANCE_gT4hJ6kL8mNp")


def _co_cau(request: Request, lang: str) -> Response:
    rows = [
        ("Ông Lê Văn Tùng", "Trưởng phòng", "0258.3983.126"),
        ("Bà Đặng Thị Hồng Nhung", "Phó Trưởng phòng", "0258.3983.128"),
        ("Ông Trần Minh Quân", "Phó Trưởng phòng", "0258.3983.129"),
        ("Bà Phạm Ngọc Ánh", "Chuyên viên phụ trách Tiểu học", "0258.3983.131"),
        ("Ông Võ Thành Đạt", "Chuyên viên phụ trách THCS", "0258.3983.132"),
    ]
    table = (
        '<table border="1" cellpadding="4" style="width:100%;"><tbody><tr><td><strong>Họ và tên</strong></td>'
        "<td><strong>Chức vụ</strong></td><td><strong>Điện thoại</strong></td></tr>"
        + "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{c}</td></tr>" for a, b, c in rows)
        + "</tbody></table>"
    )
    return _wcd(request, lang, "co-cau-to-chuc", "Cơ cấu tổ chức", "Lãnh đạo và chuyên viên Phòng Giáo dục và Đào tạo", table, "56_INSTANCE_cC3vB5nM7qWe")


def _van_ban(request: Request, lang: str) -> Response:
    rows = "".join(
        f'<tr class="lfr-template"><td>{esc(no)}</td><td>{day}</td><td><a href="{esc(url)}">{esc(subject)}</a></td>'
        f'<td><a class="btn btn-default btn-xs" href="{esc(url)}&amp;download=true"><span class="icon-download"></span></a></td></tr>'
        for no, day, subject, url in DOCS
    )
    body = (
        '<div class="lfr-search-container"><table class="table table-bordered table-hover table-striped">'
        "<thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></div>"
    )
    col = portlet("110_INSTANCE_dL8kR2sT6uVw", "Văn bản", body)
    return _page(request, lang, "van-ban", _title("Văn bản"), col, _layout_url("van-ban"), [_HOME_CRUMB, (None, "Văn bản")], page_name="Văn bản")


def _thu_vien(request: Request, lang: str) -> Response:
    photos = [IMG_HKPD_1, IMG_HKPD_2, IMG_2011, IMG_GVDG_1, IMG_STEM]
    cards = "".join(
        f'<div class="col-md-4 image-link"><a href="{esc(src)}" title="Ảnh {n}"><img alt="" class="img-thumbnail" '
        f'src="{esc(src)}&amp;imageThumbnail=1" /></a></div>'
        for n, src in enumerate(photos, start=1)
    )
    body = f'<h3 class="pgd-album-td">Hoạt động ngành Giáo dục Cam Lâm năm 2026</h3><div class="row taglib-image-gallery">{cards}</div>'
    col = portlet("31_INSTANCE_mG5tH7jK9lZx", "Thư viện ảnh", body)
    return _page(request, lang, "thu-vien-anh", _title("Thư viện ảnh"), col, _layout_url("thu-vien-anh"), [_HOME_CRUMB, (None, "Thư viện ảnh")], page_name="Thư viện ảnh")


def _lien_he(request: Request, lang: str) -> Response:
    ns = "_1_WAR_webformportlet_INSTANCE_wF2eD4cV6bNm_"
    info = (
        '<div class="journal-content-article"><p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CAM LÂM</strong></p>'
        "<p>Địa chỉ: Số 02 đường Lê Duẩn, thị trấn Cam Đức, huyện Cam Lâm, tỉnh Khánh Hòa</p>"
        "<p>Điện thoại: 0258.3983.126 - Fax: 0258.3983.127</p><p>Email: pgd.camlam@khanhhoa.edu.vn</p></div>"
    )
    form = (
        f'<form action="{_layout_url("lien-he")}?p_p_id=1_WAR_webformportlet_INSTANCE_wF2eD4cV6bNm&amp;p_p_lifecycle=1'
        f'&amp;p_p_state=normal&amp;p_p_mode=view&amp;{ns}javax.portlet.action=saveData" method="post" name="{ns}fm">'
        f'<input name="{ns}formDate" type="hidden" value="1764897600000" />'
        f'<div class="form-group"><label>Họ và tên</label><input class="form-control" name="{ns}field1" type="text" /></div>'
        f'<div class="form-group"><label>Email</label><input class="form-control" name="{ns}field2" type="text" /></div>'
        f'<div class="form-group"><label>Nội dung</label><textarea class="form-control" name="{ns}field3"></textarea></div>'
        '<button class="btn btn-primary" type="submit">Gửi</button></form>'
    )
    col = portlet("56_INSTANCE_lH8jK2mN4pQr", "Liên hệ", info) + portlet("1_WAR_webformportlet_INSTANCE_wF2eD4cV6bNm", "Gửi ý kiến", form)
    return _page(request, lang, "lien-he", _title("Liên hệ"), col, _layout_url("lien-he"), [_HOME_CRUMB, (None, "Liên hệ")], page_name="Liên hệ")


def _tim_kiem(request: Request, lang: str) -> Response:
    kw = request.params.get("_com_liferay_portal_search_web_portlet_SearchPortlet_keywords", "")
    body = f'<div class="search-results"><p class="alert alert-info">Không tìm thấy kết quả nào cho từ khóa <strong>{esc(kw)}</strong>.</p></div>'
    col = portlet("com_liferay_portal_search_web_portlet_SearchPortlet", "Tìm kiếm", body)
    return _page(request, lang, "tim-kiem", _title("Tìm kiếm"), col, _layout_url("tim-kiem"), [_HOME_CRUMB, (None, "Tìm kiếm")], page_name="Tìm kiếm")


def _login(request: Request, lang: str) -> Response:
    ns = "_com_liferay_login_web_portlet_LoginPortlet_"
    form = (
        f'<form action="/c/portal/login?p_p_id=com_liferay_login_web_portlet_LoginPortlet&amp;p_p_lifecycle=1" method="post" name="{ns}fm">'
        f'<div class="form-group"><label>Địa chỉ email</label><input class="form-control" name="{ns}login" type="text" /></div>'
        f'<div class="form-group"><label>Mật khẩu</label><input class="form-control" name="{ns}password" type="password" /></div>'
        '<button class="btn btn-primary" type="submit">Đăng nhập</button></form>'
    )
    col = portlet("com_liferay_login_web_portlet_LoginPortlet", "Đăng nhập", form)
    return _page(request, lang, "trang-chu", _title("Đăng nhập"), col, "/c/portal/login", [_HOME_CRUMB, (None, "Đăng nhập")], page_name="Đăng nhập")


_LAYOUT_PAGES = {
    "gioi-thieu": _gioi_thieu,
    "co-cau-to-chuc": _co_cau,
    "van-ban": _van_ban,
    "thu-vien-anh": _thu_vien,
    "lien-he": _lien_he,
    "tim-kiem": _tim_kiem,
}
_ARTICLE_RE = re.compile(r"^/web/pgd-camlam/([a-z-]+)/-/asset_publisher/([A-Za-z0-9]{12})/content/([a-z0-9-]+)$")
_DOC_RE = re.compile(r"^/documents/20147/\d+/[^/]+/[0-9a-f-]{36}$")


def _known_files() -> set[str]:
    paths = {urlsplit(b.src).path for s in STORIES for b in s.blocks if isinstance(b, Img)}
    paths |= {urlsplit(u).path for u in (IMG_BANNER_DVC, IMG_BANNER_SO, DOC_LICH_KT, DOC_OLY)}
    paths |= {urlsplit(d[3]).path for d in DOCS}
    return paths


class Site:
    """The portal: Liferay's router for the few layouts, publishers and files this site has."""

    def __init__(self) -> None:
        self.files = _known_files()

    def article_of(self, path: str) -> tuple[str, str, Story] | None:
        """(layout, instance, story) for a path a publisher serves in full, else None."""
        if path.startswith("/en/"):
            path = path[3:]
        m = _ARTICLE_RE.match(path)
        if not m:
            return None
        layout, inst, slug = m.groups()
        story = BY_SLUG.get(slug)
        if story is None:
            return None
        if layout == "trang-chu" and inst == INST_HOME:
            return layout, inst, story
        if layout in CATS and inst in (INST_LIST[layout], INST_REL[layout]) and story.cat == layout:
            return layout, inst, story
        return None

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return redirect(START_PATH)
        if path in self.files and _DOC_RE.match(path):
            if path.lower().split("/")[-2].endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf", "Content-Disposition": "inline"})
            return static_file(".jpg")
        if path in ("/image/journal/article", "/image/layout_set_logo", "/image/user_male_portrait"):
            return static_file(".png" if "logo" in path or "portrait" in path else ".jpg")
        if path.startswith("/combo"):
            return static_file("x.js")
        if path.startswith("/o/pgd-camlam-theme/"):
            return static_file(path)
        if path in ("/c/portal/login", "/en/c/portal/login"):
            return _login(request, "en" if path.startswith("/en/") else "vi")
        lang = "vi"
        if path.startswith("/en/"):
            lang, path = "en", path[3:]
        elif path == "/en":
            lang, path = "en", SITE
        request = replace(request, path=path)
        found = self.article_of(path)
        if found:
            return _article(request, lang, *found)
        if path.rstrip("/") in (SITE, f"{SITE}/trang-chu"):
            return _home(request, lang)
        if not path.startswith(SITE + "/"):
            return None
        layout = path[len(SITE) + 1 :].rstrip("/")
        if layout in CATS:
            return _listing(request, lang, layout)
        if layout in _LAYOUT_PAGES:
            return _LAYOUT_PAGES[layout](request, lang)
        return None


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------------
_HREF_RE = re.compile(r"""\bhref=["']([^"']+)["']""")
_OPEN_RE = re.compile(r"window\.open\('([^']+)'")
_HOST = "fixture.invalid"


def page_links(body: str, target: str) -> list[str]:
    """Same-host targets a page links to (``href`` and ``window.open``), as path?query."""
    out = []
    for raw in [*_HREF_RE.findall(body), *_OPEN_RE.findall(body)]:
        value = _html.unescape(raw)
        if value.startswith(("javascript:", "mailto:", "#")):
            continue
        parts = urlsplit(urljoin(f"http://{_HOST}{target}", value))
        if parts.netloc != _HOST or parts.scheme != "http":
            continue
        out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def discover(site: Site | None = None, limit: int = 3000) -> dict[str, int]:
    """Walk the site in process from START_PATH: every HTML target reached -> its status."""
    site = site or build_site()
    seen: dict[str, int] = {}
    queue = deque([START_PATH])
    while queue and len(seen) < limit:
        target = queue.popleft()
        if target in seen:
            continue
        parts = urlsplit(target)
        resp = site.respond(Request("GET", parts.path, parts.query, {"Host": _HOST}))
        if resp is None:
            seen[target] = 404
            continue
        seen[target] = resp.status
        if resp.status in (301, 302):
            queue.append(resp.headers["Location"])
            continue
        if not resp.headers.get("Content-Type", "").startswith("text/html"):
            continue
        body = resp.body if isinstance(resp.body, str) else resp.body.decode("utf-8")
        queue.extend(t for t in page_links(body, target) if t not in seen)
    return seen


def _article_targets() -> dict[int, list[str]]:
    site = build_site()
    found: dict[int, set[str]] = {s.id: set() for s in STORIES}
    for target, status in discover(site).items():
        if status != 200:
            continue
        hit = site.article_of(urlsplit(target).path)
        if hit:
            found[hit[2].id].add(target)
    return {k: sorted(v) for k, v in found.items()}


def _gold() -> list[dict]:
    targets = _article_targets()
    records = []
    for story in STORIES:
        path = _canonical_url(story)
        alts = [t for t in targets[story.id] if t != path]
        records.append(gold_record(story, path, CATS[story.cat], canonical_path=path, alt_paths=alts))
    return records


GOLD = _gold()

NON_ARTICLES = [
    f"{SITE}/gioi-thieu",
    f"{SITE}/co-cau-to-chuc",
    f"{SITE}/van-ban",
    f"{SITE}/thu-vien-anh",
    f"{SITE}/lien-he",
]
