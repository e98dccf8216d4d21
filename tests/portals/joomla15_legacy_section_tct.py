"""Trường Chính trị tỉnh Lạng Sơn on Joomla! 1.5 (2009 era): sections, categories, SEF ``.html``.

Platform
--------
Joomla! 1.5.x with SEF URLs, "Add suffix to URLs" on and mod_rewrite, the vi-VN language pack, the
"System - Legacy" plugin left on from the 1.0 migration, the core content plugins (vote, email
cloaking, pagebreak, caption.js) and a template copied from ``rhuk_milkyway`` (``tct_milkyway``:
``#page_bg``, ``#wrapper``, ``#tabarea`` pill menu, ``#pathway``, ``#whitebox``, ``#leftcolumn``,
``#maincolumn`` with a ``table.nopad`` holding the component and the right column, module chrome
``div.moduletable_<sfx>`` / ``div.module_menu``). Every page carries ``<base href>`` = its own URL
and the generator meta "Joomla! 1.5 - Open Source Content Management". No ``rel=canonical``
anywhere (1.5 never printed one).

Content tree: section "Tin tức - Sự kiện" (id 4, menu alias ``tin-tuc``, Itemid 27) with four
categories, each with a menu item under "Tin tức":

- "Hoạt động của Trường": ``/tin-tuc/hoat-dong-cua-truong.html``, cat 12, Itemid 28, blog
  (1 leading + 2 intro per page, ``limitstart`` by 3);
- "Công tác Đảng - Đoàn thể": ``/tin-tuc/cong-tac-dang-doan-the.html``, cat 13, Itemid 29, blog;
- "Nghiên cứu - Trao đổi": ``/tin-tuc/nghien-cuu-trao-doi.html``, cat 15, Itemid 30, table layout
  with the "Hiển thị #" POST form;
- "Thông báo": ``/tin-tuc/thong-bao.html``, cat 16, Itemid 31, table layout.

URL scheme
----------
- article (canonical, what ``JRoute`` prints everywhere):
  ``/tin-tuc/<cat alias>/<id>-<alias>.html``;
- the same article, non-SEF (hand-typed into a custom module):
  ``/index.php?option=com_content&view=article&id=<id>:<alias>&catid=<cat>:<alias>&Itemid=<n>``;
  Joomla 1.0 legacy forms still answered by the Legacy plugin:
  ``/index.php?option=com_content&task=view&id=<id>&Itemid=<n>`` and ``/content/view/<id>/<Itemid>/``;
- print popup: ``<article>?tmpl=component&print=1&layout=default&page=<limitstart>``;
- pagebreak pages of a long article: ``<article>?showall=&limitstart=<k>`` and ``?showall=1``;
- search-result links: ``<article>?highlight=<base64 of a PHP-serialised array>``;
- section blog ``/tin-tuc.html``, category ``/tin-tuc/<cat>.html``; paging ``?limitstart=<n>``
  (the blog's window is leading + intro + links, so ``limitstart`` moves by 5 in the section
  blog and by 3 in the category blogs; "Đầu" and "1" link ``?limitstart=0``);
- search ``/component/search/?searchword=…&searchphrase=all&Itemid=1``; contact ``/lien-he.html``;
  intro pages ``/gioi-thieu/<alias>.html``; calendar ``/dao-tao/lich-hoc.html``; DOCman
  ``/van-ban/doc_details/<id>-<alias>.html`` (from the "Văn bản mới" module; its file at
  ``/van-ban/doc_download/…``); Phoca Gallery ``/thu-vien-anh/category/<id>-<alias>.html`` (the
  menu's "Thư viện ảnh" points straight at the album).

Page templates
--------------
- home (``/``): frontpage blog of the four featured articles, a ``<marquee>`` "Tin tiêu điểm"
  custom module (home only) with hand-typed non-SEF and 1.0-style links;
- section blog / category blog: ``table.blog``, leading item then ``td.article_column`` intros
  (each the article table of ``blog_item.php`` with ``a.readon`` "Đọc thêm..."), then
  ``div.blog_more`` "Thêm bài viết..." links, then ``span.pagination`` and "Trang 1 của 3";
- category table: ``table.contentpane`` inside ``form[name=adminForm]`` (POST), rows
  ``tr.sectiontableentry1/2``, dates "20.11.2026";
- article: ``div.componentheading`` (the menu item's title), ``table.contentpaneopen`` with
  ``td.contentheading`` (the headline, a link to itself) and the print button, the vote form,
  then a second ``table.contentpaneopen_tct`` with the section/category row, the
  "Viết bởi …" row, ``td.createdate``, the text cell, optionally ``td.modifydate``; right column
  "Tin liên quan" (mod_related_items, by meta keywords).

How each gold article is reached
--------------------------------
- 412, 408, 405, 404: home (frontpage blog), "Tin mới"/"Tin đọc nhiều" modules, listings;
- 411, 409: "Tin mới", listings (411 also by the marquee's non-SEF link, 409 by its 1.0 link);
- 401, 395: "Tin đọc nhiều", section blog page 2, their category listing;
- 392: section blog page 2 (``/tin-tuc.html?limitstart=5``) and its category blog;
- 386, 383: section blog page 3 (``?limitstart=10``) and their category tables;
- 398, 389: ONLY from page 2+ of a listing: ``/tin-tuc/hoat-dong-cua-truong.html?limitstart=3``
  and the section blog pages 2 and 3 (no module, no related list, no frontpage lists them).

Traps
-----
1. Captions drawn by ``caption.js`` (412, 389): the photo is ``<img class="caption" title="…">``
   and the line under it exists only after the script runs, from the ``title`` attribute; the
   ``alt`` is a different, shorter text. Gold: caption = the ``title`` text; the ``alt`` is not
   the caption; no caption line is in the body.
2. Email cloaking (411): the content plugin replaces the address inside a paragraph with
   ``document.write`` scripts plus a hidden "Địa chỉ email này đã được bảo vệ từ spam bots, bạn
   cần kích hoạt Javascript để xem nó." span. Gold: the paragraph as a reader sees it, the
   address in place ("… thư điện tử daotao.tct@langson.gov.vn."), never the spam-bots notice.
3. Pagebreak plugin (405): the article is split into three pages (``?showall=&limitstart=1``,
   ``…=2``) with a "Mục lục bài viết" table (``table.contenttoc``), a "Trang 1 của 3" counter and
   "<< Trước - Tiếp >>" links inside the text cell, and a "Tất cả các trang" (``?showall=1``)
   view. Gold: ONE record, path = the bare article URL, body = the text of all three pages in
   order; every page URL, ``showall`` and the print views (``page=`` empty, 1 and 2) are
   alt_paths; the TOC, the counter and the page links are not body.
4. Vote plugin (every article): between the headline table and the text table sits a POST
   form "Đánh giá của người dùng: … / 5  Kém ○○○○○ Tốt [Bình chọn]". Not body, no date, no
   author; POSTing it redirects back to the article (303).
5. Month names in words: the vi-VN language file prints ``DATE_FORMAT_LC2`` as "Thứ năm, 03
   Tháng Mười Hai 2026 14:30" (weekday in lower case, the month spelled out, no slashes); the
   table layout prints "03.12.2026". Gold: "2026-12-03T14:30:00+07:00" from the article page.
6. The menu item's page title (``div.componentheading`` "Hoạt động của Trường") is printed
   ABOVE the headline and there is no ``<h1>``/``<h2>`` around the headline (``td.contentheading``,
   its text a link ``a.contentpagetitle``); the ``<h1>`` of the page is the site name. Gold
   title: the ``td.contentheading`` text. (On pagebreak pages ``<title>`` gets " - <page title>"
   appended; the headline is unchanged.)
7. Hidden intro (398): the article's "Intro Text: Hide" parameter keeps the intro paragraph
   that the listings show ("Từ ngày 02 đến ngày 05/11/2026 …") OFF the article page. Gold body =
   the article page's text only (the teaser is not in it); summary null.
8. Created date hidden, "Lần cập nhật cuối ( Thứ tư, 02 Tháng Mười Hai 2026 16:45 )" shown
   (411), while the table listing prints the created day "01.12.2026". Gold published_at: the
   notice's letterhead day "2026-11-30" (house rule for official documents), neither the update
   date nor the listing's day.
9. Legacy and hand-typed duplicates: the same article answers at its SEF URL, at 1.0
   ``/content/view/408/28/`` (linked from 401's text) and ``/content/view/409/29/`` (home
   marquee), at 1.0 non-SEF
   ``index.php?option=com_content&task=view&id=383&Itemid=31`` (relative link in the home
   marquee) and at 1.5 non-SEF ``/index.php?option=com_content&view=article&id=411:…`` (marquee).
   No canonical tag tells them apart. Gold: one record each, the others alt_paths.
10. Renamed alias (395): Joomla routes on the numeric id, so the old URL
    ``/tin-tuc/nghien-cuu-trao-doi/395-tu-tuong-ho-chi-minh-ve-can-bo.html`` (linked in a
    "Xem thêm:" line at the end of 405) serves the same page as the new alias. Gold: alt_path;
    the "Xem thêm:" line is not body.
11. Search highlighting: the sidebar's "Từ khóa: hội giảng" opens the search page, whose result
    links add ``?highlight=…``; that page wraps every "hội giảng" of the text in
    ``<span class="highlight">`` (mid-sentence, case kept). Gold: alt_paths of 408 and 401; the
    text is unchanged.
12. Caption tables (409, 398): the editor put photo and caption in a two-row ``<table>`` inside
    the text; by the house rule table rows are paragraphs, but this table's second row is the
    photo's caption. Gold: caption, not body. A real data table (383, results by grade) is body,
    cells joined by " | ".
13. "Các tin mới hơn:" list (a third-party plugin) printed INSIDE the text cell, after the text
    and bylines, with dates in brackets. Not body.
14. Word paste in Unicode tổ hợp (404): every letter of the text is decomposed (NFD), wrapped in
    ``p.MsoNormal`` / ``span style="font-family:'Times New Roman','serif'"``, empty
    ``<p class="MsoNormal">&nbsp;</p>`` spacers and ``<o:p></o:p>``. Gold: NFC text, spacers are
    nothing. TinyMCE's named entities (``&agrave;``, ``&ecirc;``, ``&ldquo;``) in 401, 395.
15. Bylines three ways: the "Viết bởi …" row shows either a CMS account ("Quản trị",
    "Administrator", "Ban biên tập": nobody) or a ``created_by_alias`` with a degree ("ThS. Lăng
    Văn Thịnh" -> "Lăng Văn Thịnh", "NCS. Lương Văn Khoa" -> "Lương Văn Khoa") or a unit
    ("Công đoàn Trường", as printed); the real author is often a right-aligned line at the end
    of the text ("Tin, ảnh: …", "Tin: … - Ảnh: …", "TS. … - Trưởng Khoa …", "… (Khoa …)").
16. Intro pages and the weekly calendar (``/gioi-thieu/*.html``, ``/dao-tao/lich-hoc.html``) are
    served by the very same article view and markup (headline cell, vote form, "Viết bởi"),
    only without a date: NON_ARTICLES.

Gold decisions on ambiguous points
----------------------------------
- JavaScript-made text counts as printed: the caption.js caption (trap 1) and the cloaked
  email address (trap 2) are what a reader sees; the hidden spam-bots notice is not.
- The pagebreak article is one article (trap 3); its path is the URL without query.
- 411: author = the signer "Nguyễn Thị Hồng Vân" (no "Viết bởi" row); the letterhead table,
  "THÔNG BÁO" / subject lines, "Nơi nhận" and signature table are not body; the numbered
  headings ("1. Đối tượng, tiêu chuẩn") and the editor's "- " items are body.
- A "(Theo Báo Lạng Sơn)" line -> source "Báo Lạng Sơn"; "Nguồn: Ban Tuyên giáo Tỉnh ủy Lạng
  Sơn" -> that unit. The byline line before a source line is the author.
- 392's date "… 22 Tháng Mười 2026 00:00" is midnight: the day alone "2026-10-22".
- The calendar page (lịch học) is a calendar, not an article, although it looks like one.
- "Tài liệu tham khảo" and its entries in 405 are body; the bracketed calls "[1]" stay.
- 404's line "Tin: Nông Thị Thanh Hà - Ảnh: Lộc Văn Hưng" -> authors [Nông Thị Thanh Hà],
  photographers [Lộc Văn Hưng]; 401's photo line "Ảnh: Triệu Đức Long" only credits the
  photographer: caption None, photographer Triệu Đức Long.
"""

from __future__ import annotations

import base64
import html as _html
import re
import unicodedata
from datetime import datetime
from html.entities import codepoint2name
from urllib.parse import quote

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

NAME = "joomla15_legacy_section_tct"
PLATFORM = "Joomla! 1.5 (rhuk_milkyway-derived template, sections/categories, SEF .html)"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Lạng Sơn"
TODAY_HEADER = "Thứ Bảy, 05/12/2026"
SECTION = ("tin-tuc", "Tin tức - Sự kiện", 4, 27)

# alias -> (name as printed, cat id, Itemid, layout)
CATS = {
    "hoat-dong-cua-truong": ("Hoạt động của Trường", 12, 28, "blog"),
    "cong-tac-dang-doan-the": ("Công tác Đảng - Đoàn thể", 13, 29, "blog"),
    "nghien-cuu-trao-doi": ("Nghiên cứu - Trao đổi", 15, 30, "table"),
    "thong-bao": ("Thông báo", 16, 31, "table"),
}
CAT_BY_ID = {v[1]: k for k, v in CATS.items()}

# --- the articles ---------------------------------------------------------------------------

_IMG = "/images/stories/2026"

STORIES: list[Story] = [
    Story(
        id=412,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-he-khong-tap-trung-tai-huyen-cao-loc",
        title="Khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung tại huyện Cao Lộc",
        cat="hoat-dong-cua-truong",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Sáng ngày 03/12/2026, tại Trung tâm Chính trị huyện Cao Lộc, Trường Chính trị tỉnh"
            " Lạng Sơn phối hợp với Huyện ủy Cao Lộc tổ chức khai giảng lớp Trung cấp lý luận"
            " chính trị - hành chính hệ không tập trung khóa 2026 - 2028 cho 86 học viên là cán"
            " bộ, công chức cấp huyện và cấp xã."
        ),
        blocks=[
            P(
                "Sáng ngày 03/12/2026, tại Trung tâm Chính trị huyện Cao Lộc, Trường Chính trị tỉnh"
                " Lạng Sơn phối hợp với Huyện ủy Cao Lộc tổ chức khai giảng lớp Trung cấp lý luận"
                " chính trị - hành chính hệ không tập trung khóa 2026 - 2028 cho 86 học viên là cán"
                " bộ, công chức cấp huyện và cấp xã.",
                "lead",
            ),
            Img(
                f"{_IMG}/thang12/khaigiang_caoloc_1.jpg",
                printed="Đồng chí Hoàng Văn Nghiệm, Phó Bí thư Thường trực Huyện ủy Cao Lộc phát biểu tại lễ khai giảng",
                caption="Đồng chí Hoàng Văn Nghiệm, Phó Bí thư Thường trực Huyện ủy Cao Lộc phát biểu tại lễ khai giảng",
                style="captionjs",
            ),
            P(
                "Dự lễ khai giảng có đồng chí Hoàng Văn Nghiệm, Phó Bí thư Thường trực Huyện ủy Cao"
                " Lộc; đồng chí Nguyễn Văn Bình, Phó Hiệu trưởng Trường Chính trị tỉnh; lãnh đạo Ban"
                " Tổ chức, Ban Tuyên giáo Huyện ủy, Trung tâm Chính trị huyện cùng toàn thể học viên"
                " của lớp."
            ),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng Nhà trường nhấn mạnh: chương trình"
                " Trung cấp lý luận chính trị - hành chính trang bị cho học viên những kiến thức cơ"
                " bản về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, đường lối của Đảng, chính sách,"
                " pháp luật của Nhà nước và kỹ năng lãnh đạo, quản lý ở cơ sở. Đồng chí đề nghị học"
                " viên xác định rõ động cơ, thái độ học tập đúng đắn, chấp hành nghiêm quy chế đào"
                " tạo và nội quy của lớp học."
            ),
            P(
                "Theo kế hoạch, lớp học được tổ chức trong 18 tháng, học vào các ngày thứ Năm, thứ"
                " Sáu và thứ Bảy hằng tuần, gồm 4 phần học với 21 học phần. Kết thúc khóa học, học"
                " viên đủ điều kiện sẽ được cấp bằng Trung cấp lý luận chính trị - hành chính theo"
                " quy định."
            ),
            Img(f"{_IMG}/thang12/DSC_0457.JPG", style="plain"),
            P(
                "Thay mặt học viên, đồng chí Chu Thị Hằng, cán bộ Văn phòng Huyện ủy Cao Lộc, lớp"
                " trưởng, hứa sẽ cùng tập thể lớp phát huy tinh thần tự học, đoàn kết, hoàn thành"
                " tốt nhiệm vụ học tập."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Hoàng Minh Tuấn</strong></p>'),
        ],
        authors=["Hoàng Minh Tuấn"],
        photographers=["Hoàng Minh Tuấn"],
        opts={
            "created": "2026-12-03 14:30",
            "byline": "Quản trị",
            "hits": 356,
            "featured": True,
            "keywords": ["khai giảng", "trung cấp lý luận chính trị", "Cao Lộc"],
        },
    ),
    Story(
        id=411,
        slug="thong-bao-tuyen-sinh-lop-cao-cap-ly-luan-chinh-tri-he-khong-tap-trung-nam-2027",
        title="Thông báo tuyển sinh lớp Cao cấp lý luận chính trị hệ không tập trung năm 2027",
        cat="thong-bao",
        published_at="2026-11-30",
        blocks=[
            Raw(
                '<table border="0" cellspacing="0" cellpadding="0" style="width: 100%;"><tbody><tr>'
                '<td style="text-align: center; width: 45%;"><strong>TỈNH ỦY LẠNG SƠN</strong><br />'
                "<strong>TRƯỜNG CHÍNH TRỊ</strong><br />*<br />Số: 215-TB/TCT</td>"
                '<td style="text-align: center;"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong><br />'
                "<br /><em>Lạng Sơn, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
            ),
            Raw(
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br /><strong>Tuyển sinh'
                " lớp Cao cấp lý luận chính trị hệ không tập trung năm 2027</strong></p>"
            ),
            P(
                "Căn cứ Kế hoạch số 128-KH/HVCTQG ngày 15/10/2026 của Học viện Chính trị quốc gia Hồ"
                " Chí Minh về tuyển sinh hệ không tập trung năm 2027; thực hiện sự chỉ đạo của Ban"
                " Thường vụ Tỉnh ủy, Trường Chính trị tỉnh Lạng Sơn thông báo tuyển sinh lớp Cao cấp"
                " lý luận chính trị hệ không tập trung năm 2027 như sau:"
            ),
            P("1. Đối tượng, tiêu chuẩn", "h"),
            P(
                "- Cán bộ, công chức, viên chức đang công tác tại các cơ quan Đảng, Nhà nước, Mặt"
                " trận Tổ quốc và các tổ chức chính trị - xã hội trên địa bàn tỉnh, được quy hoạch"
                " chức danh trưởng phòng cấp tỉnh và tương đương trở lên."
            ),
            P(
                "- Có trình độ đại học trở lên; có thời gian công tác từ đủ 5 năm trở lên; tuổi đời"
                " không quá 45 đối với nam và 40 đối với nữ tính đến thời điểm nhập học."
            ),
            P("2. Hồ sơ dự tuyển", "h"),
            P(
                "Hồ sơ gồm: Quyết định cử đi học của cấp có thẩm quyền; bản sao bằng tốt nghiệp đại"
                " học; sơ yếu lý lịch có xác nhận của cơ quan quản lý; giấy chứng nhận sức khỏe do cơ"
                " sở y tế cấp huyện trở lên cấp trong thời hạn 6 tháng."
            ),
            P("3. Thời gian, địa điểm nhận hồ sơ", "h"),
            P(
                "Hồ sơ nộp tại Phòng Quản lý đào tạo, Trường Chính trị tỉnh Lạng Sơn trước ngày"
                " 25/12/2026. Mọi chi tiết xin liên hệ điện thoại 0205.3812.456 hoặc thư điện tử"
                " daotao.tct@langson.gov.vn.",
                "cloak",
            ),
            Raw(
                '<table border="0" cellspacing="0" cellpadding="0" style="width: 100%;"><tbody><tr>'
                '<td style="width: 50%; vertical-align: top;"><em><strong>Nơi nhận:</strong></em><br />'
                "- Các huyện ủy, thành ủy;<br />- Các sở, ban, ngành tỉnh;<br />- Lưu VP, P.QLĐT.</td>"
                '<td style="text-align: center; vertical-align: top;"><strong>T/M BAN GIÁM HIỆU<br />'
                "PHÓ HIỆU TRƯỞNG</strong><br /><br /><em>(Đã ký)</em><br /><br />"
                "<strong>Nguyễn Thị Hồng Vân</strong></td></tr></tbody></table>"
            ),
        ],
        authors=["Nguyễn Thị Hồng Vân"],
        opts={
            "created": "2026-12-01 08:00",
            "modified": "2026-12-02 16:45",
            "show_date": False,
            "show_modified": True,
            "byline": None,
            "hits": 512,
            "keywords": ["tuyển sinh", "cao cấp lý luận chính trị"],
        },
    ),
    Story(
        id=409,
        slug="chi-bo-khoa-xay-dung-dang-to-chuc-sinh-hoat-chuyen-de-quy-iv-nam-2026",
        title="Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV năm 2026",
        cat="cong-tac-dang-doan-the",
        published_at="2026-11-27T09:05:00+07:00",
        blocks=[
            P(
                "Ngày 26/11/2026, Chi bộ Khoa Xây dựng Đảng, Trường Chính trị tỉnh Lạng Sơn tổ chức"
                " sinh hoạt chuyên đề quý IV với chủ đề “Nâng cao vai trò nêu gương của cán bộ, đảng"
                " viên là giảng viên trong thực hiện nhiệm vụ chính trị của Nhà trường”."
            ),
            Img(
                f"{_IMG}/thang11/sinhhoat_chibo_xdd.jpg",
                printed="Đồng chí Bí thư Chi bộ trình bày báo cáo chuyên đề",
                caption="Đồng chí Bí thư Chi bộ trình bày báo cáo chuyên đề",
                style="table",
            ),
            P(
                "Tham dự buổi sinh hoạt có đồng chí Lương Thị Thu Hà, Phó Bí thư Đảng ủy, Phó Hiệu"
                " trưởng Nhà trường cùng toàn thể đảng viên trong chi bộ."
            ),
            P(
                "Tại buổi sinh hoạt, đồng chí Bí thư Chi bộ đã trình bày báo cáo chuyên đề, tập trung"
                " làm rõ nội dung, yêu cầu về trách nhiệm nêu gương theo Quy định số 144-QĐ/TW ngày"
                " 09/5/2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên"
                " trong giai đoạn mới; đồng thời liên hệ với thực tiễn công tác giảng dạy, nghiên cứu"
                " khoa học của đội ngũ giảng viên trong khoa."
            ),
            P(
                "“Mỗi giảng viên trước hết phải là một đảng viên gương mẫu, nói đi đôi với làm, để"
                " mỗi bài giảng thực sự có sức thuyết phục đối với học viên”, đồng chí Bí thư Chi bộ"
                " nhấn mạnh.",
                "quote",
            ),
            P(
                "Các đảng viên đã thẳng thắn trao đổi, thảo luận về những việc đã làm được và những"
                " hạn chế như: việc đổi mới phương pháp giảng dạy ở một số bài giảng còn chậm; việc"
                " đi thực tế cơ sở chưa thường xuyên; một số đề tài nghiên cứu khoa học chưa gắn chặt"
                " với thực tiễn của địa phương."
            ),
            P(
                "Kết luận buổi sinh hoạt, Chi bộ thống nhất đề ra 5 nhóm giải pháp, trong đó mỗi"
                " đảng viên đăng ký ít nhất một việc làm cụ thể để thực hiện nêu gương trong năm"
                " 2027, gắn với việc đánh giá, xếp loại chất lượng đảng viên cuối năm."
            ),
        ],
        authors=["Lăng Văn Thịnh"],
        opts={
            "created": "2026-11-27 09:05",
            "byline": "ThS. Lăng Văn Thịnh",
            "hits": 148,
            "keywords": ["chi bộ", "sinh hoạt chuyên đề", "nêu gương"],
        },
    ),
    Story(
        id=408,
        slug="hoi-giang-giang-vien-cap-truong-nam-2026-18-bai-giang-dat-loai-gioi",
        title="Hội giảng giảng viên cấp Trường năm 2026: 18 bài giảng đạt loại giỏi",
        cat="hoat-dong-cua-truong",
        published_at="2026-11-24T16:10:00+07:00",
        blocks=[
            P(
                "Từ ngày 16 đến ngày 21/11/2026, Trường Chính trị tỉnh Lạng Sơn tổ chức Hội giảng"
                " giảng viên cấp Trường năm 2026 nhằm chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam"
                " (20/11/1982 - 20/11/2026)."
            ),
            Img(
                f"{_IMG}/thang11/hoigiang2026_01.jpg",
                printed="Ban Giám khảo dự giờ bài giảng của giảng viên Khoa Lý luận cơ sở",
                caption="Ban Giám khảo dự giờ bài giảng của giảng viên Khoa Lý luận cơ sở",
                style="below",
            ),
            P(
                "Tham gia hội giảng có 24 giảng viên đến từ 4 khoa chuyên môn với 24 bài giảng thuộc"
                " các chương trình Trung cấp lý luận chính trị - hành chính, bồi dưỡng cập nhật kiến"
                " thức và bồi dưỡng chức danh. Ban Giám khảo gồm 7 đồng chí là lãnh đạo Nhà trường,"
                " trưởng các khoa và giảng viên chính có nhiều kinh nghiệm."
            ),
            P(
                "Các bài giảng được chuẩn bị công phu, bám sát chương trình, cập nhật các văn kiện,"
                " nghị quyết mới của Đảng, đặc biệt là những nội dung về đổi mới sắp xếp tổ chức bộ"
                " máy và mô hình chính quyền địa phương hai cấp. Nhiều giảng viên đã ứng dụng công"
                " nghệ thông tin, sử dụng tình huống thực tiễn của tỉnh Lạng Sơn để minh họa, tạo"
                " không khí sôi nổi trong giờ học."
            ),
            Img(
                f"{_IMG}/thang11/hoigiang2026_02.jpg",
                printed="Giảng viên trẻ Khoa Nhà nước và Pháp luật trình bày bài giảng điện tử",
                caption="Giảng viên trẻ Khoa Nhà nước và Pháp luật trình bày bài giảng điện tử",
                style="below",
            ),
            P(
                "Kết quả, Ban Tổ chức công nhận 18 bài giảng đạt loại giỏi, 6 bài giảng đạt loại khá."
                " Những bài giảng xuất sắc sẽ được lựa chọn tham gia Hội thi giảng viên dạy giỏi các"
                " trường chính trị khu vực miền núi phía Bắc năm 2027."
            ),
            P(
                "Phát biểu bế mạc, đồng chí Hiệu trưởng Nhà trường đánh giá hội giảng năm nay có chất"
                " lượng cao hơn so với các năm trước, là dịp để đội ngũ giảng viên học hỏi, trao đổi"
                " kinh nghiệm, nâng cao năng lực sư phạm, góp phần thực hiện chuẩn hóa trường chính"
                " trị theo Quy định số 09-QĐ/TW của Ban Bí thư."
            ),
            Raw('<p style="text-align: right;"><em><strong>Vy Thanh Bình</strong></em></p>'),
        ],
        authors=["Vy Thanh Bình"],
        opts={
            "created": "2026-11-24 16:10",
            "byline": "Administrator",
            "hits": 1204,
            "featured": True,
            "keywords": ["hội giảng", "giảng viên", "ngày nhà giáo"],
        },
    ),
    Story(
        id=405,
        slug="nang-cao-chat-luong-doi-ngu-giang-vien-kiem-chuc-o-trung-tam-chinh-tri-cap-huyen",
        title="Nâng cao chất lượng đội ngũ giảng viên kiêm chức ở Trung tâm Chính trị cấp huyện tỉnh Lạng Sơn",
        cat="nghien-cuu-trao-doi",
        published_at="2026-11-20T08:00:00+07:00",
        summary=(
            "Đội ngũ giảng viên kiêm chức có vai trò quan trọng trong việc bảo đảm chất lượng đào"
            " tạo, bồi dưỡng lý luận chính trị ở cơ sở. Bài viết phân tích thực trạng và đề xuất"
            " một số giải pháp nâng cao chất lượng đội ngũ này ở các Trung tâm Chính trị cấp huyện"
            " trên địa bàn tỉnh Lạng Sơn."
        ),
        blocks=[
            P(
                "Đội ngũ giảng viên kiêm chức có vai trò quan trọng trong việc bảo đảm chất lượng đào"
                " tạo, bồi dưỡng lý luận chính trị ở cơ sở. Bài viết phân tích thực trạng và đề xuất"
                " một số giải pháp nâng cao chất lượng đội ngũ này ở các Trung tâm Chính trị cấp huyện"
                " trên địa bàn tỉnh Lạng Sơn.",
                "lead",
            ),
            P("1. Vai trò của đội ngũ giảng viên kiêm chức", "h"),
            P(
                "Theo Quy định số 208-QĐ/TW ngày 12/11/2019 của Ban Bí thư, giảng viên kiêm chức của"
                " trung tâm chính trị cấp huyện là các đồng chí lãnh đạo cấp ủy, chính quyền, trưởng,"
                " phó các ban, ngành, đoàn thể cấp huyện có đủ tiêu chuẩn và được cấp có thẩm quyền"
                " công nhận.[1] Đây là lực lượng có kinh nghiệm thực tiễn phong phú, nắm chắc tình"
                " hình địa phương, giúp bài giảng gắn lý luận với thực tiễn."
            ),
            # --- page 2 ---
            P("2. Thực trạng đội ngũ giảng viên kiêm chức hiện nay", "h"),
            P(
                "Tính đến tháng 10/2026, 11 Trung tâm Chính trị cấp huyện của tỉnh có 142 giảng viên"
                " kiêm chức, trong đó 38 đồng chí có trình độ thạc sĩ trở lên, 126 đồng chí có trình"
                " độ cao cấp lý luận chính trị.[2] Phần lớn giảng viên kiêm chức nhiệt tình, trách"
                " nhiệm, tham gia giảng dạy các chuyên đề về tình hình kinh tế - xã hội và nhiệm vụ"
                " chính trị của địa phương."
            ),
            P(
                "Tuy nhiên, số giờ giảng thực tế của giảng viên kiêm chức còn thấp, bình quân chưa"
                " đạt 20% định mức theo quy định. Một số đồng chí do bận công tác chuyên môn nên"
                " thường xuyên đề nghị thay đổi lịch giảng; kỹ năng sư phạm, nhất là phương pháp"
                " giảng dạy tích cực, còn hạn chế."
            ),
            # --- page 3 ---
            P("3. Một số giải pháp", "h"),
            P(
                "Một là, cấp ủy cấp huyện cần rà soát, lựa chọn, bổ sung đội ngũ giảng viên kiêm chức"
                " bảo đảm đủ tiêu chuẩn; đưa nhiệm vụ giảng dạy vào chương trình công tác và là một"
                " tiêu chí đánh giá cán bộ hằng năm."
            ),
            P(
                "Hai là, Trường Chính trị tỉnh tăng cường bồi dưỡng nghiệp vụ sư phạm, phương pháp"
                " giảng dạy cho giảng viên kiêm chức; tổ chức dự giờ, trao đổi chuyên môn giữa giảng"
                " viên cơ hữu của Trường với giảng viên kiêm chức của các trung tâm; hoàn thiện chế"
                " độ thù lao giảng dạy phù hợp."
            ),
            P("Tài liệu tham khảo", "h"),
            P(
                "[1] Ban Bí thư (2019), Quy định số 208-QĐ/TW về chức năng, nhiệm vụ, tổ chức bộ máy"
                " của trung tâm chính trị cấp huyện.",
                "ref",
            ),
            P(
                "[2] Trường Chính trị tỉnh Lạng Sơn (2026), Báo cáo kết quả khảo sát đội ngũ giảng"
                " viên kiêm chức các Trung tâm Chính trị cấp huyện.",
                "ref",
            ),
            Raw(
                '<p style="text-align: right;"><strong>TS. Vi Thị Mai Hương</strong><br />'
                "<em>Trưởng Khoa Nhà nước và Pháp luật</em></p>"
            ),
            Raw(
                '<p><span style="color: #0000ff;"><strong>Xem thêm:</strong></span> <a href="'
                '/tin-tuc/nghien-cuu-trao-doi/395-tu-tuong-ho-chi-minh-ve-can-bo.html">Vận dụng tư'
                " tưởng Hồ Chí Minh về cán bộ trong đào tạo, bồi dưỡng cán bộ cơ sở</a></p>"
            ),
        ],
        authors=["Vi Thị Mai Hương"],
        opts={
            "created": "2026-11-20 08:00",
            "byline": "Ban biên tập",
            "hits": 877,
            "featured": True,
            "keywords": ["giảng viên", "trung tâm chính trị"],
            # (page title, index of the first block of the page)
            "pages": [(None, 0), ("Thực trạng đội ngũ giảng viên kiêm chức", 3), ("Một số giải pháp", 6)],
        },
    ),
    Story(
        id=404,
        slug="doan-cong-tac-truong-chinh-tri-tinh-cao-bang-tham-trao-doi-kinh-nghiem",
        title="Đoàn công tác Trường Chính trị tỉnh Cao Bằng thăm, trao đổi kinh nghiệm tại Trường Chính trị tỉnh Lạng Sơn",
        cat="hoat-dong-cua-truong",
        published_at="2026-11-18T10:45:00+07:00",
        blocks=[
            P(
                "Ngày 17/11/2026, Đoàn công tác Trường Chính trị tỉnh Cao Bằng do đồng chí Bế Thị"
                " Hồng Nhung, Phó Hiệu trưởng làm trưởng đoàn đã đến thăm và trao đổi kinh nghiệm về"
                " công tác đào tạo, bồi dưỡng tại Trường Chính trị tỉnh Lạng Sơn."
            ),
            Img(
                f"{_IMG}/thang11/caobang_lamviec.jpg",
                printed="Quang cảnh buổi làm việc giữa hai trường",
                caption="Quang cảnh buổi làm việc giữa hai trường",
                style="below_mso",
            ),
            P(
                "Tiếp và làm việc với đoàn có đồng chí Nguyễn Văn Bình, Phó Hiệu trưởng Trường Chính"
                " trị tỉnh Lạng Sơn cùng lãnh đạo các phòng, khoa chuyên môn."
            ),
            P(
                "Tại buổi làm việc, hai bên đã trao đổi, chia sẻ kinh nghiệm về công tác quản lý đào"
                " tạo; việc triển khai chương trình Trung cấp lý luận chính trị theo Quyết định số"
                " 1183-QĐ/HVCTQG; công tác nghiên cứu khoa học, đi thực tế của giảng viên và kết quả"
                " thực hiện các tiêu chí trường chính trị chuẩn mức độ 1."
            ),
            P(
                "Đồng chí Phó Hiệu trưởng Trường Chính trị tỉnh Cao Bằng đánh giá cao những kết quả"
                " mà Trường Chính trị tỉnh Lạng Sơn đạt được, nhất là trong việc số hóa hồ sơ học viên"
                " và tổ chức thi trắc nghiệm trên máy tính đối với một số học phần."
            ),
            Img(
                f"{_IMG}/thang11/caobang_thamquan.jpg",
                printed="Đoàn công tác tham quan phòng truyền thống của Nhà trường",
                caption="Đoàn công tác tham quan phòng truyền thống của Nhà trường",
                style="below_mso",
            ),
            P(
                "Dịp này, đoàn công tác đã tham quan phòng truyền thống, thư viện và khu ký túc xá"
                " học viên của Nhà trường."
            ),
            Raw(
                '<p class="MsoNormal" align="right" style="text-align: right;"><b><span style="'
                "font-size: 13pt; font-family: 'Times New Roman','serif';\">Tin: Nông Thị Thanh Hà -"
                " Ảnh: Lộc Văn Hưng<o:p></o:p></span></b></p>"
            ),
        ],
        authors=["Nông Thị Thanh Hà"],
        photographers=["Lộc Văn Hưng"],
        opts={
            "created": "2026-11-18 10:45",
            "byline": "Quản trị",
            "hits": 233,
            "featured": True,
            "enc": "nfd",
            "mso": True,
            "keywords": ["Cao Bằng", "trao đổi kinh nghiệm"],
        },
    ),
    Story(
        id=401,
        slug="cong-doan-truong-to-chuc-hoi-thao-chao-mung-ngay-nha-giao-viet-nam-20-11",
        title="Công đoàn Trường tổ chức Hội thao chào mừng Ngày Nhà giáo Việt Nam 20/11",
        cat="cong-tac-dang-doan-the",
        published_at="2026-11-12T15:00:00+07:00",
        blocks=[
            P(
                "Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, trong hai ngày 10 và 11/11/2026,"
                " Công đoàn Trường Chính trị tỉnh Lạng Sơn tổ chức Hội thao cho cán bộ, giảng viên,"
                " nhân viên Nhà trường."
            ),
            P(
                "Hội thao gồm 4 môn thi đấu: bóng chuyền hơi nam, bóng chuyền hơi nữ, cầu lông và kéo"
                " co, thu hút 68 vận động viên của 4 tổ công đoàn tham gia."
            ),
            Img(
                f"{_IMG}/thang11/hoithao_bongchuyen.jpg",
                printed="Thi đấu môn bóng chuyền hơi nữ",
                caption="Thi đấu môn bóng chuyền hơi nữ",
                style="below",
            ),
            P(
                "Các trận đấu diễn ra sôi nổi, hấp dẫn, thể hiện tinh thần đoàn kết, thi đấu trung"
                " thực, cao thượng. Kết quả, giải nhất toàn đoàn thuộc về Tổ công đoàn Khoa Lý luận"
                " cơ sở; giải nhì thuộc về Tổ công đoàn Phòng Tổ chức - Hành chính; giải ba thuộc về"
                " Tổ công đoàn Khoa Xây dựng Đảng."
            ),
            Img(
                f"{_IMG}/thang11/hoithao_keoco.jpg",
                printed="Ảnh: Triệu Đức Long",
                caption=None,
                style="below",
            ),
            P(
                "Hoạt động nằm trong chuỗi các hoạt động chào mừng Ngày Nhà giáo Việt Nam, cùng với"
                " Hội giảng giảng viên cấp Trường, góp phần tạo không khí vui tươi, phấn khởi trong"
                " đội ngũ cán bộ, giảng viên, nhân viên.",
                "a|/content/view/408/28/|Hội giảng giảng viên cấp Trường",
            ),
        ],
        authors=["Công đoàn Trường"],
        photographers=["Triệu Đức Long"],
        opts={
            "created": "2026-11-12 15:00",
            "byline": "Công đoàn Trường",
            "hits": 640,
            "enc": "named",
            "keywords": ["công đoàn", "hội thao", "ngày nhà giáo"],
        },
    ),
    Story(
        id=398,
        slug="hoc-vien-lop-cao-cap-ly-luan-chinh-tri-k74-b14-nghien-cuu-thuc-te-tai-quang-ninh",
        title="Học viên lớp Cao cấp lý luận chính trị K74.B14 nghiên cứu thực tế tại tỉnh Quảng Ninh",
        cat="hoat-dong-cua-truong",
        published_at="2026-11-06T17:20:00+07:00",
        blocks=[
            P(
                "Đoàn do đồng chí Hoàng Văn Quân, Trưởng Phòng Quản lý đào tạo làm trưởng đoàn. Tại"
                " tỉnh Quảng Ninh, đoàn đã làm việc với Trường Chính trị Nguyễn Văn Cừ, nghe giới"
                " thiệu về tình hình phát triển kinh tế - xã hội của tỉnh, đặc biệt là kinh nghiệm"
                " phát triển hạ tầng giao thông, du lịch và cải cách hành chính."
            ),
            Img(
                f"{_IMG}/thang11/k74b14_quangninh.jpg",
                printed="Học viên lớp K74.B14 chụp ảnh lưu niệm tại Trường Chính trị Nguyễn Văn Cừ",
                caption="Học viên lớp K74.B14 chụp ảnh lưu niệm tại Trường Chính trị Nguyễn Văn Cừ",
                style="table",
            ),
            P(
                "Học viên đã đi thực tế tại Trung tâm Phục vụ hành chính công tỉnh, Khu kinh tế Vân"
                " Đồn và thành phố Móng Cái; tìm hiểu mô hình chính quyền số, cơ chế một cửa liên"
                " thông và công tác quản lý cửa khẩu."
            ),
            P(
                "Qua chuyến đi, học viên có thêm cơ sở thực tiễn để hoàn thành tiểu luận cuối khóa,"
                " đồng thời rút ra những bài học kinh nghiệm có thể vận dụng vào phát triển kinh tế"
                " cửa khẩu của tỉnh Lạng Sơn."
            ),
            Raw('<p style="text-align: right;"><strong>Hà Thị Phương Thảo</strong> (Khoa Lý luận cơ sở)</p>'),
        ],
        authors=["Hà Thị Phương Thảo"],
        opts={
            "created": "2026-11-06 17:20",
            "byline": "Quản trị",
            "hits": 191,
            "intro_hidden": (
                "Từ ngày 02 đến ngày 05/11/2026, Trường Chính trị tỉnh Lạng Sơn tổ chức cho 72 học"
                " viên lớp Cao cấp lý luận chính trị hệ không tập trung K74.B14 đi nghiên cứu thực tế"
                " tại tỉnh Quảng Ninh."
            ),
            "keywords": ["nghiên cứu thực tế", "Quảng Ninh"],
        },
    ),
    Story(
        id=395,
        slug="van-dung-tu-tuong-ho-chi-minh-ve-can-bo-trong-dao-tao-boi-duong-can-bo-co-so",
        title="Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong đào tạo, bồi dưỡng cán bộ cơ sở",
        cat="nghien-cuu-trao-doi",
        published_at="2026-10-30T14:00:00+07:00",
        blocks=[
            P(
                "Chủ tịch Hồ Chí Minh luôn coi cán bộ là nhân tố quyết định sự thành bại của cách"
                " mạng. Người khẳng định:"
            ),
            P(
                "“Cán bộ là cái gốc của mọi công việc”, “muôn việc thành công hoặc thất bại đều do"
                " cán bộ tốt hoặc kém”.",
                "quote",
            ),
            P(
                "Trong tác phẩm Sửa đổi lối làm việc, Người chỉ rõ các khâu của công tác cán bộ: hiểu"
                " biết cán bộ, khéo dùng cán bộ, cất nhắc cán bộ, thương yêu cán bộ và phê bình cán"
                " bộ. Trong đó, việc huấn luyện cán bộ được Người đặc biệt coi trọng, với phương châm"
                " học đi đôi với hành, lý luận gắn với thực tiễn."
            ),
            P(
                "Vận dụng tư tưởng đó, những năm qua Trường Chính trị tỉnh Lạng Sơn đã chú trọng đổi"
                " mới nội dung, chương trình đào tạo, bồi dưỡng cán bộ cơ sở theo hướng thiết thực,"
                " sát với yêu cầu nhiệm vụ của từng chức danh; tăng thời lượng thảo luận, xử lý tình"
                " huống và đi thực tế."
            ),
            P(
                "Trong thời gian tới, để nâng cao chất lượng đào tạo, bồi dưỡng cán bộ cơ sở, Nhà"
                " trường cần tiếp tục quán triệt sâu sắc tư tưởng Hồ Chí Minh về cán bộ, nhất là quan"
                " điểm “huấn luyện cán bộ phải thiết thực, chu đáo”; đồng thời phối hợp chặt chẽ với"
                " các cấp ủy trong việc cử cán bộ đi học đúng đối tượng, gắn đào tạo với quy hoạch và"
                " sử dụng cán bộ."
            ),
            Raw('<p style="text-align: right;"><strong>ThS. Hoàng Thị Lan - Khoa Xây dựng Đảng</strong></p>'),
        ],
        authors=["Hoàng Thị Lan"],
        opts={
            "created": "2026-10-30 14:00",
            "byline": "Quản trị",
            "hits": 702,
            "enc": "named",
            "old_aliases": ["tu-tuong-ho-chi-minh-ve-can-bo"],
            "keywords": ["tư tưởng Hồ Chí Minh", "cán bộ"],
        },
    ),
    Story(
        id=392,
        slug="dang-bo-truong-chinh-tri-tinh-hoc-tap-quan-triet-nghi-quyet-dai-hoi-dang-bo-tinh",
        title="Đảng bộ Trường Chính trị tỉnh học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII",
        cat="cong-tac-dang-doan-the",
        published_at="2026-10-22",
        blocks=[
            P(
                "Ngày 21/10/2026, Đảng bộ Trường Chính trị tỉnh Lạng Sơn tổ chức hội nghị học tập,"
                " quán triệt, triển khai thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ"
                " XVIII, nhiệm kỳ 2025 - 2030 cho toàn thể cán bộ, đảng viên."
            ),
            Img(
                f"{_IMG}/thang10/hoinghi_quantriet_nq.jpg",
                printed="(Quang cảnh hội nghị)",
                caption="Quang cảnh hội nghị",
                style="below",
            ),
            P(
                "Tại hội nghị, các đại biểu đã được nghe báo cáo viên truyền đạt những nội dung cơ"
                " bản của Nghị quyết, trong đó tập trung vào:"
            ),
            P(
                "Mục tiêu tổng quát và các chỉ tiêu chủ yếu về kinh tế, xã hội, môi trường, quốc phòng"
                " - an ninh giai đoạn 2025 - 2030;",
                "li",
            ),
            P("Ba khâu đột phá về hạ tầng giao thông, kinh tế cửa khẩu và cải cách hành chính;", "li"),
            P(
                "Các nhiệm vụ, giải pháp về xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh.",
                "li",
            ),
            P(
                "Sau hội nghị, Đảng ủy Nhà trường yêu cầu các chi bộ xây dựng chương trình hành động"
                " cụ thể; mỗi đảng viên viết bản thu hoạch và đăng ký nội dung thực hiện gắn với nhiệm"
                " vụ chuyên môn được giao."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Ban Tuyên giáo Tỉnh ủy Lạng Sơn</em></p>'),
        ],
        source="Ban Tuyên giáo Tỉnh ủy Lạng Sơn",
        opts={
            "created": "2026-10-22 00:00",
            "byline": "Quản trị",
            "hits": 305,
            "keywords": ["nghị quyết", "đại hội Đảng bộ tỉnh", "chi bộ"],
        },
    ),
    Story(
        id=389,
        slug="be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-cho-doi-tuong-4-nam-2026",
        title="Bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        cat="hoat-dong-cua-truong",
        published_at="2026-10-16T11:00:00+07:00",
        blocks=[
            P(
                "Ngày 15/10/2026, Trường Chính trị tỉnh Lạng Sơn phối hợp với Bộ Chỉ huy Quân sự tỉnh"
                " tổ chức bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm"
                " 2026."
            ),
            Img(
                f"{_IMG}/thang10/begiang_qpan_dt4.jpg",
                printed="Lãnh đạo Bộ Chỉ huy Quân sự tỉnh trao giấy chứng nhận cho học viên",
                caption="Lãnh đạo Bộ Chỉ huy Quân sự tỉnh trao giấy chứng nhận cho học viên",
                style="captionjs",
            ),
            P(
                "Lớp học có 120 học viên là trưởng thôn, khối trưởng, cán bộ Mặt trận và các đoàn thể"
                " cơ sở của thành phố Lạng Sơn và huyện Cao Lộc. Trong thời gian 5 ngày, học viên được"
                " nghiên cứu các chuyên đề về quan điểm của Đảng về quốc phòng, an ninh trong tình hình"
                " mới, xây dựng nền quốc phòng toàn dân, thế trận an ninh nhân dân và công tác bảo vệ"
                " chủ quyền, an ninh biên giới."
            ),
            P(
                "Kết thúc khóa học, 100% học viên đạt yêu cầu, trong đó 36 học viên đạt loại giỏi. Các"
                " học viên được cấp giấy chứng nhận hoàn thành chương trình bồi dưỡng."
            ),
            Raw('<p style="text-align: right;"><strong>Minh Châu</strong></p>'),
            Raw('<p style="text-align: right;"><em>(Theo Báo Lạng Sơn)</em></p>'),
        ],
        authors=["Minh Châu"],
        source="Báo Lạng Sơn",
        opts={
            "created": "2026-10-16 11:00",
            "byline": "Quản trị",
            "hits": 129,
            "keywords": ["quốc phòng an ninh", "bế giảng"],
        },
    ),
    Story(
        id=386,
        slug="mot-so-giai-phap-doi-moi-phuong-phap-giang-day-ly-luan-chinh-tri",
        title="Một số giải pháp đổi mới phương pháp giảng dạy lý luận chính trị theo hướng phát huy tính tích cực của học viên",
        cat="nghien-cuu-trao-doi",
        published_at="2026-10-09T09:30:00+07:00",
        summary=(
            "Đổi mới phương pháp giảng dạy là yêu cầu cấp thiết để nâng cao chất lượng đào tạo, bồi"
            " dưỡng lý luận chính trị ở các trường chính trị tỉnh hiện nay."
        ),
        blocks=[
            P(
                "Đổi mới phương pháp giảng dạy là yêu cầu cấp thiết để nâng cao chất lượng đào tạo,"
                " bồi dưỡng lý luận chính trị ở các trường chính trị tỉnh hiện nay.",
                "lead",
            ),
            P(
                "Thực tế cho thấy, phương pháp thuyết trình truyền thống vẫn chiếm tỷ lệ lớn trong các"
                " bài giảng; học viên chủ yếu nghe, ghi chép, ít có cơ hội trao đổi, tranh luận. Điều"
                " này làm giảm hứng thú học tập, nhất là đối với học viên là cán bộ lãnh đạo, quản lý"
                " đã có nhiều kinh nghiệm thực tiễn."
            ),
            P(
                "Thứ nhất, kết hợp linh hoạt phương pháp thuyết trình với nêu vấn đề, thảo luận nhóm"
                " và nghiên cứu tình huống; giảng viên đóng vai trò người tổ chức, hướng dẫn để học"
                " viên tự tìm tòi, phát hiện vấn đề."
            ),
            P(
                "Thứ hai, đẩy mạnh ứng dụng công nghệ thông tin, xây dựng bài giảng điện tử và hệ"
                " thống học liệu số để học viên có thể tự học trước và sau giờ lên lớp."
            ),
            P(
                "Thứ ba, đổi mới kiểm tra, đánh giá theo hướng đánh giá năng lực vận dụng lý luận vào"
                " giải quyết các vấn đề thực tiễn ở địa phương, cơ quan, đơn vị."
            ),
            P(
                "Thứ tư, tăng cường dự giờ, sinh hoạt chuyên môn để giảng viên trao đổi kinh nghiệm,"
                " học hỏi lẫn nhau, từng bước hình thành phong cách giảng dạy riêng."
            ),
        ],
        authors=["Lương Văn Khoa"],
        opts={
            "created": "2026-10-09 09:30",
            "byline": "NCS. Lương Văn Khoa",
            "hits": 418,
            "keywords": ["phương pháp giảng dạy", "giảng viên"],
        },
    ),
    Story(
        id=383,
        slug="thong-bao-ket-qua-thi-tot-nghiep-lop-trung-cap-llct-hc-k14",
        title="Thông báo kết quả thi tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính K14 (hệ tập trung)",
        cat="thong-bao",
        published_at="2026-10-05T10:00:00+07:00",
        blocks=[
            P(
                "Căn cứ kết quả chấm thi tốt nghiệp môn Tổng hợp và Kỹ năng lãnh đạo, quản lý, Hội"
                " đồng thi tốt nghiệp Trường Chính trị tỉnh Lạng Sơn thông báo kết quả thi tốt nghiệp"
                " lớp Trung cấp lý luận chính trị - hành chính K14 hệ tập trung như sau:"
            ),
            P("Xếp loại | Số học viên | Tỷ lệ (%)", "row"),
            P("Giỏi | 21 | 35,0", "row"),
            P("Khá | 33 | 55,0", "row"),
            P("Trung bình | 6 | 10,0", "row"),
            P("Tổng số | 60 | 100", "row"),
            P(
                "Học viên có thắc mắc về kết quả thi gửi đơn đề nghị phúc khảo về Phòng Quản lý đào"
                " tạo trước ngày 15/10/2026. Lễ bế giảng và trao bằng tốt nghiệp dự kiến tổ chức vào"
                " ngày 20/10/2026 tại Hội trường A của Nhà trường."
            ),
            Raw('<p style="text-align: right;"><strong>Phòng Quản lý đào tạo</strong></p>'),
            Raw(
                '<p><img src="/images/M_images/pdf_button.png" alt="PDF" border="0" /> <strong>File'
                ' đính kèm:</strong> <a href="/images/stories/file/2026/ketqua_totnghiep_k14.pdf"'
                ' target="_blank">ketqua_totnghiep_k14.pdf</a> (112 KB)</p>'
            ),
        ],
        authors=["Phòng Quản lý đào tạo"],
        opts={
            "created": "2026-10-05 10:00",
            "byline": None,
            "hits": 388,
            "keywords": ["tốt nghiệp", "trung cấp lý luận chính trị"],
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}
ORDER = sorted(STORIES, key=lambda s: s.opts["created"], reverse=True)
FEATURED = [s for s in ORDER if s.opts.get("featured")]
LATEST = ORDER[:5]
MOSTREAD_IDS = [408, 405, 395, 401, 411]


def article_path(s: Story, alias: str | None = None) -> str:
    return f"/tin-tuc/{s.cat}/{s.id}-{alias or s.slug}.html"


PRINT_Q = "?tmpl=component&print=1&layout=default&page="


def _print_path(s: Story, page: str = "") -> str:
    return article_path(s) + PRINT_Q + page


# --- dates as the vi-VN language file prints them -------------------------------------------

_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
_MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
    "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]


def _dt(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M")


def lc2(value: str) -> str:
    """DATE_FORMAT_LC2 = "%A, %d %B %Y %H:%M" in vi-VN."""
    d = _dt(value)
    return f"{_WEEKDAYS[d.weekday()]}, {d.day:02d} {_MONTHS[d.month - 1]} {d.year} {d:%H:%M}"


def lc4(value: str) -> str:
    d = _dt(value)
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


# --- text rendering ---------------------------------------------------------------------------


def named_entities(markup: str) -> str:
    """TinyMCE 2's entity_encoding "named": Latin-1 letters and typographic marks as entities."""
    out = []
    for ch in markup:
        name = codepoint2name.get(ord(ch)) if ord(ch) >= 128 else None
        out.append(f"&{name};" if name else ch)
    return "".join(out)


def _t(s: Story, value: str) -> str:
    """Escaped text of a story in the story's own form (NFD for the Word paste)."""
    if s.opts.get("enc") == "nfd":
        value = unicodedata.normalize("NFD", value)
    return _html.escape(value, quote=False)


def _attr(s: Story, value: str) -> str:
    if s.opts.get("enc") == "nfd":
        value = unicodedata.normalize("NFD", value)
    return esc(value)


_cloak_counter = [0]


def _cloak(email: str, seed: int) -> str:
    """The email-cloaking plugin of Joomla 1.5, as it writes an address into the text."""
    user, domain = email.split("@")
    parts = domain.split(".")
    var = f"addy{seed}"
    dom = " + '.' + ".join(f"'{p}'" for p in parts)
    return (
        "\n <script language='JavaScript' type='text/javascript'>\n <!--\n"
        " var prefix = 'ma' + 'il' + 'to';\n var path = 'hr' + 'ef' + '=';\n"
        f" var {var} = '{user}' + '&#64;';\n {var} = {var} + {dom};\n"
        f" document.write( '<a ' + path + '\\'' + prefix + ':' + {var} + '\\'>' );\n"
        f" document.write( {var} );\n document.write( '<\\/a>' );\n //-->\n </script>"
        "<script language='JavaScript' type='text/javascript'>\n <!--\n"
        " document.write( '<span style=\\'display: none;\\'>' );\n //-->\n </script>"
        "Địa chỉ email này đã được bảo vệ từ spam bots, bạn cần kích hoạt Javascript để xem nó.\n"
        " <script language='JavaScript' type='text/javascript'>\n <!--\n"
        " document.write( '</' );\n document.write( 'span>' );\n //-->\n </script>"
    )


_EMAIL = re.compile(r"[\w.]+@[\w.]+\w")


def _highlight(markup: str, words: list[str]) -> str:
    for word in words:
        if not word:
            continue
        markup = re.sub(
            "(" + re.escape(_html.escape(word, quote=False)) + ")",
            r'<span class="highlight">\1</span>',
            markup,
            flags=re.IGNORECASE,
        )
    return markup


def _para(s: Story, block: P, words: list[str]) -> str:
    style = block.style
    if style == "cloak":
        m = _EMAIL.search(block.text)
        assert m
        before, after = block.text[: m.start()], block.text[m.end():]
        return f"<p>{_t(s, before)}{_cloak(m.group(), s.id * 7 + 5111)}{_t(s, after)}</p>"
    if style.startswith("a|"):
        _, href, phrase = style.split("|", 2)
        before, after = block.text.split(phrase, 1)
        inner = (
            _highlight(_t(s, before), words)
            + f'<a href="{href}">{_highlight(_t(s, phrase), words)}</a>'
            + _highlight(_t(s, after), words)
        )
        return f'<p style="text-align: justify;">{inner}</p>'
    inner = _highlight(_t(s, block.text), words)
    if s.opts.get("mso"):
        span = (
            "<span style=\"font-size: 14pt; line-height: 150%; font-family: 'Times New Roman',"
            f"'serif';\">{inner}<o:p></o:p></span>"
        )
        return (
            '<p class="MsoNormal" style="text-align: justify; text-indent: 0.5in; line-height:'
            f' 150%; margin: 6pt 0in;">{span}</p>\n<p class="MsoNormal">&nbsp;</p>'
        )
    if style == "lead":
        return f'<p style="text-align: justify;"><strong>{inner}</strong></p>'
    if style == "h":
        return f"<p><b>{inner}</b></p>"
    if style == "quote":
        return f'<blockquote><p style="text-align: justify;"><em>{inner}</em></p></blockquote>'
    if style == "ref":
        return f'<p style="font-size: 11px;">{inner}</p>'
    return f'<p style="text-align: justify;">{inner}</p>'


def _image(s: Story, img: Img) -> str:
    src = img.src
    if img.style == "captionjs":
        short = "khai giang" if s.id == 412 else "be giang"
        return (
            f'<p style="text-align: center;"><img class="caption" src="{src}" border="0"'
            f' alt="{short}" title="{_attr(s, img.printed or "")}" width="450" height="300"'
            ' align="middle" /></p>'
        )
    if img.style == "plain":
        name = src.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        return (
            f'<p style="text-align: center;"><img src="{src}" border="0" alt="{name}"'
            ' width="450" height="300" /></p>'
        )
    if img.style == "table":
        if s.id == 409:
            return (
                '<table border="0" cellspacing="1" cellpadding="1" align="center" style="width:'
                ' 460px;"><tbody><tr><td><img src="' + src + '" border="0" alt="" width="450"'
                ' height="320" /></td></tr><tr><td style="text-align: center;"><em>'
                + _t(s, img.printed or "")
                + "</em></td></tr></tbody></table>"
            )
        return (
            '<table class="mceItemTable" border="0" align="center" style="background-color:'
            ' #f2f2f2;"><tbody><tr><td style="text-align: center;"><img src="' + src + '"'
            ' alt="' + src.rsplit("/", 1)[-1] + '" width="440" height="293" /></td></tr><tr><td'
            ' style="text-align: center;"><span style="font-size: 8pt;">'
            + _t(s, img.printed or "")
            + "</span></td></tr></tbody></table>"
        )
    if img.style == "below_mso":
        return (
            '<p class="MsoNormal" align="center" style="text-align: center;"><span style="'
            "font-size: 14pt;\"><img src=\"" + src + '" border="0" alt="" width="450"'
            ' height="300" /><o:p></o:p></span></p>\n<p class="MsoNormal" align="center"'
            ' style="text-align: center;"><i><span style="font-size: 12pt; font-family:'
            " 'Times New Roman','serif';\">" + _t(s, img.printed or "") + "<o:p></o:p></span></i></p>"
        )
    # "below"
    line = ""
    if img.printed:
        line = f'\n<p style="text-align: center;"><em>{_t(s, img.printed)}</em></p>'
    return f'<p style="text-align: center;"><img src="{src}" border="0" alt="" width="450" height="300" /></p>{line}'


def render_blocks(s: Story, blocks: list, words: list[str] | None = None) -> str:
    words = words or []
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "row"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            if b.style == "li":
                items = "".join(f"<li>{_highlight(_t(s, p.text), words)}</li>" for p in run)
                out.append(f"<ul>{items}</ul>")
            else:
                rows = []
                for n, p in enumerate(run):
                    cells = p.text.split(" | ")
                    if n == 0:
                        tds = "".join(
                            f'<td style="text-align: center;"><strong>{_t(s, c)}</strong></td>' for c in cells
                        )
                    else:
                        tds = "".join(f'<td style="text-align: center;">{_t(s, c)}</td>' for c in cells)
                    rows.append(f"<tr>{tds}</tr>")
                out.append(
                    '<table border="1" cellspacing="0" cellpadding="3" align="center" style="width:'
                    ' 80%; border-collapse: collapse;"><tbody>' + "".join(rows) + "</tbody></table>"
                )
            continue
        if isinstance(b, P):
            out.append(_para(s, b, words))
        elif isinstance(b, Img):
            out.append(_image(s, b))
        else:
            out.append(b.html)
        i += 1
    markup = "\n".join(out)
    if s.opts.get("enc") == "named":
        markup = named_entities(markup)
    return markup


def intro_html(s: Story) -> str:
    """The intro text the listings print (blocks up to the first paragraph, or the hidden intro)."""
    if s.opts.get("intro_hidden"):
        return f'<p style="text-align: justify;">{esc(s.opts["intro_hidden"])}</p>'
    blocks = []
    for b in s.blocks:
        blocks.append(b)
        if isinstance(b, P):
            break
    if isinstance(blocks[0], Raw):  # the notice: its first paragraph only
        blocks = [b for b in blocks if isinstance(b, P)]
    return render_blocks(s, blocks)


# --- chrome -----------------------------------------------------------------------------------

_MENU = [
    ("/", "Trang chủ", []),
    (
        "/gioi-thieu/lich-su-phat-trien.html",
        "Giới thiệu",
        [
            ("/gioi-thieu/lich-su-phat-trien.html", "Lịch sử phát triển"),
            ("/gioi-thieu/chuc-nang-nhiem-vu.html", "Chức năng, nhiệm vụ"),
        ],
    ),
    (
        "/tin-tuc.html",
        "Tin tức - Sự kiện",
        [(f"/tin-tuc/{alias}.html", v[0]) for alias, v in CATS.items()],
    ),
    ("/dao-tao/lich-hoc.html", "Đào tạo", [("/dao-tao/lich-hoc.html", "Lịch học tuần")]),
    ("/thu-vien-anh/category/3-hoi-thao-chao-mung-ngay-nha-giao-viet-nam.html", "Thư viện ảnh", []),
    ("/lien-he.html", "Liên hệ", []),
]


def _topmenu(active: str) -> str:
    items = []
    for href, label, subs in _MENU:
        cls = ' id="current" class="active item' if href == active else ' class="item'
        sub = ""
        if subs:
            sub = "<ul>" + "".join(
                f'<li class="item"><a href="{h}"><span>{esc(t)}</span></a></li>' for h, t in subs
            ) + "</ul>"
        items.append(f'<li{cls}{len(items) + 1}"><a href="{href}"><span>{esc(label)}</span></a>{sub}</li>')
    return '<ul class="menu_tct" id="nav">' + "".join(items) + "</ul>"


def _leftmenu() -> str:
    rows = []
    for alias, (name, _cid, itemid, _lay) in CATS.items():
        rows.append(
            f'<li class="item{itemid}"><a href="/tin-tuc/{alias}.html"><span>{esc(name)}</span></a></li>'
        )
    rows.append(f'<li class="item41"><a href="{_ALBUM}"><span>Thư viện ảnh</span></a></li>')
    return (
        '<div class="module_menu"><div><div><div><h3>Danh mục</h3>'
        '<ul class="menu">' + "".join(rows) + "</ul></div></div></div></div>"
    )


def _story_links(stories: list[Story], cls: str) -> str:
    return (
        f'<ul class="{cls}">'
        + "".join(
            f'<li class="{cls}"><a href="{article_path(s)}" class="{cls}">{esc(s.title)}</a></li>'
            for s in stories
        )
        + "</ul>"
    )


def _right_modules(related: list[Story] | None) -> str:
    parts = []
    if related:
        parts.append(
            '<div class="moduletable_lienquan"><h3>Tin liên quan</h3>'
            + "<ul class=\"relateditems\">"
            + "".join(
                f'<li><a href="{article_path(r)}">{esc(r.title)} - {lc4(r.opts["created"]).replace(".", "/")}</a></li>'
                for r in related
            )
            + "</ul></div>"
        )
    parts.append(
        '<div class="moduletable_tinmoi"><h3>Tin mới</h3>' + _story_links(LATEST, "latestnews_tct") + "</div>"
    )
    parts.append(
        '<div class="moduletable_tindocnhieu"><h3>Tin đọc nhiều</h3>'
        + _story_links([BY_ID[i] for i in MOSTREAD_IDS], "mostread_tct")
        + "</div>"
    )
    parts.append(
        '<div class="moduletable_vanban"><h3>Văn bản mới</h3><ul class="dm_mod_latest"><li>'
        f'<a href="{_doc_path()}">{esc(_DOC["title"])}</a> <span class="small">(14.09.2026)</span>'
        "</li></ul></div>"
    )
    parts.append(
        '<div class="moduletable_tukhoa"><h3>Tìm kiếm nhiều</h3><p>Từ khóa: <a href="'
        "/component/search/?searchword=h%E1%BB%99i%20gi%E1%BA%A3ng&amp;searchphrase=all&amp;Itemid=1"
        '">hội giảng</a></p></div>'
    )
    parts.append(
        '<div class="moduletable_banner"><a href="http://www.hcma.vn" target="_blank">'
        '<img src="/images/banners/hocvien_ctqg.gif" alt="Học viện Chính trị quốc gia Hồ Chí Minh"'
        ' width="170" height="60" border="0" /></a><br /><a href="http://www.langson.gov.vn"'
        ' target="_blank"><img src="/images/banners/cong_ttdt_langson.gif" alt="Cổng thông tin'
        ' điện tử tỉnh Lạng Sơn" width="170" height="60" border="0" /></a></div>'
    )
    return "\n".join(parts)


def _left_modules() -> str:
    return "\n".join(
        [
            _leftmenu(),
            '<div class="moduletable_lienket"><h3>Liên kết website</h3><select name="lienket"'
            ' onchange="if(this.value!=\'\') window.open(this.value);" style="width: 160px;">'
            '<option value="">-- Chọn liên kết --</option>'
            '<option value="http://www.langson.gov.vn">UBND tỉnh Lạng Sơn</option>'
            '<option value="http://www.baolangson.vn">Báo Lạng Sơn</option>'
            '<option value="http://www.hcma.vn">Học viện CTQG Hồ Chí Minh</option></select></div>',
            '<div class="moduletable_binhchon"><h3>Thăm dò ý kiến</h3>'
            '<form action="/index.php" method="post" name="form2">'
            '<table width="95%" border="0" cellspacing="0" cellpadding="1" align="center"'
            ' class="poll_tct"><thead><tr><td style="font-weight: bold;">Bạn quan tâm nhất đến nội'
            " dung nào trên website?</td></tr></thead><tr><td align=\"center\"><table class=\"pollstableborder\""
            ' cellspacing="0" cellpadding="0" border="0">'
            '<tr><td class="sectiontableentry2" valign="top"><input type="radio" name="voteid"'
            ' id="voteid1" value="1" alt="1" /></td><td class="sectiontableentry2" valign="top">'
            '<label for="voteid1">Tin tức - Sự kiện</label></td></tr>'
            '<tr><td class="sectiontableentry1" valign="top"><input type="radio" name="voteid"'
            ' id="voteid2" value="2" alt="2" /></td><td class="sectiontableentry1" valign="top">'
            '<label for="voteid2">Thông báo tuyển sinh</label></td></tr>'
            '<tr><td class="sectiontableentry2" valign="top"><input type="radio" name="voteid"'
            ' id="voteid3" value="3" alt="3" /></td><td class="sectiontableentry2" valign="top">'
            '<label for="voteid3">Nghiên cứu - Trao đổi</label></td></tr></table></td></tr>'
            '<tr><td><div align="center"><input type="submit" name="task_button" class="button"'
            ' value="Bình chọn" />&nbsp;<input type="button" name="option" class="button"'
            ' value="Kết quả" onclick="document.location.href=\'/component/poll/1-ban-quan-tam-nhat.html\'"'
            ' /></div></td></tr></table><input type="hidden" name="option" value="com_poll" />'
            '<input type="hidden" name="task" value="vote" /><input type="hidden" name="id"'
            ' value="1" /><input type="hidden" name="0f3a8c1e2b" value="1" /></form></div>',
            '<div class="moduletable_thongke"><h3>Thống kê truy cập</h3><div id="vvisit_counter">'
            '<table cellpadding="0" cellspacing="0" style="text-align: left; width: 90%;">'
            '<tr><td><img src="/modules/mod_vvisit_counter/images/vtoday.png" alt="" /></td>'
            "<td>Hôm nay</td><td align=\"right\">412</td></tr>"
            '<tr><td><img src="/modules/mod_vvisit_counter/images/vmonth.png" alt="" /></td>'
            "<td>Tháng này</td><td align=\"right\">2.187</td></tr>"
            '<tr><td><img src="/modules/mod_vvisit_counter/images/vall.png" alt="" /></td>'
            '<td>Tổng truy cập</td><td align="right">1.048.733</td></tr></table>'
            "<div>Đang online: 17</div></div></div>",
        ]
    )


def page(
    request: Request,
    title: str,
    component: str,
    *,
    active: str = "/",
    crumbs: list[tuple[str | None, str]] | None = None,
    related: list[Story] | None = None,
    meta: dict[str, str] | None = None,
    top: str = "",
) -> Response:
    base = base_url(request)
    meta = meta or {}
    crumb_html = '<a href="/" class="pathway">Trang chủ</a>'
    for href, label in crumbs or []:
        arrow = ' <img src="/templates/tct_milkyway/images/arrow.png" alt="" /> '
        crumb_html += arrow + (f'<a href="{href}" class="pathway">{esc(label)}</a>' if href else esc(label))
    metas = "".join(
        f'  <meta name="{k}" content="{esc(v)}" />\n' for k, v in meta.items()
    )
    body = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" >
<head>
  <base href="{esc(base + request.target)}" />
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="robots" content="index, follow" />
{metas}  <meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
  <title>{esc(title)}</title>
  <link href="/templates/tct_milkyway/favicon.ico" rel="shortcut icon" type="image/x-icon" />
  <script type="text/javascript" src="/media/system/js/mootools.js"></script>
  <script type="text/javascript" src="/media/system/js/caption.js"></script>
  <link rel="stylesheet" href="/templates/system/css/system.css" type="text/css" />
  <link rel="stylesheet" href="/templates/system/css/general.css" type="text/css" />
  <link rel="stylesheet" href="/templates/tct_milkyway/css/template.css" type="text/css" />
  <link rel="stylesheet" href="/templates/tct_milkyway/css/blue.css" type="text/css" />
</head>
<body id="page_bg" class="color_blue bg_blue width_fmax">
<a name="up" id="up"></a>
<div class="center" align="center">
 <div id="wrapper">
  <div id="wrapper_r">
   <div id="header">
    <div id="header_l"><div id="header_r">
     <h1 id="logo_tct"><a href="/"><img src="/templates/tct_milkyway/images/banner_tct.jpg" alt="{SITE}" width="950" height="140" border="0" /></a><span style="display:none">{SITE}</span></h1>
     <div id="ngaythang">{TODAY_HEADER}</div>
    </div></div>
   </div>
   <div id="tabarea">
    <div id="tabarea_l"><div id="tabarea_r"><div id="tabmenu">
     <table cellpadding="0" cellspacing="0" class="pill"><tr>
      <td class="pill_l">&nbsp;</td>
      <td class="pill_m"><div id="pillmenu">{_topmenu(active)}</div></td>
      <td class="pill_r">&nbsp;</td>
     </tr></table>
    </div></div></div>
   </div>
   <div id="search">
    <form action="/index.php" method="post">
     <div class="search_tct"><input name="searchword" id="mod_search_searchword" maxlength="20" alt="Tìm kiếm" class="inputbox_tct" type="text" size="20" value="Tìm kiếm..." onblur="if(this.value=='') this.value='Tìm kiếm...';" onfocus="if(this.value=='Tìm kiếm...') this.value='';" /></div>
     <input type="hidden" name="task" value="search" />
     <input type="hidden" name="option" value="com_search" />
     <input type="hidden" name="Itemid" value="1" />
    </form>
   </div>
   <div id="pathway"><span class="breadcrumbs pathway">{crumb_html}</span></div>
   <div class="clr"></div>
   <div id="whitebox">
    <div id="whitebox_t"><div id="whitebox_tl"><div id="whitebox_tr"></div></div></div>
    <div id="whitebox_m">
     <div id="area">
      <div id="leftcolumn">
{_left_modules()}
      </div>
      <div id="maincolumn">
{top}
       <table class="nopad">
        <tr valign="top">
         <td>
{component}
         </td>
         <td class="greyline">&nbsp;</td>
         <td width="170">
{_right_modules(related)}
         </td>
        </tr>
       </table>
      </div>
      <div class="clr"></div>
     </div>
     <div class="clr"></div>
    </div>
    <div id="whitebox_b"><div id="whitebox_bl"><div id="whitebox_br"></div></div></div>
   </div>
   <div id="footerspacer"></div>
  </div>
  <div id="footer">
   <div id="footer_l"><div id="footer_r">
    <p id="syndicate"><a href="/gioi-thieu/lich-su-phat-trien.html">Giới thiệu</a> | <a href="/lien-he.html">Liên hệ</a> | <a href="http://www.facebook.com/truongchinhtrilangson" target="_blank">Facebook</a></p>
    <p id="power_by">Bản quyền &copy; 2009 - 2026 <strong>TRƯỜNG CHÍNH TRỊ TỈNH LẠNG SƠN</strong><br />
    Địa chỉ: Số 96, đường Lê Đại Hành, phường Vĩnh Trại, thành phố Lạng Sơn, tỉnh Lạng Sơn<br />
    Điện thoại: 0205.3812.345 - Fax: 0205.3812.346 - Email: <a href="mailto:truongchinhtri@langson.gov.vn">truongchinhtri@langson.gov.vn</a><br />
    Chịu trách nhiệm chính: Hiệu trưởng Nhà trường. Website được xây dựng trên nền <a href="http://www.joomla.org">Joomla!</a></p>
   </div></div>
  </div>
 </div>
</div>
</body>
</html>
"""
    return html(
        body,
        headers={
            "P3P": 'CP="NOI ADM DEV PSAi COM NAV OUR OTRo STP IND DEM"',
            "Expires": "Mon, 1 Jan 2001 00:00:00 GMT",
            "Cache-Control": "no-store, no-cache, must-revalidate, post-check=0, pre-check=0",
            "Pragma": "no-cache",
            "Set-Cookie": "5f0b7c2e9d4a1c3b8e6f2a7d9c0b1e4f=q3v8n1k5m2c7d9s0a4b6h8j1l3; path=/",
        },
    )


# --- the article view ----------------------------------------------------------------------------


def _related(s: Story) -> list[Story]:
    keys = {k.lower() for k in s.opts.get("keywords", [])}
    return [
        o
        for o in ORDER
        if o.id != s.id and keys & {k.lower() for k in o.opts.get("keywords", [])}
    ]


def _vote(s: Story, request: Request) -> str:
    rating = 3 + s.id % 3
    stars = '<img src="/images/M_images/rating_star.png" alt="" />' * rating
    stars += '<img src="/images/M_images/rating_star_blank.png" alt="" />' * (5 - rating)
    radios = "".join(
        f'<input type="radio" alt="vote {n} star" name="user_rating" value="{n}"'
        + (' checked="checked"' if n == 5 else "")
        + " />"
        for n in range(1, 6)
    )
    url = base_url(request) + article_path(s)
    return (
        f'<form method="post" action="{esc(url)}">'
        f'<span class="content_rating">Đánh giá của người dùng:{stars}&nbsp;/&nbsp;{s.id % 7 + 2}<br /></span>'
        f'<br />\n<span class="content_vote">Kém{radios}Tốt&nbsp;<input class="button" type="submit"'
        ' name="submit_vote" value="Bình chọn" /><input type="hidden" name="task" value="vote" />'
        '<input type="hidden" name="option" value="com_content" />'
        f'<input type="hidden" name="cid" value="{s.id}" /><input type="hidden" name="url"'
        f' value="{esc(url)}" /></span></form>'
    )


def _newer_list(s: Story) -> str:
    newer = [o for o in ORDER if o.cat == s.cat and o.opts["created"] > s.opts["created"]][-5:]
    if not newer:
        return ""
    items = "".join(
        f'<li><a href="{article_path(o)}">{esc(o.title)}</a> <span class="ngay_tk">'
        f'({_dt(o.opts["created"]):%d/%m/%Y})</span></li>'
        for o in newer
    )
    return (
        '<div class="tinkhac_tct"><div class="tieude_tinkhac">Các tin mới hơn:</div>'
        f"<ul>{items}</ul></div>"
    )


def _toc(s: Story, current: int | None) -> str:
    base = article_path(s)
    rows = []
    for k, (sub, _start) in enumerate(s.opts["pages"]):
        label = s.title if sub is None else sub
        href = f"{base}?showall=&amp;limitstart=" + ("" if k == 0 else str(k))
        cls = ' class="toclink"'
        rows.append(f'<tr><td><a href="{href}"{cls}>{esc(label)}</a></td></tr>')
    allcls = ' class="toclink"'
    rows.append(f'<tr><td><a href="{base}?showall=1"{allcls}>Tất cả các trang</a></td></tr>')
    return (
        '<table cellpadding="0" cellspacing="0" class="contenttoc" align="right">'
        "<tr><th>Mục lục bài viết</th></tr>" + "".join(rows) + "</table>"
    )


def _text_cell(s: Story, mode: str, page_no: int | None, words: list[str]) -> str:
    """What sits in the text cell: TOC, text (whole or one page), bylines, widgets."""
    pages = s.opts.get("pages")
    if not pages:
        return render_blocks(s, s.blocks, words)
    starts = [start for _sub, start in pages] + [None]
    # the closing Raw blocks (byline, "Xem thêm") belong to the last page
    chunks = [s.blocks[starts[k]: starts[k + 1]] for k in range(len(pages))]
    if mode == "print":
        return "<br />".join(render_blocks(s, c, words) for c in chunks)
    if page_no is None:  # showall
        return _toc(s, None) + "\n" + "\n".join(render_blocks(s, c, words) for c in chunks)
    n = len(pages)
    base = article_path(s)
    prev = (
        f'<a href="{base}?showall=&amp;limitstart={"" if page_no == 1 else page_no - 1}">&lt;&lt; Trước</a>'
        if page_no > 0
        else "&lt;&lt; Trước"
    )
    nxt = (
        f'<a href="{base}?showall=&amp;limitstart={page_no + 1}">Tiếp &gt;&gt;</a>' if page_no < n - 1 else "Tiếp &gt;&gt;"
    )
    return (
        _toc(s, page_no)
        + f'\n<div class="pagenavcounter">Trang {page_no + 1} của {n}</div>\n'
        + render_blocks(s, chunks[page_no], words)
        + f'\n<div class="pagenavbar"><div>{prev} - {nxt}</div></div>'
    )


def article_component(
    s: Story, request: Request, mode: str = "normal", page_no: int | None = 0, words: list[str] | None = None
) -> str:
    cname, _cid, _itemid, _lay = CATS[s.cat]
    o = s.opts
    printing = mode == "print"
    href = article_path(s)
    if printing:
        button = (
            '<td align="right" width="100%" class="buttonheading"><a href="#" onclick="window.print();'
            'return false;"><img src="/images/M_images/printButton.png" alt="In" /></a></td>'
        )
        head = esc(s.title)
    else:
        pq = PRINT_Q + ("" if not page_no else str(page_no))
        button = (
            '<td align="right" width="100%" class="buttonheading"><a href="'
            + esc(href + pq)
            + '" title="In" onclick="window.open(this.href,\'win2\',\'status=no,toolbar=no,scrollbars=yes,'
            "titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return"
            ' false;" rel="nofollow"><img src="/images/M_images/printButton.png" alt="In" /></a></td>'
        )
        head = f'<a href="{href}" class="contentpagetitle">{esc(s.title)}</a>'
    parts = []
    if not printing:
        parts.append(f'<div class="componentheading">{esc(cname)}</div>')
    parts.append(
        '<table class="contentpaneopen">\n<tr>\n'
        f'<td class="contentheading" width="100%">\n{head}\n</td>\n{button}\n</tr>\n</table>'
    )
    if not printing:
        parts.append(_vote(s, request))
    rows = [
        "<tr>\n<td>\n<span>\n"
        f'<a href="/tin-tuc.html">{esc(SECTION[1])}</a> - </span>\n'
        f'<span>\n<a href="/tin-tuc/{s.cat}.html">{esc(cname)}</a></span>\n</td>\n</tr>'
    ]
    if o.get("byline"):
        rows.append(
            f'<tr>\n<td valign="top">\n<span class="small">\nViết bởi {esc(o["byline"])}\n'
            "</span>\n&nbsp;&nbsp;\n</td>\n</tr>"
        )
    if o.get("show_date", True):
        rows.append(f'<tr>\n<td valign="top" class="createdate">\n{lc2(o["created"])}\n</td>\n</tr>')
    cell = _text_cell(s, mode, page_no, words or [])
    if not printing:
        cell += "\n" + _newer_list(s)
    rows.append(f'<tr>\n<td valign="top">\n{cell}\n</td>\n</tr>')
    if o.get("show_modified"):
        rows.append(
            f'<tr>\n<td colspan="2" class="modifydate">\nLần cập nhật cuối ( {lc2(o["modified"])} )\n</td>\n</tr>'
        )
    parts.append('<table class="contentpaneopen_tct">\n' + "\n".join(rows) + "\n</table>")
    parts.append('<span class="article_separator">&nbsp;</span>')
    return "\n".join(parts)


def _meta(s: Story) -> dict[str, str]:
    first = next(b.text for b in s.blocks if isinstance(b, P))
    return {
        "keywords": ", ".join(s.opts.get("keywords", [])),
        "title": s.title,
        "author": "Administrator",
        "description": first[:150],
    }


def serve_article(s: Story, request: Request) -> Response | None:
    params = request.params
    words: list[str] = []
    if "highlight" in params:
        try:
            raw = base64.b64decode(params["highlight"]).decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            raw = ""
        words = re.findall(r's:\d+:"(.*?)";', raw)
    if params.get("tmpl") == "component" and params.get("print") == "1":
        comp = article_component(s, request, "print")
        body = (
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"'
            ' "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn">\n<head>\n'
            f'  <base href="{esc(base_url(request) + request.target)}" />\n'
            '  <meta http-equiv="content-type" content="text/html; charset=utf-8" />\n'
            '  <meta name="robots" content="noindex, nofollow" />\n'
            f"  <title>{esc(s.title)}</title>\n"
            '  <link rel="stylesheet" href="/templates/tct_milkyway/css/template.css" type="text/css" />\n'
            f'</head>\n<body class="contentpane">\n{comp}\n</body>\n</html>\n'
        )
        return html(body)
    page_no: int | None = 0
    title = s.title
    if s.opts.get("pages"):
        if params.get("showall") == "1":
            page_no = None
        else:
            ls = params.get("limitstart", "")
            if ls and not ls.isdigit():
                return None
            page_no = int(ls or 0)
            if page_no >= len(s.opts["pages"]):
                return None
            if page_no:
                title = f"{s.title} - {s.opts['pages'][page_no][0]}"
    elif "limitstart" in params or "showall" in params:
        return None
    cname = CATS[s.cat][0]
    comp = article_component(s, request, "normal", page_no, words)
    return page(
        request,
        title,
        comp,
        active="/tin-tuc.html",
        crumbs=[("/tin-tuc.html", SECTION[1]), (f"/tin-tuc/{s.cat}.html", cname), (None, s.title)],
        related=_related(s),
        meta=_meta(s),
    )


# --- listings ---------------------------------------------------------------------------------------


def _blog_item(s: Story, show_cat: bool) -> str:
    o = s.opts
    cname = CATS[s.cat][0]
    rows = []
    if show_cat:
        rows.append(
            f'<tr>\n<td>\n<span>\n<a href="/tin-tuc/{s.cat}.html">{esc(cname)}</a></span>\n</td>\n</tr>'
        )
    if o.get("byline"):
        rows.append(
            f'<tr>\n<td valign="top" colspan="2">\n<span class="small">\nViết bởi {esc(o["byline"])}\n'
            "</span>\n&nbsp;&nbsp;\n</td>\n</tr>"
        )
    if o.get("show_date", True):
        rows.append(f'<tr>\n<td valign="top" colspan="2" class="createdate">\n{lc2(o["created"])}\n</td>\n</tr>')
    rows.append(f'<tr>\n<td valign="top" colspan="2">\n{intro_html(s)}\n</td>\n</tr>')
    rows.append(
        f'<tr>\n<td colspan="2">\n<a href="{article_path(s)}" class="readon">\nĐọc thêm...</a>\n</td>\n</tr>'
    )
    return (
        '<table class="contentpaneopen">\n<tr>\n<td class="contentheading" width="100%">\n'
        f'<a href="{article_path(s)}" class="contentpagetitle">\n{esc(s.title)}</a>\n</td>\n</tr>\n</table>\n'
        '<table class="contentpaneopen">\n' + "\n".join(rows) + "\n</table>\n"
        '<span class="article_separator">&nbsp;</span>'
    )


def _pagination(base: str, total: int, limit: int, start: int) -> str:
    pages = (total + limit - 1) // limit
    if pages <= 1:
        return ""
    cur = start // limit

    def link(n: int, label: str) -> str:
        return f'<a href="{base}?limitstart={n * limit}" title="{label}">{label}</a>'

    html_ = '<span class="pagination"><span>&laquo;</span>'
    html_ += link(0, "Đầu") if cur > 0 else "<span>Đầu</span>"
    html_ += link(cur - 1, "Trước") if cur > 0 else "<span>Trước</span>"
    for n in range(pages):
        html_ += f"<strong><span>{n + 1}</span></strong>" if n == cur else link(n, str(n + 1))
    html_ += link(cur + 1, "Tiếp") if cur < pages - 1 else "<span>Tiếp</span>"
    html_ += link(pages - 1, "Cuối") if cur < pages - 1 else "<span>Cuối</span>"
    html_ += "<span>&raquo;</span></span>"
    return html_


def blog(
    stories: list[Story], base: str, start: int, leading: int, intro: int, links: int, description: str,
    show_cat: bool,
) -> str | None:
    limit = leading + intro + links
    if start < 0 or start >= len(stories):
        return None
    window = stories[start: start + limit]
    lead, intros, more = window[:leading], window[leading: leading + intro], window[leading + intro:]
    out = ['<table class="blog" cellpadding="0" cellspacing="0">']
    out.append(f'<tr>\n<td valign="top">\n<div class="contentdescription">{description}</div>\n</td>\n</tr>')
    if lead:
        out.append(
            '<tr>\n<td valign="top">\n<div>\n' + "\n".join(_blog_item(s, show_cat) for s in lead) + "\n</div>\n</td>\n</tr>"
        )
    if intros:
        out.append(
            '<tr>\n<td valign="top">\n<table width="100%" cellpadding="0" cellspacing="0">\n<tr>\n'
            '<td valign="top" width="100%" class="article_column">\n'
            + "\n".join(_blog_item(s, show_cat) for s in intros)
            + "\n</td>\n</tr>\n</table>\n</td>\n</tr>"
        )
    if more:
        out.append(
            '<tr>\n<td valign="top">\n<div class="blog_more">\n<div>\n<strong>Thêm bài viết...</strong>\n</div>\n<ul>'
            + "".join(f'<li>\n<a class="blogsection" href="{article_path(s)}">\n{esc(s.title)}</a>\n</li>' for s in more)
            + "</ul>\n</div>\n</td>\n</tr>"
        )
    pages = (len(stories) + limit - 1) // limit
    pag = _pagination(base, len(stories), limit, start)
    if pag:
        out.append(f'<tr>\n<td valign="top" align="center">\n{pag}\n<br /><br />\n</td>\n</tr>')
        out.append(f'<tr>\n<td valign="top" align="center">\nTrang {start // limit + 1} của {pages}\n</td>\n</tr>')
    out.append("</table>")
    return "\n".join(out)


def table_listing(stories: list[Story], alias: str, cname: str, cid: int) -> str:
    rows = []
    for n, s in enumerate(stories, 1):
        author = s.opts.get("byline") or "Quản trị"
        rows.append(
            f'<tr class="sectiontableentry{1 + (n + 1) % 2}" >\n<td align="right">\n{n}\n</td>\n'
            f'<td>\n<a href="{article_path(s)}">\n{esc(s.title)}</a>\n</td>\n'
            f'<td>\n{lc4(s.opts["created"])}\n</td>\n<td >\n{esc(author)}\n</td>\n'
            f'<td align="center">\n{s.opts["hits"]}\n</td>\n</tr>'
        )
    opts = "".join(
        f'<option value="{v}"' + (' selected="selected"' if v == 10 else "") + f">{v}</option>"
        for v in (5, 10, 15, 20, 25, 30, 50, 100)
    )
    return (
        f'<div class="componentheading">{esc(cname)}</div>\n'
        '<table width="100%" cellpadding="0" cellspacing="0" border="0" align="center" class="contentpane">\n'
        '<tr>\n<td>\n<script language="javascript" type="text/javascript">\n'
        "function tableOrdering( order, dir, task ) {\nvar form = document.adminForm;\n"
        "form.filter_order.value = order;\nform.filter_order_Dir.value = dir;\n"
        "document.adminForm.submit( task );\n}\n</script>\n"
        f'<form action="/tin-tuc/{alias}.html" method="post" name="adminForm">\n'
        '<table width="100%" border="0" cellspacing="0" cellpadding="0">\n'
        '<tr>\n<td align="right" colspan="5">\nHiển thị #&nbsp;&nbsp;<select name="limit" id="limit"'
        f' class="inputbox" size="1" onchange="this.form.submit()">{opts}</select>\n</td>\n</tr>\n'
        '<tr>\n<td class="sectiontableheader" align="right" width="5%">\n#\n</td>\n'
        '<td class="sectiontableheader" width="45%">\n<a href="javascript:tableOrdering(\'a.title\',\'desc\',\'\');"'
        ' title="Nhấn vào đây để sắp xếp theo cột này">Tiêu đề bài viết</a>\n</td>\n'
        '<td class="sectiontableheader" width="25%">\nNgày\n</td>\n'
        '<td class="sectiontableheader" width="20%">\nTác giả\n</td>\n'
        '<td align="center" class="sectiontableheader" width="5%" nowrap="nowrap">\nLượt xem\n</td>\n</tr>\n'
        + "\n".join(rows)
        + '\n<tr>\n<td colspan="5" align="right">\nTrang 1 của 1\n</td>\n</tr>\n</table>\n'
        f'<input type="hidden" name="id" value="{cid}" />\n<input type="hidden" name="sectionid" value="4" />\n'
        '<input type="hidden" name="task" value="category" />\n<input type="hidden" name="filter_order" value="" />\n'
        '<input type="hidden" name="filter_order_Dir" value="" />\n<input type="hidden" name="limitstart" value="0" />\n'
        "</form>\n</td>\n</tr>\n</table>"
    )


def _limitstart(request: Request) -> int | None:
    value = request.params.get("limitstart", "0") or "0"
    return int(value) if value.isdigit() else None


def serve_section(request: Request) -> Response | None:
    start = _limitstart(request)
    if start is None:
        return None
    comp = blog(
        ORDER,
        "/tin-tuc.html",
        start,
        1,
        2,
        2,
        "Tin tức về các hoạt động của Trường Chính trị tỉnh Lạng Sơn.",
        True,
    )
    if comp is None:
        return None
    comp = f'<div class="componentheading">{esc(SECTION[1])}</div>\n' + comp
    return page(request, SECTION[1], comp, active="/tin-tuc.html", crumbs=[(None, SECTION[1])])


def serve_category(alias: str, request: Request) -> Response | None:
    cname, cid, _itemid, layout = CATS[alias]
    stories = [s for s in ORDER if s.cat == alias]
    crumbs = [("/tin-tuc.html", SECTION[1]), (None, cname)]
    if layout == "table":
        if "limitstart" in request.params and _limitstart(request) != 0:
            return None
        comp = table_listing(stories, alias, cname, cid)
    else:
        start = _limitstart(request)
        if start is None:
            return None
        body = blog(stories, f"/tin-tuc/{alias}.html", start, 1, 2, 0, "", False)
        if body is None:
            return None
        comp = f'<div class="componentheading">{esc(cname)}</div>\n' + body
    return page(request, cname, comp, active="/tin-tuc.html", crumbs=crumbs)


def serve_home(request: Request) -> Response:
    marquee = (
        '<div class="moduletable_tieudiem"><table width="100%" cellpadding="0" cellspacing="0"><tr>'
        '<td width="90"><strong style="color:#c00000">Tin tiêu điểm:</strong></td><td>'
        '<marquee behavior="scroll" direction="left" scrollamount="3" onmouseover="this.stop()"'
        ' onmouseout="this.start()">'
        '<img src="/images/icon_new.gif" alt="" border="0" /> <a href="/index.php?option=com_content'
        "&amp;view=article&amp;id=411:thong-bao-tuyen-sinh-lop-cao-cap-ly-luan-chinh-tri-he-khong-tap-trung"
        '-nam-2027&amp;catid=16:thong-bao&amp;Itemid=31">Thông báo tuyển sinh lớp Cao cấp lý luận chính trị'
        " năm 2027</a> &nbsp;&nbsp;&nbsp; "
        '<img src="/images/icon_new.gif" alt="" border="0" /> <a href="/content/view/409/29/">Chi bộ'
        " Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV</a> &nbsp;&nbsp;&nbsp; "
        '<a href="index.php?option=com_content&amp;task=view&amp;id=383&amp;Itemid=31">Kết quả thi'
        " tốt nghiệp lớp TCLLCT-HC K14</a></marquee></td></tr></table></div>"
    )
    lead, rest = FEATURED[0], FEATURED[1:]
    comp = (
        '<div class="componentheading">Tin nổi bật</div>\n<table class="blog" cellpadding="0" cellspacing="0">\n'
        f'<tr>\n<td valign="top">\n<div>\n{_blog_item(lead, True)}\n</div>\n</td>\n</tr>\n'
        '<tr>\n<td valign="top">\n<table width="100%" cellpadding="0" cellspacing="0">\n<tr>\n'
        '<td valign="top" width="50%" class="article_column">\n'
        + "\n".join(_blog_item(s, True) for s in rest[:2])
        + '\n</td>\n<td valign="top" width="50%" class="article_column column_separator">\n'
        + "\n".join(_blog_item(s, True) for s in rest[2:])
        + "\n</td>\n</tr>\n</table>\n</td>\n</tr>\n</table>"
    )
    return page(
        request,
        "Trang chủ - Trường Chính trị tỉnh Lạng Sơn",
        comp,
        active="/",
        crumbs=[],
        top=marquee,
        meta={"keywords": "trường chính trị, Lạng Sơn, lý luận chính trị", "description": SITE},
    )


# --- search -------------------------------------------------------------------------------------------


def _highlight_param(word: str) -> str:
    raw = f'a:1:{{i:0;s:{len(word.encode("utf-8"))}:"{word}";}}'
    return base64.b64encode(raw.encode("utf-8")).decode("ascii")


def _search_hits(word: str) -> list[Story]:
    w = word.casefold()
    return [
        s
        for s in ORDER
        if w in s.title.casefold() or any(w in b.text.casefold() for b in s.blocks if isinstance(b, P))
    ]


def serve_search(request: Request) -> Response | None:
    word = request.params.get("searchword", "").strip()
    if not word or len(word) > 20:
        return None
    hits = _search_hits(word)
    hl = _highlight_param(word)
    items = []
    for n, s in enumerate(hits, 1):
        items.append(
            f'<fieldset>\n<div>\n<span class="small">\n{n}. </span>\n'
            f'<a href="{article_path(s)}?highlight={hl}">\n{esc(s.title)}</a>\n<br />\n'
            f'<span class="small">\n({esc(SECTION[1])}/{esc(CATS[s.cat][0])})</span>\n</div>\n'
            f'<div>\n{esc(next(b.text for b in s.blocks if isinstance(b, P))[:200])}...\n</div>\n'
            f'<div class="small">\nĐã tạo ngày {lc2(s.opts["created"])}\n</div>\n</fieldset>'
        )
    comp = (
        '<div class="componentheading">Tìm kiếm</div>\n'
        '<form id="searchForm" action="/index.php" method="post" name="searchForm">\n'
        '<table class="contentpaneopen">\n<tr>\n<td nowrap="nowrap">\n<label for="search_searchword">'
        f'Từ khóa:</label>\n</td>\n<td nowrap="nowrap">\n<input type="text" name="searchword"'
        f' id="search_searchword" size="30" maxlength="20" value="{esc(word)}" class="inputbox" />\n'
        '</td>\n<td width="100%" nowrap="nowrap">\n<button name="Search" onclick="this.form.submit()"'
        ' class="button">Tìm kiếm</button>\n</td>\n</tr>\n</table>\n'
        '<input type="hidden" name="task" value="search" />\n</form>\n'
        f'<table class="searchintro">\n<tr>\n<td colspan="3" >\n<br />\nTìm kiếm từ khóa <b>{esc(word)}</b>\n'
        f"</td>\n</tr>\n<tr>\n<td>\n<br />\nTổng cộng {len(hits)} kết quả được tìm thấy.\n</td>\n</tr>\n</table>\n"
        '<table class="contentpaneopen">\n<tr>\n<td>\n' + "\n".join(items) + "\n</td>\n</tr>\n</table>"
    )
    return page(request, "Tìm kiếm", comp, crumbs=[(None, "Tìm kiếm")])


# --- pages that are not articles ----------------------------------------------------------------


def _static_article(request: Request, title: str, crumbs, active: str, body: str, *, heading: str) -> Response:
    comp = (
        f'<div class="componentheading">{esc(heading)}</div>\n'
        '<table class="contentpaneopen">\n<tr>\n<td class="contentheading" width="100%">\n'
        f"{esc(title)}\n</td>\n</tr>\n</table>\n"
        '<table class="contentpaneopen">\n<tr>\n<td valign="top">\n<span class="small">\n'
        "Viết bởi Quản trị\n</span>\n&nbsp;&nbsp;\n</td>\n</tr>\n"
        f'<tr>\n<td valign="top">\n{body}\n</td>\n</tr>\n</table>\n<span class="article_separator">&nbsp;</span>'
    )
    return page(request, title, comp, active=active, crumbs=crumbs)


def serve_lich_su(request: Request) -> Response:
    body = (
        "<p>Trường Chính trị tỉnh Lạng Sơn tiền thân là Trường Đảng tỉnh Lạng Sơn, được thành lập"
        " năm 1949 trong cuộc kháng chiến chống thực dân Pháp. Trải qua hơn 75 năm xây dựng và"
        " trưởng thành, Nhà trường đã đào tạo, bồi dưỡng hàng vạn lượt cán bộ, đảng viên cho tỉnh.</p>\n"
        "<p>Năm 1992, Trường Đảng tỉnh hợp nhất với Trường Hành chính và Trường Quản lý kinh tế thành"
        " Trường Chính trị tỉnh Lạng Sơn theo chủ trương của Ban Bí thư Trung ương Đảng.</p>\n"
        "<p>Với những thành tích đạt được, Nhà trường đã được Đảng, Nhà nước tặng thưởng Huân chương"
        " Lao động hạng Nhất, Huân chương Độc lập hạng Ba và nhiều phần thưởng cao quý khác.</p>"
    )
    return _static_article(
        request, "Lịch sử hình thành và phát triển",
        [(None, "Giới thiệu"), (None, "Lịch sử phát triển")], "/gioi-thieu/lich-su-phat-trien.html", body,
        heading="Giới thiệu",
    )


def serve_chuc_nang(request: Request) -> Response:
    body = (
        "<p><strong>Chức năng:</strong> Trường Chính trị tỉnh Lạng Sơn là cơ sở đào tạo, bồi dưỡng"
        " cán bộ lãnh đạo, quản lý trong hệ thống chính trị ở cơ sở; đội ngũ cán bộ, công chức, viên"
        " chức của tỉnh về lý luận chính trị, chuyên môn, nghiệp vụ.</p>\n"
        "<p><strong>Nhiệm vụ:</strong></p>\n<ul><li>Đào tạo trung cấp lý luận chính trị - hành chính;</li>"
        "<li>Bồi dưỡng cập nhật kiến thức, kỹ năng lãnh đạo, quản lý;</li>"
        "<li>Nghiên cứu khoa học, tổng kết thực tiễn ở địa phương.</li></ul>"
    )
    return _static_article(
        request, "Chức năng, nhiệm vụ của Trường Chính trị tỉnh",
        [(None, "Giới thiệu"), (None, "Chức năng, nhiệm vụ")], "/gioi-thieu/lich-su-phat-trien.html", body,
        heading="Giới thiệu",
    )


def serve_lich_hoc(request: Request) -> Response:
    rows = [
        ("Thứ hai 30/11", "Lớp TCLLCT-HC K15", "Học phần: Kinh tế chính trị Mác - Lênin", "Hội trường A"),
        ("Thứ ba 01/12", "Lớp BDKT QP-AN đối tượng 4", "Chuyên đề 3", "Phòng học số 2"),
        ("Thứ năm 03/12", "Lớp TCLLCT-HC huyện Cao Lộc", "Khai giảng", "TTCT huyện Cao Lộc"),
        ("Thứ sáu 04/12", "Lớp Cao cấp LLCT K74.B14", "Ôn thi học phần", "Hội trường B"),
    ]
    trs = "".join(
        "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows
    )
    body = (
        '<p style="text-align: center;"><strong>LỊCH HỌC TUẦN 49 (TỪ 30/11 ĐẾN 06/12/2026)</strong></p>\n'
        '<table border="1" cellspacing="0" cellpadding="3" style="width: 100%; border-collapse: collapse;">'
        "<tbody><tr><td><strong>Ngày</strong></td><td><strong>Lớp</strong></td><td><strong>Nội dung"
        "</strong></td><td><strong>Địa điểm</strong></td></tr>" + trs + "</tbody></table>\n"
        "<p><em>Lịch có thể thay đổi, học viên theo dõi thông báo của Phòng Quản lý đào tạo.</em></p>"
    )
    return _static_article(
        request, "Lịch học tuần 49 năm 2026",
        [("/dao-tao/lich-hoc.html", "Đào tạo"), (None, "Lịch học tuần")], "/dao-tao/lich-hoc.html", body,
        heading="Lịch học tuần",
    )


def serve_contact(request: Request) -> Response:
    comp = (
        '<div class="componentheading">Liên hệ</div>\n'
        '<table width="100%" cellpadding="0" cellspacing="0" border="0" class="contentpane">\n'
        '<tr>\n<td width="100%" class="contentheading">\nTrường Chính trị tỉnh Lạng Sơn\n</td>\n</tr>\n'
        '<tr>\n<td>\n<table border="0" width="100%">\n'
        '<tr><td rowspan="2" align="right" valign="top" width="40"><img src="/images/M_images/con_address.png"'
        ' alt="Địa chỉ: " /></td><td valign="top">Số 96, đường Lê Đại Hành<br />phường Vĩnh Trại<br />'
        "thành phố Lạng Sơn</td></tr></table>\n"
        '<table width="100%" cellpadding="0" cellspacing="0" border="0">'
        '<tr><td width="40"><img src="/images/M_images/con_tel.png" alt="Điện thoại: " /></td>'
        "<td>0205.3812.345</td></tr><tr><td><img src=\"/images/M_images/con_fax.png\" alt=\"Fax: \" />"
        "</td><td>0205.3812.346</td></tr></table>\n</td>\n</tr>\n"
        '<tr>\n<td>\n<form action="/lien-he.html" method="post" name="emailForm" id="emailForm"'
        ' class="form-validate">\n<div class="contact_email">\n<label for="contact_name">\n&nbsp;Họ tên:'
        '</label>\n<br />\n<input type="text" name="name" id="contact_name" size="30" class="inputbox"'
        ' value="" />\n<br />\n<label id="contact_emailmsg" for="contact_email">\n&nbsp;Email:</label>\n'
        '<br />\n<input type="text" id="contact_email" name="email" size="30" value="" class="inputbox'
        ' required validate-email" maxlength="100" />\n<br />\n<label for="contact_subject">\n&nbsp;Tiêu'
        ' đề:</label>\n<br />\n<input type="text" name="subject" id="contact_subject" size="30"'
        ' class="inputbox" value="" />\n<br /><br />\n<label id="contact_textmsg" for="contact_text">\n'
        '&nbsp;Nội dung:</label>\n<br />\n<textarea cols="50" rows="10" name="text" id="contact_text"'
        ' class="inputbox required"></textarea>\n<br />\n<button class="button validate"'
        ' type="submit">Gửi</button>\n</div>\n<input type="hidden" name="option" value="com_contact" />\n'
        '<input type="hidden" name="view" value="contact" />\n<input type="hidden" name="id" value="1" />\n'
        '<input type="hidden" name="task" value="submit" />\n</form>\n</td>\n</tr>\n</table>'
    )
    return page(request, "Liên hệ", comp, active="/lien-he.html", crumbs=[(None, "Liên hệ")])


_DOC = {
    "id": 57,
    "alias": "quyet-dinh-ban-hanh-quy-che-dao-tao-trung-cap-llct-hc",
    "title": "Quyết định ban hành Quy chế đào tạo trung cấp lý luận chính trị - hành chính",
}


def _doc_path() -> str:
    return f"/van-ban/doc_details/{_DOC['id']}-{_DOC['alias']}.html"


def _download_path() -> str:
    return f"/van-ban/doc_download/{_DOC['id']}-{_DOC['alias']}.html"


def serve_doc_details(request: Request) -> Response:
    comp = (
        '<div class="componentheading">Văn bản - Tài liệu</div>\n<div id="dm_details" class="dm_doc">\n'
        '<table summary="Quyết định" cellspacing="0" class="dm_doc">\n'
        f'<caption>Chi tiết tài liệu</caption>\n<tr><td>Tiêu đề:</td><td>{esc(_DOC["title"])}</td></tr>\n'
        "<tr><td>Số hiệu:</td><td>1024-QĐ/TCT</td></tr>\n<tr><td>Ngày ban hành:</td><td>14.09.2026</td></tr>\n"
        "<tr><td>Kích thước:</td><td>245.6 KB</td></tr>\n<tr><td>Lượt tải:</td><td>318</td></tr>\n"
        '</table>\n<div class="dm_taskbar"><ul><li><a href="' + _download_path() + '">Tải về</a></li>'
        '<li><a href="/">Quay lại</a></li></ul></div>\n</div>'
    )
    return page(
        request, _DOC["title"], comp, active="/", crumbs=[(None, "Văn bản"), (None, _DOC["title"])]
    )


_ALBUM = "/thu-vien-anh/category/3-hoi-thao-chao-mung-ngay-nha-giao-viet-nam.html"


def serve_album(request: Request) -> Response:
    thumbs = "".join(
        '<div class="phocagallery-box-file" style="height:158px; width:120px;"><center>'
        f'<a class="modal-button" href="/images/phocagallery/hoithao2026/anh_{n}.jpg"><img'
        f' src="/images/phocagallery/hoithao2026/thumbs/phoca_thumb_m_anh_{n}.jpg" alt="anh_{n}"'
        ' width="100" height="100" /></a></center></div>'
        for n in range(1, 7)
    )
    comp = (
        '<div class="componentheading">Hội thao chào mừng Ngày Nhà giáo Việt Nam 20/11</div>\n'
        f'<div id="phocagallery">{thumbs}<div style="clear:both"></div>'
        '<div class="pgcenter"><a href="/">Quay lại</a></div></div>'
    )
    return page(
        request,
        "Hội thao chào mừng Ngày Nhà giáo Việt Nam 20/11",
        comp,
        active=_ALBUM,
        crumbs=[(None, "Thư viện ảnh"), (None, "Hội thao chào mừng 20/11")],
    )


# --- routing ----------------------------------------------------------------------------------------

_SEF_ARTICLE = re.compile(r"^/tin-tuc/([a-z0-9-]+)/(\d+)-([a-z0-9-]+)\.html$")
_SEF_CAT = re.compile(r"^/tin-tuc/([a-z0-9-]+)\.html$")
_LEGACY = re.compile(r"^/content/view/(\d+)/(\d+)/?$")


def _id_of(value: str) -> int | None:
    head = value.split(":", 1)[0]
    return int(head) if head.isdigit() else None


class Joomla15Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method == "POST":
            return self._post(request)
        static = static_file(path)
        if static is not None:
            if path.startswith(("/images/", "/templates/", "/media/", "/modules/", "/components/")):
                return static
            return None
        if path.endswith(".pdf") and path.startswith("/images/stories/file/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path == _download_path():
            return Response(
                200,
                PDF,
                {
                    "Content-Type": "application/pdf",
                    "Content-Disposition": 'attachment; filename="1024-QD-TCT.pdf"',
                },
            )
        if path in ("/", "/index.php"):
            return self._index(request)
        if path == "/tin-tuc.html":
            return serve_section(request)
        m = _SEF_CAT.match(path)
        if m and m.group(1) in CATS:
            return serve_category(m.group(1), request)
        m = _SEF_ARTICLE.match(path)
        if m:
            cat, sid, alias = m.group(1), int(m.group(2)), m.group(3)
            s = BY_ID.get(sid)
            if s is None or s.cat != cat or alias not in (s.slug, *s.opts.get("old_aliases", [])):
                return None
            return serve_article(s, request)
        m = _LEGACY.match(path)
        if m:
            s = BY_ID.get(int(m.group(1)))
            return serve_article(s, request) if s and not request.query else None
        if path == "/component/search/" or path == "/component/search":
            return serve_search(request)
        if request.query:
            return None
        fixed = {
            "/gioi-thieu/lich-su-phat-trien.html": serve_lich_su,
            "/gioi-thieu/chuc-nang-nhiem-vu.html": serve_chuc_nang,
            "/dao-tao/lich-hoc.html": serve_lich_hoc,
            "/lien-he.html": serve_contact,
            _doc_path(): serve_doc_details,
            _ALBUM: serve_album,
        }
        handler = fixed.get(path)
        return handler(request) if handler else None

    def _index(self, request: Request) -> Response | None:
        params = request.params
        option = params.get("option")
        if not option:
            if set(params) - {"Itemid", "lang"}:
                return None
            return serve_home(request)
        if option == "com_content":
            view, task = params.get("view"), params.get("task")
            if view == "article" or task == "view":
                sid = _id_of(params.get("id", ""))
                s = BY_ID.get(sid) if sid else None
                return serve_article(s, request) if s else None
            if view == "section" and params.get("id") == "4":
                return serve_section(request)
            if view == "category":
                cid = _id_of(params.get("id", ""))
                alias = CAT_BY_ID.get(cid) if cid else None
                return serve_category(alias, request) if alias else None
            if view == "frontpage":
                return serve_home(request)
            return None
        if option == "com_search":
            return serve_search(request)
        return None

    def _post(self, request: Request) -> Response | None:
        form = request.form
        if form.get("task") == "vote" and form.get("option") == "com_content":
            s = BY_ID.get(_id_of(form.get("cid", "")) or -1)
            return redirect(article_path(s), 303) if s else None
        if form.get("option") == "com_search" or form.get("task") == "search":
            word = form.get("searchword", "").strip()
            if not word or word == "Tìm kiếm...":
                return redirect("/", 303)
            return redirect(
                "/component/search/?searchword=" + quote(word) + "&searchphrase=all&Itemid=1", 303
            )
        if form.get("option") == "com_poll":
            return redirect("/", 303)
        if request.path == "/lien-he.html":
            return redirect("/lien-he.html", 303)
        m = _SEF_CAT.match(request.path)
        if m and m.group(1) in CATS:
            get = Request("GET", request.path, "", request.headers)
            return serve_category(m.group(1), get)
        return None


def build_site() -> Joomla15Site:
    return Joomla15Site()


# --- gold -----------------------------------------------------------------------------------------


def _alts(s: Story) -> list[str]:
    alts = [_print_path(s)]
    if s.opts.get("pages"):
        base = article_path(s)
        alts += [
            f"{base}?showall=&limitstart=",
            f"{base}?showall=&limitstart=1",
            f"{base}?showall=&limitstart=2",
            f"{base}?showall=1",
            _print_path(s, "1"),
            _print_path(s, "2"),
        ]
    for old in s.opts.get("old_aliases", []):
        alts.append(article_path(s, old))
    extra = {
        411: [
            "/index.php?option=com_content&view=article&id=411:thong-bao-tuyen-sinh-lop-cao-cap-ly-luan"
            "-chinh-tri-he-khong-tap-trung-nam-2027&catid=16:thong-bao&Itemid=31"
        ],
        409: ["/content/view/409/29/"],
        408: ["/content/view/408/28/"],
        383: ["/index.php?option=com_content&task=view&id=383&Itemid=31"],
    }
    alts += extra.get(s.id, [])
    word = "hội giảng"
    if s in _search_hits(word):
        alts.append(f"{article_path(s)}?highlight={_highlight_param(word)}")
    return alts


GOLD = [
    gold_record(s, article_path(s), CATS[s.cat][0], canonical_path=article_path(s), alt_paths=_alts(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/lich-su-phat-trien.html",
    "/gioi-thieu/chuc-nang-nhiem-vu.html",
    "/dao-tao/lich-hoc.html",
    "/lien-he.html",
    _doc_path(),
    _ALBUM,
]
