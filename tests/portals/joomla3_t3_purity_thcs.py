"""Trường THCS Chu Văn An (thành phố Thái Nguyên): Joomla 3.9 + T3 Framework, JA Purity III.

Platform
--------
Joomla! 3.9 with JoomlArt's T3 framework and the Purity III template: ``div.t3-wrapper``, the
header ``#t3-header``, the mega menu ``#t3-mainnav`` (``t3-megamenu``, ``mega-dropdown-menu``),
the off-canvas copy of the menu ``#t3-off-canvas`` (hidden, toggled by a button), the main body
``#t3-mainbody`` with ``#t3-content`` and a right ``t3-sidebar``, the breadcrumbs in
``nav.t3-navhelper`` *below* the content (Purity III puts them above the footer) and the footer
``#t3-footer``. Joomla 3 prints ``<base href>`` with the page's own URL, the generator meta and
``new JCaption('img.caption')`` in the head. SEF URLs without mod_rewrite: every page lives under
``/index.php/…``. Plugins on: pagenavigation (Trước / Tiếp), Content - Vote, Content - Page
Break, Email Cloaking, Load Modules (``{loadposition}``), Attachments, JA Social Share (Open Graph
tags + share bar). Sidebar: mod_articles_latest ("Tin mới"), mod_articles_popular ("Đọc nhiều"),
a links drop-down and the Vinaora visitors counter.

URL scheme
----------
- ``/index.php`` (start; ``/`` serves the same home page): the "magazine" layout of Purity III:
  ``magazine-featured`` (one leading, two intro items) and two ``magazine-category`` blocks.
  Its links use the route the module computes: ``/index.php/tin-tuc/<catid>-<cat-alias>/<id>-<alias>``.
- ``/index.php/tin-tuc`` com_content category blog of "Tin tức" (catid 8) *including its
  subcategory* "Hoạt động Đội" (catid 9): 1 leading + 2 intro (2 columns) + 1 link ("Thêm bài
  viết...") = 4 per page; pages ``?start=4``, ``?start=8``; the pagination's page-1 links are
  ``?limitstart=0`` (the Joomla 3 habit), served as page 1.
- ``/index.php/tin-tuc/hoat-dong-doi`` blog of "Hoạt động Đội" (one page).
- ``/index.php/thong-bao`` category *list* layout (table Tiêu đề | Ngày đăng | Lượt xem) of
  "Thông báo" (catid 10), 2 a page: ``?start=2``.
- Articles: ``/index.php/tin-tuc/<id>-<alias>``, ``/index.php/tin-tuc/hoat-dong-doi/<id>-<alias>``,
  ``/index.php/thong-bao/<id>-<alias>`` (the route from the blog/list, the gold ``path``).
  Variants serving the same article (all in ``alt_paths``): the magazine route
  ``/index.php/tin-tuc/<catid>-<cat-alias>/<id>-<alias>``; print ``?tmpl=component&print=1``;
  the vote form's action ``?hitcount=0``; the tag view's route
  ``/index.php/component/content/article/<id>-<alias>?catid=<catid>&Itemid=101``; for the
  page-broken article ``?showall=1`` and ``?showall=&start=1``.
- Tags ``/index.php/component/tags/tag/<id>-<alias>`` (listings).
- Not articles: ``/index.php/gioi-thieu`` and ``/index.php/gioi-thieu/doi-ngu-can-bo-giao-vien``
  (single-article menu items, printed with the article template), ``/index.php/lien-he``
  (com_contact), ``/index.php/thu-vien-anh/24-…`` (an album), ``/index.php/van-ban/38-…`` (a
  Phoca Download file page; ``?download=38:…`` returns the PDF).

Page templates
--------------
Blog item: ``div.leading-0`` / ``div.item.column-1`` > ``article.article`` > ``header.article-header``
with an *unlinked* ``h2`` title in "Tin tức" (link_titles = No) and a linked one in "Hoạt động
Đội"; ``aside.article-aside`` > ``dl.article-info`` (category, date ``d F Y`` with the month in
words: "20 Tháng Mười Một 2026", hits); ``section.article-intro`` (the intro text);
``section.readmore`` > ``a.btn`` "Xem thêm: <title truncated to ~70 chars…>".
Article: optional ``div.page-header > h1`` (the *menu's* page heading), ``article.article`` >
``header.article-header`` > ``h2|h1.article-title[itemprop=headline]``; ``aside.article-aside``
(author, category, optional "Ngày tạo", ``time[itemprop=datePublished]`` "Thứ sáu, 20 Tháng
Mười Một 2026 08:30", hits, print drop-down); the vote widget and form; the full-text image
``div.item-image``; the page-break TOC; ``section.article-content[itemprop=articleBody]`` (JA
Social Share bar first, then the text, attachments); ``footer.article-footer`` ("Cập nhật lần
cuối"), tags, ``ul.pager.pagenav``.

How each gold article is reached
--------------------------------
- 318, 312, 305: Tin tức page 1 ("Xem thêm" buttons / "Thêm bài viết"); 318, 312 also home.
- 315, 299, 284: Hoạt động Đội page 1 (and Tin tức pages 1–2); 315 also home; tag 5 page.
- 296, 289: Tin tức page 2 only (``?start=4``) (and the pagenav of their neighbours).
- 274: Tin tức page 3 only (``?start=8``).
- 281: *no link on any listing* (see trap 1): pagenav "Tiếp" of 289, "Trước" of 274, tag 3 page.
- 320, 316: Thông báo page 1 (320 also home); 301: Thông báo page 2 only (``?start=2``).

Traps
-----
1. Unlinked blog titles, short article without read-more. The "Tin tức" blog prints titles as
   plain ``h2`` (link_titles = No); the only link to an item is its "Xem thêm: …" button, which
   Joomla prints only when the article has a full text. 281 is intro-only: its whole text is
   printed on Tin tức page 3 with no link at all. Gold: 281 is an article at its own URL
   (reached through the pagenavigation links of 289/274 and its tag page), and the listing is
   not an article.
2. The page's ``h1`` is not the headline. The Tin tức menu item has "Show Page Heading" on, so
   every article reached through it (cats 8 and 9) prints ``<div class="page-header"><h1>Tin tức
   - Sự kiện</h1></div>`` above the article, whose headline is the ``h2.article-title``. Gold
   title: the ``h2`` (= ``<title>`` minus " - Trường THCS Chu Văn An" = og:title). Thông báo
   articles print their headline as the ``h1``.
3. Read-more labels carry a truncated title: "Xem thêm: Chuyên đề “Dạy học phát triển phẩm
   chất, năng lực học sinh qua…". Gold titles come from the article page.
4. Three dates around the headline: "Ngày tạo" (``dateCreated``, the evening before, on 305 and
   296), the publication ``time[itemprop=datePublished]`` (its label only in a tooltip
   ``title="Được đăng: "``) and "Cập nhật lần cuối" (``dateModified``) in the article footer; the
   months are printed in words ("Tháng Mười Một"). Gold: the publication date and time; 281 is
   published at "00:00" (the day alone); 316 is an official notice (the letterhead's day).
5. Page-broken article (Content - Page Break): 318's page prints only its first part, an
   "Mục lục bài viết" TOC box (``div.article-index``) and a "Trang 1 / 2" pager inside the body
   section; the second part is at ``?showall=&start=1``, the whole text at ``?showall=1`` ("Tất
   cả các trang"). Gold: ONE article with both parts' text (the byline is at the end of part 2);
   path = the article's URL, the other two in alt_paths; TOC and pager are not body.
6. Email Cloaking: in 274 the editor typed an address; Joomla replaced it by a ``span`` with
   "Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần kích hoạt JavaScript
   để xem nó." followed by an inline ``<script>`` building the mailto link. Gold: the paragraph
   as printed without scripts (ending in the protection sentence); no script text in the body.
7. Captions only in an attribute (JCaption): images inserted with ``class="caption"`` carry
   their caption in ``title=""``; caption.js draws it under the photo in a browser, the HTML
   has no caption line. Gold caption = the ``title`` text (312's full-text image and one photo
   of 312, 296, 315). Other photos print the line as a centred ``<em>`` paragraph or a
   ``figcaption``; "Ảnh: Ngô Đức Anh" under a photo of 318 is a credit (caption None).
8. The full-text image sits *outside* ``itemprop=articleBody`` (``div.item-image`` between the
   aside and the text) and is the article's first photo (312). The blog's intro thumbnails
   (``/images/thumbs/…``) are other files and not article images.
9. ``{loadposition tin-cung-chuyen-muc}`` in 289 renders a whole module ("Bài viết cùng chuyên
   mục", with ``h3`` and dated links) in the middle of the text section. Not body.
10. Widgets inside the text section: JA Social Share's bar ("Chia sẻ:", counters "31 lượt chia
    sẻ") opens every ``articleBody``; the Attachments table ("Tệp đính kèm:", file name, size)
    closes 320's. Not body. The vote widget ("Đánh giá người dùng: 4 / 5", a ``select`` with
    "Đánh giá 1" … and the button "Đánh giá") sits between the aside and the text.
11. Many URLs for one article and no ``rel=canonical`` (Joomla 3 prints none): blog route,
    magazine route with ``<catid>-<cat-alias>``, tag-view route ``/index.php/component/content/
    article/…?catid=…&Itemid=101``, print view, vote action ``?hitcount=0``, page-break views.
    JA Social Share's ``og:url`` names the blog route on every variant. Gold: one record each,
    variants in alt_paths.
12. Subcategory items in the parent blog: the "Tin tức" blog lists "Hoạt động Đội" items too.
    Gold category: the breadcrumb's last section ("Hoạt động Đội" for 315/299/284, "Tin tức",
    "Thông báo").
13. Bylines: the Joomla "Viết bởi" is the CMS account "Quản trị viên" (nobody) except 296, whose
    ``created_by_alias`` "Tổ Ngữ văn - Lịch sử" is the author. In the text: "Tin: Lê Thu Hà - Ảnh:
    Trần Minh Khôi"; "Tin, ảnh: Nguyễn Thị Hồng Nhung (TPT Đội)" (post dropped); "Tin: Chi đội
    8A3 – Ảnh: Đỗ Quang Huy" (en dash); units signing alone ("Thư viện nhà trường", "Tổ Văn
    phòng", "Ban Giám hiệu"); "BBT" (nobody); a right-aligned "Theo Cổng thông tin điện tử Phòng
    GD&ĐT thành phố Thái Nguyên" (source) while a body sentence of 305 starts "Theo kết quả…".
14. Encodings: 289 is stored decomposed (NFD, Unikey "Unicode tổ hợp"); 299 was saved by an
    editor that wrote every second non-ASCII character as an entity (``&agrave;``,
    ``&#7879;``). Gold text is NFC.
15. The intro pages ("Giới thiệu chung", "Đội ngũ cán bộ, giáo viên") are single-article menu
    items printed with the very article template (``article.article``, ``h1.article-title
    [itemprop=headline]``, ``section.article-content[itemprop=articleBody]``, a photo and
    paragraphs; no date); the Phoca Download file page has a title, a date ("Ngày: 15-09-2026")
    and a description. Not articles (NON_ARTICLES).

Gold decisions on ambiguous points
----------------------------------
- published_at: the ``datePublished`` time as printed (with its time); not "Ngày tạo", not
  "Cập nhật lần cuối"; 316: the letterhead's "Thái Nguyên, ngày 23 tháng 11 năm 2026" (its
  Joomla publication is 24/11 07:45).
- The page-broken article's body is both parts in order; the page-break's part title ("Những
  tiết dạy ấn tượng", printed only in the TOC) is not body.
- The cloaked address: the no-script sentence is text as printed (trap 6).
- Sapo (summary) only where the lead paragraph is bold: 312, 305, 315.
- Table rows of 320 (header row included) are paragraphs, cells joined by " | ".
- Headings typed in the text (``h3`` in 274, bold sub-heads ``<p><strong>`` in 301) are body.
- In 284 a ``<br />`` splits the first paragraph in two.
- 316: letterhead table, "THÔNG BÁO", "Về việc …" and the closing table (Nơi nhận, HIỆU TRƯỞNG,
  (Đã ký), signer) are not body; the signer "Nguyễn Thị Minh Phương" is the author.
"""

from __future__ import annotations

import datetime as _dt
import re
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html
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

NAME = "joomla3_t3_purity_thcs"
PLATFORM = "Joomla 3.9 + T3 Framework (JA Purity III)"
START_PATH = "/index.php"

SITE = "Trường THCS Chu Văn An"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"

# catid -> (alias, name as the menu/breadcrumb prints it, listing path)
CATS = {
    8: ("tin-tuc", "Tin tức", "/index.php/tin-tuc"),
    9: ("hoat-dong-doi", "Hoạt động Đội", "/index.php/tin-tuc/hoat-dong-doi"),
    10: ("thong-bao", "Thông báo", "/index.php/thong-bao"),
}
TAGS = {
    3: ("an-toan-truong-hoc", "An toàn trường học"),
    5: ("doi-tntp-ho-chi-minh", "Đội TNTP Hồ Chí Minh"),
}

CLOAK_MSG = (
    "Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, "
    "bạn cần kích hoạt JavaScript để xem nó."
)
PAGEBREAK = '<hr class="system-pagebreak" title="{}" alt="{}" />'
LOADPOS = "{loadposition tin-cung-chuyen-muc}"


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# --- the stories ----------------------------------------------------------------------------

S312 = Story(
    id=312,
    slug="truong-thcs-chu-van-an-long-trong-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Trường THCS Chu Văn An long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
    cat="tin-tuc",
    published_at="2026-11-20T08:30:00+07:00",
    blocks=[
        Img(
            "/images/tin-tuc/2026/11/le-20-11-toan-canh.jpg",
            "Toàn cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam tại hội trường nhà trường",
            "Toàn cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam tại hội trường nhà trường",
            style="fulltext",
        ),
        P(
            "Sáng 19/11, Trường THCS Chu Văn An, thành phố Thái Nguyên long trọng tổ chức Lễ kỷ niệm "
            "44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026). Về dự buổi lễ có đại diện lãnh "
            "đạo Phòng Giáo dục và Đào tạo thành phố, Đảng ủy, UBND phường Hoàng Văn Thụ, Ban đại "
            "diện cha mẹ học sinh cùng đông đảo các thế hệ thầy cô giáo và học sinh nhà trường.",
            "b",
        ),
        P(
            "Phát biểu tại buổi lễ, cô giáo Nguyễn Thị Minh Phương, Hiệu trưởng nhà trường ôn lại "
            "truyền thống vẻ vang của ngành Giáo dục Việt Nam và những kết quả nổi bật mà tập thể sư "
            "phạm nhà trường đạt được trong năm học 2025 - 2026: 100% học sinh lớp 9 tốt nghiệp THCS, "
            "87% học sinh trúng tuyển vào lớp 10 THPT công lập, trong đó có 24 em đỗ vào Trường THPT "
            "Chuyên Thái Nguyên."
        ),
        Img(
            "/images/tin-tuc/2026/11/le-20-11-phat-bieu.jpg",
            "Cô giáo Nguyễn Thị Minh Phương, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
            "Cô giáo Nguyễn Thị Minh Phương, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
            style="jcap",
        ),
        P(
            "Năm học 2026 - 2027, nhà trường có 42 lớp với 1.786 học sinh; đội ngũ gồm 86 cán bộ, "
            "giáo viên, nhân viên, 100% giáo viên đạt chuẩn và trên chuẩn về trình độ đào tạo. Bám "
            "sát chủ đề năm học, tập thể nhà trường tiếp tục đổi mới phương pháp dạy học, đẩy mạnh "
            "ứng dụng công nghệ thông tin và chuyển đổi số trong quản lý, giảng dạy."
        ),
        P(
            "Dịp này, nhà trường đã trao giấy khen cho 15 giáo viên có thành tích xuất sắc trong "
            "phong trào thi đua “Dạy tốt - Học tốt” đợt 1 và 9 giáo viên đạt giải trong Hội thi "
            "giáo viên dạy giỏi cấp thành phố."
        ),
        Img(
            "/images/tin-tuc/2026/11/le-20-11-khen-thuong.jpg",
            "Ban Giám hiệu trao giấy khen cho các thầy, cô giáo có thành tích xuất sắc",
            "Ban Giám hiệu trao giấy khen cho các thầy, cô giáo có thành tích xuất sắc",
            style="em",
        ),
        P(
            "Thay mặt các thế hệ học sinh, em Vũ Ngọc Diệp, học sinh lớp 9A1 bày tỏ lòng biết ơn sâu "
            "sắc tới các thầy cô giáo và hứa sẽ ra sức thi đua học tập, rèn luyện, xứng đáng với "
            "truyền thống của mái trường mang tên người thầy mẫu mực của muôn đời."
        ),
        P(
            "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do các chi đội biểu diễn với nhiều "
            "tiết mục ca ngợi tình thầy trò, để lại nhiều cảm xúc cho các đại biểu và học sinh toàn "
            "trường."
        ),
        _right("<strong>Tin: Lê Thu Hà - Ảnh: Trần Minh Khôi</strong>"),
    ],
    authors=["Lê Thu Hà"],
    photographers=["Trần Minh Khôi"],
    summary=(
        "Sáng 19/11, Trường THCS Chu Văn An, thành phố Thái Nguyên long trọng tổ chức Lễ kỷ niệm "
        "44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026). Về dự buổi lễ có đại diện lãnh "
        "đạo Phòng Giáo dục và Đào tạo thành phố, Đảng ủy, UBND phường Hoàng Văn Thụ, Ban đại "
        "diện cha mẹ học sinh cùng đông đảo các thế hệ thầy cô giáo và học sinh nhà trường."
    ),
    opts={
        "catid": 8,
        "up": "2026-11-20 08:30",
        "modified": "2026-11-21 09:12",
        "intro": 2,
        "thumb": "/images/thumbs/le-20-11-2026.jpg",
        "magazine": True,
    },
)

S318 = Story(
    id=318,
    slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
    title="Khai mạc Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
    cat="tin-tuc",
    published_at="2026-11-27T14:15:00+07:00",
    blocks=[
        P(
            "Chiều 26/11, Trường THCS Chu Văn An tổ chức khai mạc Hội thi giáo viên dạy giỏi cấp "
            "trường năm học 2026 - 2027. Đây là hoạt động chuyên môn thường niên nhằm đánh giá năng "
            "lực giảng dạy của đội ngũ, đồng thời lựa chọn những giáo viên tiêu biểu tham dự Hội thi "
            "cấp thành phố."
        ),
        P(
            "Hội thi năm nay có 21 giáo viên thuộc 6 tổ chuyên môn đăng ký tham gia. Mỗi giáo viên "
            "trình bày một biện pháp nâng cao chất lượng giảng dạy và thực hành hai tiết dạy, trong "
            "đó có một tiết dạy theo hướng tích hợp, ứng dụng công nghệ thông tin."
        ),
        Img(
            "/images/tin-tuc/2026/11/gvdg-khai-mac.jpg",
            "Cô giáo Nguyễn Thị Minh Phương, Hiệu trưởng nhà trường phát biểu khai mạc Hội thi",
            "Cô giáo Nguyễn Thị Minh Phương, Hiệu trưởng nhà trường phát biểu khai mạc Hội thi",
            style="fig",
        ),
        P(
            "Phát biểu khai mạc, cô giáo Nguyễn Thị Minh Phương, Hiệu trưởng, Trưởng ban tổ chức Hội "
            "thi đề nghị các giáo viên dự thi phát huy tinh thần sáng tạo, chuẩn bị bài dạy chu đáo; "
            "Ban giám khảo đánh giá khách quan, công bằng, đúng tiêu chí đã ban hành."
        ),
        P(
            "Ngay sau lễ khai mạc, các giáo viên đã bốc thăm thứ tự và bài dạy. Các tiết thi được tổ "
            "chức từ ngày 27/11 đến ngày 10/12/2026 tại các lớp khối 6, 7, 8 và 9."
        ),
        Raw(PAGEBREAK.format("Những tiết dạy ấn tượng", "Những tiết dạy ấn tượng")),
        P(
            "Trong tuần đầu tiên, Ban giám khảo đã dự 14 tiết dạy ở các môn Toán, Ngữ văn, Tiếng Anh, "
            "Khoa học tự nhiên và Lịch sử - Địa lí. Nhiều tiết dạy được đầu tư công phu, vận dụng "
            "linh hoạt các kĩ thuật dạy học tích cực như khăn trải bàn, mảnh ghép, trạm học tập."
        ),
        Img("/images/tin-tuc/2026/11/gvdg-tiet-day.jpg", "Ảnh: Ngô Đức Anh", None, style="credit"),
        P(
            "Tiết Khoa học tự nhiên 8 “Tốc độ phản ứng và chất xúc tác” của cô giáo Đặng Thu Trang "
            "được đánh giá cao khi học sinh trực tiếp làm thí nghiệm theo nhóm, ghi số liệu và rút ra "
            "kết luận trên bảng tương tác."
        ),
        P(
            "Theo nhận xét của Ban giám khảo, các tiết dạy cơ bản đáp ứng yêu cầu đổi mới; học sinh "
            "tích cực, chủ động. Tuy nhiên, một số tiết còn phân bổ thời gian chưa hợp lí ở phần "
            "luyện tập, vận dụng."
        ),
        P(
            "Kết quả Hội thi sẽ được công bố và trao giải trong buổi sinh hoạt chuyên môn cuối tháng "
            "12/2026."
        ),
        _right("<em>Phạm Thị Thanh Xuân</em>"),
    ],
    authors=["Phạm Thị Thanh Xuân"],
    photographers=["Ngô Đức Anh"],
    opts={
        "catid": 8,
        "up": "2026-11-27 14:15",
        "modified": "2026-11-28 07:03",
        "intro": 1,
        "thumb": "/images/thumbs/gvdg-2026.jpg",
        "magazine": True,
    },
)

S305 = Story(
    id=305,
    slug="hoc-sinh-truong-thcs-chu-van-an-gianh-12-giai-tai-ky-thi-chon-hoc-sinh-gioi-lop-9",
    title=(
        "Học sinh Trường THCS Chu Văn An giành 12 giải tại Kỳ thi chọn học sinh giỏi lớp 9 "
        "cấp thành phố"
    ),
    cat="tin-tuc",
    published_at="2026-11-10T10:05:00+07:00",
    blocks=[
        P(
            "Kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố năm học 2026 - 2027 vừa khép lại, học sinh "
            "Trường THCS Chu Văn An đã xuất sắc giành 12 giải, trong đó có 2 giải Nhất, 3 giải Nhì, "
            "4 giải Ba và 3 giải Khuyến khích.",
            "b",
        ),
        P(
            "Kỳ thi do Phòng Giáo dục và Đào tạo thành phố Thái Nguyên tổ chức trong hai ngày 6 và "
            "7/11/2026 với 9 môn thi: Toán, Ngữ văn, Tiếng Anh, Vật lí, Hóa học, Sinh học, Lịch sử, "
            "Địa lí và Tin học. Toàn thành phố có 642 thí sinh dự thi."
        ),
        P(
            "Theo kết quả được công bố, nhà trường xếp thứ ba toàn thành phố về tổng số giải. Các "
            "giải cao thuộc về những học sinh sau:"
        ),
        P("Em Trịnh Minh Quân (lớp 9A1): giải Nhất môn Toán;", "li"),
        P("Em Lương Bảo Ngọc (lớp 9A2): giải Nhất môn Tiếng Anh;", "li"),
        P("Em Hà Gia Khánh (lớp 9A1): giải Nhì môn Vật lí;", "li"),
        P("Em Nông Thị Thu Uyên (lớp 9A3): giải Nhì môn Ngữ văn;", "li"),
        P("Em Dương Tuấn Kiệt (lớp 9A1): giải Nhì môn Tin học.", "li"),
        Img(
            "/images/tin-tuc/2026/11/hsg-tp-2026.jpg",
            "Các em học sinh đạt giải cùng các thầy cô giáo bồi dưỡng",
            "Các em học sinh đạt giải cùng các thầy cô giáo bồi dưỡng",
            style="em",
        ),
        P(
            "Đây là kết quả của quá trình bồi dưỡng nghiêm túc, bài bản của tập thể giáo viên bộ môn "
            "cùng sự nỗ lực, say mê của các em học sinh. Các em đạt giải sẽ tiếp tục được bồi dưỡng "
            "để tham dự Kỳ thi chọn học sinh giỏi cấp tỉnh vào tháng 3/2027."
        ),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="/index.php/van-ban/38-ke-hoach-giao-duc-nha-truong'
            '-nam-hoc-2026-2027">Kế hoạch giáo dục nhà trường năm học 2026 - 2027</a></p>'
        ),
        _right(
            "<em>Theo Cổng thông tin điện tử Phòng GD&amp;ĐT thành phố Thái Nguyên</em>"
        ),
    ],
    source="Cổng thông tin điện tử Phòng GD&ĐT thành phố Thái Nguyên",
    summary=(
        "Kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố năm học 2026 - 2027 vừa khép lại, học sinh "
        "Trường THCS Chu Văn An đã xuất sắc giành 12 giải, trong đó có 2 giải Nhất, 3 giải Nhì, "
        "4 giải Ba và 3 giải Khuyến khích."
    ),
    opts={
        "catid": 8,
        "up": "2026-11-10 10:05",
        "created": "2026-11-09 21:47",
        "modified": "2026-11-12 08:20",
        "intro": 1,
        "thumb": "/images/thumbs/hsg-tp-2026.jpg",
        "magazine": True,
    },
)

S296 = Story(
    id=296,
    slug="chuyen-de-day-hoc-phat-trien-pham-chat-nang-luc-hoc-sinh-qua-mon-ngu-van-8",
    title=(
        "Chuyên đề “Dạy học phát triển phẩm chất, năng lực học sinh qua môn Ngữ văn 8 theo "
        "Chương trình GDPT 2018”"
    ),
    cat="tin-tuc",
    published_at="2026-10-29T15:20:00+07:00",
    blocks=[
        P(
            "Nhằm nâng cao chất lượng sinh hoạt chuyên môn theo nghiên cứu bài học, ngày 28/10/2026, "
            "Tổ Ngữ văn - Lịch sử Trường THCS Chu Văn An tổ chức chuyên đề “Dạy học phát triển phẩm "
            "chất, năng lực học sinh qua môn Ngữ văn 8 theo Chương trình GDPT 2018”.",
            "mso",
        ),
        P(
            "Tham dự chuyên đề có thầy giáo Hoàng Minh Đức, Phó Hiệu trưởng nhà trường cùng toàn thể "
            "giáo viên trong tổ và đại diện giáo viên Ngữ văn của các trường THCS Nha Trang, THCS "
            "Trưng Vương.",
            "mso",
        ),
        Img(
            "/images/tin-tuc/2026/10/chuyen-de-ngu-van-8.jpg",
            "Cô giáo Lã Thị Thu Huyền thực hiện tiết dạy minh họa tại lớp 8A4",
            "Cô giáo Lã Thị Thu Huyền thực hiện tiết dạy minh họa tại lớp 8A4",
            style="jcap",
        ),
        P(
            "Tiết dạy minh họa bài “Thu điếu” của Nguyễn Khuyến do cô giáo Lã Thị Thu Huyền thực hiện "
            "tại lớp 8A4. Thông qua phiếu học tập, sơ đồ tư duy và hoạt động đóng vai, học sinh được "
            "tự khám phá vẻ đẹp của bức tranh mùa thu làng cảnh Việt Nam và tâm sự thầm kín của nhà "
            "thơ.",
            "mso",
        ),
        P(
            "Trong phần thảo luận, các giáo viên tập trung phân tích hoạt động học của học sinh: thời "
            "điểm nào học sinh hứng thú, thời điểm nào học sinh gặp khó khăn và vì sao. Từ đó, tổ "
            "thống nhất một số giải pháp điều chỉnh kế hoạch bài dạy cho phù hợp với từng đối tượng.",
            "mso",
        ),
        P(
            "Chuyên đề đã giúp giáo viên có thêm kinh nghiệm trong việc thiết kế nhiệm vụ học tập, tổ "
            "chức hoạt động nhóm và đánh giá học sinh bằng bảng kiểm, rubric theo định hướng phát "
            "triển năng lực.",
            "mso",
        ),
    ],
    authors=["Tổ Ngữ văn - Lịch sử"],
    opts={
        "catid": 8,
        "up": "2026-10-29 15:20",
        "created": "2026-10-28 20:05",
        "modified": "2026-11-02 10:41",
        "intro": 1,
        "by": "Tổ Ngữ văn - Lịch sử",
        "thumb": "/images/thumbs/chuyen-de-ngu-van-8.jpg",
    },
)

S289 = Story(
    id=289,
    slug="ngay-hoi-doc-sach-moi-cuon-sach-mot-hanh-trang-cua-hoc-sinh-khoi-6",
    title="Ngày hội đọc sách “Mỗi cuốn sách - Một hành trang” của học sinh khối 6",
    cat="tin-tuc",
    published_at="2026-10-21T09:00:00+07:00",
    blocks=[
        P(
            "Hưởng ứng Tháng hành động vì văn hóa đọc trong trường học, sáng 20/10, Thư viện Trường "
            "THCS Chu Văn An phối hợp với Liên đội tổ chức Ngày hội đọc sách với chủ đề “Mỗi cuốn "
            "sách - Một hành trang” dành cho học sinh khối 6."
        ),
        P(
            "Ngày hội gồm nhiều hoạt động bổ ích như: triển lãm sách theo chủ đề, giới thiệu sách hay, "
            "thi vẽ tranh về nhân vật yêu thích và góc trao đổi sách cũ. Mỗi lớp khối 6 được bố trí "
            "một gian trưng bày do chính các em trang trí."
        ),
        Img(
            "/images/tin-tuc/2026/10/ngay-hoi-doc-sach-01.jpg",
            "Học sinh lớp 6A2 giới thiệu cuốn sách “Dế Mèn phiêu lưu ký”",
            "Học sinh lớp 6A2 giới thiệu cuốn sách “Dế Mèn phiêu lưu ký”",
            style="em",
        ),
        Raw(LOADPOS),
        P(
            "Phần thi giới thiệu sách thu hút sự chú ý của đông đảo học sinh. Em Lò Khánh Linh, lớp "
            "6A5 chia sẻ: “Em rất thích cuốn Hoàng tử bé vì nó dạy em biết yêu thương và trân trọng "
            "những điều giản dị quanh mình”."
        ),
        P(
            "Tại góc trao đổi sách, hơn 600 cuốn sách, truyện đã được học sinh mang đến để trao đổi, "
            "tặng bạn. Số sách còn lại được Liên đội chuyển về tủ sách “Thư viện xanh” của nhà trường."
        ),
        P(
            "Ngày hội đọc sách góp phần khơi dậy niềm đam mê đọc, xây dựng thói quen đọc sách hằng "
            "ngày cho học sinh, hướng tới xây dựng trường học thân thiện, văn minh."
        ),
        _right("<strong>Thư viện nhà trường</strong>"),
    ],
    authors=["Thư viện nhà trường"],
    opts={
        "catid": 8,
        "up": "2026-10-21 09:00",
        "modified": "2026-10-22 14:18",
        "intro": 1,
        "nfd": True,
        "thumb": "/images/thumbs/ngay-hoi-doc-sach.jpg",
    },
)

S281 = Story(
    id=281,
    slug="tap-huan-ky-nang-phong-chong-duoi-nuoc-cho-hoc-sinh",
    title="Tập huấn kỹ năng phòng, chống đuối nước cho học sinh",
    cat="tin-tuc",
    published_at="2026-10-09",
    blocks=[
        P(
            "Chiều 08/10, Trường THCS Chu Văn An phối hợp với Đội Cảnh sát PCCC và CNCH - Công an "
            "thành phố Thái Nguyên tổ chức buổi tập huấn kỹ năng phòng, chống đuối nước cho hơn 400 "
            "học sinh khối 6 và khối 7."
        ),
        P(
            "Tại buổi tập huấn, học sinh được hướng dẫn cách nhận biết các khu vực nguy hiểm như ao, "
            "hồ, sông suối, hố công trình; cách tự cứu khi bị chuột rút, cách sử dụng áo phao và kỹ "
            "năng sơ cứu, hô hấp nhân tạo cho người bị đuối nước."
        ),
        Img(
            "/images/tin-tuc/2026/10/tap-huan-duoi-nuoc.jpg",
            "Học sinh thực hành sử dụng áo phao dưới sự hướng dẫn của cán bộ Công an",
            "Học sinh thực hành sử dụng áo phao dưới sự hướng dẫn của cán bộ Công an",
            style="em",
        ),
        P(
            "Nhà trường đề nghị cha mẹ học sinh tăng cường quản lý con em trong thời gian nghỉ, tuyệt "
            "đối không để các em tự ý đi bơi, tắm ở những nơi không an toàn."
        ),
    ],
    opts={
        "catid": 8,
        "up": "2026-10-09 00:00",
        "modified": "2026-10-09 00:00",
        "intro": 99,
        "tags": [3],
        "thumb": "/images/thumbs/tap-huan-duoi-nuoc.jpg",
    },
)

S274 = Story(
    id=274,
    slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
    cat="tin-tuc",
    published_at="2026-10-03T16:45:00+07:00",
    blocks=[
        P(
            "Chiều 02/10/2026, Trường THCS Chu Văn An tổ chức Hội nghị viên chức, người lao động năm "
            "học 2026 - 2027. Dự hội nghị có 86 cán bộ, giáo viên, nhân viên nhà trường."
        ),
        P(
            "Hội nghị đã nghe báo cáo tổng kết năm học 2025 - 2026, phương hướng, nhiệm vụ năm học "
            "2026 - 2027; báo cáo công khai tài chính; báo cáo hoạt động của Ban Thanh tra nhân dân "
            "và thảo luận, sửa đổi Quy chế chi tiêu nội bộ, Quy chế thực hiện dân chủ ở cơ sở."
        ),
        P("Các chỉ tiêu chủ yếu năm học 2026 - 2027", "h3"),
        P("Tỉ lệ học sinh có kết quả học tập Khá, Tốt đạt từ 85% trở lên;", "li"),
        P("100% học sinh lớp 9 đủ điều kiện được công nhận tốt nghiệp THCS;", "li"),
        P("Có từ 15 giải học sinh giỏi cấp thành phố trở lên;", "li"),
        P("Duy trì danh hiệu Tập thể lao động xuất sắc.", "li"),
        Img(
            "/images/tin-tuc/2026/10/hoi-nghi-vc-2026.jpg",
            "Các đại biểu biểu quyết thông qua Nghị quyết Hội nghị",
            "Các đại biểu biểu quyết thông qua Nghị quyết Hội nghị",
            style="em",
        ),
        P(
            "Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028 gồm 3 đồng chí và biểu quyết "
            "thông qua Nghị quyết Hội nghị với 100% đại biểu tán thành."
        ),
        P(
            "Mọi ý kiến góp ý về Quy chế chi tiêu nội bộ, cán bộ, giáo viên gửi về hộp thư của Tổ "
            "Văn phòng: " + CLOAK_MSG,
            "cloak",
        ),
        _right("<strong>Tổ Văn phòng</strong>"),
    ],
    authors=["Tổ Văn phòng"],
    opts={
        "catid": 8,
        "up": "2026-10-03 16:45",
        "modified": "2026-10-05 08:02",
        "intro": 1,
        "cloak": ("vanphong.thcscva", "thainguyen.edu.vn"),
        "thumb": "/images/thumbs/hoi-nghi-vc-2026.jpg",
    },
)

S315 = Story(
    id=315,
    slug="lien-doi-ra-quan-phong-trao-ke-hoach-nho-thu-gom-giay-vun",
    title=(
        "Liên đội ra quân phong trào “Kế hoạch nhỏ”, thu gom giấy vụn ủng hộ học sinh vùng cao"
    ),
    cat="hoat-dong-doi",
    published_at="2026-11-24T07:50:00+07:00",
    blocks=[
        P(
            "Sáng 23/11, Liên đội Trường THCS Chu Văn An tổ chức ra quân phong trào “Kế hoạch nhỏ” "
            "năm học 2026 - 2027 với chủ đề “Giấy vụn hóa yêu thương”, gây quỹ ủng hộ học sinh có "
            "hoàn cảnh khó khăn ở các xã vùng cao của tỉnh.",
            "b",
        ),
        P(
            "Ngay từ đầu giờ sáng, các chi đội đã tập kết giấy vụn, sách báo cũ, vỏ chai nhựa tại sân "
            "trường. Các sản phẩm được phân loại, cân và ghi nhận cụ thể cho từng chi đội dưới sự "
            "giám sát của Ban chỉ huy Liên đội."
        ),
        Img(
            "/images/doi/2026/11/ke-hoach-nho-01.jpg",
            "Đội viên các chi đội tập kết giấy vụn tại sân trường",
            "Đội viên các chi đội tập kết giấy vụn tại sân trường",
            style="jcap",
        ),
        P(
            "Kết thúc đợt ra quân, toàn Liên đội thu được 3,2 tấn giấy vụn và hơn 15.000 vỏ chai "
            "nhựa. Chi đội 7A2, 9A4 và 6A1 là những chi đội dẫn đầu về khối lượng."
        ),
        Img(
            "/images/doi/2026/11/ke-hoach-nho-02.jpg",
            "Ban chỉ huy Liên đội cân và ghi nhận kết quả của các chi đội",
            "Ban chỉ huy Liên đội cân và ghi nhận kết quả của các chi đội",
            style="em",
        ),
        P(
            "Toàn bộ số tiền thu được từ phong trào sẽ được dùng để mua áo ấm, sách vở tặng học sinh "
            "Trường PTDTBT THCS Sảng Mộc nhân dịp Tết Nguyên đán Đinh Mùi 2027."
        ),
        P(
            "Phong trào “Kế hoạch nhỏ” không chỉ giúp các em có ý thức bảo vệ môi trường mà còn bồi "
            "dưỡng tinh thần tương thân tương ái, sẻ chia với các bạn có hoàn cảnh khó khăn."
        ),
        _right("<strong>Tin, ảnh: Nguyễn Thị Hồng Nhung (TPT Đội)</strong>"),
    ],
    authors=["Nguyễn Thị Hồng Nhung"],
    photographers=["Nguyễn Thị Hồng Nhung"],
    summary=(
        "Sáng 23/11, Liên đội Trường THCS Chu Văn An tổ chức ra quân phong trào “Kế hoạch nhỏ” "
        "năm học 2026 - 2027 với chủ đề “Giấy vụn hóa yêu thương”, gây quỹ ủng hộ học sinh có "
        "hoàn cảnh khó khăn ở các xã vùng cao của tỉnh."
    ),
    opts={
        "catid": 9,
        "up": "2026-11-24 07:50",
        "modified": "2026-11-24 10:31",
        "intro": 1,
        "tags": [5],
        "thumb": "/images/thumbs/ke-hoach-nho.jpg",
        "magazine": True,
    },
)

S299 = Story(
    id=299,
    slug="chi-doi-8a3-to-chuc-hoat-dong-trai-nghiem-em-yeu-lich-su-que-huong-thai-nguyen",
    title="Chi đội 8A3 tổ chức hoạt động trải nghiệm “Em yêu lịch sử quê hương Thái Nguyên”",
    cat="hoat-dong-doi",
    published_at="2026-11-05T13:30:00+07:00",
    blocks=[
        P(
            "Nhằm giúp đội viên hiểu thêm về truyền thống lịch sử quê hương, ngày 04/11/2026, Chi đội "
            "8A3 tổ chức chuyến trải nghiệm thực tế tại Bảo tàng Văn hóa các dân tộc Việt Nam và Khu "
            "di tích Đền thờ Đội Cấn."
        ),
        P(
            "Tại Bảo tàng, các em được nghe thuyết minh về đời sống, văn hóa của 54 dân tộc anh em, "
            "tận mắt chiêm ngưỡng nhiều hiện vật quý như trống đồng, trang phục truyền thống và các "
            "công cụ sản xuất."
        ),
        Img(
            "/images/doi/2026/11/trai-nghiem-8a3-01.jpg",
            "Đội viên Chi đội 8A3 tham quan Bảo tàng Văn hóa các dân tộc Việt Nam",
            "Đội viên Chi đội 8A3 tham quan Bảo tàng Văn hóa các dân tộc Việt Nam",
            style="em",
        ),
        P(
            "Tại Đền thờ Đội Cấn, chi đội đã dâng hương tưởng niệm, nghe kể về cuộc khởi nghĩa Thái "
            "Nguyên năm 1917 do Đội Cấn và Lương Ngọc Quyến lãnh đạo, một trong những cuộc khởi nghĩa "
            "tiêu biểu của phong trào yêu nước đầu thế kỷ XX."
        ),
        P(
            "Sau chuyến đi, mỗi tổ trong chi đội hoàn thành một sản phẩm báo cáo dưới dạng tập san, "
            "video ngắn hoặc bản đồ tư duy để giới thiệu với các chi đội khác trong buổi sinh hoạt "
            "dưới cờ."
        ),
        _right("<strong>Tin: Chi đội 8A3 – Ảnh: Đỗ Quang Huy</strong>"),
    ],
    authors=["Chi đội 8A3"],
    photographers=["Đỗ Quang Huy"],
    opts={
        "catid": 9,
        "up": "2026-11-05 13:30",
        "modified": "2026-11-06 09:47",
        "intro": 1,
        "entities": 2,
        "tags": [5],
        "thumb": "/images/thumbs/trai-nghiem-8a3.jpg",
    },
)

S284 = Story(
    id=284,
    slug="dai-hoi-lien-doi-truong-thcs-chu-van-an-nhiem-ky-2026-2027",
    title="Đại hội Liên đội Trường THCS Chu Văn An nhiệm kỳ 2026 - 2027",
    cat="hoat-dong-doi",
    published_at="2026-10-15T08:00:00+07:00",
    blocks=[
        P(
            "Ngày 14/10/2026, Liên đội Trường THCS Chu Văn An long trọng tổ chức Đại hội Liên đội "
            "nhiệm kỳ 2026 - 2027."
        ),
        P(
            "Về dự Đại hội có thầy giáo Hoàng Minh Đức, Phó Hiệu trưởng nhà trường; cô giáo Nguyễn "
            "Thị Hồng Nhung, Tổng phụ trách Đội cùng 84 đại biểu là chỉ huy các chi đội.",
            "br",
        ),
        P(
            "Đại hội đã nghe báo cáo tổng kết công tác Đội và phong trào thiếu nhi nhiệm kỳ 2025 - "
            "2026. Trong năm qua, Liên đội được Hội đồng Đội thành phố tặng Giấy khen “Liên đội vững "
            "mạnh xuất sắc”; nhiều đội viên đạt giải cao trong các cuộc thi, hội thi do các cấp tổ "
            "chức."
        ),
        Img(
            "/images/doi/2026/10/dai-hoi-lien-doi.jpg",
            "Ban chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
            "Ban chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
            style="em",
        ),
        P(
            "Với tinh thần dân chủ, Đại hội đã bầu Ban chỉ huy Liên đội nhiệm kỳ mới gồm 11 đội viên. "
            "Em Vi Thảo Nguyên, lớp 9A2 được tín nhiệm bầu làm Liên đội trưởng."
        ),
        P(
            "Đại hội cũng thông qua chương trình hành động với 5 chỉ tiêu thi đua trọng tâm, hướng "
            "tới kỷ niệm 86 năm Ngày thành lập Đội TNTP Hồ Chí Minh (15/5/1941 - 15/5/2027)."
        ),
        _right("<strong>BBT</strong>"),
    ],
    opts={
        "catid": 9,
        "up": "2026-10-15 08:00",
        "modified": "2026-10-15 08:00",
        "intro": 2,
        "tags": [5],
        "thumb": "/images/thumbs/dai-hoi-lien-doi.jpg",
    },
)

S320 = Story(
    id=320,
    slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
    cat="thong-bao",
    published_at="2026-12-02T10:30:00+07:00",
    blocks=[
        P(
            "Căn cứ kế hoạch giáo dục năm học 2026 - 2027, Trường THCS Chu Văn An thông báo lịch kiểm "
            "tra, đánh giá cuối học kỳ I đối với các môn học đánh giá bằng nhận xét kết hợp điểm số "
            "như sau:"
        ),
        P("Ngày | Buổi | Khối | Môn kiểm tra | Thời gian làm bài", "row"),
        P("21/12/2026 | Sáng | 6, 7 | Ngữ văn | 90 phút", "row"),
        P("21/12/2026 | Chiều | 8, 9 | Ngữ văn | 90 phút", "row"),
        P("22/12/2026 | Sáng | 6, 7 | Toán | 90 phút", "row"),
        P("22/12/2026 | Chiều | 8, 9 | Toán | 90 phút", "row"),
        P("23/12/2026 | Sáng | 6, 7, 8, 9 | Tiếng Anh | 60 phút", "row"),
        P(
            "Các môn còn lại do giáo viên bộ môn tổ chức kiểm tra trên lớp theo thời khóa biểu từ ngày "
            "14/12 đến ngày 19/12/2026."
        ),
        P(
            "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo đồ dùng học tập "
            "cần thiết; không mang điện thoại, tài liệu vào phòng kiểm tra."
        ),
        P("Đề nghị cha mẹ học sinh phối hợp nhắc nhở, tạo điều kiện để các em ôn tập tốt."),
        _right("<strong>Ban Giám hiệu</strong>"),
    ],
    authors=["Ban Giám hiệu"],
    opts={
        "catid": 10,
        "up": "2026-12-02 10:30",
        "modified": "2026-12-03 16:12",
        "attach": [("lich-kiem-tra-cuoi-hk1-2026-2027.pdf", "215 Kb")],
        "magazine": True,
    },
)

_LETTERHEAD = (
    '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
    '<td style="width: 40%; text-align: center; vertical-align: top;">'
    "<p>UBND THÀNH PHỐ THÁI NGUYÊN<br /><strong>TRƯỜNG THCS CHU VĂN AN</strong></p>"
    "<p>Số: 87/TB-THCSCVA</p></td>"
    '<td style="width: 60%; text-align: center; vertical-align: top;">'
    "<p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />"
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></p>"
    "<p><em>Thái Nguyên, ngày 23 tháng 11 năm 2026</em></p></td>"
    "</tr></tbody></table>"
)
_CLOSING = (
    '<table style="width: 100%;" border="0"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><p><strong><em>Nơi nhận:</em></strong><br />'
    "- Các tổ chuyên môn, GVCN;<br />- Liên đội;<br />- Lưu: VT.</p></td>"
    '<td style="width: 50%; text-align: center; vertical-align: top;"><p><strong>HIỆU TRƯỞNG</strong>'
    "<br /><em>(Đã ký)</em><br /><br /><strong>Nguyễn Thị Minh Phương</strong></p></td>"
    "</tr></tbody></table>"
)

S316 = Story(
    id=316,
    slug="thong-bao-ve-viec-to-chuc-hoi-khoe-phu-dong-cap-truong-nam-2026",
    title="Thông báo về việc tổ chức Hội khỏe Phù Đổng cấp trường năm 2026",
    cat="thong-bao",
    published_at="2026-11-23",
    blocks=[
        Raw(_LETTERHEAD),
        Raw('<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'),
        Raw(
            '<p style="text-align: center;"><strong>Về việc tổ chức Hội khỏe Phù Đổng cấp trường '
            "năm 2026</strong></p>"
        ),
        P(
            "Thực hiện Kế hoạch số 215/KH-PGDĐT ngày 05/11/2026 của Phòng Giáo dục và Đào tạo thành "
            "phố Thái Nguyên về tổ chức Hội khỏe Phù Đổng các cấp năm học 2026 - 2027, Trường THCS "
            "Chu Văn An thông báo tổ chức Hội khỏe Phù Đổng cấp trường như sau:"
        ),
        P(
            "1. Thời gian: từ ngày 07/12 đến ngày 12/12/2026 (trong giờ hoạt động trải nghiệm và các "
            "buổi chiều thứ Bảy)."
        ),
        P("2. Địa điểm: sân trường và nhà đa năng Trường THCS Chu Văn An."),
        P(
            "3. Các môn thi đấu: Điền kinh, Bóng bàn, Cầu lông, Cờ vua, Đá cầu và Bóng đá nam (khối "
            "8, 9)."
        ),
        P(
            "4. Đối tượng: học sinh đang học tại trường, có đủ sức khỏe, được giáo viên chủ nhiệm và "
            "cha mẹ học sinh đồng ý."
        ),
        P(
            "Giáo viên chủ nhiệm các lớp nộp danh sách vận động viên về thầy giáo Lưu Văn Tùng, giáo "
            "viên Giáo dục thể chất trước ngày 04/12/2026. Kết quả Hội khỏe là căn cứ lựa chọn vận "
            "động viên tham dự Hội khỏe Phù Đổng cấp thành phố."
        ),
        Raw(_CLOSING),
    ],
    authors=["Nguyễn Thị Minh Phương"],
    opts={
        "catid": 10,
        "up": "2026-11-24 07:45",
        "modified": "2026-11-24 07:45",
    },
)

S301 = Story(
    id=301,
    slug="thong-bao-tuyen-chon-hoc-sinh-tham-gia-cau-lac-bo-robotics-stem",
    title="Thông báo tuyển chọn học sinh tham gia Câu lạc bộ Robotics - STEM năm học 2026 - 2027",
    cat="thong-bao",
    published_at="2026-11-06T16:00:00+07:00",
    blocks=[
        P(
            "Nhằm phát triển năng lực khoa học, công nghệ, kỹ thuật và toán học cho học sinh, Trường "
            "THCS Chu Văn An thông báo tuyển chọn học sinh tham gia Câu lạc bộ Robotics - STEM năm "
            "học 2026 - 2027."
        ),
        P("Đối tượng và số lượng", "b"),
        P("Học sinh khối 6 và khối 7 yêu thích lắp ráp, lập trình; mỗi khối tuyển chọn 24 học sinh."),
        P("Hình thức tuyển chọn", "b"),
        P(
            "Học sinh làm bài kiểm tra tư duy logic trong 45 phút và tham gia phỏng vấn ngắn với giáo "
            "viên phụ trách câu lạc bộ."
        ),
        P("Thời gian sinh hoạt", "b"),
        P(
            "Câu lạc bộ sinh hoạt vào chiều thứ Tư và thứ Sáu hằng tuần tại phòng STEM của nhà trường, "
            "bắt đầu từ ngày 23/11/2026."
        ),
        P(
            "Học sinh đăng ký với giáo viên chủ nhiệm trước ngày 14/11/2026. Mọi thông tin chi tiết "
            "xin liên hệ thầy Đinh Quốc Bảo, giáo viên Tin học, điện thoại 0912.468.035."
        ),
    ],
    opts={
        "catid": 10,
        "up": "2026-11-06 16:00",
        "modified": "2026-11-07 08:15",
    },
)

STORIES = [S320, S318, S315, S316, S312, S305, S301, S299, S296, S289, S284, S281, S274]
BY_ID = {s.id: s for s in STORIES}

# ordering of each category (publish_up descending): blogs, lists and the pagenavigation plugin
CAT_ORDER = {
    8: [318, 312, 305, 296, 289, 281, 274],
    9: [315, 299, 284],
    10: [320, 316, 301],
}
TIN_TUC_BLOG = [318, 315, 312, 305, 299, 296, 289, 284, 281, 274]  # with the subcategory
BLOG_LIMIT = 4  # 1 leading + 2 intro + 1 link
LIST_LIMIT = 2
LATEST = [320, 318, 315, 316, 312]
POPULAR = [312, 305, 320, 299]


# --- routes ---------------------------------------------------------------------------------


def path_of(story: Story) -> str:
    """The route from the category blog/list: the gold path."""
    return f"{CATS[story.opts['catid']][2]}/{story.id}-{story.slug}"


def magazine_path(story: Story) -> str:
    catid = story.opts["catid"]
    return f"/index.php/tin-tuc/{catid}-{CATS[catid][0]}/{story.id}-{story.slug}"


def tagview_path(story: Story) -> str:
    return (
        f"/index.php/component/content/article/{story.id}-{story.slug}"
        f"?catid={story.opts['catid']}&Itemid=101"
    )


def tag_path(tag_id: int) -> str:
    return f"/index.php/component/tags/tag/{tag_id}-{TAGS[tag_id][0]}"


def alt_paths(story: Story) -> list[str]:
    p = path_of(story)
    alts = [f"{p}?tmpl=component&print=1", f"{p}?hitcount=0"]
    if story.opts.get("magazine"):
        m = magazine_path(story)
        alts += [m, f"{m}?hitcount=0"]
    if story.opts.get("tags"):
        alts.append(tagview_path(story))
    if _sections(story)[1:]:
        alts += [f"{p}?showall=1", f"{p}?showall=&start=1"]
    return alts


# --- dates as Joomla's vi-VN language pack prints them ---------------------------------------

_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
_MONTHS = [
    "",
    "Tháng Một",
    "Tháng Hai",
    "Tháng Ba",
    "Tháng Tư",
    "Tháng Năm",
    "Tháng Sáu",
    "Tháng Bảy",
    "Tháng Tám",
    "Tháng Chín",
    "Tháng Mười",
    "Tháng Mười Một",
    "Tháng Mười Hai",
]


def _parse(value: str) -> _dt.datetime:
    return _dt.datetime.strptime(value, "%Y-%m-%d %H:%M")


def iso_c(value: str) -> str:
    """``JHtml::date($d, 'c')`` in the site's zone."""
    return _parse(value).strftime("%Y-%m-%dT%H:%M:%S+07:00")


def lc2(value: str) -> str:
    d = _parse(value)
    return f"{_WEEKDAYS[d.weekday()]}, {d:%d} {_MONTHS[d.month]} {d.year} {d:%H:%M}"


def lc3(value: str) -> str:
    d = _parse(value)
    return f"{d:%d} {_MONTHS[d.month]} {d.year}"


# --- article text ---------------------------------------------------------------------------


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")), entities=story.opts.get("entities", 0))


def _cloak(story: Story, value: str) -> str:
    user, domain = story.opts["cloak"]
    prefix = value[: -len(CLOAK_MSG)]
    key = f"cloak{story.id:04d}e5b1c0a7f3d29e4b6a8c1d0f2e{story.id}"
    dom = domain.split(".")
    addy = " + '&#46;' + ".join(f"'{part}'" for part in dom)
    script = (
        "<script type='text/javascript'>\n"
        f"\t\t\t\tdocument.getElementById('{key}').innerHTML = '';\n"
        "\t\t\t\tvar prefix = '&#109;a' + 'i&#108;' + '&#116;o';\n"
        "\t\t\t\tvar path = 'hr' + 'ef' + '=';\n"
        f"\t\t\t\tvar addy{key} = '{user}' + '&#64;';\n"
        f"\t\t\t\taddy{key} = addy{key} + {addy};\n"
        f"\t\t\t\tvar addy_text{key} = '{user}' + '&#64;' + {addy};"
        f"document.getElementById('{key}').innerHTML += '<a ' + path + '\\'' + prefix + ':' + "
        f"addy{key} + '\\'>'+addy_text{key}+'<\\/a>';\n"
        "\t\t</script>"
    )
    return f'{_t(story, prefix)}<span id="{key}">{esc(CLOAK_MSG)}</span>{script}'


def _img_tag(story: Story, img: Img, *, cls: str = "", title: str | None = None) -> str:
    alt = esc(img.caption or story.title)
    attrs = f' class="{cls}"' if cls else ""
    if title is not None:
        attrs += f' title="{esc(title)}"'
    return f'<img{attrs} src="{img.src}" alt="{alt}" width="640" height="427" />'


def _render_img(story: Story, img: Img) -> str:
    if img.style == "jcap":
        return (
            '<p style="text-align: center;">'
            + _img_tag(story, img, cls="caption", title=img.printed)
            + "</p>"
        )
    if img.style == "fig":
        return (
            '<figure class="image" style="display: table; margin: 0 auto;">'
            + _img_tag(story, img)
            + f"<figcaption>{_t(story, img.printed or '')}</figcaption></figure>"
        )
    if img.style == "credit":
        return (
            f'<p style="text-align: center;">{_img_tag(story, img)}</p>'
            f'<p style="text-align: right;"><em>{_t(story, img.printed or "")}</em></p>'
        )
    # "em": the editor's centred italic line
    line = (
        f'<p style="text-align: center;"><em><span style="font-size: 10pt;">'
        f"{_t(story, img.printed)}</span></em></p>"
        if img.printed
        else ""
    )
    return f'<p style="text-align: center;">{_img_tag(story, img)}</p>{line}'


def _render_p(story: Story, p: P) -> str:
    t = _t(story, p.text)
    if p.style == "b":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if p.style == "mso":
        return (
            '<p class="MsoNormal" style="margin-bottom: 6.0pt; text-align: justify; line-height: '
            "130%;\"><span lang=\"VI\" style=\"font-size: 14.0pt; line-height: 130%; font-family: "
            f"'Times New Roman','serif';\">{t}<o:p></o:p></span></p>"
        )
    if p.style == "h3":
        return f"<h3>{t}</h3>"
    if p.style == "cloak":
        return f'<p style="text-align: justify;">{_cloak(story, p.text)}</p>'
    return f'<p style="text-align: justify;">{t}</p>'


def _render_blocks(story: Story, blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(story, blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        if isinstance(b, P) and b.style == "row":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cells = "".join(
                    f'<td style="padding: 3px 6px;">{_t(story, c)}</td>'
                    for c in blocks[i].text.split(" | ")
                )
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table class="table table-bordered" style="width: 100%; border-collapse: collapse;"'
                ' border="1" cellpadding="3"><tbody>' + "".join(rows) + "</tbody></table>"
            )
            continue
        if isinstance(b, P) and i + 1 < len(blocks):
            nxt = blocks[i + 1]
            if isinstance(nxt, P) and nxt.style == "br":
                out.append(
                    f'<p style="text-align: justify;">{_t(story, b.text)}<br />'
                    f"{_t(story, nxt.text)}</p>"
                )
                i += 2
                continue
        if isinstance(b, P):
            out.append(_render_p(story, b))
        elif isinstance(b, Img):
            if b.style != "fulltext":
                out.append(_render_img(story, b))
        elif isinstance(b, Raw):
            if b.html == LOADPOS:
                out.append(_loadposition(story))
            else:
                out.append(b.html)
        i += 1
    return "\n".join(out)


def _sections(story: Story) -> list[list]:
    parts: list[list] = [[]]
    titles: list[str] = [story.title]
    for b in story.blocks:
        if isinstance(b, Raw) and b.html.startswith('<hr class="system-pagebreak"'):
            parts.append([])
            titles.append(re.search(r'title="([^"]*)"', b.html).group(1))
        else:
            parts[-1].append(b)
    story.opts["_toc"] = titles
    return parts


def _loadposition(story: Story) -> str:
    items = []
    for sid in [318, 312, 305]:
        s = BY_ID[sid]
        items.append(
            f'<li><a class="mod-articles-category-title " href="{path_of(s)}">{esc(s.title)}</a>'
            f'<span class="mod-articles-category-date">{lc3(s.opts["up"])}</span></li>'
        )
    return (
        '<div class="moduletable tin-cung-chuyen-muc">\n<h3>Bài viết cùng chuyên mục</h3>\n'
        '<ul class="category-module mod-list">' + "".join(items) + "</ul>\n</div>"
    )


def _fulltext_image(story: Story) -> str:
    for b in story.blocks:
        if isinstance(b, Img) and b.style == "fulltext":
            return (
                '<div class="pull-none item-image">'
                f'<img class="caption" title="{esc(b.printed or "")}" src="{b.src}" '
                f'alt="{esc(story.title)}" itemprop="image"/></div>'
            )
    return ""


def _intro_blocks(story: Story) -> list:
    n = story.opts.get("intro", 1)
    return [b for b in story.blocks[:n] if not (isinstance(b, Img) and b.style == "fulltext")]


def _has_fulltext(story: Story) -> bool:
    return story.opts.get("intro", 1) < len(story.blocks)


# --- chrome ---------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", 101, []),
    (
        "Giới thiệu",
        "/index.php/gioi-thieu",
        102,
        [
            ("Giới thiệu chung", "/index.php/gioi-thieu"),
            ("Đội ngũ cán bộ, giáo viên", "/index.php/gioi-thieu/doi-ngu-can-bo-giao-vien"),
        ],
    ),
    (
        "Tin tức",
        "/index.php/tin-tuc",
        104,
        [("Hoạt động Đội", "/index.php/tin-tuc/hoat-dong-doi")],
    ),
    ("Thông báo", "/index.php/thong-bao", 106, []),
    (
        "Văn bản",
        None,
        107,
        [
            (
                "Kế hoạch giáo dục nhà trường",
                "/index.php/van-ban/38-ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027",
            )
        ],
    ),
    ("Thư viện ảnh", "/index.php/thu-vien-anh/24-le-khai-giang-nam-hoc-2026-2027", 109, []),
    ("Liên hệ", "/index.php/lien-he", 110, []),
]


def _megamenu(active: str) -> str:
    lis = []
    for title, href, item_id, children in MENU:
        cls = ["active"] if title == active else []
        if children:
            cls += ["dropdown", "mega"]
            link = (
                f'<a class=" dropdown-toggle" href="{href}" data-target="#" data-toggle="dropdown">'
                f'{title}<em class="caret"></em></a>'
                if href
                else f'<span class=" dropdown-toggle separator" data-target="#" '
                f'data-toggle="dropdown">{title}<em class="caret"></em></span>'
            )
            subs = "".join(
                f'<li data-id="{item_id}{k}" data-level="2"><a class="" href="{h}" '
                f'data-target="#">{t}</a></li>'
                for k, (t, h) in enumerate(children)
            )
            lis.append(
                f'<li itemprop="name" class="{" ".join(cls)}" data-id="{item_id}" data-level="1">'
                f"{link}<div class=\"nav-child dropdown-menu mega-dropdown-menu\"><div "
                f'class="mega-dropdown-inner"><div class="row"><div class="col-xs-12 mega-col-nav" '
                f'data-width="12"><div class="mega-inner"><ul itemscope '
                f'itemtype="http://www.schema.org/SiteNavigationElement" class="mega-nav level1">'
                f"{subs}</ul></div></div></div></div></div></li>"
            )
        else:
            lis.append(
                f'<li itemprop="name" class="{" ".join(cls)}" data-id="{item_id}" data-level="1">'
                f'<a itemprop="url" class="" href="{href}" data-target="#">{title}</a></li>'
            )
    return "\n".join(lis)


def _offcanvas_menu() -> str:
    lis = []
    for title, href, item_id, children in MENU:
        sub = ""
        if children:
            sub = '<ul class="nav-child unstyled small">' + "".join(
                f'<li class="item-{item_id}{k}"><a href="{h}">{t}</a></li>'
                for k, (t, h) in enumerate(children)
            ) + "</ul>"
        head = (
            f'<a href="{href}">{title}</a>' if href else f'<span class="nav-header ">{title}</span>'
        )
        lis.append(f'<li class="item-{item_id}{" deeper parent" if children else ""}">{head}{sub}</li>')
    return '<ul class="nav menu nav-pills nav-stacked">' + "".join(lis) + "</ul>"


def _sidebar() -> str:
    latest = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{path_of(BY_ID[i])}" '
        f'itemprop="url"><span itemprop="name">{esc(BY_ID[i].title)}</span></a></li>'
        for i in LATEST
    )
    popular = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{path_of(BY_ID[i])}" '
        f'itemprop="url"><span itemprop="name">{esc(BY_ID[i].title)}</span></a></li>'
        for i in POPULAR
    )
    return f"""
<div class="t3-module module " id="Mod91"><div class="module-inner">
<h3 class="module-title "><span>Tin mới</span></h3>
<div class="module-ct"><ul class="latestnews mod-list">{latest}</ul></div></div></div>
<div class="t3-module module highlight " id="Mod92"><div class="module-inner">
<h3 class="module-title "><span>Đọc nhiều</span></h3>
<div class="module-ct"><ul class="mostread mod-list">{popular}</ul></div></div></div>
<div class="t3-module module " id="Mod95"><div class="module-inner">
<div class="module-ct"><div class="custom">
<p><a href="http://thainguyen.edu.vn" target="_blank" rel="noopener noreferrer"><img src="/images/banners/so-gddt-thai-nguyen.png" alt="Sở GD&amp;ĐT Thái Nguyên" width="262" height="70" /></a></p>
<p><a href="https://csdl.moet.gov.vn" target="_blank" rel="noopener noreferrer"><img src="/images/banners/csdl-nganh.png" alt="Cơ sở dữ liệu ngành" width="262" height="70" /></a></p>
</div></div></div></div>
<div class="t3-module module " id="Mod96"><div class="module-inner">
<h3 class="module-title "><span>Liên kết website</span></h3>
<div class="module-ct"><div class="custom"><select name="lienket" onchange="if(this.value!='')window.open(this.value,'_blank');" class="form-control">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="http://thainguyen.edu.vn">Sở GD&amp;ĐT Thái Nguyên</option>
<option value="https://thainguyen.gov.vn">Cổng TTĐT tỉnh Thái Nguyên</option>
<option value="https://vnedu.vn">Sổ liên lạc điện tử vnEdu</option>
</select></div></div></div></div>
<div class="t3-module module " id="Mod97"><div class="module-inner">
<h3 class="module-title "><span>Thống kê truy cập</span></h3>
<div class="module-ct"><div id="vvisit_counter97" class="vvisit_counter text-center">
<div class="vdigit_counter"><span class="vdigit-1" title="Vinaora Visitors Counter">1</span><span class="vdigit-8">8</span><span class="vdigit-4">4</span><span class="vdigit-0">0</span><span class="vdigit-5">5</span><span class="vdigit-2">2</span></div>
<div class="vstats_counter"><div class="vstats_icon vstats_icon16"><table cellpadding="0" cellspacing="0" style="margin: 3px; text-align: center; align: center; width: 90%;" class="vstats">
<tbody><tr align="left"><td><img src="/modules/mod_vvisit_counter/images/stats/default/vtoday.png" alt="Hôm nay" title="Hôm nay" /></td><td>Hôm nay</td><td align="right">214</td></tr>
<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/stats/default/vyesterday.png" alt="Hôm qua" title="Hôm qua" /></td><td>Hôm qua</td><td align="right">387</td></tr>
<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/stats/default/vmonth.png" alt="Tháng này" title="Tháng này" /></td><td>Tháng này</td><td align="right">1.506</td></tr>
<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/stats/default/vall.png" alt="Tổng truy cập" title="Tổng truy cập" /></td><td>Tổng truy cập</td><td align="right">184.052</td></tr>
</tbody></table></div></div>
<div class="vguest_counter">Đang online: 17</div>
</div></div></div></div>
"""


def _breadcrumbs(crumbs: list[tuple[str, str | None]]) -> str:
    lis = [
        '<li class="active"><span class="hasTooltip"><i class="fa fa-map-marker" '
        'data-toggle="tooltip" title="Bạn đang ở: "></i></span></li>',
        '<li><a href="/" class="pathway">Trang chủ</a><span class="divider">'
        '<img src="/templates/purity_iii/images/system/arrow.png" alt="" /></span></li>',
    ]
    for k, (label, href) in enumerate(crumbs):
        last = k == len(crumbs) - 1
        if last or href is None:
            cls = ' class="active"' if last else ""
            lis.append(f"<li{cls}><span>{esc(label)}</span></li>")
        else:
            lis.append(
                f'<li><a href="{href}" class="pathway">{esc(label)}</a><span class="divider">'
                '<img src="/templates/purity_iii/images/system/arrow.png" alt="" /></span></li>'
            )
    return '<ol class="breadcrumb ">' + "".join(lis) + "</ol>"


_FOOTER_EMAIL = (
    '<span id="cloak9b21f0e3c47d8a5c2e61f9a0b7d3c4e1">' + CLOAK_MSG + "</span>"
    "<script type='text/javascript'>\n"
    "\t\t\t\tdocument.getElementById('cloak9b21f0e3c47d8a5c2e61f9a0b7d3c4e1').innerHTML = '';\n"
    "\t\t\t\tvar prefix = '&#109;a' + 'i&#108;' + '&#116;o';\n"
    "\t\t\t\tvar path = 'hr' + 'ef' + '=';\n"
    "\t\t\t\tvar addy9b21f = 'c2chuvanan.tn' + '&#64;' + 'thainguyen' + '&#46;' + 'edu' + '&#46;'"
    " + 'vn';\n"
    "\t\t\t\tdocument.getElementById('cloak9b21f0e3c47d8a5c2e61f9a0b7d3c4e1').innerHTML += '<a ' + "
    "path + '\\'' + prefix + ':' + addy9b21f + '\\'>'+addy9b21f+'<\\/a>';\n"
    "\t\t</script>"
)


def page(
    request: Request,
    *,
    title: str,
    content: str,
    crumbs: list[tuple[str, str | None]],
    active: str = "",
    html_class: str = "com_content view-article",
    head_extra: str = "",
    home: bool = False,
) -> Response:
    base = base_url(request)
    doc_title = SITE if home else f"{title} - {SITE}"
    sidebar = _sidebar()
    return html(
        f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr" class='{html_class} j39 mm-hover'>
<head>
  <base href="{esc(base + request.target)}" />
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="keywords" content="THCS Chu Văn An, Thái Nguyên, trường học, giáo dục" />
  <meta name="description" content="Cổng thông tin điện tử Trường THCS Chu Văn An - thành phố Thái Nguyên - tỉnh Thái Nguyên" />
  <meta name="generator" content="Joomla! - Open Source Content Management" />
  <title>{esc(doc_title)}</title>
  <link href="/templates/purity_iii/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
  <link href="/t3-assets/css/css-8d2f1-61532.css" rel="stylesheet" type="text/css" media="all" />
  <link href="/t3-assets/css/css-57b0c-29761.css" rel="stylesheet" type="text/css" media="all" />
  <script src="/t3-assets/js/js-35a5e-61532.js" type="text/javascript"></script>
  <script type="text/javascript">
jQuery(window).on('load',  function() {{
				new JCaption('img.caption');
			}});
jQuery(function($){{ initTooltips(); $("body").on("subform-row-add", initTooltips); function initTooltips (event, container) {{ container = container || document;$(container).find(".hasTooltip").tooltip({{"html": true,"container": "body"}});}} }});
  </script>
{head_extra}
  <meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no"/>
  <meta name="HandheldFriendly" content="true" />
  <meta name="apple-mobile-web-app-capable" content="YES" />
</head>
<body>
<div class="t3-wrapper"> <!-- Need this wrapper for off-canvas menu. Remove if you don't use of-canvas -->

<header id="t3-header" class="wrap t3-header">
<div class="container">
<div class="row">
  <div class="col-xs-12 col-sm-8 logo">
    <div class="logo-image logo-control">
      <a href="/" title="{SITE}">
        <img class="logo-img" src="/images/logo/logo-thcs-chu-van-an.png" alt="{SITE}" />
        <img class="logo-img-sm" src="/images/logo/logo-sm.png" alt="{SITE}" />
        <span>{SITE}</span>
      </a>
      <small class="site-slogan">Thành phố Thái Nguyên - Tỉnh Thái Nguyên</small>
    </div>
  </div>
  <div class="col-xs-12 col-sm-4">
    <div class="head-date"><i class="fa fa-clock-o"></i> {HEADER_TODAY}</div>
    <div class="head-search">
      <div class="search">
        <form action="/index.php" method="post" class="form-inline form-search">
          <label for="mod-search-searchword" class="element-invisible">Tìm kiếm...</label>
          <input name="searchword" id="mod-search-searchword" maxlength="200" class="form-control search-query" type="search" placeholder="Tìm kiếm..." />
          <input type="hidden" name="task" value="search" />
          <input type="hidden" name="option" value="com_search" />
          <input type="hidden" name="Itemid" value="101" />
        </form>
      </div>
    </div>
  </div>
</div>
</div>
</header>

<nav id="t3-mainnav" class="wrap navbar navbar-default t3-mainnav">
<div class="container">
  <div class="navbar-header">
    <button class="btn btn-primary off-canvas-toggle " type="button" data-pos="left" data-nav="#t3-off-canvas" data-effect="off-canvas-effect-4">
      <i class="fa fa-bars"></i>
    </button>
  </div>
  <div class="t3-navbar navbar-collapse collapse">
    <div  class="t3-megamenu animate slide"  data-duration="400" data-responsive="true">
      <ul itemscope itemtype="http://www.schema.org/SiteNavigationElement" class="nav navbar-nav level0">
{_megamenu(active)}
      </ul>
    </div>
  </div>
</div>
</nav>

<div id="t3-off-canvas" class="t3-off-canvas ">
  <div class="t3-off-canvas-header">
    <h2 class="t3-off-canvas-header-title">Danh mục</h2>
    <button type="button" class="close" data-dismiss="modal" aria-hidden="true">&times;</button>
  </div>
  <div class="t3-off-canvas-body">
    <div class="t3-module module " id="Mod111"><div class="module-inner"><div class="module-ct">
{_offcanvas_menu()}
    </div></div></div>
  </div>
</div>

<div id="t3-mainbody" class="container t3-mainbody">
  <div class="row">
    <div id="t3-content" class="t3-content col-xs-12 col-sm-8 col-md-9">
      <div id="system-message-container">
	</div>
{content}
    </div>
    <div class="t3-sidebar t3-sidebar-right col-xs-12 col-sm-4 col-md-3 ">
{sidebar}
    </div>
  </div>
</div>

<nav class="wrap t3-navhelper ">
<div class="container">
{_breadcrumbs(crumbs)}
</div>
</nav>

<footer id="t3-footer" class="wrap t3-footer">
  <div class="container">
    <div class="t3-footnav">
      <div class="t3-module module " id="Mod99"><div class="module-inner"><div class="module-ct">
      <div class="custom">
        <p><strong>TRƯỜNG THCS CHU VĂN AN - THÀNH PHỐ THÁI NGUYÊN</strong></p>
        <p>Địa chỉ: Số 25, đường Chu Văn An, phường Hoàng Văn Thụ, thành phố Thái Nguyên, tỉnh Thái Nguyên</p>
        <p>Điện thoại: 0208.3855.417 - Email: {_FOOTER_EMAIL}</p>
        <p>Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Thị Minh Phương</p>
      </div>
      </div></div></div>
    </div>
  </div>
  <section class="t3-copyright">
    <div class="container">
      <div class="row">
        <div class="col-md-12 copyright ">
          <small>Copyright &#169; 2026 {SITE}. All Rights Reserved. Designed by <a href="http://www.joomlart.com/" title="Visit Joomlart.com!" rel="nofollow">JoomlArt.com</a>.</small>
          <small><a href="https://www.joomla.org">Joomla!</a> is Free Software released under the <a href="https://www.gnu.org/licenses/gpl-2.0.html">GNU General Public License.</a></small>
        </div>
      </div>
    </div>
  </section>
</footer>

<div id="back-to-top" data-spy="affix" data-offset-top="300" class="back-to-top hidden-xs hidden-sm affix-top">
  <i class="fa fa-angle-up"></i>
</div>
</div>
</body>
</html>
"""
    )


# --- article pages --------------------------------------------------------------------------


def _info_block(story: Story, *, full: bool) -> str:
    o = story.opts
    catid = o["catid"]
    parts = ['<dt class="article-info-term">Chi tiết</dt>']
    if full:
        parts.append(
            '<dd class="createdby hasTooltip" itemprop="author" itemscope '
            'itemtype="http://schema.org/Person" title="Viết bởi ">'
            f'<i class="fa fa-user"></i><span itemprop="name">{esc(o.get("by", "Quản trị viên"))}'
            "</span></dd>"
        )
    parts.append(
        '<dd class="category-name hasTooltip" title="Danh mục: "><i class="fa fa-folder-open"></i>'
        f'<a href="{CATS[catid][2]}" ><span itemprop="genre">{CATS[catid][1]}</span></a></dd>'
    )
    if full and o.get("created"):
        parts.append(
            '<dd class="create"><i class="fa fa-calendar-o"></i>'
            f'<time datetime="{iso_c(o["created"])}" itemprop="dateCreated">Ngày tạo: '
            f"{lc2(o['created'])}</time></dd>"
        )
    shown = lc2(o["up"]) if full else lc3(o["up"])
    parts.append(
        '<dd class="published hasTooltip" title="Được đăng: "><i class="fa fa-calendar"></i>'
        f'<time datetime="{iso_c(o["up"])}" itemprop="datePublished">{shown}</time></dd>'
    )
    parts.append(
        f'<dd class="hits"><i class="fa fa-eye"></i><meta itemprop="interactionCount" '
        f'content="UserPageVisits:{story.views()}" />Lượt xem: {story.views()}</dd>'
    )
    return '<dl class="article-info muted">\n' + "\n".join(parts) + "\n</dl>"


def _vote(story: Story, action: str) -> str:
    votes = 3 + story.id % 9
    rating = 4 if story.id % 3 else 5
    stars = "".join(
        f'<li class="vote-star{"" if k < rating else "-empty"}"><i class="fa fa-star"></i></li>'
        for k in range(5)
    )
    opts = "".join(f'<option value="{k}">Đánh giá {k}</option>' for k in range(1, 6))
    return (
        '<div class="content_rating" role="img" aria-label="Điểm '
        f'{rating} trên 5">\n<p class="unseen element-invisible" itemprop="aggregateRating" itemscope '
        'itemtype="https://schema.org/AggregateRating">Đánh giá người dùng: <span '
        f'itemprop="ratingValue">{rating}</span> / <span itemprop="bestRating">5</span>'
        f'<meta itemprop="ratingCount" content="{votes}" /><meta itemprop="worstRating" '
        f'content="1" /></p>\n<ul>{stars}</ul>\n</div>\n'
        f'<form method="post" action="{esc(action)}" class="form-inline">\n<span class="content_vote">'
        f'<label class="unseen element-invisible" for="content_vote_{story.id}">Vui lòng đánh giá'
        f'</label><select id="content_vote_{story.id}" name="user_rating">{opts}</select>&#160;'
        '<input class="btn btn-mini" type="submit" name="submit_vote" value="Đánh giá" />'
        '<input type="hidden" name="task" value="article.vote" />'
        '<input type="hidden" name="hitcount" value="0" />'
        f'<input type="hidden" name="url" value="{esc(action)}" />'
        '<input type="hidden" name="5f1c9e2ab7d04c3e8a61b0f9d27e4c15" value="1" /></span>\n</form>'
    )


def _social(request: Request, story: Story) -> str:
    url = base_url(request) + path_of(story)
    shares = 7 + story.id % 40
    return (
        f'<div id="jasocialshare-{story.id}" class="ja-social-share jass-inline jass-top">'
        '<span class="jass-label">Chia sẻ:</span><ul class="jass-buttons">'
        f'<li class="jass-facebook"><a href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}" '
        'target="_blank" rel="nofollow noopener"><i class="fa fa-facebook"></i>'
        f'<span class="jass-count">{shares}</span></a></li>'
        f'<li class="jass-zalo"><a href="https://sp.zalo.me/share_inline?u={esc(url)}" target="_blank" '
        'rel="nofollow noopener"><img src="/plugins/content/jasocialshare/assets/zalo.png" alt="Zalo" />'
        "</a></li>"
        f'<li class="jass-twitter"><a href="https://twitter.com/intent/tweet?url={esc(url)}" '
        'target="_blank" rel="nofollow noopener"><i class="fa fa-twitter"></i></a></li></ul>'
        f'<span class="jass-total"><b>{shares + 4}</b> lượt chia sẻ</span></div>'
    )


def _og(request: Request, story: Story) -> str:
    url = base_url(request) + path_of(story)
    image = next((i.src for i in story.images), "/images/logo/logo-thcs-chu-van-an.png")
    return (
        f'  <meta property="og:title" content="{esc(story.title)}" />\n'
        '  <meta property="og:type" content="article" />\n'
        f'  <meta property="og:url" content="{esc(url)}" />\n'
        f'  <meta property="og:image" content="{esc(base_url(request) + image)}" />\n'
        f'  <meta property="og:site_name" content="{SITE}" />'
    )


def _toc(story: Story, current: int | None) -> str:
    p = path_of(story)
    titles = story.opts["_toc"]
    links = [p] + [f"{p}?showall=&amp;start={k}" for k in range(1, len(titles))]
    lis = "".join(
        f'<li class="{"toclink active" if k == current else "toclink"}"><a href="{href}" '
        f'class="toclink">{esc(t)}</a></li>'
        for k, (t, href) in enumerate(zip(titles, links, strict=True))
    )
    lis += (
        f'<li class="{"toclink active" if current is None else "toclink"}"><a href="{p}?showall=1" '
        'class="toclink">Tất cả các trang</a></li>'
    )
    return (
        '<div class="pull-right article-index">\n<h3>Mục lục bài viết</h3>\n'
        f'<ul class="nav nav-tabs nav-stacked">{lis}</ul>\n</div>'
    )


def _page_pager(story: Story, current: int) -> str:
    p = path_of(story)
    total = len(story.opts["_toc"])
    prev = (
        '<li class="previous"><a href="{}" title="Trước">« Trước</a></li>'.format(
            p if current == 1 else f"{p}?showall=&amp;start={current - 1}"
        )
        if current > 0
        else '<li class="previous disabled"><span>« Trước</span></li>'
    )
    nxt = (
        f'<li class="next"><a href="{p}?showall=&amp;start={current + 1}" title="Tiếp">Tiếp »</a></li>'
        if current + 1 < total
        else '<li class="next disabled"><span>Tiếp »</span></li>'
    )
    return (
        f'<div class="pager"><p class="pagenavcounter">Trang {current + 1} / {total}</p>'
        f"<ul>{prev}{nxt}</ul></div>"
    )


def _attachments(story: Story) -> str:
    rows = "".join(
        f'<tr class="odd"><td class="at_filename"><a class="at_icon" href="/attachments/article/'
        f'{story.id}/{name}" title="Tải tệp về: {name}"><img src="/media/attachments/icons/pdf.gif" '
        f'alt="Tải tệp về: {name}" /></a>&nbsp;<a class="at_url" href="/attachments/article/'
        f'{story.id}/{name}" title="Tải tệp về: {name}">{name}</a></td>'
        f'<td class="at_file_size">{size}</td></tr>'
        for name, size in story.opts.get("attach", [])
    )
    if not rows:
        return ""
    return (
        f'<div class="attachmentsContainer">\n<div class="attachmentsList" id="attachmentsList_com_'
        f'content_default_{story.id}"><table><caption>Tệp đính kèm:</caption><tbody>{rows}'
        "</tbody></table></div>\n</div>"
    )


def _pagenav(story: Story) -> str:
    order = CAT_ORDER[story.opts["catid"]]
    k = order.index(story.id)
    items = []
    if k > 0:
        prev = BY_ID[order[k - 1]]
        items.append(
            f'<li class="previous"><a class="hasTooltip" title="{esc(prev.title)}" aria-label="Bài '
            f'trước: {esc(prev.title)}" href="{path_of(prev)}" rel="prev"><span '
            'class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước'
            "</span></a></li>"
        )
    if k + 1 < len(order):
        nxt = BY_ID[order[k + 1]]
        items.append(
            f'<li class="next"><a class="hasTooltip" title="{esc(nxt.title)}" aria-label="Bài '
            f'tiếp theo: {esc(nxt.title)}" href="{path_of(nxt)}" rel="next"><span '
            'aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true">'
            "</span></a></li>"
        )
    return '<ul class="pager pagenav">\n' + "\n".join(items) + "\n</ul>"


def _tags_html(story: Story) -> str:
    tags = story.opts.get("tags", [])
    if not tags:
        return ""
    lis = "".join(
        f'<li class="tag-{t} tag-list{k}" itemprop="keywords"><a href="{tag_path(t)}" '
        f'class="label label-info">{esc(TAGS[t][1])}</a></li>'
        for k, t in enumerate(tags)
    )
    return f'<ul class="tags inline">{lis}</ul>'


def article_page(request: Request, story: Story, *, print_view: bool = False) -> Response:
    params = request.params
    sections = _sections(story)
    paged = len(sections) > 1
    current: int | None = 0
    if paged:
        if params.get("showall") == "1" or print_view:
            current = None
        elif "start" in params:
            current = int(params["start"])
    text_blocks = (
        [b for part in sections for b in part] if current is None else sections[current]
    )
    catid = story.opts["catid"]
    heading = ""
    h = "h1"
    if catid in (8, 9) and not print_view:
        heading = '<div class="page-header clearfix">\n<h1 class="page-title">Tin tức - Sự kiện</h1>\n</div>'
        h = "h2"
    print_link = f"{path_of(story)}?tmpl=component&amp;print=1"
    tools = (
        ""
        if print_view
        else '<div class="btn-group pull-right"><a class="btn dropdown-toggle" data-toggle="dropdown" '
        'href="#"><span class="fa fa-cog"></span><span class="caret"></span></a><ul '
        f'class="dropdown-menu"><li class="print-icon"><a href="{print_link}" title="In bài viết &lt; '
        f'{esc(story.title)} &gt;" onclick="window.open(this.href,\'win2\',\'status=no,toolbar=no,'
        "scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,"
        f'location=no\'); return false;" rel="nofollow"><span class="icon-print"></span>In</a></li>'
        "</ul></div>"
    )
    toc = _toc(story, current) if paged and not print_view else ""
    pager = _page_pager(story, current) if paged and current is not None else ""
    vote = "" if print_view else _vote(story, f"{request.path}?hitcount=0")
    social = "" if print_view else _social(request, story)
    modified = story.opts.get("modified")
    footer = (
        '<footer class="article-footer clearfix">\n<dl class="article-info muted">'
        f'<dd class="modified"><i class="fa fa-calendar"></i><time datetime="{iso_c(modified)}" '
        f'itemprop="dateModified">Cập nhật lần cuối: {lc2(modified)}</time></dd></dl>\n</footer>'
        if modified
        else ""
    )
    print_btn = (
        '<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return '
        'false;"><span class="icon-print"></span> In</a></div>'
        if print_view
        else ""
    )
    body = f"""
<div class="item-page clearfix">
{heading}
{print_btn}
<article class="article" itemscope itemtype="http://schema.org/Article">
<meta itemscope itemprop="mainEntityOfPage" itemType="https://schema.org/WebPage" itemid="https://google.com/article"/>
<meta itemprop="inLanguage" content="vi-VN" />
<header class="article-header clearfix">
<{h} class="article-title" itemprop="headline">{esc(story.title)}</{h}>
</header>
<aside class="article-aside clearfix">
{_info_block(story, full=True)}
{tools}
</aside>
{vote}
{_fulltext_image(story)}
{toc}
<section class="article-content clearfix" itemprop="articleBody">
{social}
{_render_blocks(story, text_blocks)}
{pager}
{_attachments(story)}
</section>
{footer}
{"" if print_view else _tags_html(story)}
{"" if print_view else _pagenav(story)}
</article>
</div>
"""
    title = story.title
    if paged and current not in (None, 0):
        title = f"{story.title} - {story.opts['_toc'][current]}"
    if print_view:
        return html(
            f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
  <base href="{esc(base_url(request) + request.target)}" />
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="robots" content="noindex, nofollow" />
  <title>{esc(title)} - {SITE}</title>
  <link href="/templates/purity_iii/css/print.css" rel="stylesheet" type="text/css" />
</head>
<body class="contentpane">
<div id="system-message-container"></div>
{body}
</body>
</html>
"""
        )
    crumbs: list[tuple[str, str | None]] = [("Tin tức", "/index.php/tin-tuc")] if catid in (8, 9) else []
    if catid == 9:
        crumbs.append(("Hoạt động Đội", CATS[9][2]))
    if catid == 10:
        crumbs.append(("Thông báo", CATS[10][2]))
    crumbs.append((story.title, None))
    active = "Thông báo" if catid == 10 else "Tin tức"
    return page(
        request, title=title, content=body, crumbs=crumbs, active=active, head_extra=_og(request, story)
    )


# --- listings -------------------------------------------------------------------------------


def _readmore_label(title: str, limit: int = 70) -> str:
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0]
    return cut + "..."


def _blog_item(story: Story, *, link_titles: bool) -> str:
    p = path_of(story)
    title = (
        f'<a href="{p}" itemprop="url" title="{esc(story.title)}">{esc(story.title)}</a>'
        if link_titles
        else esc(story.title)
    )
    thumb = story.opts.get("thumb")
    image = (
        f'<div class="pull-left item-image article-image article-image-intro"><img src="{thumb}" '
        f'alt="" itemprop="thumbnailUrl"/></div>'
        if thumb
        else ""
    )
    readmore = (
        f'<section class="readmore">\n<a class="btn btn-default" href="{p}" itemprop="url" '
        f'aria-label="Xem thêm: {esc(story.title)}"><span>Xem thêm: '
        f"{esc(_readmore_label(story.title))}</span></a>\n</section>"
        if _has_fulltext(story)
        else ""
    )
    return f"""<article class="article">
{image}
<header class="article-header clearfix"><h2 class="article-title" itemprop="name">{title}</h2></header>
<aside class="article-aside clearfix">
{_info_block(story, full=False)}
</aside>
<section class="article-intro clearfix" itemprop="articleBody">
{_render_blocks(story, _intro_blocks(story))}
</section>
{readmore}
</article>"""


def _pagination(base: str, start: int, total: int, limit: int) -> str:
    pages = (total + limit - 1) // limit
    if pages <= 1:
        return ""
    cur = start // limit

    def href(k: int) -> str:
        return f"{base}?limitstart=0" if k == 0 else f"{base}?start={k * limit}"

    lis = []
    if cur == 0:
        lis += [
            '<li class="disabled"><a>Bắt đầu</a></li>',
            '<li class="disabled"><a>Trước</a></li>',
        ]
    else:
        lis += [
            f'<li><a title="Bắt đầu" href="{href(0)}" class="pagenav">Bắt đầu</a></li>',
            f'<li><a title="Trước" href="{href(cur - 1)}" class="pagenav">Trước</a></li>',
        ]
    for k in range(pages):
        if k == cur:
            lis.append(f'<li class="active"><a>{k + 1}</a></li>')
        else:
            lis.append(f'<li><a title="{k + 1}" href="{href(k)}" class="pagenav">{k + 1}</a></li>')
    if cur + 1 < pages:
        lis += [
            f'<li><a title="Tiếp" href="{href(cur + 1)}" class="pagenav">Tiếp</a></li>',
            f'<li><a title="Cuối" href="{href(pages - 1)}" class="pagenav">Cuối</a></li>',
        ]
    else:
        lis += ['<li class="disabled"><a>Tiếp</a></li>', '<li class="disabled"><a>Cuối</a></li>']
    return (
        f'<nav class="pagination-wrap clearfix">\n<p class="counter">Trang {cur + 1} / {pages}</p>\n'
        f'<ul class="pagination">{"".join(lis)}</ul>\n</nav>'
    )


def blog_page(request: Request, catid: int, start: int) -> Response | None:
    ids = TIN_TUC_BLOG if catid == 8 else CAT_ORDER[catid]
    if start % BLOG_LIMIT or start >= len(ids) or start < 0:
        return None
    chunk = [BY_ID[i] for i in ids[start : start + BLOG_LIMIT]]
    link_titles = catid == 9
    leading, intro, links = chunk[:1], chunk[1:3], chunk[3:]
    out = ['<div class="blog" itemscope itemtype="https://schema.org/Blog">']
    if catid == 8:
        out.append('<div class="page-header clearfix">\n<h1 class="page-title">Tin tức - Sự kiện</h1>\n</div>')
    else:
        out.append(f'<h2 class="category-title"><span class="subheading-category">{CATS[catid][1]}</span></h2>')
    if catid == 8 and start == 0:
        out.append(
            '<div class="category-desc clearfix"><p>Tin hoạt động của nhà trường, các tổ chuyên môn và '
            "Liên đội.</p></div>"
        )
    out.append('<div class="items-leading clearfix">')
    for k, s in enumerate(leading):
        out.append(
            f'<div class="leading leading-{k} clearfix" itemprop="blogPost" itemscope '
            f'itemtype="https://schema.org/BlogPosting">\n{_blog_item(s, link_titles=link_titles)}\n</div>'
        )
    out.append("</div>")
    if intro:
        out.append('<div class="items-row cols-2 row-0 row">')
        for k, s in enumerate(intro):
            out.append(
                f'<div class="col-sm-6"><div class="item column-{k + 1}" itemprop="blogPost" '
                f'itemscope itemtype="https://schema.org/BlogPosting">\n'
                f"{_blog_item(s, link_titles=link_titles)}\n</div></div>"
            )
        out.append("</div>")
    if links:
        lis = "".join(
            f'<li><a href="{path_of(s)}" itemprop="url">{esc(s.title)}</a></li>' for s in links
        )
        out.append(
            '<div class="items-more">\n<h3>Thêm bài viết...</h3>\n'
            f'<ol class="nav nav-tabs nav-stacked">{lis}</ol>\n</div>'
        )
    if catid == 8:
        out.append(
            '<div class="cat-children">\n<h3>Danh mục con</h3>\n<div class="first">'
            '<h3 class="page-header item-title"><a href="/index.php/tin-tuc/hoat-dong-doi">Hoạt động '
            'Đội</a> <span class="badge badge-info tip hasTooltip" title="Số bài viết:">3</span></h3>'
            "</div>\n</div>"
        )
    out.append(_pagination(CATS[catid][2], start, len(ids), BLOG_LIMIT))
    out.append("</div>")
    name = CATS[catid][1]
    crumbs: list[tuple[str, str | None]] = [("Tin tức", "/index.php/tin-tuc")]
    if catid == 9:
        crumbs.append(("Hoạt động Đội", None))
    title = "Tin tức - Sự kiện" if catid == 8 else name
    return page(
        request,
        title=title,
        content="\n".join(out),
        crumbs=crumbs,
        active="Tin tức",
        html_class="com_content view-category layout-blog",
    )


def list_page(request: Request, start: int) -> Response | None:
    ids = CAT_ORDER[10]
    if start % LIST_LIMIT or start >= len(ids) or start < 0:
        return None
    rows = []
    for k, sid in enumerate(ids[start : start + LIST_LIMIT]):
        s = BY_ID[sid]
        d = _parse(s.opts["up"])
        rows.append(
            f'<tr class="cat-list-row{k % 2}" >\n<td headers="categorylist_header_title" class="list-title">'
            f'<a href="{path_of(s)}">{esc(s.title)}</a></td>\n<td headers="categorylist_header_date" '
            f'class="list-date small">{d:%d-%m-%Y}</td>\n<td headers="categorylist_header_hits" '
            f'class="list-hits"><span class="badge badge-info">Lượt xem: {s.views()}</span></td>\n</tr>'
        )
    content = f"""<div class="category-list">
<h2 class="category-title"><span class="subheading-category">Thông báo</span></h2>
<div class="cat-items">
<form action="/index.php/thong-bao" method="post" name="adminForm" id="adminForm" class="form-inline">
<fieldset class="filters btn-toolbar clearfix">
<legend class="hide">Bộ lọc</legend>
<div class="btn-group">
<label class="filter-search-lbl element-invisible" for="filter-search">Lọc tiêu đề&#160;</label>
<input type="text" name="filter-search" id="filter-search" value="" class="inputbox" onchange="document.adminForm.submit();" title="Nhập toàn bộ hay một phần tiêu đề cần tìm." placeholder="Lọc tiêu đề" />
</div>
<input type="hidden" name="filter_order" value="" />
<input type="hidden" name="filter_order_Dir" value="" />
<input type="hidden" name="limitstart" value="" />
<input type="hidden" name="task" value="" />
</fieldset>
<table class="category table table-striped table-bordered table-hover">
<thead><tr>
<th scope="col" id="categorylist_header_title"><a href="#" onclick="Joomla.tableOrdering('a.title','asc','');return false;" class="hasPopover" title="Tiêu đề" data-content="Nhấp để sắp xếp theo cột này" data-placement="top">Tiêu đề</a></th>
<th scope="col" id="categorylist_header_date"><a href="#" onclick="Joomla.tableOrdering('a.publish_up','asc','');return false;" class="hasPopover" title="Ngày đăng" data-content="Nhấp để sắp xếp theo cột này" data-placement="top">Ngày đăng</a></th>
<th scope="col" id="categorylist_header_hits"><a href="#" onclick="Joomla.tableOrdering('a.hits','asc','');return false;" class="hasPopover" title="Lượt xem" data-content="Nhấp để sắp xếp theo cột này" data-placement="top">Lượt xem</a></th>
</tr></thead>
<tbody>
{"".join(rows)}
</tbody>
</table>
{_pagination("/index.php/thong-bao", start, len(ids), LIST_LIMIT)}
</form>
</div>
</div>"""
    return page(
        request,
        title="Thông báo",
        content=content,
        crumbs=[("Thông báo", None)],
        active="Thông báo",
        html_class="com_content view-category layout-list",
    )


def tag_page(request: Request, tag_id: int) -> Response:
    _alias, name = TAGS[tag_id]
    items = [s for s in STORIES if tag_id in s.opts.get("tags", [])]
    lis = "".join(
        f'<li class="cat-list-row{k % 2} clearfix" >\n<h3><a href="{esc(tagview_path(s))}">'
        f"{esc(s.title)}</a></h3>\n<span class=\"tag-body\">"
        f"{esc(next(b.text for b in s.blocks if isinstance(b, P))[:160])}…</span>\n</li>"
        for k, s in enumerate(items)
    )
    content = f"""<div class="tag-category">
<h2>{esc(name)}</h2>
<form action="{tag_path(tag_id)}" method="post" name="adminForm" id="adminForm" class="form-inline">
<ul class="category list-striped">
{lis}
</ul>
</form>
</div>"""
    return page(
        request,
        title=name,
        content=content,
        crumbs=[("Thẻ", None), (name, None)],
        html_class="com_tags view-tag",
    )


# --- home -----------------------------------------------------------------------------------


def _mag_item(story: Story, *, main: bool) -> str:
    m = magazine_path(story)
    catid = story.opts["catid"]
    media = next((b.src for b in story.blocks if isinstance(b, Img)), None)
    thumb = story.opts.get("thumb") or media
    first = next(b.text for b in story.blocks if isinstance(b, P))
    intro = esc(first[:180].rsplit(" ", 1)[0]) + "..."
    return f"""<div class="magazine-item{" magazine-item-main" if main else ""}">
<div class="magazine-item-media"><a href="{m}"><img src="{thumb}" alt="{esc(story.title)}" /></a>
<span class="category-name"><a href="{CATS[catid][2]}">{CATS[catid][1]}</a></span></div>
<div class="magazine-item-main">
<div class="article-title"><h3 itemprop="name"><a href="{m}" itemprop="url">{esc(story.title)}</a></h3></div>
<dl class="article-info"><dd class="published"><time datetime="{iso_c(story.opts["up"])}">{lc3(story.opts["up"])}</time></dd></dl>
{'<div class="magazine-item-ct">' + intro + "</div>" if main else ""}
</div>
</div>"""


def home_page(request: Request) -> Response:
    content = f"""<div class="magazine-featured">
<div class="row">
<div class="col-sm-8 magazine-leading">
{_mag_item(S312, main=True)}
</div>
<div class="col-sm-4 magazine-intro">
{_mag_item(S318, main=False)}
{_mag_item(S315, main=False)}
</div>
</div>
</div>
<div class="magazine-categories">
<div class="row">
<div class="magazine-category col-sm-6">
<div class="magazine-category-title"><h2><a href="/index.php/tin-tuc"><span>Tin tức</span></a></h2></div>
<div class="magazine-leading">{_mag_item(S305, main=True)}</div>
<div class="magazine-links"><a class="btn btn-default btn-sm" href="/index.php/tin-tuc">Xem tất cả</a></div>
</div>
<div class="magazine-category col-sm-6">
<div class="magazine-category-title"><h2><a href="/index.php/thong-bao"><span>Thông báo</span></a></h2></div>
<div class="magazine-leading">{_mag_item(S320, main=True)}</div>
<div class="magazine-links"><a class="btn btn-default btn-sm" href="/index.php/thong-bao">Xem tất cả</a></div>
</div>
</div>
</div>"""
    return page(
        request,
        title=SITE,
        content=content,
        crumbs=[],
        active="Trang chủ",
        html_class="com_content view-featured",
        home=True,
    )


# --- not articles ---------------------------------------------------------------------------

GIOI_THIEU = [
    "Trường THCS Chu Văn An được thành lập năm 1962, là một trong những trường trung học cơ sở có "
    "bề dày truyền thống của thành phố Thái Nguyên. Trường mang tên thầy giáo Chu Văn An, người "
    "thầy mẫu mực của nền giáo dục Việt Nam thời Trần.",
    "Năm học 2026 - 2027, nhà trường có 42 lớp với 1.786 học sinh; 86 cán bộ, giáo viên, nhân viên. "
    "Trường đạt chuẩn Quốc gia mức độ 2 và Kiểm định chất lượng giáo dục cấp độ 3.",
    "Nhiều năm liền, nhà trường được công nhận danh hiệu Tập thể lao động xuất sắc; năm 2022 được "
    "Chủ tịch nước tặng Huân chương Lao động hạng Ba.",
]
DOI_NGU = [
    ("Ban Giám hiệu", "Nguyễn Thị Minh Phương", "Hiệu trưởng"),
    ("Ban Giám hiệu", "Hoàng Minh Đức", "Phó Hiệu trưởng"),
    ("Ban Giám hiệu", "Trần Thị Lan Anh", "Phó Hiệu trưởng"),
    ("Tổ Toán - Tin", "Đinh Quốc Bảo", "Tổ trưởng"),
    ("Tổ Ngữ văn - Lịch sử", "Lã Thị Thu Huyền", "Tổ trưởng"),
    ("Tổ Khoa học tự nhiên", "Đặng Thu Trang", "Tổ trưởng"),
    ("Tổ Văn phòng", "Phạm Thị Thanh Xuân", "Tổ trưởng"),
]


def single_article_page(request: Request, title: str, inner: str, crumbs: list) -> Response:
    content = f"""<div class="item-page clearfix">
<article class="article" itemscope itemtype="http://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<header class="article-header clearfix">
<h1 class="article-title" itemprop="headline">{esc(title)}</h1>
</header>
<section class="article-content clearfix" itemprop="articleBody">
{inner}
</section>
</article>
</div>"""
    return page(request, title=title, content=content, crumbs=crumbs, active="Giới thiệu")


def gioi_thieu(request: Request) -> Response:
    inner = "\n".join(f'<p style="text-align: justify;">{esc(t)}</p>' for t in GIOI_THIEU)
    inner = (
        '<p style="text-align: center;"><img src="/images/gioi-thieu/toan-canh-truong.jpg" '
        'alt="Toàn cảnh Trường THCS Chu Văn An" width="640" height="360" /></p>\n' + inner
    )
    return single_article_page(request, "Giới thiệu chung", inner, [("Giới thiệu", None)])


def doi_ngu(request: Request) -> Response:
    rows = "".join(f"<tr><td>{k + 1}</td><td>{esc(n)}</td><td>{esc(c)}</td><td>{esc(u)}</td></tr>"
                   for k, (u, n, c) in enumerate(DOI_NGU))
    inner = (
        '<table class="table table-bordered"><thead><tr><th>TT</th><th>Họ và tên</th><th>Chức vụ</th>'
        f"<th>Đơn vị</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    return single_article_page(
        request,
        "Đội ngũ cán bộ, giáo viên",
        inner,
        [("Giới thiệu", "/index.php/gioi-thieu"), ("Đội ngũ cán bộ, giáo viên", None)],
    )


def lien_he(request: Request) -> Response:
    content = f"""<div class="contact" itemscope itemtype="https://schema.org/Person">
<div class="page-header"><h2><span class="contact-name" itemprop="name">{SITE}</span></h2></div>
<h3>Thông tin liên hệ</h3>
<dl class="contact-address dl-horizontal" itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
<dt><span class="jicons-icons"><img src="/media/contacts/images/con_address.png" alt="Địa chỉ: " /></span></dt>
<dd><span class="contact-street" itemprop="streetAddress">Số 25, đường Chu Văn An, phường Hoàng Văn Thụ<br /></span></dd>
<dd><span class="contact-suburb" itemprop="addressLocality">Thành phố Thái Nguyên<br /></span></dd>
<dt><span class="jicons-icons"><img src="/media/contacts/images/con_tel.png" alt="Điện thoại: " /></span></dt>
<dd><span class="contact-telephone" itemprop="telephone">0208.3855.417</span></dd>
</dl>
<h3>Gửi email</h3>
<div class="contact-form">
<form id="contact-form" action="/index.php/lien-he" method="post" class="form-validate form-horizontal well">
<fieldset><legend>Gửi email. Những mục có dấu (*) là bắt buộc.</legend>
<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="hasPopover required">Họ tên<span class="star">&#160;*</span></label></div>
<div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="required" size="30" required aria-required="true" /></div></div>
<div class="control-group"><div class="control-label"><label id="jform_contact_email-lbl" for="jform_contact_email" class="hasPopover required">Email<span class="star">&#160;*</span></label></div>
<div class="controls"><input type="email" name="jform[contact_email]" class="validate-email required" id="jform_contact_email" value="" size="30" autocomplete="email" required aria-required="true" /></div></div>
<div class="control-group"><div class="control-label"><label id="jform_contact_message-lbl" for="jform_contact_message" class="hasPopover required">Nội dung<span class="star">&#160;*</span></label></div>
<div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="required" required aria-required="true"></textarea></div></div>
</fieldset>
<div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Gửi email</button>
<input type="hidden" name="option" value="com_contact" /><input type="hidden" name="task" value="contact.submit" /><input type="hidden" name="id" value="1:truong-thcs-chu-van-an" /></div></div>
</form>
</div>
</div>"""
    return page(request, title="Liên hệ", content=content, crumbs=[("Liên hệ", None)], active="Liên hệ",
                html_class="com_contact view-contact")


ALBUM_PATH = "/index.php/thu-vien-anh/24-le-khai-giang-nam-hoc-2026-2027"
DOC_PATH = "/index.php/van-ban/38-ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027"
DOC_FILE = "38:ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027"


def album(request: Request) -> Response:
    pics = "".join(
        f'<div class="pg-cv-box item"><div class="pg-cv-box-img pg-box1"><a class="pg-lightbox" '
        f'href="/images/thu-vien/khai-giang-2026/anh-{k:02d}.jpg" title="Lễ khai giảng năm học 2026 - '
        f'2027"><img src="/images/thu-vien/khai-giang-2026/thumbs/anh-{k:02d}.jpg" alt="Ảnh {k}" '
        'class="pg-image" /></a></div></div>'
        for k in range(1, 9)
    )
    content = f"""<div id="phocagallery" class="pg-category-view">
<div class="page-header"><h1>Lễ khai giảng năm học 2026 - 2027</h1></div>
<div class="pg-cv">{pics}</div>
<div class="pg-cv-paginaton"><p class="counter">8 ảnh</p></div>
</div>"""
    return page(request, title="Lễ khai giảng năm học 2026 - 2027", content=content,
                crumbs=[("Thư viện ảnh", None)], active="Thư viện ảnh",
                html_class="com_phocagallery view-category")


def document(request: Request) -> Response:
    content = f"""<div id="phoca-dl-file-box" class="pd-file-view">
<div class="pd-file">
<h3 class="pd-ctitle">Kế hoạch giáo dục nhà trường năm học 2026 - 2027</h3>
<div class="pd-filebox">
<div class="pd-filename"><div class="pd-document32" style="background: url('/media/com_phocadownload/images/mime/32/icon-pdf.png') 0 center no-repeat;"><div class="pd-float">ke-hoach-giao-duc-nha-truong-2026-2027.pdf</div></div></div>
<div class="pd-fdesc"><p>Kế hoạch giáo dục nhà trường năm học 2026 - 2027 đã được Hội đồng trường thông qua, gồm kế hoạch dạy học các môn học và hoạt động giáo dục.</p></div>
<div class="pd-date-txt">Ngày:</div><div class="pd-fl-m">15-09-2026</div>
<div class="pd-filesize-txt">Kích thước:</div><div class="pd-fl-m">1.24 MB</div>
<div class="pd-downloads-txt">Lượt tải:</div><div class="pd-fl-m">312</div>
</div>
<div class="pd-buttons"><a class="btn btn-success" href="{DOC_PATH}?download={DOC_FILE}">Tải về</a></div>
</div>
</div>"""
    return page(request, title="Kế hoạch giáo dục nhà trường năm học 2026 - 2027", content=content,
                crumbs=[("Văn bản", None), ("Kế hoạch giáo dục nhà trường", None)], active="Văn bản",
                html_class="com_phocadownload view-file")


NON_ARTICLES = [
    "/index.php/gioi-thieu",
    "/index.php/gioi-thieu/doi-ngu-can-bo-giao-vien",
    "/index.php/lien-he",
    ALBUM_PATH,
    DOC_PATH,
]


# --- the site -------------------------------------------------------------------------------

_STATIC_PREFIXES = ("/images/", "/templates/", "/media/", "/t3-assets/", "/modules/", "/plugins/")
_ARTICLE_RE = re.compile(r"^/index\.php/(?:(tin-tuc|thong-bao|tin-tuc/hoat-dong-doi|tin-tuc/(\d+)-[a-z-]+)"
                         r"|component/content/article)/(\d+)-([a-z0-9-]+)$")


def _qs(request: Request) -> dict[str, list[str]]:
    return parse_qs(request.query, keep_blank_values=True)


class JoomlaSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(_STATIC_PREFIXES):
            return static_file(path)
        if path.startswith("/attachments/article/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        q = {k: v[0] for k, v in _qs(request).items()}
        if path in ("/", "/index.php") and not q:
            return home_page(request)
        if path == "/index.php" and request.method == "POST":
            return home_page(request)
        if path in ("/index.php/tin-tuc", "/index.php/tin-tuc/hoat-dong-doi", "/index.php/thong-bao"):
            start = self._start(q)
            if start is None:
                return None
            if path == "/index.php/thong-bao":
                return list_page(request, start)
            return blog_page(request, 8 if path == "/index.php/tin-tuc" else 9, start)
        if path.startswith("/index.php/component/tags/tag/") and not q:
            for tag_id in TAGS:
                if path == tag_path(tag_id):
                    return tag_page(request, tag_id)
            return None
        if not q:
            simple = {
                "/index.php/gioi-thieu": gioi_thieu,
                "/index.php/gioi-thieu/doi-ngu-can-bo-giao-vien": doi_ngu,
                "/index.php/lien-he": lien_he,
                ALBUM_PATH: album,
                DOC_PATH: document,
            }
            if path in simple:
                return simple[path](request)
        if path == DOC_PATH and q == {"download": DOC_FILE}:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        return self._article(request, q)

    @staticmethod
    def _start(q: dict[str, str]) -> int | None:
        if not q:
            return 0
        if q == {"limitstart": "0"}:
            return 0
        if set(q) == {"start"} and q["start"].isdigit():
            return int(q["start"])
        return None

    def _article(self, request: Request, q: dict[str, str]) -> Response | None:
        m = _ARTICLE_RE.match(request.path)
        if not m:
            return None
        story = BY_ID.get(int(m.group(3)))
        if story is None or story.slug != m.group(4):
            return None
        catid = story.opts["catid"]
        prefix = m.group(1)
        if prefix is None:  # the tag view's route
            if q != {"catid": str(catid), "Itemid": "101"}:
                return None
            return article_page(request, story)
        if m.group(2) is not None:  # the magazine route
            if request.path != magazine_path(story) or q not in ({}, {"hitcount": "0"}):
                return None
            return article_page(request, story)
        if request.path != path_of(story):
            return None
        if q in ({}, {"hitcount": "0"}):
            return article_page(request, story)
        if q == {"tmpl": "component", "print": "1"}:
            return article_page(request, story, print_view=True)
        if len(_sections(story)) > 1 and (
            q == {"showall": "1"} or q == {"showall": "", "start": "1"}
        ):
            return article_page(request, story)
        return None


def build_site() -> JoomlaSite:
    return JoomlaSite()


CATEGORY_NAMES = {"tin-tuc": "Tin tức", "hoat-dong-doi": "Hoạt động Đội", "thong-bao": "Thông báo"}

GOLD = [
    gold_record(s, path_of(s), CATEGORY_NAMES[s.cat], alt_paths=alt_paths(s)) for s in STORIES
]
