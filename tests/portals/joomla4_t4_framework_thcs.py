"""Trường THCS Trần Hưng Đạo (thành phố Pleiku, tỉnh Gia Lai): Joomla 4.3 + JoomlArt T4 framework.

Platform
--------
Joomla 4.3 with a T4-based JoomlArt template (``/templates/ja_edumy/``): every page is a stack of
``t4-section`` blocks (topbar, header, mainnav mega menu, **mast-head**, breadcrumbs, main-body
with ``t4-row``/``t4-col`` columns, ``section-bottom``, footer) plus a hidden off-canvas copy of the
menu (``#off-canvas-right``). Content is com_content, edited with JCE; SEF URLs with rewrite on
and no ".html" suffix; the site language pack prints dates as "Thứ Năm, 03 Tháng 12 2026 15:20"
(a language override of DATE_FORMAT_LC3).

URL scheme
----------
- ``/``: home (menu item 101, com_content featured view "Tin nổi bật" + modules).
- ``/tin-tuc``: category blog of "Tin tức" (id 8) with all its subcategories: 1 leading + 4 intro
  items per page, then the titles of the next 4 as plain links ("Bài viết khác"); pages
  ``/tin-tuc?start=5`` and ``/tin-tuc?start=10``.
- ``/tin-tuc/hoat-dong-chuyen-mon``: category blog (1 leading + 2 intro), page 2 ``?start=3``;
  ``/tin-tuc/tin-hoat-dong``: the subcategory's blog (one page), linked by breadcrumbs and asides.
- ``/thong-bao``: category *list* view (table, 5 rows), page 2 ``/thong-bao?limit=5&limitstart=5``
  (whose pager links page 1 as ``/thong-bao?limit=5&limitstart=0``).
- Articles: ``/tin-tuc/<catalias>/<id>-<alias>`` with catalias ``tin-hoat-dong`` ("Tin hoạt
  động", no menu item of its own), ``hoat-dong-chuyen-mon`` and ``thong-bao``.
- Tags: ``/component/tags/tag/<alias>`` (3 tags, linked by the "Từ khóa" module on every page).
- Smart search: ``/component/finder/search?q=…&Itemid=101`` (linked once, "Tìm nhiều nhất").
- Not articles: ``/gioi-thieu`` and ``/gioi-thieu/doi-ngu-giao-vien`` (single-article menu items),
  ``/lien-he`` (com_contact), ``/van-ban`` (a table of PDF files), ``/thu-vien-anh`` (album grid).

Page templates
--------------
Article: masthead (``div.ja-masthead`` with ``h1.ja-masthead-title`` = the menu item's title),
J4 breadcrumbs (``nav.mod-breadcrumbs__wrapper``), then ``div.com-content-article.item-page``:
``div.page-header > h2[itemprop=headline]``, share bar (afterDisplayTitle), ``div.article-aside >
dl.article-info`` (author, category, created / published / modified dates, hits), the tags list
``ul.tags``, an optional JA Content Type gallery (Bootstrap carousel), an optional full-text image
``figure.item-image``, ``div[itemprop=articleBody].com-content-article__body``, optional custom
fields ``ul.fields-container``, optional ``nav.pagenavigation`` (Tin hoạt động only). The "Các
bài viết khác" module (mod_articles_category: same category, the article itself excluded, "Date
Filtering: Relative Date" of 45 days, 3 items) sits in the ``t4-section-bottom`` section below the
main body; it links notices by the /thong-bao menu item's route.

How each gold article is reached
--------------------------------
Newest first (the order of the /tin-tuc blog): 140, 139, 137, 136, 135 (page 1 items), 133, 131,
129, 125, 123 (page 2 items; page 1 prints 133/131/129/125 as plain links), 119, 118, 117 (page 3
items; page 2 prints them as links). Home features 140, 137, 136. Sidebar "Thông báo mới": 139,
135, 129, 123; "Đọc nhiều": 137, 136, 129, 131, 123. 119 ("Bồi dưỡng … trí tuệ nhân tạo") is
reachable only from /tin-tuc?start=5/10 and /tin-tuc/hoat-dong-chuyen-mon?start=3; 117 ("công
khai các khoản thu") only from /tin-tuc?start=5/10 and /thong-bao?limit=5&limitstart=5. 118 is on
page 1 of /thong-bao but in no module.

Traps
-----
1. Title source (T4 mast-head): the first ``<h1>`` of an article page is the mast-head's
   menu-item title ("Tin tức", "Thông báo"); the article's own headline is the
   ``<h2 itemprop="headline">``; ``<title>`` is "THCS Trần Hưng Đạo - <headline>" (site name
   before, Joomla's "Site Name in Page Titles: Before") and on a pagebreak page 2 it gets
   " - Trang 2". Gold title = the h2 text.
2. Blog "links" items and ``?start=`` pagination with icon-only arrows: /tin-tuc shows 5 full items
   and then only the titles of the next 4 under "Bài viết khác"; the pager's previous/next/last
   links carry no text (``span.icon-angle-right``), only the page numbers do; 3 pages. Gold: all 13
   articles, 119 and 117 reachable only from pages 2+ of listings.
3. List view pagination ``?limit=5&limitstart=5`` (not ``?start=``) on /thong-bao, whose limit box
   is a POST form that submits on change; page 2 holds 117 only.
4. Multi-page article (plg_content_pagebreak, article 133): page 1 prints a "Mục lục" table of
   contents, "Trang 1 / 2" and only the first part; the second part is at ``?start=1`` (pager
   "Tiếp theo") and ``?showall=&start=1`` (TOC), page 1 again at ``?showall=`` and
   ``?showall=&start=0``, everything at ``?showall=1`` ("Tất cả các trang"). Gold: ONE article at
   the bare path whose body is the whole text (both parts, as ``?showall=1`` prints it); the five
   query variants are its alt_paths.
5. Email cloaking (J4 plg_content_emailcloak, article 135): the address is printed as
   ``<joomla-hidden-mail first=… last=… text=…>`` whose fallback text is "Địa chỉ email này đang
   được bảo vệ khỏi chương trình thư rác…"; a reader's browser shows the address (base64 in the
   ``first``/``last`` attributes). Gold: the sentence with the address
   "thcstranhungdao.pleiku@gialai.edu.vn", never the fallback text.
6. Facebook post pasted through JCE (article 131): each line is a ``<div dir="auto">`` inside
   Facebook's ``x11i5rnm …`` wrappers, no ``<p>`` at all; line-start emoji are ``<img>`` from
   static.xx.fbcdn.net with ``alt="🏆"`` (bullets, no text, not images); the closing line ends with
   a typed "💪" (kept). The two photos after the post have no caption.
7. JA Content Type "gallery" (article 137): a Bootstrap carousel between the tags and the text,
   OUTSIDE ``div[itemprop=articleBody]``; its photos are the article's (gold images, in page order,
   before the text's), captions in ``div.carousel-caption > p``; one slide prints only "Ảnh: Nguyễn
   Hữu Phước" (caption None, a photographer credit), one prints nothing (None).
8. Full-text image with Joomla's media-field suffix (article 140): the T4 override prints
   ``src="/images/….jpg#joomlaImage://local-images/….jpg?width=1200&height=800"``; gold path is
   the file without the fragment; the ``figcaption.caption`` is its caption. The blog listings
   show a different intro image (``…-intro.jpg``), never gold.
9. Legacy J3 caption (article 136): ``<img class="caption" title="…">``: Joomla 4 has no caption
   script any more, so the title is never printed: caption None. The next photo's caption is the
   second row of a JCE layout table (gold caption = that row).
10. Created vs published vs modified: the aside prints "Ngày tạo" (the draft's day) BEFORE
   "Ngày đăng", then "Cập nhật lần cuối" (later); the list view prints "dd-mm-YYYY" of the
   published day. Gold = the published datetime ("2026-11-14T07:30:00+07:00"); 125 prints
   "00:00" (midnight: day alone "2026-10-28"); 139 is an official notice whose gold date is its
   letterhead day "2026-12-02" (the aside says published 03/12 15:20).
11. Author in the aside: "Viết bởi: thcs.trhd" / "Quản trị" are CMS accounts (nobody); articles
   133 and 131 print a ``created_by_alias`` real name there ("Lê Minh Quân", "Đoàn Thị Thanh
   Tâm") which IS the author. Closing JCE lines: "Tin: Lê Văn Tùng - Ảnh: Đoàn Minh Khôi" (140),
   "Tin, ảnh: Nguyễn Hữu Phước" (137, both lists), "Trần Thị Kim Oanh - Phó Hiệu trưởng" (136:
   name only), units signing alone "Tổ Xã hội" (125), "Văn phòng nhà trường" (129).
12. Custom fields after the text (article 119): ``ul.fields-container`` with "Tác giả: Phan Thanh
   Bình" and "Nguồn: Phòng GD&ĐT thành phố Pleiku": gold author and source, not body.
13. Widget inside the text (article 125): ``{loadmoduleid 131}`` rendered a "Tin mới đăng"
   mod_articles_latest box (``div.moduletable`` with its own ``h3`` and a link list) between two
   paragraphs of ``div[itemprop=articleBody]``: not body. JCE file links (``a.wf_file`` with a
   mimetype icon and a size span, articles 139, 118) are attachment lines, not body or images.
14. Duplicate URLs: the "Các bài viết khác" module links notices as ``/thong-bao/<id>-<alias>``
   (the list menu item's route); tag pages link ``/component/content/article/<id>-<alias>?catid=
   <c>&Itemid=101``; smart search links 137 and 136 with ``?highlight=<base64 json>`` (and wraps
   "hội giảng" in ``span.highlight``). None prints a canonical link. All are alt_paths.
15. Tags printed BETWEEN the aside and the text (J4 prints the tag layout right after an "above"
   info block), and Word pastes (article 118: ``MsoNormal`` spans, ``<o:p>``, ``mso-list:Ignore``
   markers "-" / "1." which are not text).

Gold decisions on ambiguous points
----------------------------------
- The pagebreak article's body is the whole text; the part headings are the editor's own
  ``<h3>`` lines (body paragraphs), the TOC entries and "Trang 1 / 2" are not.
- Gallery photos (outside the articleBody div but inside the article) are the article's images.
- The cloaked address is text as a reader sees it.
- Line-start emoji pictures are bullets; a typed emoji stays text ("📌 Toàn bộ …").
- Official notice 139: letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận", "HIỆU TRƯỞNG (Đã
  ký)" and the file link are not body; the signer "Nguyễn Văn Thành" is the author.
- Category = the category the breadcrumb prints ("Tin hoạt động" for the subcategory without a
  menu item of its own, whose breadcrumb reads Trang chủ / Tin tức / Tin hoạt động / …).
- A source-less article has source None even when a custom-field list is printed without "Nguồn".
"""

from __future__ import annotations

import base64
import json
import re
from urllib.parse import quote

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

NAME = "joomla4_t4_framework_thcs"
PLATFORM = "Joomla 4.3 + JoomlArt T4 framework template (com_content, JCE)"
START_PATH = "/"

SITE = "THCS Trần Hưng Đạo"
SCHOOL = "Trường THCS Trần Hưng Đạo"
TODAY = "Thứ Bảy, 05/12/2026"
TPL = "/templates/ja_edumy"

#: catalias -> (category id, title as the breadcrumb prints it)
CATS = {
    "tin-hoat-dong": (9, "Tin hoạt động"),
    "hoat-dong-chuyen-mon": (10, "Hoạt động chuyên môn"),
    "thong-bao": (11, "Thông báo"),
}
#: tag alias -> (tag id, title)
TAGS = {
    "ngay-nha-giao-viet-nam": (4, "Ngày Nhà giáo Việt Nam"),
    "chuong-trinh-gdpt-2018": (7, "Chương trình GDPT 2018"),
    "lien-doi-thieu-nien": (9, "Liên đội Thiếu niên"),
}
EMAIL = "thcstranhungdao.pleiku@gialai.edu.vn"
SEARCH_TERMS = ["hội giảng"]
SEARCH_Q = "hội giảng"
HIGHLIGHT = quote(
    base64.b64encode(json.dumps(SEARCH_TERMS, separators=(",", ":")).encode()).decode(), safe=""
)
SEARCH_TARGET = "/component/finder/search?q=" + quote(SEARCH_Q) + "&Itemid=101"

FB_EMOJI = "https://static.xx.fbcdn.net/images/emoji.php/v9/t{}/1/16/{}.png"


# --- the articles ---------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=140,
        slug="hoc-sinh-truong-thcs-tran-hung-dao-tham-gia-ngay-hoi-an-toan-giao-thong",
        title="Học sinh Trường THCS Trần Hưng Đạo tham gia Ngày hội “An toàn giao thông cho nụ cười trẻ thơ”",
        cat="tin-hoat-dong",
        published_at="2026-12-04T09:10:00+07:00",
        summary=(
            "(THCS Trần Hưng Đạo) - Sáng ngày 03/12/2026, hơn 120 học sinh Trường THCS Trần Hưng "
            "Đạo đã tham gia Ngày hội “An toàn giao thông cho nụ cười trẻ thơ” do Ban An toàn giao "
            "thông thành phố Pleiku phối hợp với Thành đoàn tổ chức tại Quảng trường Đại Đoàn Kết."
        ),
        blocks=[
            Img(
                "/images/2026/12/ngay-hoi-atgt-01.jpg#joomlaImage://local-images/2026/12/"
                "ngay-hoi-atgt-01.jpg?width=1200&height=800",
                "Học sinh lớp 8A2 thực hành đội mũ bảo hiểm đúng cách tại gian trải nghiệm",
                "Học sinh lớp 8A2 thực hành đội mũ bảo hiểm đúng cách tại gian trải nghiệm",
                style="fulltext",
            ),
            P(
                "(THCS Trần Hưng Đạo) - Sáng ngày 03/12/2026, hơn 120 học sinh Trường THCS Trần Hưng "
                "Đạo đã tham gia Ngày hội “An toàn giao thông cho nụ cười trẻ thơ” do Ban An toàn giao "
                "thông thành phố Pleiku phối hợp với Thành đoàn tổ chức tại Quảng trường Đại Đoàn Kết.",
                "b",
            ),
            P(
                "Ngày hội nhằm tuyên truyền, nâng cao nhận thức và ý thức chấp hành pháp luật về trật "
                "tự, an toàn giao thông cho học sinh trên địa bàn thành phố, nhất là trong dịp cuối năm "
                "khi mật độ phương tiện tăng cao."
            ),
            P(
                "Tại ngày hội, các em được nghe báo cáo viên của Phòng Cảnh sát giao thông Công an tỉnh "
                "Gia Lai phổ biến những quy định mới về độ tuổi điều khiển xe máy điện, việc đội mũ bảo "
                "hiểm khi ngồi sau xe mô tô và kỹ năng sang đường an toàn tại các nút giao đông người."
            ),
            Img(
                "/images/2026/12/ngay-hoi-atgt-02.jpg",
                "Đội tuyển của trường tham gia phần thi “Đường đua an toàn”",
                "Đội tuyển của trường tham gia phần thi “Đường đua an toàn”",
                style="jce-em",
            ),
            P(
                "Đội tuyển của trường gồm 10 học sinh khối 7 và khối 8 đã tham gia phần thi tìm hiểu "
                "kiến thức và phần thi “Đường đua an toàn” mô phỏng các tình huống thường gặp khi đi xe "
                "đạp đến trường. Kết quả, đội giành giải Nhì toàn đoàn và giải Khuyến khích cho tiểu "
                "phẩm “Chiếc mũ của bạn Na”."
            ),
            P(
                "Thầy Nguyễn Văn Thành, Hiệu trưởng nhà trường cho biết: “Sau ngày hội, nhà trường sẽ "
                "tiếp tục lồng ghép nội dung an toàn giao thông vào tiết sinh hoạt lớp, đồng thời phối "
                "hợp với cha mẹ học sinh nhắc nhở các em không dàn hàng ngang, không lạng lách khi đi "
                "học”."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Lê Văn Tùng - Ảnh: Đoàn Minh Khôi</strong></p>'),
        ],
        authors=["Lê Văn Tùng"],
        photographers=["Đoàn Minh Khôi"],
        opts={
            "pub": "2026-12-04 09:10", "created": "2026-12-04 08:52", "aside_author": "thcs.trhd",
            "tags": ["lien-doi-thieu-nien"], "featured": True, "intro_img": "ngay-hoi-atgt",
        },
    ),
    Story(
        id=139,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ki-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kì I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-12-02",
        blocks=[
            Raw(
                '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody>'
                '<tr><td style="width: 45%; text-align: center;">UBND THÀNH PHỐ PLEIKU<br>'
                "<strong>TRƯỜNG THCS TRẦN HƯNG ĐẠO</strong></td>"
                '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>'
                "<br><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
                '<tr><td style="text-align: center;">Số: 87/TB-THCSTHĐ</td>'
                '<td style="text-align: right;"><em>Pleiku, ngày 02 tháng 12 năm 2026</em></td></tr>'
                "</tbody></table>"
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br>'
                "<strong>Về việc tổ chức kiểm tra cuối học kì I năm học 2026 - 2027</strong></p>"
            ),
            P(
                "Căn cứ Kế hoạch số 112/KH-THCSTHĐ ngày 05/9/2026 của Trường THCS Trần Hưng Đạo về "
                "thực hiện nhiệm vụ năm học 2026 - 2027;"
            ),
            P(
                "Căn cứ Công văn số 1450/PGDĐT-CM ngày 20/11/2026 của Phòng Giáo dục và Đào tạo thành "
                "phố Pleiku về việc hướng dẫn kiểm tra, đánh giá cuối học kì I;"
            ),
            P("Nhà trường thông báo lịch kiểm tra cuối học kì I năm học 2026 - 2027 như sau:"),
            P("1. Thời gian kiểm tra", "b"),
            P("Ngày | Buổi | Khối | Môn kiểm tra | Thời gian làm bài", "tr"),
            P("21/12/2026 | Sáng | 6, 7 | Ngữ văn | 90 phút", "tr"),
            P("21/12/2026 | Chiều | 8, 9 | Ngữ văn | 90 phút", "tr"),
            P("22/12/2026 | Sáng | 6, 7 | Toán | 90 phút", "tr"),
            P("22/12/2026 | Chiều | 8, 9 | Toán | 90 phút", "tr"),
            P("23/12/2026 | Sáng | 6, 7, 8, 9 | Tiếng Anh | 60 phút", "tr"),
            P("2. Yêu cầu", "b"),
            P(
                "Giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và cha mẹ học sinh trước "
                "ngày 10/12/2026.",
                "li",
            ),
            P(
                "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh "
                "và dụng cụ học tập cần thiết; không mang điện thoại di động vào phòng kiểm tra.",
                "li",
            ),
            P(
                "Các tổ chuyên môn nộp đề kiểm tra và hướng dẫn chấm về Phó Hiệu trưởng phụ trách "
                "chuyên môn trước ngày 14/12/2026.",
                "li",
            ),
            P(
                "Đề nghị các tổ chuyên môn, giáo viên chủ nhiệm và học sinh nghiêm túc thực hiện./."
            ),
            Raw(
                '<table style="width: 100%;" border="0"><tbody><tr>'
                '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br>'
                '<span style="font-size: 10pt;">- Như trên;<br>- Website trường;<br>- Lưu: VT.</span></td>'
                '<td style="text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG</strong><br>'
                "<em>(Đã ký)</em><br><br><strong>Nguyễn Văn Thành</strong></td></tr></tbody></table>"
            ),
            Raw(
                '<p><a class="wf_file" href="/images/van-ban/2026/tb-87-kiem-tra-hk1.pdf" '
                'target="_blank" rel="noopener"><img class="wf_file_icon" style="border: 0; '
                'vertical-align: middle; max-width: inherit;" src="/media/plg_system_jce/img/mimetypes/'
                'pdf.png" alt="pdf"><span class="wf_file_text" style="margin-left: 5px;">'
                'TB 87 - Lịch kiểm tra cuối HKI.pdf</span><span class="wf_file_size" style="margin-left:'
                ' 5px;">(186 KB)</span></a></p>'
            ),
        ],
        authors=["Nguyễn Văn Thành"],
        opts={
            "pub": "2026-12-03 15:20", "created": "2026-12-02 16:40", "aside_author": "thcs.trhd",
        },
    ),
    Story(
        id=137,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="tin-hoat-dong",
        published_at="2026-11-20T10:45:00+07:00",
        blocks=[
            Img(
                "/images/gallery/2026/20-11/le-ky-niem-01.jpg",
                "Thầy Nguyễn Văn Thành, Hiệu trưởng ôn lại truyền thống Ngày Nhà giáo Việt Nam",
                "Thầy Nguyễn Văn Thành, Hiệu trưởng ôn lại truyền thống Ngày Nhà giáo Việt Nam",
                style="gallery",
            ),
            Img(
                "/images/gallery/2026/20-11/le-ky-niem-02.jpg",
                "Tiết mục múa “Bụi phấn” của tập thể lớp 9A3",
                "Tiết mục múa “Bụi phấn” của tập thể lớp 9A3",
                style="gallery",
            ),
            Img(
                "/images/gallery/2026/20-11/le-ky-niem-03.jpg",
                "Ảnh: Nguyễn Hữu Phước",
                None,
                style="gallery",
            ),
            Img("/images/gallery/2026/20-11/le-ky-niem-04.jpg", None, None, style="gallery"),
            P(
                "Sáng ngày 19/11/2026, Trường THCS Trần Hưng Đạo long trọng tổ chức Lễ kỷ niệm 44 năm "
                "Ngày Nhà giáo Việt Nam. Đến dự buổi lễ có đại diện lãnh đạo Phòng Giáo dục và Đào tạo "
                "thành phố Pleiku, Đảng ủy, UBND phường Hội Thương, Ban đại diện cha mẹ học sinh cùng "
                "các thế hệ thầy cô giáo đã nghỉ hưu."
            ),
            P(
                "Mở đầu chương trình là các tiết mục văn nghệ đặc sắc do học sinh các lớp dàn dựng với "
                "chủ đề “Tri ân thầy cô”. Tiết mục múa “Bụi phấn” của tập thể lớp 9A3 và bài hợp xướng "
                "“Người thầy” của Câu lạc bộ Âm nhạc để lại nhiều cảm xúc cho người xem."
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Nguyễn Văn Thành, Hiệu trưởng nhà trường ôn lại truyền "
                "thống 44 năm của Ngày Nhà giáo Việt Nam và điểm lại những kết quả nổi bật của nhà "
                "trường trong năm học 2025 - 2026: tỉ lệ học sinh tốt nghiệp THCS đạt 100%, 37 học sinh "
                "đạt giải học sinh giỏi cấp thành phố và 9 học sinh đạt giải cấp tỉnh."
            ),
            P(
                "Trong đợt thi đua chào mừng 20/11, hội giảng cấp trường có 28 tiết dạy được đánh giá "
                "tốt; 100% lớp học đăng ký và thực hiện “Tuần học tốt”; Liên đội tổ chức thành công "
                "chuỗi hoạt động “Lời tri ân gửi thầy cô” với hơn 600 tấm thiệp do học sinh tự làm."
            ),
            P(
                "Dịp này, nhà trường đã khen thưởng 12 tập thể lớp và 45 học sinh có thành tích xuất "
                "sắc trong phong trào thi đua; trao Giấy khen cho 6 giáo viên có tiết dạy đạt giải Nhất "
                "hội giảng."
            ),
            P(
                "Buổi lễ khép lại trong không khí ấm áp với những bó hoa tươi thắm và lời chúc mừng của "
                "các thế hệ học trò gửi tới thầy cô giáo."
            ),
            Raw('<p style="text-align: right;"><em><strong>Tin, ảnh: Nguyễn Hữu Phước</strong></em></p>'),
        ],
        authors=["Nguyễn Hữu Phước"],
        photographers=["Nguyễn Hữu Phước"],
        opts={
            "pub": "2026-11-20 10:45", "created": "2026-11-19 21:03", "modified": "2026-11-21 08:15",
            "aside_author": "Quản trị", "tags": ["ngay-nha-giao-viet-nam"], "featured": True,
            "intro_img": "le-ky-niem", "search": True,
        },
    ),
    Story(
        id=136,
        slug="hoi-giang-chao-mung-ngay-nha-giao-viet-nam-28-tiet-day-xep-loai-tot",
        title="Hội giảng chào mừng Ngày Nhà giáo Việt Nam: 28 tiết dạy xếp loại tốt",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-18T17:05:00+07:00",
        summary=(
            "Từ ngày 26/10 đến ngày 14/11/2026, Trường THCS Trần Hưng Đạo tổ chức hội giảng cấp "
            "trường chào mừng Ngày Nhà giáo Việt Nam 20/11 với sự tham gia của 41 giáo viên thuộc 5 "
            "tổ chuyên môn."
        ),
        blocks=[
            P(
                "Từ ngày 26/10 đến ngày 14/11/2026, Trường THCS Trần Hưng Đạo tổ chức hội giảng cấp "
                "trường chào mừng Ngày Nhà giáo Việt Nam 20/11 với sự tham gia của 41 giáo viên thuộc 5 "
                "tổ chuyên môn.",
                "b",
            ),
            P(
                "Hội giảng năm nay tập trung vào việc đổi mới phương pháp dạy học theo Chương trình giáo "
                "dục phổ thông 2018, chú trọng tổ chức hoạt động cho học sinh, ứng dụng công nghệ thông "
                "tin và học liệu số một cách hợp lý."
            ),
            Img(
                "/images/2026/11/hoi-giang-toan-8a1.jpg",
                None,
                None,
                style="legacy:Cô Vũ Thị Hằng dạy tiết Toán lớp 8A1",
            ),
            P(
                "Ban giám khảo gồm Ban Giám hiệu và các tổ trưởng, tổ phó chuyên môn đã dự giờ, góp ý "
                "và đánh giá theo Công văn 5512 của Bộ Giáo dục và Đào tạo. Nhiều tiết dạy gây ấn tượng "
                "với các hoạt động trải nghiệm như tiết Khoa học tự nhiên “Tốc độ chuyển động” tổ chức "
                "đo vận tốc xe đồ chơi ngay trên sân trường, hay tiết Lịch sử và Địa lí sử dụng bản đồ "
                "số để học sinh tìm hiểu địa hình Tây Nguyên."
            ),
            Img(
                "/images/2026/11/hoi-giang-khtn-7a4.jpg",
                "Tiết dạy Khoa học tự nhiên của thầy Rơ Châm Hyưu tại lớp 7A4",
                "Tiết dạy Khoa học tự nhiên của thầy Rơ Châm Hyưu tại lớp 7A4",
                style="table",
            ),
            P(
                "Kết quả, có 28 tiết dạy xếp loại tốt, 13 tiết xếp loại khá; 6 tiết dạy đạt giải Nhất "
                "sẽ được chọn tham gia hội thi giáo viên dạy giỏi cấp thành phố trong học kì II."
            ),
            P(
                "Qua đợt hội giảng, các tổ chuyên môn đã tổ chức rút kinh nghiệm, chia sẻ những cách "
                "làm hay và xây dựng kho học liệu dùng chung để giáo viên cả trường tham khảo."
            ),
            Raw('<p style="text-align: right;">Trần Thị Kim Oanh - Phó Hiệu trưởng</p>'),
        ],
        authors=["Trần Thị Kim Oanh"],
        opts={
            "pub": "2026-11-18 17:05", "created": "2026-11-16 10:20", "aside_author": "thcs.trhd",
            "tags": ["ngay-nha-giao-viet-nam"], "featured": True, "intro_img": "hoi-giang",
            "search": True,
        },
    ),
    Story(
        id=135,
        slug="thong-bao-lich-hop-cha-me-hoc-sinh-giua-hoc-ki-i",
        title="Thông báo lịch họp cha mẹ học sinh giữa học kì I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-14T07:30:00+07:00",
        blocks=[
            P(
                "Nhà trường trân trọng thông báo đến quý cha mẹ học sinh lịch họp giữa học kì I năm học "
                "2026 - 2027 như sau:"
            ),
            P("Thời gian: 7 giờ 30, sáng Chủ nhật ngày 22/11/2026.", "br"),
            P(
                "Địa điểm: tại các phòng học của lớp (danh sách phòng họp niêm yết tại bảng tin nhà "
                "trường).",
                "br",
            ),
            P("Nội dung cuộc họp:"),
            P(
                "Giáo viên chủ nhiệm thông báo kết quả học tập, rèn luyện giữa học kì I của học sinh;",
                "li",
            ),
            P(
                "Triển khai kế hoạch ôn tập, kiểm tra cuối học kì I và các hoạt động trải nghiệm trong "
                "tháng 12;",
                "li",
            ),
            P(
                "Trao đổi về công tác phối hợp giữa gia đình và nhà trường trong việc phòng chống bạo "
                "lực học đường, sử dụng điện thoại thông minh đúng mục đích.",
                "li",
            ),
            P(
                "Đề nghị quý phụ huynh sắp xếp thời gian tham dự đầy đủ, đúng giờ. Trường hợp không thể "
                "tham dự, quý phụ huynh vui lòng liên hệ trực tiếp với giáo viên chủ nhiệm."
            ),
            P(
                "Mọi ý kiến đóng góp xin gửi về hộp thư điện tử của nhà trường: " + EMAIL
                + " hoặc số điện thoại 0269 3824 617 (Văn phòng).",
                "email",
            ),
        ],
        opts={
            "pub": "2026-11-14 07:30", "created": "2026-11-12 15:48", "modified": "2026-11-20 09:02",
            "aside_author": "thcs.trhd",
        },
    ),
    Story(
        id=133,
        slug="chuyen-de-day-hoc-phat-trien-nang-luc-qua-hoat-dong-kham-pha-mon-toan",
        title="Chuyên đề “Dạy học phát triển năng lực qua hoạt động khám phá trong môn Toán”",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-11T14:00:00+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch sinh hoạt chuyên môn năm học 2026 - 2027, chiều ngày 07/11/2026, Tổ "
                "Toán - Tin Trường THCS Trần Hưng Đạo tổ chức chuyên đề “Dạy học phát triển năng lực qua "
                "hoạt động khám phá trong môn Toán” với sự tham dự của giáo viên Toán các trường THCS "
                "trong cụm thi đua số 2."
            ),
            P("1. Mục đích của chuyên đề", "h3"),
            P(
                "Chuyên đề nhằm giúp giáo viên thống nhất cách thiết kế chuỗi hoạt động khám phá, qua đó "
                "học sinh tự phát hiện kiến thức mới thay vì tiếp nhận một chiều; đồng thời rèn luyện "
                "năng lực tư duy và lập luận toán học, năng lực giao tiếp toán học theo yêu cầu của "
                "Chương trình giáo dục phổ thông 2018."
            ),
            P(
                "Báo cáo viên, thầy Lê Minh Quân, tổ trưởng Tổ Toán - Tin, đã trình bày quy trình bốn "
                "bước: đặt vấn đề từ tình huống thực tiễn, tổ chức cho học sinh dự đoán, kiểm chứng bằng "
                "thực hành và khái quát hóa thành kiến thức."
            ),
            P("2. Tiết dạy minh họa", "h3"),
            P(
                "Tiết dạy minh họa bài “Định lí Pythagore và ứng dụng” do cô Nguyễn Thị Thu Trang thực "
                "hiện tại lớp 8A3. Học sinh được chia thành 6 nhóm, dùng giấy kẻ ô vuông cắt ghép các "
                "hình vuông dựng trên ba cạnh của tam giác vuông để tự phát hiện mối quan hệ giữa các "
                "cạnh."
            ),
            Img(
                "/images/2026/11/chuyen-de-toan-8a3.jpg",
                "Học sinh lớp 8A3 cắt ghép hình để kiểm chứng định lí Pythagore",
                "Học sinh lớp 8A3 cắt ghép hình để kiểm chứng định lí Pythagore",
                style="jce-figure",
            ),
            P(
                "Ở phần vận dụng, các nhóm đo đạc khoảng cách thực tế trong sân trường, tính chiều dài "
                "dây cần căng từ ngọn cột cờ xuống mặt đất, rồi trình bày kết quả trên bảng nhóm."
            ),
            P("3. Thảo luận và thống nhất", "h3"),
            P(
                "Trong phần thảo luận, giáo viên các trường đánh giá cao cách tổ chức hoạt động nhóm và "
                "việc sử dụng phần mềm GeoGebra để kiểm chứng kết quả. Một số ý kiến đề nghị cần tính "
                "toán kỹ thời lượng cho từng hoạt động để đảm bảo tiến độ tiết học."
            ),
            P(
                "Kết thúc chuyên đề, tổ chuyên môn thống nhất áp dụng quy trình dạy học khám phá cho ít "
                "nhất một chủ đề mỗi tháng ở các khối lớp, đồng thời chia sẻ kế hoạch bài dạy lên kho "
                "học liệu chung của trường."
            ),
        ],
        authors=["Lê Minh Quân"],
        photographers=[],
        opts={
            "pub": "2026-11-11 14:00", "created": "2026-11-09 20:11", "aside_author": "Lê Minh Quân",
            "tags": ["chuong-trinh-gdpt-2018"], "pagebreak": 4,
            "pagebreak_titles": ["Mục đích của chuyên đề", "Tiết dạy minh họa"],
            "intro_img": "chuyen-de-toan",
        },
    ),
    Story(
        id=131,
        slug="soi-noi-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        title="Sôi nổi Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
        cat="tin-hoat-dong",
        published_at="2026-11-06T16:30:00+07:00",
        blocks=[
            P("HỘI KHỎE PHÙ ĐỔNG CẤP TRƯỜNG NĂM HỌC 2026 - 2027 CHÍNH THỨC KHÉP LẠI!", "fb:🎉:1f389"),
            P(
                "Trong hai ngày 04 và 05/11/2026, sân trường THCS Trần Hưng Đạo rộn ràng tiếng cổ vũ "
                "của hơn 800 học sinh với các môn thi đấu: bóng đá nam, đá cầu, kéo co, cờ vua và chạy "
                "tiếp sức.",
                "fb",
            ),
            P(
                "Hội khỏe là dịp để các em rèn luyện sức khỏe, phát hiện những tài năng thể thao chuẩn "
                "bị cho Hội khỏe Phù Đổng cấp thành phố vào tháng 3/2027.",
                "fb",
            ),
            P("Kết quả chung cuộc:", "fb:🏆:1f3c6"),
            P(
                "Bóng đá nam: lớp 9A2 vô địch sau loạt sút luân lưu nghẹt thở với 9A5.",
                "fb:🥇:1f947",
            ),
            P("Kéo co: lớp 8A4 giành chiến thắng thuyết phục.", "fb:🥇:1f947"),
            P("Chạy tiếp sức 4x100m: lớp 7A1 về nhất với thành tích 58 giây 42.", "fb:🥇:1f947"),
            P(
                "Xin chúc mừng các vận động viên và cảm ơn quý thầy cô, cha mẹ học sinh đã đồng hành "
                "cùng các em! 💪",
                "fb",
            ),
            Img("/images/2026/11/hkpd-2026-01.jpg", None, None, style="plain"),
            Img("/images/2026/11/hkpd-2026-02.jpg", None, None, style="plain"),
        ],
        authors=["Đoàn Thị Thanh Tâm"],
        opts={
            "pub": "2026-11-06 16:30", "created": "2026-11-06 16:21", "aside_author": "Đoàn Thị Thanh Tâm",
            "tags": ["lien-doi-thieu-nien"], "intro_img": "hkpd-2026",
        },
    ),
    Story(
        id=129,
        slug="danh-sach-hoc-sinh-doi-tuyen-hoc-sinh-gioi-cap-thanh-pho-2026-2027",
        title="Danh sách học sinh tham gia đội tuyển học sinh giỏi cấp thành phố năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-03T10:00:00+07:00",
        blocks=[
            P(
                "Căn cứ kết quả kì thi chọn học sinh giỏi cấp trường tổ chức ngày 24/10/2026, Hội đồng "
                "thi đua nhà trường thông báo danh sách học sinh tham gia đội tuyển dự thi học sinh giỏi "
                "cấp thành phố năm học 2026 - 2027 như sau:"
            ),
            P("TT | Họ và tên | Lớp | Môn dự thi", "tr"),
            P("1 | Nguyễn Hoàng Gia Bảo | 9A1 | Toán", "tr"),
            P("2 | Trần Ngọc Bảo Châu | 9A1 | Ngữ văn", "tr"),
            P("3 | Ksor H'Nhi | 9A3 | Lịch sử và Địa lí", "tr"),
            P("4 | Phạm Minh Khang | 9A2 | Khoa học tự nhiên", "tr"),
            P("5 | Lê Thị Thanh Ngân | 9A4 | Tiếng Anh", "tr"),
            P("6 | Đỗ Quang Huy | 9A2 | Tin học", "tr"),
            P(
                "Các em có tên trong danh sách tham gia ôn tập theo lịch của nhà trường từ ngày "
                "10/11/2026, vào các buổi chiều thứ Ba, thứ Năm và sáng thứ Bảy hằng tuần tại dãy phòng "
                "học bộ môn."
            ),
            P(
                "Giáo viên bồi dưỡng có trách nhiệm xây dựng kế hoạch, nội dung ôn tập và theo dõi "
                "chuyên cần của học sinh; báo cáo tiến độ về Phó Hiệu trưởng phụ trách chuyên môn vào "
                "cuối mỗi tháng."
            ),
            Raw('<p style="text-align: right;"><em>Văn phòng nhà trường</em></p>'),
        ],
        authors=["Văn phòng nhà trường"],
        opts={
            "pub": "2026-11-03 10:00", "created": "2026-11-02 17:35", "aside_author": "thcs.trhd",
        },
    ),
    Story(
        id=125,
        slug="to-xa-hoi-sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc",
        title="Tổ Xã hội sinh hoạt chuyên môn theo nghiên cứu bài học",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-28",
        blocks=[
            P(
                "Ngày 27/10/2026, Tổ Xã hội (gồm các môn Ngữ văn, Lịch sử và Địa lí, Giáo dục công dân) "
                "Trường THCS Trần Hưng Đạo tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học, "
                "tập trung vào chủ đề đọc hiểu văn bản nghị luận ở lớp 9."
            ),
            P(
                "Khác với cách dự giờ truyền thống, giáo viên dự giờ không tập trung đánh giá người dạy "
                "mà quan sát việc học của từng nhóm học sinh: em nào chưa tham gia, vì sao các em gặp "
                "khó khăn, lời giải thích nào giúp các em hiểu bài."
            ),
            Raw("{{loadmodule}}"),
            P(
                "Tiết dạy minh họa bài “Bàn về đọc sách” của cô Hoàng Thị Mai tại lớp 9A5 được thiết kế "
                "theo hướng học sinh tự đặt câu hỏi cho văn bản, sau đó thảo luận nhóm để tìm luận điểm, "
                "luận cứ và nhận xét cách lập luận của tác giả Chu Quang Tiềm."
            ),
            P(
                "Trong phần chia sẻ sau giờ dạy, các thành viên trong tổ đã chỉ ra một số học sinh còn "
                "lúng túng khi phân biệt luận cứ và dẫn chứng, từ đó đề xuất bổ sung phiếu học tập có "
                "gợi ý và tăng thời gian cho hoạt động cá nhân trước khi thảo luận nhóm."
            ),
            P(
                "“Nghiên cứu bài học giúp chúng tôi nhìn thấy học sinh rõ hơn, và điều chỉnh bài dạy từ "
                "chính những khó khăn của các em” - cô Hoàng Thị Mai chia sẻ.",
                "quote",
            ),
            P(
                "Tổ chuyên môn sẽ tiếp tục duy trì sinh hoạt theo nghiên cứu bài học hai lần mỗi tháng, "
                "luân phiên giữa các môn trong tổ."
            ),
            Raw('<p style="text-align: right;"><strong>Tổ Xã hội</strong></p>'),
        ],
        authors=["Tổ Xã hội"],
        opts={
            "pub": "2026-10-28 00:00", "created": "2026-10-27 22:14", "aside_author": "thcs.trhd",
            "tags": ["chuong-trinh-gdpt-2018"],
        },
    ),
    Story(
        id=123,
        slug="thong-bao-cho-hoc-sinh-nghi-hoc-de-phong-tranh-con-bao-so-12",
        title="Thông báo cho học sinh nghỉ học để phòng, tránh cơn bão số 12",
        cat="thong-bao",
        published_at="2026-10-24T20:45:00+07:00",
        blocks=[
            P(
                "Thực hiện Công điện khẩn của Ủy ban nhân dân tỉnh Gia Lai và chỉ đạo của Phòng Giáo dục "
                "và Đào tạo thành phố Pleiku về việc ứng phó với cơn bão số 12, Trường THCS Trần Hưng "
                "Đạo thông báo:"
            ),
            P("📌 Toàn bộ học sinh của trường được nghỉ học ngày thứ Hai, 26/10/2026."),
            P(
                "📌 Học sinh đi học trở lại vào ngày thứ Ba, 27/10/2026 nếu thời tiết thuận lợi; nhà "
                "trường sẽ thông báo bổ sung qua nhóm Zalo của các lớp nếu có thay đổi."
            ),
            P(
                "📌 Cán bộ, giáo viên, nhân viên trực theo lịch phân công để kiểm tra, gia cố phòng học, "
                "chằng chống mái tôn, cắt tỉa cây xanh trong khuôn viên trường."
            ),
            P(
                "Đề nghị cha mẹ học sinh quản lý, nhắc nhở con em không đi ra ngoài khi có mưa to, gió "
                "lớn, tuyệt đối không đến gần sông, suối, khu vực có nguy cơ sạt lở."
            ),
            Raw(
                '<p><span style="font-size: 10pt;">Xem thêm: <a href="https://gialai.gov.vn/tin-tuc/'
                'cong-dien-khan-ung-pho-bao-so-12.html" target="_blank" rel="noopener">Công điện khẩn '
                "về việc chủ động ứng phó với bão số 12</a></span></p>"
            ),
        ],
        opts={
            "pub": "2026-10-24 20:45", "created": "2026-10-24 20:31", "aside_author": "Quản trị",
        },
    ),
    Story(
        id=119,
        slug="boi-duong-giao-vien-ung-dung-tri-tue-nhan-tao-trong-thiet-ke-bai-day",
        title="Bồi dưỡng giáo viên ứng dụng trí tuệ nhân tạo trong thiết kế bài dạy",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-16T08:00:00+07:00",
        blocks=[
            P(
                "Trong hai ngày 13 và 14/10/2026, Phòng Giáo dục và Đào tạo thành phố Pleiku tổ chức "
                "lớp bồi dưỡng “Ứng dụng trí tuệ nhân tạo trong thiết kế bài dạy và kiểm tra, đánh "
                "giá” tại Trường THCS Trần Hưng Đạo cho hơn 90 giáo viên cốt cán các trường THCS trên "
                "địa bàn."
            ),
            P(
                "Tại lớp bồi dưỡng, giáo viên được hướng dẫn cách sử dụng các công cụ trí tuệ nhân tạo "
                "để gợi ý ý tưởng hoạt động, tạo câu hỏi trắc nghiệm theo các mức độ nhận thức và xây "
                "dựng học liệu minh họa, đồng thời lưu ý về việc kiểm chứng thông tin và bảo vệ dữ liệu "
                "cá nhân của học sinh."
            ),
            Img(
                "/images/2026/10/boi-duong-ai-01.jpg",
                "(Thầy Phan Thanh Bình hướng dẫn giáo viên sử dụng công cụ AI tạo câu hỏi)",
                "Thầy Phan Thanh Bình hướng dẫn giáo viên sử dụng công cụ AI tạo câu hỏi",
                style="jce-em",
            ),
            P(
                "Phần thực hành được tổ chức theo nhóm bộ môn. Mỗi nhóm hoàn thiện một kế hoạch bài dạy "
                "có sử dụng trí tuệ nhân tạo ở khâu chuẩn bị, sau đó trình bày và nhận góp ý từ báo cáo "
                "viên."
            ),
            P(
                "Theo đánh giá của Ban tổ chức, các học viên tiếp thu nhanh, nhiều sản phẩm có chất "
                "lượng tốt và có thể áp dụng ngay trong học kì I. Sau lớp bồi dưỡng, giáo viên cốt cán "
                "có trách nhiệm tập huấn lại cho đồng nghiệp tại đơn vị."
            ),
        ],
        authors=["Phan Thanh Bình"],
        source="Phòng GD&ĐT thành phố Pleiku",
        opts={
            "pub": "2026-10-16 08:00", "created": "2026-10-15 16:42", "aside_author": "thcs.trhd",
            "fields": [("tac-gia", "Tác giả", "Phan Thanh Bình"),
                       ("nguon", "Nguồn", "Phòng GD&ĐT thành phố Pleiku")],
            "intro_img": "boi-duong-ai",
        },
    ),
    Story(
        id=118,
        slug="ke-hoach-huong-ung-thang-hanh-dong-vi-binh-dang-gioi-nam-2026",
        title=(
            "Kế hoạch hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực "
            "trên cơ sở giới năm 2026"
        ),
        cat="thong-bao",
        published_at="2026-10-14T15:00:00+07:00",
        blocks=[
            P(
                "Thực hiện Kế hoạch số 215/KH-PGDĐT ngày 08/10/2026 của Phòng Giáo dục và Đào tạo thành "
                "phố Pleiku, Trường THCS Trần Hưng Đạo xây dựng kế hoạch hưởng ứng Tháng hành động vì "
                "bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2026 (từ ngày "
                "15/11 đến ngày 15/12/2026) như sau:",
                "word",
            ),
            P("I. MỤC ĐÍCH, YÊU CẦU", "word-b"),
            P(
                "Nâng cao nhận thức của cán bộ, giáo viên, nhân viên và học sinh về bình đẳng giới, góp "
                "phần xây dựng môi trường học đường an toàn, thân thiện, không có bạo lực.",
                "word-list:-",
            ),
            P(
                "Các hoạt động được tổ chức thiết thực, phù hợp với lứa tuổi học sinh, lồng ghép vào các "
                "hoạt động giáo dục của nhà trường.",
                "word-list:-",
            ),
            P("II. NỘI DUNG HOẠT ĐỘNG", "word-b"),
            P(
                "Treo băng rôn, khẩu hiệu hưởng ứng Tháng hành động tại cổng trường và khu vực sân chào "
                "cờ.",
                "word-list:1.",
            ),
            P(
                "Tổ chức tiết chào cờ chủ đề “Em là bạn, không phân biệt” vào sáng thứ Hai, 16/11/2026.",
                "word-list:2.",
            ),
            P(
                "Lồng ghép nội dung bình đẳng giới vào môn Giáo dục công dân và hoạt động trải nghiệm, "
                "hướng nghiệp ở các khối lớp.",
                "word-list:3.",
            ),
            P(
                "Phát động cuộc thi vẽ tranh “Bình đẳng từ những điều nhỏ bé” dành cho học sinh khối 6 "
                "và khối 7.",
                "word-list:4.",
            ),
            P("III. TỔ CHỨC THỰC HIỆN", "word-b"),
            P(
                "Giao Liên đội chủ trì tổ chức các hoạt động ngoại khóa; giáo viên chủ nhiệm phối hợp "
                "tuyên truyền đến cha mẹ học sinh; tổ Văn phòng tổng hợp kết quả báo cáo Phòng Giáo dục "
                "và Đào tạo trước ngày 18/12/2026.",
                "word",
            ),
            Raw(
                '<p><a class="wf_file" href="/images/van-ban/2026/kh-binh-dang-gioi-2026.pdf" '
                'target="_blank" rel="noopener"><img class="wf_file_icon" style="border: 0; '
                'vertical-align: middle; max-width: inherit;" src="/media/plg_system_jce/img/mimetypes/'
                'pdf.png" alt="pdf"><span class="wf_file_text" style="margin-left: 5px;">'
                'KH binh dang gioi 2026.pdf</span><span class="wf_file_size" style="margin-left: 5px;">'
                "(242 KB)</span></a></p>"
            ),
        ],
        opts={
            "pub": "2026-10-14 15:00", "created": "2026-10-14 14:37", "modified": "2026-11-02 10:12",
            "aside_author": "thcs.trhd",
        },
    ),
    Story(
        id=117,
        slug="thong-bao-cong-khai-cac-khoan-thu-nam-hoc-2026-2027",
        title="Thông báo công khai các khoản thu năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-10-09T09:00:00+07:00",
        blocks=[
            P(
                "Căn cứ Nghị quyết của Hội đồng nhân dân tỉnh Gia Lai quy định các khoản thu dịch vụ "
                "phục vụ, hỗ trợ hoạt động giáo dục trong các cơ sở giáo dục công lập, Trường THCS Trần "
                "Hưng Đạo công khai các khoản thu năm học 2026 - 2027 như sau:",
                "div",
            ),
            P("TT | Nội dung | Mức thu | Ghi chú", "tr"),
            P("1 | Bảo hiểm y tế học sinh | 1.263.600 đồng/năm | Theo quy định", "tr"),
            P("2 | Nước uống tinh khiết | 15.000 đồng/tháng | Thu theo tháng thực học", "tr"),
            P("3 | Dạy học 2 buổi/ngày | 120.000 đồng/tháng | Tự nguyện đăng ký", "tr"),
            P("4 | Sổ liên lạc điện tử | 0 đồng | Miễn phí", "tr"),
            P(
                "Học sinh thuộc diện hộ nghèo, hộ cận nghèo, học sinh khuyết tật và học sinh là người "
                "dân tộc thiểu số thuộc diện chính sách được miễn, giảm theo quy định hiện hành.",
                "div",
            ),
            P(
                "Nhà trường không thu bất kỳ khoản nào ngoài các khoản đã công khai. Cha mẹ học sinh nộp "
                "các khoản thu qua hình thức chuyển khoản hoặc nộp trực tiếp tại bộ phận Kế toán vào giờ "
                "hành chính, có biên lai thu tiền theo quy định.",
                "div",
            ),
            Raw('<div>Xem thêm: <a href="/thong-bao">Các thông báo khác của nhà trường</a></div>'),
        ],
        opts={
            "pub": "2026-10-09 09:00", "created": "2026-10-08 11:26", "modified": "2026-11-25 14:03",
            "aside_author": "thcs.trhd",
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}
#: newest first, by the aside's published datetime (the blog's ordering)
ORDER = sorted(STORIES, key=lambda s: s.opts["pub"], reverse=True)

SIDEBAR_NOTICES = [139, 135, 129, 123]
MOST_READ = [137, 136, 129, 131, 123]
HITS = {140: 96, 139: 388, 137: 1243, 136: 1102, 135: 451, 133: 517, 131: 905, 129: 978,
        125: 344, 123: 1517, 119: 289, 118: 233, 117: 671}


def path_of(s: Story) -> str:
    return f"/tin-tuc/{s.cat}/{s.id}-{s.slug}"


def component_path(s: Story) -> str:
    return f"/component/content/article/{s.id}-{s.slug}?catid={CATS[s.cat][0]}&Itemid=101"


def notice_menu_path(s: Story) -> str:
    return f"/thong-bao/{s.id}-{s.slug}"


def tags_of(s: Story) -> list[str]:
    return s.opts.get("tags", [])


PB_VARIANTS = ["?showall=", "?showall=&start=0", "?showall=&start=1", "?start=1", "?showall=1"]


# --- dates ------------------------------------------------------------------------------------

_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _dt(value: str):
    from datetime import datetime

    return datetime.strptime(value, "%Y-%m-%d %H:%M")


def lc3(value: str) -> str:
    """The site's DATE_FORMAT_LC3 override: "Thứ Năm, 03 Tháng 12 2026 15:20"."""
    d = _dt(value)
    return f"{_WEEKDAYS[d.weekday()]}, {d:%d} Tháng {d.month} {d.year} {d:%H:%M}"


def iso(value: str) -> str:
    return _dt(value).strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


def dmy(value: str) -> str:
    return _dt(value).strftime("%d-%m-%Y")


# --- article text -----------------------------------------------------------------------------


def _highlight(markup: str, terms: list[str] | None) -> str:
    if not terms:
        return markup
    for term in terms:
        markup = re.sub(
            re.escape(term), lambda m: f'<span class="highlight">{m.group(0)}</span>', markup, flags=re.I
        )
    return markup


def _cloak(address: str) -> str:
    local, domain = address.split("@")
    b64 = lambda v: base64.b64encode(v.encode()).decode()  # noqa: E731
    return (
        f'<joomla-hidden-mail  is-link="1" is-email="1" first="{b64(local)}" last="{b64(domain)}" '
        f'text="{b64(address)}" base="" >Địa chỉ email này đang được bảo vệ khỏi chương trình thư '
        "rác, bạn cần kích hoạt JavaScript để xem nó.</joomla-hidden-mail>"
    )


def _word_span(inner: str) -> str:
    return (
        '<span lang="VI" style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New '
        f'Roman&quot;,serif;mso-fareast-font-family:&quot;Times New Roman&quot;">{inner}</span>'
    )


def _img_tag(src: str, alt: str = "", extra: str = "") -> str:
    return f'<img src="{esc(src)}" alt="{esc(alt)}" width="800" height="533"{extra}>'


def _render_img(img: Img) -> str:
    style = img.style
    if style == "jce-em":
        out = f'<p style="text-align: center;">{_img_tag(img.src)}</p>'
        if img.printed:
            out += f'<p style="text-align: center;"><em>{text(img.printed)}</em></p>'
        return out
    if style.startswith("legacy:"):
        title = style.split(":", 1)[1]
        return (
            f'<p><img class="caption" style="display: block; margin-left: auto; margin-right: auto;" '
            f'src="{esc(img.src)}" alt="hoi-giang" title="{esc(title)}" width="800" height="533"></p>'
        )
    if style == "table":
        return (
            '<table class="tbl-anh" style="width: 100%; margin-left: auto; margin-right: auto;" '
            'border="0" cellpadding="3"><tbody><tr><td style="text-align: center;">'
            f"{_img_tag(img.src)}</td></tr><tr><td style=\"text-align: center; background-color: "
            f'#f2f2f2;"><span style="font-size: 10pt;"><em>{text(img.printed or "")}</em></span>'
            "</td></tr></tbody></table>"
        )
    if style == "jce-figure":
        return (
            '<figure class="image" style="display: table; margin-left: auto; margin-right: auto;">'
            f'{_img_tag(img.src, "chuyen-de-toan")}<figcaption style="display: table-caption; '
            f'caption-side: bottom; text-align: center;">{text(img.printed or "")}</figcaption></figure>'
        )
    # plain
    return f"<p>{_img_tag(img.src)}</p>"


def render_blocks(blocks: list, terms: list[str] | None = None, widget: str = "") -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(widget if b.html == "{{loadmodule}}" else b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(_render_img(b))
            i += 1
            continue
        style = b.style
        group_styles = {"li", "tr", "br"}
        if style in group_styles or style.startswith("fb"):
            key = "fb" if style.startswith("fb") else style
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and (
                blocks[i].style == style or (key == "fb" and blocks[i].style.startswith("fb"))
            ):
                group.append(blocks[i])
                i += 1
            out.append(_render_group(key, group, terms))
            continue
        t = _highlight(text(b.text), terms)
        if style == "b":
            out.append(f"<p><strong>{t}</strong></p>")
        elif style == "h3":
            out.append(f"<h3>{t}</h3>")
        elif style == "quote":
            out.append(f'<blockquote><p style="text-align: justify;"><em>{t}</em></p></blockquote>')
        elif style == "div":
            out.append(f'<div style="text-align: justify;">{t}</div>')
        elif style == "email":
            before, after = b.text.split(EMAIL)
            out.append(f"<p>{text(before)}{_cloak(EMAIL)}{text(after)}</p>")
        elif style == "word":
            out.append(
                '<p class="MsoNormal" style="text-align: justify; text-indent: 36.0pt; line-height: '
                f'150%;">{_word_span(t + "<o:p></o:p>")}</p>'
            )
        elif style == "word-b":
            out.append(
                '<p class="MsoNormal" style="text-align: justify; line-height: 150%;"><b>'
                f'{_word_span(t)}</b>{_word_span("<o:p></o:p>")}</p>'
            )
        elif style.startswith("word-list:"):
            marker = style.split(":", 1)[1]
            out.append(
                '<p class="MsoListParagraphCxSpMiddle" style="margin-left: 0cm; text-align: justify; '
                'text-indent: 36.0pt; line-height: 150%; mso-list: l0 level1 lfo1;">'
                + _word_span(
                    f'<span style="mso-list: Ignore;">{marker}<span style="font: 7.0pt &quot;Times New '
                    'Roman&quot;;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>'
                )
                + _word_span(t + "<o:p></o:p>")
                + "</p>"
            )
        else:
            out.append(f'<p style="text-align: justify;">{t}</p>')
        i += 1
    return "\n".join(out)


def _render_group(key: str, group: list[P], terms: list[str] | None) -> str:
    if key == "li":
        items = "".join(f"<li>{_highlight(text(p.text), terms)}</li>" for p in group)
        return f'<ul style="list-style-type: disc;">{items}</ul>'
    if key == "br":
        return '<p style="text-align: justify;">' + "<br>".join(text(p.text) for p in group) + "</p>"
    if key == "tr":
        rows = []
        for n, p in enumerate(group):
            cells = p.text.split(" | ")
            if n == 0:
                rows.append("<tr>" + "".join(
                    f'<td style="text-align: center; background-color: #deeaf6;"><strong>{text(c)}'
                    "</strong></td>" for c in cells) + "</tr>")
            else:
                rows.append("<tr>" + "".join(f"<td>{text(c)}</td>" for c in cells) + "</tr>")
        return (
            '<table class="table table-bordered" style="width: 100%; border-collapse: collapse;" '
            'border="1" cellpadding="4"><tbody>' + "".join(rows) + "</tbody></table>"
        )
    # a Facebook post pasted as it was: one div per line, emoji drawn as pictures
    lines = []
    for p in group:
        lead = ""
        if p.style.startswith("fb:"):
            _, emoji, code = p.style.split(":")
            lead = (
                '<span class="html-span xexx8yu x4uap5 x18d9i69 xkhd6sd x1hl2dhg x16tdsg8 x1vvkbs '
                'x3nfvp2 x1j61x8r x1fcty0u xdj266r xat24cr xgzva0m xhhsvwb xxymvpz xlup9mm x1kky2od">'
                f'<img height="16" width="16" alt="{emoji}" referrerpolicy="origin-when-cross-origin" '
                f'src="{FB_EMOJI.format(code[-2:], code)}"></span> '
            )
        lines.append(
            '<div class="x11i5rnm xat24cr x1mh8g0r x1vvkbs xtlvy1s x126k92a">'
            f'<div dir="auto" style="text-align: start;">{lead}{text(p.text)}</div></div>'
        )
    return '<div class="xdj266r x11i5rnm xat24cr x1mh8g0r x1vvkbs">' + "".join(lines) + "</div>"


# --- chrome -----------------------------------------------------------------------------------

#: (Itemid, title, path, children)
MENU = [
    (101, "Trang chủ", "/", []),
    (102, "Giới thiệu", "/gioi-thieu", [(108, "Đội ngũ giáo viên", "/gioi-thieu/doi-ngu-giao-vien")]),
    (103, "Tin tức", "/tin-tuc", [(104, "Hoạt động chuyên môn", "/tin-tuc/hoat-dong-chuyen-mon")]),
    (105, "Thông báo", "/thong-bao", []),
    (106, "Văn bản", "/van-ban", []),
    (109, "Thư viện ảnh", "/thu-vien-anh", []),
    (107, "Liên hệ", "/lien-he", []),
]


def _mainnav(active: int) -> str:
    items = []
    for item_id, title, href, children in MENU:
        cls = "nav-item" + (" default" if item_id == 101 else "") + (" current active" if item_id == active else "")
        if not children:
            items.append(
                f'<li class="{cls}" data-id="{item_id}" data-level="1"><a href="{href}" itemprop="url" '
                f'class="nav-link"><span itemprop="name"><span class="menu-item-title">{esc(title)}'
                "</span></span></a></li>"
            )
            continue
        sub = "".join(
            f'<li class="nav-item" data-id="{cid}" data-level="2"><a href="{chref}" itemprop="url" '
            f'class="dropdown-item"><span itemprop="name"><span class="menu-item-title">{esc(ctitle)}'
            "</span></span></a></li>"
            for cid, ctitle, chref in children
        )
        items.append(
            f'<li class="{cls} dropdown parent" data-id="{item_id}" data-level="1"><a href="{href}" '
            'itemprop="url" class="nav-link dropdown-toggle" role="button" aria-haspopup="true" '
            f'aria-expanded="false" data-bs-toggle=""><span itemprop="name"><span class="menu-item-title">'
            f'{esc(title)}</span></span><i class="item-caret"></i></a><div class="dropdown-menu level1" '
            f'data-bs-popper="static"><div class="dropdown-menu-inner"><ul>{sub}</ul></div></div></li>'
        )
    return (
        '<ul class="nav navbar-nav level0" itemscope="itemscope" '
        'itemtype="http://www.schema.org/SiteNavigationElement">' + "".join(items) + "</ul>"
    )


def _offcanvas() -> str:
    items = []
    for item_id, title, href, children in MENU:
        sub = ""
        if children:
            sub = '<ul class="mod-menu__sub list-unstyled small">' + "".join(
                f'<li class="nav-item item-{cid}"><a href="{chref}">{esc(ctitle)}</a></li>'
                for cid, ctitle, chref in children
            ) + "</ul>"
        items.append(f'<li class="nav-item item-{item_id}"><a href="{href}">{esc(title)}</a>{sub}</li>')
    return (
        '<div class="t4-offcanvas" data-offcanvas-options=\'{"modifiers":"right,overlay"}\' '
        'id="off-canvas-right" role="complementary" style="display:none;">'
        '<div class="t4-off-canvas-header"><a href="/" title="Trường THCS Trần Hưng Đạo">'
        f'<img class="logo-img" src="{TPL}/images/logo-thd-small.png" alt="THCS Trần Hưng Đạo"></a>'
        '<button type="button" class="close js-offcanvas-close" data-bs-dismiss="t4-offcanvas" '
        'aria-hidden="true">×</button></div><div class="t4-off-canvas-body menu-item-drill" '
        'data-effect="drill"><div class="t4-module module " id="Mod91"><div class="module-inner">'
        '<div class="module-ct"><ul class="mod-menu mod-list nav ">' + "".join(items)
        + "</ul></div></div></div></div></div>"
    )


def _breadcrumbs(trail: list[tuple[str, str | None]]) -> str:
    items = ['<li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li>']
    for n, (title, href) in enumerate(trail, start=1):
        if href:
            items.append(
                '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" '
                f'class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="{href}" '
                f'class="pathway"><span itemprop="name">{esc(title)}</span></a>'
                f'<meta itemprop="position" content="{n}"></li>'
            )
        else:
            items.append(
                '<li aria-current="page" itemprop="itemListElement" itemscope '
                'itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item '
                f'active"><span itemprop="name">{esc(title)}</span><meta itemprop="position" '
                f'content="{n}"></li>'
            )
    return (
        '<div id="t4-breadcrumbs" class="t4-section t4-breadcrumbs"><div class="t4-section-inner '
        'container"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope '
        'itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">'
        + "".join(items) + "</ol></nav></div></div>"
    )


def _masthead(title: str, desc: str) -> str:
    return (
        '<div id="t4-masthead" class="t4-section t4-masthead  t4-palette-dark"><div '
        'class="t4-section-inner container-fluid"><div class="ja-masthead" style="background-image: '
        "url('/images/banners/masthead-thd-2026.jpg');\"><div class=\"ja-masthead-detail\">"
        f'<h1 class="ja-masthead-title">{esc(title)}</h1><div class="ja-masthead-description">'
        f"{esc(desc)}</div></div></div></div></div>"
    )


def _module(mod_id: int, title: str, body: str, cls: str = "") -> str:
    return (
        f'<div class="t4-module module {cls}" id="Mod{mod_id}"><div class="module-inner">'
        f'<h3 class="module-title "><span>{esc(title)}</span></h3><div class="module-ct">{body}'
        "</div></div></div>"
    )


def _cat_module_list(ids: list[int], link=None) -> str:
    link = link or path_of
    return '<ul class="mod-articlescategory category-module mod-list">' + "".join(
        f'<li><a href="{link(BY_ID[i])}" class="mod-articles-category-title ">{esc(BY_ID[i].title)}</a>'
        f'<span class="mod-articles-category-date">{dmy(BY_ID[i].opts["pub"])}</span></li>'
        for i in ids
    ) + "</ul>"


def _sidebar() -> str:
    search = (
        '<form class="mod-finder js-finder-searchform form-search" action="/component/finder/search" '
        'method="get" role="search"><label for="mod-finder-searchword116" class="visually-hidden '
        'finder">Tìm kiếm</label><div class="mod-finder__search input-group"><input type="text" '
        'name="q" id="mod-finder-searchword116" class="js-finder-search-query form-control" value="" '
        'placeholder="Tìm kiếm..."><button class="btn btn-primary" type="submit"><span '
        'class="icon-search icon-white" aria-hidden="true"></span> Tìm</button></div>'
        '<input type="hidden" name="Itemid" value="101"></form>'
        f'<p class="tim-nhieu small">Tìm nhiều nhất: <a href="{esc(SEARCH_TARGET)}">{SEARCH_Q}</a></p>'
    )
    popular = '<ul class="mostread mod-list">' + "".join(
        '<li itemscope itemtype="https://schema.org/Article">'
        f'<a href="{path_of(BY_ID[i])}" itemprop="url"><span itemprop="name">{esc(BY_ID[i].title)}'
        "</span></a></li>"
        for i in MOST_READ
    ) + "</ul>"
    tag_counts = {a: sum(a in tags_of(s) for s in STORIES) for a in TAGS}
    tags = '<ul class="mod-tagspopular tagspopular">' + "".join(
        f'<li><a href="/component/tags/tag/{alias}">{esc(title)}</a>'
        f'<span class="tag-count badge bg-info">{tag_counts[alias]}</span></li>'
        for alias, (_tid, title) in TAGS.items()
    ) + "</ul>"
    links = (
        '<select class="form-select lienket" onchange="if(this.value) window.open(this.value)">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://sgddt.gialai.gov.vn">Sở GD&amp;ĐT Gia Lai</option>'
        '<option value="https://pgdpleiku.edu.vn">Phòng GD&amp;ĐT TP Pleiku</option>'
        '<option value="https://truonghocketnoi.edu.vn">Trường học kết nối</option></select>'
        '<p class="banner-lk"><a href="https://csdl.moet.gov.vn" target="_blank" rel="noopener">'
        '<img src="/images/banners/csdl-nganh.png" alt="CSDL ngành Giáo dục"></a></p>'
    )
    counter = (
        '<div class="vvisit_counter"><table cellpadding="0" cellspacing="0" style="width: 90%;">'
        "<tbody><tr><td>Đang online</td><td>17</td></tr><tr><td>Hôm nay</td><td>284</td></tr>"
        "<tr><td>Hôm qua</td><td>512</td></tr><tr><td>Tuần này</td><td>1.947</td></tr>"
        "<tr><td>Tổng truy cập</td><td>1.286.405</td></tr></tbody></table></div>"
    )
    poll = (
        '<form action="/" method="post" name="poll_vote_3" class="poll"><p><strong>Bạn biết đến '
        "website của trường qua đâu?</strong></p>"
        '<div class="form-check"><input type="radio" name="voteid" id="v1" value="1" class="form-check-input">'
        '<label for="v1">Giáo viên chủ nhiệm</label></div>'
        '<div class="form-check"><input type="radio" name="voteid" id="v2" value="2" class="form-check-input">'
        '<label for="v2">Nhóm Zalo lớp</label></div>'
        '<div class="form-check"><input type="radio" name="voteid" id="v3" value="3" class="form-check-input">'
        '<label for="v3">Facebook của Liên đội</label></div>'
        '<input type="submit" class="btn btn-sm btn-primary" value="Bình chọn">'
        '<input type="hidden" name="task" value="vote"></form>'
    )
    return (
        '<div class="t4-col sidebar-r col-12 col-lg-4">'
        + _module(116, "Tìm kiếm", search, "mod-search")
        + _module(112, "Thông báo mới", _cat_module_list(SIDEBAR_NOTICES), "tb-moi")
        + _module(113, "Đọc nhiều", popular, "doc-nhieu")
        + _module(117, "Từ khóa", tags)
        + _module(114, "Liên kết", links)
        + _module(118, "Bình chọn", poll)
        + _module(115, "Thống kê truy cập", counter)
        + "</div>"
    )


def _footer() -> str:
    return (
        '<div id="t4-footnav" class="t4-section t4-footnav"><div class="t4-section-inner container">'
        '<div class="t4-row row"><div class="t4-col col-md-8"><div class="t4-module module" id="Mod120">'
        '<div class="module-inner"><div class="module-ct"><div class="custom"><p><strong>TRƯỜNG THCS '
        "TRẦN HƯNG ĐẠO - THÀNH PHỐ PLEIKU</strong></p><p>Địa chỉ: 68 Trần Hưng Đạo, phường Hội "
        "Thương, thành phố Pleiku, tỉnh Gia Lai</p><p>Điện thoại: 0269 3824 617 - Email: "
        + _cloak(EMAIL)
        + "</p><p>Chịu trách nhiệm nội dung: Thầy Nguyễn Văn Thành - Hiệu trưởng</p></div></div></div>"
        '</div></div><div class="t4-col col-md-4"><ul class="social-list"><li><a '
        'href="https://www.facebook.com/thcstranhungdao.pleiku" target="_blank" rel="noopener">'
        '<span class="fab fa-facebook-f"></span> Fanpage</a></li><li><a href="https://www.youtube.com/'
        '@thcstranhungdaopleiku" target="_blank" rel="noopener"><span class="fab fa-youtube"></span> '
        "YouTube</a></li></ul></div></div></div></div>"
        '<div id="t4-footer" class="t4-section t4-footer"><div class="t4-section-inner container">'
        '<div class="footer1">Bản quyền © 2026 Trường THCS Trần Hưng Đạo. Thiết kế trên nền '
        '<a href="https://www.joomla.org" rel="nofollow">Joomla!</a> và T4 Framework.</div></div></div>'
    )


def page(
    request: Request,
    *,
    title: str,
    body_class: str,
    active: int,
    masthead: tuple[str, str],
    trail: list[tuple[str, str | None]],
    main: str,
    bottom: str = "",
    description: str = "",
    head_extra: str = "",
) -> str:
    base = base_url(request)
    desc = description or "Cổng thông tin điện tử Trường THCS Trần Hưng Đạo, thành phố Pleiku, tỉnh Gia Lai"
    options = json.dumps(
        {"joomla.jtext": {"ERROR": "Lỗi", "MESSAGE": "Thông báo"},
         "system.paths": {"root": "", "rootFull": base + "/", "base": "", "baseFull": base + "/"},
         "csrf.token": "5f0c2b7a91e4d38c06a1f7e2b94d5c13"},
        ensure_ascii=True,
    )
    bottom_section = ""
    if bottom:
        bottom_section = (
            '<div id="t4-section-bottom" class="t4-section t4-section-bottom"><div '
            f'class="t4-section-inner container">{bottom}</div></div>'
        )
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="{esc(desc)}">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(SITE)} - {esc(title)}</title>
<link href="{TPL}/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
<link href="/media/t4/optimize/css/4d0b2e1a7c9f3e58a16b.css?v=4.3.2" rel="stylesheet">
<link href="{TPL}/local/css/custom.css?v=4.3.2" rel="stylesheet">
{head_extra}
<script type="application/json" class="joomla-script-options new">{options}</script>
<script src="/media/system/js/core.min.js?576eb51da909dcf692c98643faa6fc89629ead18"></script>
<script src="/media/vendor/bootstrap/js/bootstrap-es5.min.js?5.2.3" nomodule defer></script>
<script src="/media/system/js/joomla-hidden-mail-es5.min.js?b2c8377606bb898b64d21e2d06c6bb925371b9c3" nomodule defer></script>
<script src="/media/system/js/joomla-hidden-mail.min.js?065992337609bf436e2fedbcbdc3de1406158b97" type="module"></script>
<script src="/plugins/system/t4/themes/base/js/base.js?v=4.3.2"></script>
<script src="{TPL}/js/template.js"></script>
</head>
<body class="site-default navigation-edumy theme-default layout-default nav-breakpoint-lg {body_class} loaded-bs5" data-jver="4">
{_offcanvas()}
<div class="t4-wrapper"><div class="t4-content"><div class="t4-content-inner">
<div id="t4-topbar" class="t4-section t4-topbar"><div class="t4-section-inner container"><div class="t4-row row">
<div class="t4-col topbar-l col-md"><span class="ngay-thang"><span class="fa fa-calendar"></span> {TODAY}</span>
 <span class="hotline">Hotline: 0269 3824 617</span></div>
<div class="t4-col topbar-r col-md text-end"><a href="https://www.facebook.com/thcstranhungdao.pleiku" target="_blank" rel="noopener">Facebook</a> | <a href="https://zalo.me/0269382461" target="_blank" rel="noopener">Zalo</a></div>
</div></div></div>
<div id="t4-header" class="t4-section t4-header"><div class="t4-section-inner container"><div class="t4-row row">
<div class="t4-col logo col-md"><div class="navbar-brand logo-image"><a href="/" title="Trường THCS Trần Hưng Đạo">
<img class="logo-img" width="96" height="96" src="{TPL}/images/logo-thd.png" alt="Trường THCS Trần Hưng Đạo"></a>
<div class="site-name-wrap"><div class="sub-name">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ PLEIKU</div><div class="site-name">TRƯỜNG THCS TRẦN HƯNG ĐẠO</div></div></div></div>
<div class="t4-col header-r col-md-auto"><span id="triggerButton" class="btn js-offcanvas-trigger t4-offcanvas-toggle d-lg-none" data-offcanvas-trigger="off-canvas-right"><i class="fa fa-bars toggle-bars"></i></span></div>
</div></div></div>
<div id="t4-mainnav" class="t4-section t4-mainnav  t4-palette-mainnav"><div class="t4-section-inner container">
<div class="t4-navbar"><nav class="navbar navbar-expand-lg"><div id="t4-megamenu-mainmenu" class="t4-megamenu collapse navbar-collapse slide animate" data-duration="400">
{_mainnav(active)}
</div></nav></div></div></div>
{_masthead(*masthead)}
{_breadcrumbs(trail)}
<div id="t4-main-body" class="t4-section t4-main-body"><div class="t4-section-inner container"><div class="t4-row row">
<div class="t4-col component col-12 col-lg">
<div id="system-message-container" aria-live="polite"></div>
{main}
</div>
{_sidebar()}
</div></div></div>
{bottom_section}
{_footer()}
</div></div></div>
<a href="javascript:" id="back-to-top" class="back-to-top"><i class="fa fa-chevron-up"></i></a>
</body>
</html>"""


# --- article pages ------------------------------------------------------------------------------


MASTS = {
    101: ("Trang chủ", "Trường THCS Trần Hưng Đạo - Kỷ cương, tình thương, trách nhiệm"),
    102: ("Giới thiệu", "Lịch sử hình thành và phát triển của nhà trường"),
    103: ("Tin tức", "Tin tức - sự kiện của Trường THCS Trần Hưng Đạo"),
    104: ("Hoạt động chuyên môn", "Sinh hoạt tổ, chuyên đề, hội giảng và bồi dưỡng giáo viên"),
    105: ("Thông báo", "Thông báo của nhà trường đến giáo viên, học sinh và cha mẹ học sinh"),
    106: ("Văn bản", "Văn bản chỉ đạo, điều hành của nhà trường"),
    107: ("Liên hệ", "Thông tin liên hệ với nhà trường"),
    109: ("Thư viện ảnh", "Hình ảnh hoạt động của thầy và trò"),
}


def _cat_href(cat: str) -> str:
    return "/thong-bao" if cat == "thong-bao" else f"/tin-tuc/{cat}"


def _aside(s: Story) -> str:
    o = s.opts
    cat_title = CATS[s.cat][1]
    dd = [
        '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<span class="fa fa-user" aria-hidden="true"></span> Viết bởi: <span itemprop="name">'
        f'{esc(o["aside_author"])}</span></dd>',
        '<dd class="category-name"><span class="fa fa-folder-open" aria-hidden="true"></span> '
        f'Danh mục: <a href="{_cat_href(s.cat)}" itemprop="genre">{esc(cat_title)}</a></dd>',
    ]
    if o.get("created"):
        dd.append(
            '<dd class="create"><span class="fa fa-calendar" aria-hidden="true"></span> '
            f'<time datetime="{iso(o["created"])}" itemprop="dateCreated">Ngày tạo: {lc3(o["created"])}'
            "</time></dd>"
        )
    dd.append(
        '<dd class="published"><span class="fa fa-calendar-check" aria-hidden="true"></span> '
        f'<time datetime="{iso(o["pub"])}" itemprop="datePublished">Ngày đăng: {lc3(o["pub"])}</time></dd>'
    )
    if o.get("modified"):
        dd.append(
            '<dd class="modified"><span class="fa fa-calendar" aria-hidden="true"></span> '
            f'<time datetime="{iso(o["modified"])}" itemprop="dateModified">Cập nhật lần cuối: '
            f'{lc3(o["modified"])}</time></dd>'
        )
    dd.append(
        '<dd class="hits"><span class="fa fa-eye" aria-hidden="true"></span> <meta '
        f'itemprop="interactionCount" content="UserPageVisits:{HITS[s.id]}"> Lượt xem: {HITS[s.id]}</dd>'
    )
    return (
        '<div class="article-aside"><dl class="article-info muted"><dt class="article-info-term">'
        "Thông tin chi tiết</dt>" + "".join(dd) + "</dl></div>"
    )


def _share(url: str) -> str:
    return (
        '<div class="jb-chiase"><span class="chiase-lbl">Chia sẻ:</span> '
        f'<a class="chiase-fb" href="https://www.facebook.com/sharer/sharer.php?u={quote(url, safe="")}" '
        'target="_blank" rel="noopener"><span class="fab fa-facebook-f"></span> Facebook</a> '
        f'<div class="zalo-share-button" data-href="{esc(url)}" data-oaid="579745863508352884" '
        'data-layout="1" data-color="blue" data-customize="false"></div> '
        '<a href="#" onclick="window.print();return false;" class="chiase-in"><span class="fa fa-print">'
        "</span> In bài</a></div>"
    )


def _tags_list(s: Story) -> str:
    if not tags_of(s):
        return ""
    items = "".join(
        f'<li class="list-inline-item tag-{TAGS[a][0]} tag-list{n}" itemprop="keywords">'
        f'<a href="/component/tags/tag/{a}" class="btn btn-sm btn-info">{esc(TAGS[a][1])}</a></li>'
        for n, a in enumerate(tags_of(s))
    )
    return f'<ul class="tags list-inline">{items}</ul>'


def _gallery(s: Story) -> str:
    imgs = [b for b in s.blocks if isinstance(b, Img) and b.style == "gallery"]
    if not imgs:
        return ""
    gid = f"ja-gallery-{s.id}"
    buttons = "".join(
        f'<button type="button" data-bs-target="#{gid}" data-bs-slide-to="{n}"'
        + (' class="active" aria-current="true"' if n == 0 else "")
        + f' aria-label="Slide {n + 1}"></button>'
        for n in range(len(imgs))
    )
    items = []
    for n, img in enumerate(imgs):
        name = img.src.rsplit("/", 1)[1].rsplit(".", 1)[0]
        cap = (
            f'<div class="carousel-caption d-none d-md-block"><p>{text(img.printed)}</p></div>'
            if img.printed else ""
        )
        items.append(
            f'<div class="carousel-item{" active" if n == 0 else ""}"><img src="{esc(img.src)}" '
            f'class="d-block w-100" alt="{esc(name)}" loading="lazy">{cap}</div>'
        )
    return (
        '<div class="ja-ct-gallery"><div id="' + gid + '" class="carousel slide" data-bs-ride="carousel">'
        f'<div class="carousel-indicators">{buttons}</div><div class="carousel-inner">{"".join(items)}'
        f'</div><button class="carousel-control-prev" type="button" data-bs-target="#{gid}" '
        'data-bs-slide="prev"><span class="carousel-control-prev-icon" aria-hidden="true"></span>'
        '<span class="visually-hidden">Trước</span></button><button class="carousel-control-next" '
        f'type="button" data-bs-target="#{gid}" data-bs-slide="next"><span '
        'class="carousel-control-next-icon" aria-hidden="true"></span><span class="visually-hidden">'
        "Tiếp</span></button></div></div>"
    )


def _fulltext_image(s: Story) -> str:
    for b in s.blocks:
        if isinstance(b, Img) and b.style == "fulltext":
            return (
                f'<figure class="left item-image"><img src="{esc(b.src)}" itemprop="image" alt="" '
                f'width="1200" height="800" loading="lazy"><figcaption class="caption">{text(b.printed or "")}'
                "</figcaption></figure>"
            )
    return ""


def _latest_widget() -> str:
    items = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{path_of(s)}" itemprop="url">'
        f'<span itemprop="name">{esc(s.title)}</span></a></li>'
        for s in ORDER[:3]
    )
    return (
        '<div class="moduletable "><h3>Tin mới đăng</h3><ul class="mod-articleslatest latestnews '
        f'mod-list">{items}</ul></div>'
    )


def _pagebreak(s: Story, part: int | None) -> tuple[str, list, str]:
    """The TOC + counter + pager the pagebreak plugin puts inside the text, and the part's blocks."""
    cut = s.opts["pagebreak"]
    body_blocks = [b for b in s.blocks if not (isinstance(b, Img) and b.style in ("gallery", "fulltext"))]
    base = path_of(s)
    titles = [s.title, s.opts["pagebreak_titles"][1]]
    toc_links = [f"{base}?showall=", f"{base}?showall=&amp;start=1"]
    toc = "".join(
        f'<li class=""><a href="{href}" class="toclink{" active" if part == n else ""}">{esc(t)}</a></li>'
        for n, (href, t) in enumerate(zip(toc_links, titles, strict=True))
    )
    toc += (
        f'<li class=""><a href="{base}?showall=1" class="toclink{" active" if part is None else ""}">'
        "Tất cả các trang</a></li>"
    )
    index = (
        '<div class="card float-end article-index ms-3 mb-3"><div class="card-body"><h3>Mục lục</h3>'
        f'<ul class="nav flex-column">{toc}</ul></div></div>'
    )
    if part is None:
        return index, body_blocks, ""
    counter = f'<div class="pagenavcounter">Trang {part + 1} / 2</div>'
    if part == 0:
        pager = (
            '<div class="pager"><ul class="pagination"><li class="previous page-item disabled"><span '
            'class="page-link">Trước</span></li><li class="next page-item"><a '
            f'href="{base}?start=1" class="page-link">Tiếp theo <span class="icon-chevron-right" '
            'aria-hidden="true"></span></a></li></ul></div>'
        )
        blocks = body_blocks[:cut]
    else:
        pager = (
            '<div class="pager"><ul class="pagination"><li class="previous page-item"><a '
            f'href="{base}?showall=&amp;start=0" class="page-link"><span class="icon-chevron-left" '
            'aria-hidden="true"></span> Trước</a></li><li class="next page-item disabled"><span '
            'class="page-link">Tiếp theo</span></li></ul></div>'
        )
        blocks = body_blocks[cut:]
    return index + counter, blocks, pager


def _pagenav(s: Story) -> str:
    if s.cat != "tin-hoat-dong":
        return ""
    same = [x for x in ORDER if x.cat == s.cat]
    n = same.index(s)
    parts = []
    if n > 0:
        p = same[n - 1]
        parts.append(
            f'<a class="btn btn-sm btn-secondary previous" href="{path_of(p)}" rel="prev"><span '
            f'class="visually-hidden">Bài trước: {esc(p.title)}</span><span class="icon-chevron-left" '
            'aria-hidden="true"></span> <span aria-hidden="true">Bài trước</span></a>'
        )
    if n + 1 < len(same):
        q = same[n + 1]
        parts.append(
            f'<a class="btn btn-sm btn-secondary next" href="{path_of(q)}" rel="next"><span '
            f'class="visually-hidden">Bài tiếp: {esc(q.title)}</span><span aria-hidden="true">Bài tiếp'
            '</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>'
        )
    return (
        '<nav class="pagenavigation" aria-label="Điều hướng trang"><span class="pagination ms-0">'
        + "".join(parts) + "</span></nav>"
    )


def _fields(s: Story) -> str:
    fields = s.opts.get("fields")
    if not fields:
        return ""
    return '<ul class="fields-container">' + "".join(
        f'<li class="field-entry {cls} "><span class="field-label ">{esc(label)}: </span>'
        f'<span class="field-value ">{esc(value)}</span></li>'
        for cls, label, value in fields
    ) + "</ul>"


RELATIVE_FROM = "2026-10-21"


def _other_articles(s: Story) -> str:
    # mod_articles_category: same category, "Date Filtering: Relative Date" of 45 days, 3 items
    others = [x for x in ORDER if x.cat == s.cat and x.id != s.id and x.opts["pub"] >= RELATIVE_FROM][:3]
    link = notice_menu_path if s.cat == "thong-bao" else path_of
    return _module(134, "Các bài viết khác", _cat_module_list([x.id for x in others], link), "cac-bai-khac")


def article_page(request: Request, s: Story, *, route: str = "tin-tuc", part: int | str | None = "all",
                 terms: list[str] | None = None) -> str:
    cat_title = CATS[s.cat][1]
    body_blocks = [b for b in s.blocks if not (isinstance(b, Img) and b.style in ("gallery", "fulltext"))]
    pre, post = "", ""
    if "pagebreak" in s.opts:
        if part == "all":
            part = 0
        pre, body_blocks, post = _pagebreak(s, part)  # type: ignore[arg-type]
    body = render_blocks(body_blocks, terms, widget=_latest_widget())
    title_suffix = " - Trang 2" if part == 1 else ""
    url = base_url(request) + path_of(s)
    main = (
        '<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">'
        '<meta itemprop="inLanguage" content="vi-VN">'
        f'<div class="page-header"><h2 itemprop="headline">{esc(s.title)}</h2></div>'
        + _share(url) + _aside(s) + _tags_list(s) + _gallery(s) + _fulltext_image(s)
        + f'<div itemprop="articleBody" class="com-content-article__body">{pre}{body}{post}</div>'
        + _fields(s) + _pagenav(s) + "</div>"
    )
    if route == "thong-bao":
        active, mast = 105, MASTS[105]
        trail = [("Trang chủ", "/"), ("Thông báo", "/thong-bao"), (s.title, None)]
    elif route == "component":
        active, mast = 101, MASTS[101]
        trail = [("Trang chủ", "/"), (cat_title, _cat_href(s.cat)), (s.title, None)]
    else:
        active = 104 if s.cat == "hoat-dong-chuyen-mon" else 103
        mast = MASTS[active]
        trail = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), (cat_title, _cat_href(s.cat)), (s.title, None)]
    first = next(b for b in s.blocks if isinstance(b, P)).text
    return page(
        request,
        title=s.title + title_suffix,
        body_class=f"com_content view-article item-{active}",
        active=active,
        masthead=mast,
        trail=trail,
        main=main,
        bottom=_other_articles(s),
        description=first[:160],
    )


# --- listings -----------------------------------------------------------------------------------


def _pagination(pages: list[str], current: int) -> str:
    """J4's pager: first/previous/next/last are icons only, the numbers carry the text."""
    def li(href: str | None, inner: str, label: str, active: bool = False) -> str:
        if active:
            return (
                f'<li class="active page-item"><a aria-current="true" aria-label="Trang {inner}" href="#" '
                f'class="page-link">{inner}</a></li>'
            )
        if href is None:
            return f'<li class="disabled page-item"><span class="page-link" aria-hidden="true">{inner}</span></li>'
        return f'<li class="page-item"><a aria-label="{label}" href="{esc(href)}" class="page-link">{inner}</a></li>'

    icon = '<span class="icon-angle-{}" aria-hidden="true"></span>'
    last = len(pages) - 1
    items = [
        li(pages[0] if current else None, icon.format("double-left"), "Đi đến trang đầu"),
        li(pages[current - 1] if current else None, icon.format("left"), "Đi đến trang trước"),
    ]
    for n, href in enumerate(pages):
        items.append(li(href, str(n + 1), f"Đi đến trang {n + 1}", active=n == current))
    items += [
        li(pages[current + 1] if current < last else None, icon.format("right"), "Đi đến trang tiếp"),
        li(pages[last] if current < last else None, icon.format("double-right"), "Đi đến trang cuối"),
    ]
    return (
        '<nav class="pagination__wrapper" aria-label="Phân trang"><ul class="pagination ms-0 mb-4">'
        + "".join(items) + "</ul></nav>"
    )


def _blog_item(s: Story, with_image: bool = True) -> str:
    cat_title = CATS[s.cat][1]
    img = ""
    if with_image and s.opts.get("intro_img"):
        img = (
            f'<div class="pull-left item-image"><a href="{path_of(s)}"><img src="/images/intro/'
            f'{s.opts["intro_img"]}-intro.jpg" itemprop="thumbnailUrl" alt="" width="400" height="267" '
            'loading="lazy"></a></div>'
        )
    intro = next(b for b in s.blocks if isinstance(b, P)).text
    return (
        '<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope '
        f'itemtype="https://schema.org/BlogPosting">{img}<div class="item-content"><div '
        f'class="page-header"><h2 itemprop="name"><a href="{path_of(s)}" itemprop="url">{esc(s.title)}'
        '</a></h2></div><dl class="article-info muted"><dt class="article-info-term">Thông tin chi tiết'
        f'</dt><dd class="category-name"><span class="fa fa-folder-open" aria-hidden="true"></span> '
        f'Danh mục: <a href="{_cat_href(s.cat)}" itemprop="genre">{esc(cat_title)}</a></dd>'
        '<dd class="published"><span class="fa fa-calendar-check" aria-hidden="true"></span> '
        f'<time datetime="{iso(s.opts["pub"])}" itemprop="datePublished">Ngày đăng: {lc3(s.opts["pub"])}'
        f'</time></dd></dl><p>{text(intro)}</p><p class="readmore"><a class="btn btn-secondary" '
        f'href="{path_of(s)}" aria-label="Đọc thêm: {esc(s.title)}"><span class="icon-chevron-right" '
        'aria-hidden="true"></span> Đọc thêm ...</a></p></div></div>'
    )


#: blog path -> (Itemid, heading, stories, leading, intro, links)
BLOGS = {
    "/tin-tuc": (103, "Tin tức", lambda: ORDER, 1, 4, 4),
    "/tin-tuc/hoat-dong-chuyen-mon": (
        104, "Hoạt động chuyên môn", lambda: [s for s in ORDER if s.cat == "hoat-dong-chuyen-mon"], 1, 2, 0),
    "/tin-tuc/tin-hoat-dong": (
        103, "Tin hoạt động", lambda: [s for s in ORDER if s.cat == "tin-hoat-dong"], 1, 4, 0),
}


def blog_page(request: Request, path: str, start: int) -> str | None:
    item_id, heading, items_of, leading, intro, links = BLOGS[path]
    items = items_of()
    per = leading + intro
    starts = list(range(0, len(items), per))
    if start not in starts:
        return None
    current = starts.index(start)
    shown = items[start:start + per]
    lead_html = "".join(_blog_item(s) for s in shown[:leading])
    intro_html = "".join(
        f'<div class="blog-item-col col-md-6">{_blog_item(s)}</div>' for s in shown[leading:]
    )
    more = items[start + per:start + per + links]
    more_html = ""
    if more:
        more_html = (
            '<div class="com-content-category-blog__links items-more"><h3>Bài viết khác</h3>'
            '<ol class="com-content-blog__links">' + "".join(
                f'<li class="com-content-blog__link"><a href="{path_of(s)}">{esc(s.title)}</a></li>'
                for s in more
            ) + "</ol></div>"
        )
    nav = ""
    if len(starts) > 1:
        pages = [path if st == 0 else f"{path}?start={st}" for st in starts]
        nav = (
            '<div class="com-content-category-blog__navigation w-100"><p class="com-content-category-blog__'
            f'counter counter float-end pt-3 pe-2">Trang {current + 1} / {len(starts)}</p><div '
            f'class="com-content-category-blog__pagination">{_pagination(pages, current)}</div></div>'
        )
    main = (
        '<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">'
        f'<div class="page-header"><h1>{esc(heading)}</h1></div>'
        f'<div class="com-content-category-blog__items blog-items items-leading">{lead_html}</div>'
        f'<div class="com-content-category-blog__items blog-items columns-2 row">{intro_html}</div>'
        f"{more_html}{nav}</div>"
    )
    trail = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc" if path != "/tin-tuc" else None)]
    if path != "/tin-tuc":
        trail.append((heading, None))
    title = heading + (f" - Trang {current + 1}" if current else "")
    return page(request, title=title, body_class=f"com_content view-category layout-blog item-{item_id}",
                active=item_id, masthead=MASTS[item_id], trail=trail, main=main)


NOTICE_LIMIT = 5


def notice_list_page(request: Request, limitstart: int) -> str | None:
    items = [s for s in ORDER if s.cat == "thong-bao"]
    starts = list(range(0, len(items), NOTICE_LIMIT))
    if limitstart not in starts:
        return None
    current = starts.index(limitstart)
    rows = "".join(
        f'<tr class="cat-list-row{n % 2}"><th class="list-title" scope="row"><a href="{path_of(s)}">'
        f'{esc(s.title)}</a></th><td class="list-date small">{dmy(s.opts["pub"])}</td><td '
        f'class="list-hits"><span class="badge bg-info">Lượt xem: {HITS[s.id]}</span></td></tr>'
        for n, s in enumerate(items[limitstart:limitstart + NOTICE_LIMIT])
    )
    options = "".join(
        f'<option value="{v}"{" selected" if v == NOTICE_LIMIT else ""}>{label}</option>'
        for v, label in [(5, "5"), (10, "10"), (15, "15"), (20, "20"), (25, "25"), (30, "30"),
                         (50, "50"), (100, "100"), (0, "Tất cả")]
    )
    pages = [f"/thong-bao?limit={NOTICE_LIMIT}&limitstart={st}" for st in starts]
    main = (
        '<div class="com-content-category category-list"><div class="page-header"><h1>Thông báo</h1>'
        '</div><div class="com-content-category__articles"><form action="/thong-bao" method="post" '
        'name="adminForm" id="adminForm" class="com-content-category__articles">'
        '<div class="com-content-category__pagination btn-group float-end"><label for="limit" '
        'class="visually-hidden">Hiển thị #</label><select id="limit" name="limit" class="form-select" '
        f'onchange="this.form.submit()">{options}</select></div>'
        '<table class="com-content-category__table category table table-striped table-bordered '
        'table-hover"><caption class="visually-hidden">Bài viết, Sắp xếp theo: </caption><thead><tr>'
        '<th scope="col" id="categorylist_header_title">Tiêu đề</th><th scope="col" '
        'id="categorylist_header_date">Ngày đăng</th><th scope="col" id="categorylist_header_hits">'
        f"Lượt xem</th></tr></thead><tbody>{rows}</tbody></table>"
        '<div class="com-content-category__navigation w-100"><p class="com-content-category__counter '
        f'counter float-end pt-3 pe-2">Trang {current + 1} / {len(starts)}</p><div '
        f'class="com-content-category__pagination">{_pagination(pages, current)}</div></div>'
        '<div><input type="hidden" name="filter_order" value=""><input type="hidden" '
        'name="filter_order_Dir" value=""><input type="hidden" name="limitstart" value="">'
        '<input type="hidden" name="task" value=""></div></form></div></div>'
    )
    return page(request, title="Thông báo", body_class="com_content view-category layout-default item-105",
                active=105, masthead=MASTS[105], trail=[("Trang chủ", "/"), ("Thông báo", None)], main=main)


def home_page(request: Request) -> str:
    featured = [s for s in ORDER if s.opts.get("featured")]
    items = "".join(
        f'<div class="blog-item col-md-4">{_blog_item(s)}</div>' for s in featured
    )
    main = (
        '<div class="blog-featured" itemscope itemtype="https://schema.org/Blog"><h2 class="tin-noi-bat">'
        f'Tin nổi bật</h2><div class="blog-items items-leading row">{items}</div></div>'
        '<div class="t4-module module gioi-thieu-ngan" id="Mod125"><div class="module-inner"><div '
        'class="module-ct"><div class="custom"><p><img src="/images/banners/truong-thd.jpg" '
        'alt="Trường THCS Trần Hưng Đạo" width="600" height="300"></p><p>Trường THCS Trần Hưng Đạo '
        "được thành lập năm 1993, hiện có 32 lớp với hơn 1.300 học sinh và 76 cán bộ, giáo viên, "
        'nhân viên. <a href="/gioi-thieu">Xem giới thiệu</a></p><p><a href="/thu-vien-anh">Thư viện '
        "ảnh hoạt động</a></p></div></div></div></div>"
    )
    return page(request, title="Trang chủ", body_class="com_content view-featured item-101", active=101,
                masthead=MASTS[101], trail=[("Trang chủ", None)], main=main)


def tag_page(request: Request, alias: str) -> str:
    tag_id, title = TAGS[alias]
    items = "".join(
        '<li class="list-group-item list-group-item-action"><h3><a href="'
        f'{esc(component_path(s))}">{esc(s.title)}</a></h3><span class="tag-body">'
        f'{text(next(b for b in s.blocks if isinstance(b, P)).text[:180])}…</span></li>'
        for s in ORDER if alias in tags_of(s)
    )
    main = (
        f'<div class="com-tags-tag tag-category"><h1>{esc(title)}</h1><div class="com-tags__items">'
        '<form action="/component/tags/tag/' + alias + '" method="post" name="adminForm" id="adminForm">'
        f'<ul class="com-tags-tag__category category list-group">{items}</ul></form></div></div>'
    )
    return page(request, title=title, body_class=f"com_tags view-tag item-101 tag-{tag_id}", active=101,
                masthead=("Thẻ: " + title, "Các bài viết được gắn thẻ"),
                trail=[("Trang chủ", "/"), (title, None)], main=main)


def search_page(request: Request, q: str) -> str:
    hits = [s for s in ORDER if s.opts.get("search")] if q.strip().lower() == SEARCH_Q else []
    results = ""
    for s in hits:
        href = f"{path_of(s)}?highlight={HIGHLIGHT}"
        para = next(p.text for p in s.blocks if isinstance(p, P) and SEARCH_Q in p.text.lower())
        snippet = _highlight(text(para[:200]), SEARCH_TERMS).replace(
            'span class="highlight"', 'mark class="result__mark"').replace("</span>", "</mark>")
        results += (
            f'<li class="result__item"><p class="result__title"><a href="{esc(href)}" '
            f'class="result__title-link"><span class="result__title-text">{esc(s.title)}</span></a></p>'
            f'<p class="result__description"><span class="result__date date">{dmy(s.opts["pub"])}</span> '
            f'{snippet}…</p><div class="result__taxonomy result__taxonomy--Category"><span '
            f'class="result__taxonomy-title">Danh mục:</span> {esc(CATS[s.cat][1])}</div>'
            f'<div class="result__url"><cite class="result__url-text">{esc(base_url(request) + path_of(s))}'
            "</cite></div></li>"
        )
    body = (
        f'<ol id="search-result-list" class="com-finder__results-list" start="1">{results}</ol>'
        if results else
        '<div id="search-result-empty" class="com-finder__empty"><h2>Không có kết quả</h2></div>'
    )
    main = (
        '<div class="com-finder finder"><h1>Tìm kiếm</h1><div id="search-form" class="com-finder__form">'
        '<form action="/component/finder/search" method="get" class="js-finder-searchform"><input '
        f'type="text" name="q" class="form-control" value="{esc(q)}"><input type="hidden" name="Itemid" '
        'value="101"><button type="submit" class="btn btn-primary">Tìm</button></form></div>'
        f'<div id="search-results" class="com-finder__results">{body}</div></div>'
    )
    return page(request, title="Tìm kiếm", body_class="com_finder view-search item-101", active=101,
                masthead=("Tìm kiếm", "Tìm kiếm trên cổng thông tin"),
                trail=[("Trang chủ", "/"), ("Tìm kiếm", None)], main=main)


# --- pages that are not articles ------------------------------------------------------------------


def _single_article(title: str, inner: str) -> str:
    """A single-article menu item: com_content article view with the info block switched off."""
    return (
        '<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">'
        f'<meta itemprop="inLanguage" content="vi-VN"><div class="page-header"><h2 itemprop="headline">'
        f'{esc(title)}</h2></div><div itemprop="articleBody" class="com-content-article__body">{inner}'
        "</div></div>"
    )


def intro_page(request: Request) -> str:
    inner = (
        '<p style="text-align: center;"><img src="/images/gioi-thieu/cong-truong-thd.jpg" alt="Cổng '
        'trường" width="900" height="500"></p>'
        "<p>Trường THCS Trần Hưng Đạo được thành lập ngày 15/8/1993 trên cơ sở tách từ Trường PTCS Hội "
        "Thương, đóng tại số 68 đường Trần Hưng Đạo, phường Hội Thương, thành phố Pleiku. Trải qua hơn 30 "
        "năm xây dựng và phát triển, nhà trường luôn là một trong những đơn vị dẫn đầu khối THCS của "
        "thành phố.</p>"
        "<p>Năm học 2026 - 2027, trường có 32 lớp với 1.318 học sinh, trong đó có 96 học sinh là người "
        "dân tộc thiểu số; đội ngũ gồm 76 cán bộ quản lý, giáo viên và nhân viên, 100% giáo viên đạt "
        "chuẩn và trên chuẩn về trình độ đào tạo.</p>"
        "<p>Nhà trường đạt chuẩn quốc gia mức độ 2 năm 2021 và kiểm định chất lượng giáo dục cấp độ 3; "
        "nhiều năm liền được UBND tỉnh Gia Lai tặng Cờ thi đua xuất sắc.</p>"
        '<h3>Ban Giám hiệu</h3><ul><li>Hiệu trưởng: Thầy Nguyễn Văn Thành</li><li>Phó Hiệu trưởng: Cô '
        "Trần Thị Kim Oanh</li><li>Phó Hiệu trưởng: Thầy Võ Đình Khải</li></ul>"
    )
    return page(request, title="Giới thiệu chung", body_class="com_content view-article item-102",
                active=102, masthead=MASTS[102], trail=[("Trang chủ", "/"), ("Giới thiệu", None)],
                main=_single_article("Giới thiệu chung", inner))


STAFF = [
    ("Toán - Tin", "Lê Minh Quân", 14),
    ("Khoa học tự nhiên", "Rơ Châm Hyưu", 12),
    ("Xã hội", "Hoàng Thị Mai", 18),
    ("Ngoại ngữ", "Nguyễn Thị Lan Anh", 9),
    ("Nghệ thuật - Thể chất", "Phạm Quốc Việt", 11),
    ("Văn phòng", "Đặng Thị Hồng", 8),
]


def staff_page(request: Request) -> str:
    rows = "".join(
        f"<tr><td>{n}</td><td>Tổ {esc(t)}</td><td>{esc(head)}</td><td>{count}</td></tr>"
        for n, (t, head, count) in enumerate(STAFF, start=1)
    )
    inner = (
        "<p>Đội ngũ cán bộ, giáo viên, nhân viên nhà trường năm học 2026 - 2027 được tổ chức thành 5 tổ "
        "chuyên môn và tổ Văn phòng:</p>"
        '<table class="table table-bordered" border="1"><tbody><tr><td><strong>TT</strong></td><td>'
        "<strong>Tổ</strong></td><td><strong>Tổ trưởng</strong></td><td><strong>Số thành viên</strong>"
        f"</td></tr>{rows}</tbody></table>"
    )
    return page(request, title="Đội ngũ giáo viên", body_class="com_content view-article item-108",
                active=102, masthead=MASTS[102],
                trail=[("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu"), ("Đội ngũ giáo viên", None)],
                main=_single_article("Đội ngũ giáo viên", inner))


def contact_page(request: Request) -> str:
    main = (
        '<div class="com-contact contact" itemscope itemtype="https://schema.org/Person"><div '
        'class="page-header"><h1><span class="contact-name" itemprop="name">Văn phòng Trường THCS Trần '
        'Hưng Đạo</span></h1></div><div class="com-contact__container"><h3>Thông tin liên hệ</h3>'
        '<dl class="com-contact__address contact-address dl-horizontal" itemprop="address" itemscope '
        'itemtype="https://schema.org/PostalAddress"><dt><span class="icon-address" aria-hidden="true">'
        '</span></dt><dd><span class="contact-street" itemprop="streetAddress">68 Trần Hưng Đạo, phường '
        'Hội Thương</span></dd><dd><span class="contact-suburb" itemprop="addressLocality">Thành phố '
        'Pleiku, tỉnh Gia Lai</span></dd></dl><dl class="contact-address dl-horizontal"><dt><span '
        'class="icon-envelope" aria-hidden="true"></span></dt><dd><span class="contact-emailto">'
        + _cloak(EMAIL)
        + '</span></dd><dt><span class="icon-phone" aria-hidden="true"></span></dt><dd><span '
        'class="contact-telephone" itemprop="telephone">0269 3824 617</span></dd></dl></div>'
        '<div class="com-contact__form contact-form"><form id="contact-form" action="/lien-he" '
        'method="post" class="form-validate form-horizontal well"><fieldset><legend>Gửi thư cho chúng '
        'tôi</legend><div class="control-group"><label id="jform_contact_name-lbl" for="jform_contact_name">'
        'Họ và tên<span class="star" aria-hidden="true">&#160;*</span></label><input type="text" '
        'name="jform[contact_name]" id="jform_contact_name" class="form-control required"></div>'
        '<div class="control-group"><label for="jform_contact_email">Email</label><input type="email" '
        'name="jform[contact_email]" id="jform_contact_email" class="form-control required"></div>'
        '<div class="control-group"><label for="jform_contact_message">Nội dung</label><textarea '
        'name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" '
        'class="form-control required"></textarea></div></fieldset><button class="btn btn-primary '
        'validate" type="submit">Gửi</button><input type="hidden" name="option" value="com_contact">'
        '<input type="hidden" name="task" value="contact.submit"><input type="hidden" name="id" '
        'value="1:van-phong"><input type="hidden" name="5f0c2b7a91e4d38c06a1f7e2b94d5c13" value="1">'
        "</form></div></div>"
    )
    return page(request, title="Liên hệ", body_class="com_contact view-contact item-107", active=107,
                masthead=MASTS[107], trail=[("Trang chủ", "/"), ("Liên hệ", None)], main=main)


DOCS = [
    ("87/TB-THCSTHĐ", "02/12/2026", "Thông báo lịch kiểm tra cuối học kì I năm học 2026 - 2027",
     "/images/van-ban/2026/tb-87-kiem-tra-hk1.pdf"),
    ("112/KH-THCSTHĐ", "05/09/2026", "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027",
     "/images/van-ban/2026/kh-112-nhiem-vu-nam-hoc.pdf"),
    ("64/QĐ-THCSTHĐ", "28/08/2026", "Quyết định thành lập các tổ chuyên môn năm học 2026 - 2027",
     "/images/van-ban/2026/qd-64-to-chuyen-mon.pdf"),
]


def documents_page(request: Request) -> str:
    rows = "".join(
        f"<tr><td>{esc(no)}</td><td>{day}</td><td>{esc(subject)}</td><td><a href=\"{href}\" "
        'target="_blank">Tải về</a></td></tr>'
        for no, day, subject, href in DOCS
    )
    inner = (
        '<table class="table table-bordered table-striped" border="1"><thead><tr><th>Số/Ký hiệu</th>'
        f"<th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp đính kèm</th></tr></thead><tbody>{rows}"
        "</tbody></table>"
    )
    return page(request, title="Văn bản", body_class="com_content view-article item-106", active=106,
                masthead=MASTS[106], trail=[("Trang chủ", "/"), ("Văn bản", None)],
                main=_single_article("Văn bản nhà trường", inner))


ALBUMS = [
    ("le-ky-niem-20-11-2026", "Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026", 24),
    ("hoi-khoe-phu-dong-2026", "Hội khỏe Phù Đổng cấp trường 2026", 31),
    ("khai-giang-2026-2027", "Lễ khai giảng năm học 2026 - 2027", 40),
]


def gallery_page(request: Request) -> str:
    cells = "".join(
        f'<div class="col-md-4 ja-album-item"><div class="ja-album-thumb"><img '
        f'src="/images/thu-vien-anh/{alias}/cover.jpg" alt="{esc(title)}" loading="lazy"></div><div '
        f'class="ja-album-info"><h4>{esc(title)}</h4><span class="ja-album-count">{count} ảnh</span></div>'
        "</div>"
        for alias, title, count in ALBUMS
    )
    main = f'<div class="ja-albums"><h2 class="album-heading">Thư viện ảnh</h2><div class="row">{cells}</div></div>'
    return page(request, title="Thư viện ảnh", body_class="com_content view-category layout-ja_album item-109",
                active=109, masthead=MASTS[109], trail=[("Trang chủ", "/"), ("Thư viện ảnh", None)], main=main)


NON_ARTICLE_PAGES = {
    "/gioi-thieu": intro_page,
    "/gioi-thieu/doi-ngu-giao-vien": staff_page,
    "/lien-he": contact_page,
    "/van-ban": documents_page,
    "/thu-vien-anh": gallery_page,
}
NON_ARTICLES = list(NON_ARTICLE_PAGES)


# --- the site -------------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^/tin-tuc/([a-z-]+)/(\d+)-([a-z0-9-]+)$")
_NOTICE = re.compile(r"^/thong-bao/(\d+)-([a-z0-9-]+)$")
_COMPONENT = re.compile(r"^/component/content/article/(\d+)-([a-z0-9-]+)$")
_TAG = re.compile(r"^/component/tags/tag/([a-z0-9-]+)$")
HIGHLIGHT_VALUE = base64.b64encode(json.dumps(SEARCH_TERMS, separators=(",", ":")).encode()).decode()


def _pb_part(params: dict[str, str]) -> int | str | None:
    """Which part of the pagebreak article a query asks for ("x": none of its variants)."""
    if not params:
        return 0
    if params == {"showall": "1"}:
        return None
    if set(params) <= {"showall", "start"} and params.get("showall", "") == "":
        return {"0": 0, "1": 1}.get(params.get("start", "0"), "x")
    return "x"


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path.lower().endswith(".pdf") and path.startswith("/images/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        static = static_file(path)
        if static is not None:
            return static
        if request.method not in ("GET", "HEAD"):
            return html(home_page(request)) if path == "/" else None
        if path == "/" and not params:
            return html(home_page(request))
        if path in BLOGS:
            if set(params) - {"start"}:
                return None
            try:
                start = int(params.get("start", "0"))
            except ValueError:
                return None
            out = blog_page(request, path, start)
            return html(out) if out else None
        if path == "/thong-bao":
            if not params:
                return html(notice_list_page(request, 0))
            if set(params) == {"limit", "limitstart"} and params["limit"] == str(NOTICE_LIMIT):
                try:
                    out = notice_list_page(request, int(params["limitstart"]))
                except ValueError:
                    return None
                return html(out) if out else None
            return None
        if path in NON_ARTICLE_PAGES and not params:
            return html(NON_ARTICLE_PAGES[path](request))
        if m := _ARTICLE.match(path):
            s = BY_ID.get(int(m.group(2)))
            if not s or s.cat != m.group(1) or s.slug != m.group(3):
                return None
            if "pagebreak" in s.opts:
                part = _pb_part(params)
                return None if part == "x" else html(article_page(request, s, part=part))
            if not params:
                return html(article_page(request, s))
            if s.opts.get("search") and params == {"highlight": HIGHLIGHT_VALUE}:
                return html(article_page(request, s, terms=SEARCH_TERMS))
            return None
        if m := _NOTICE.match(path):
            s = BY_ID.get(int(m.group(1)))
            if not s or s.cat != "thong-bao" or s.slug != m.group(2) or params:
                return None
            return html(article_page(request, s, route="thong-bao"))
        if m := _COMPONENT.match(path):
            s = BY_ID.get(int(m.group(1)))
            if not s or s.slug != m.group(2):
                return None
            if params != {"catid": str(CATS[s.cat][0]), "Itemid": "101"}:
                return None
            return html(article_page(request, s, route="component"))
        if m := _TAG.match(path):
            if m.group(1) in TAGS and not params:
                return html(tag_page(request, m.group(1)))
            return None
        if path == "/component/finder/search":
            if set(params) <= {"q", "Itemid"} and "q" in params:
                return html(search_page(request, params["q"]))
            return None
        return None


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------------


def _alt_paths(s: Story) -> list[str]:
    alts = []
    if "pagebreak" in s.opts:
        alts += [path_of(s) + v for v in PB_VARIANTS]
    if s.opts.get("search"):
        alts.append(f"{path_of(s)}?highlight={HIGHLIGHT}")
    if s.cat == "thong-bao":
        alts.append(notice_menu_path(s))
    alts.append(component_path(s))
    return alts


GOLD = [
    gold_record(s, path_of(s), CATS[s.cat][1], alt_paths=_alt_paths(s))
    for s in STORIES
]
