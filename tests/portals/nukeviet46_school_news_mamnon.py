"""Trường Mầm non Hoa Sen (TP Vĩnh Yên, Vĩnh Phúc): NukeViet 4.5/4.6 with the store's "mamnon" theme.

Platform
--------
NukeViet 4.5/4.6 (``<meta name="generator" content="NukeViet v4.5">``), rewrite on, one
language (no ``/vi/`` prefix), the news module ("Tin Tức") as the default module, the pastel
"mamnon" theme from the NukeViet store: top bar with the day, banner, bootstrap menu with
drop-downs, a "chữ chạy" notice marquee, the slider, the home blocks "Hoạt động của bé" and
"Góc phụ huynh", a sidebar with "Thông báo", "Thực đơn" (an HTML block the nurse edits),
"Tin xem nhiều", photo album and video blocks, links, a poll and the counter. A photo album
module (``photos``) and a video module (``videoclips``); the "page" module as ``gioi-thieu``;
``contact``; the site search ``seek``.

URL scheme
----------
- ``/``: the home (slider, blocks, the news module's main view "viewcat_grid_new", 6 a page);
  ``/news/`` is the same listing; its pages are ``/news/page-2/`` and ``/news/page-3/``.
- ``/news/<cat-alias>/`` and ``/news/<cat-alias>/page-<n>/``: a category in the "viewgrid"
  view, 4 a page, the pagination of ``nv_generate_page`` (``<ul class="pagination">``).
- ``/news/<cat-alias>/<alias>-<id>.html``: an article.
- ``/news/print/<cat-alias>/<alias>-<id>.html``: its print view (opened only by ``onclick``).
- ``/news/tag/<alias>``, ``/news/author/<alias>/``: tag and internal-author listings.
- ``/news/rss/``: the module's RSS (8 newest); ``/seek/?q=``: search (never any result).
- ``/index.php?language=vi&nv=news&op=<cat>/<alias>-<id>``: the non-rewritten form, 301 to
  the rewritten URL.
- ``/photos/``, ``/photos/<album-cat>/`` and ``/photos/<album-cat>/<album-alias>-<id>.html``:
  albums;
  ``/videoclips/`` and ``/videoclips/<alias>-<id>.html``: clips.
- ``/gioi-thieu/``, ``/gioi-thieu/<alias>.html``: intro pages; ``/contact/``.
- Images: ``/uploads/news/<yyyy_mm>/<file>`` (full size), ``/assets/news/<yyyy_mm>/<file>``
  (the thumbnails of listings), ``/themes/mamnon/…`` and ``/assets/…`` for the theme.

Page templates
--------------
Article (the default theme's ``detail.tpl`` as the mamnon theme keeps it): a
``div.news_column.panel`` with ``h1.title``, the date line ``<span class="h5">Thứ năm -
19/11/2026 09:10</span>`` and the view count, the print/save/mail icons (``onclick`` only),
then ``div.clearfix`` holding the home image (``figure.article.left`` with ``#imgpreview``
before the hometext, or ``figure.article.center`` after it) and ``div.hometext``, then
``div#news-bodyhtml.bodytext`` (CKEditor 4 output), then the author/source lines
(``p.h5.text-right``), the copyright alert; then more ``news_column`` panels: attachments
("Tập tin đính kèm"), keywords ("Từ khóa"), the star rating, the share buttons, the comments
("Ý kiến bạn đọc") and "Bài viết liên quan" (3 newest others of the main category, with their
dates). The breadcrumb is printed in ``ul.temp-breadcrumbs.hidden`` (schema.org
BreadcrumbList); the theme's script moves it into the empty visible ``ul.breadcrumbs``.

How each gold article is reached
--------------------------------
Categories: "Tin tức nhà trường" (B1-B3), "Hoạt động của bé" (A1-A6), "Góc phụ huynh" (C1,
C2) and its sub-category "Thực đơn tuần" (D1, D2; in the drop-down of "Góc phụ huynh" and the
sub-category line of that category's page; "Góc phụ huynh" does not list them itself).
Newest first: D2, A6, B3, A5, B2, A4 | D1, C2, A3, A2, C1, A1 | B1 (the home's three pages).
- A1, A2: only on ``/news/hoat-dong-cua-be/page-2/`` and ``/news/page-2/`` (no block, no tag,
  no related list, no author page, not the RSS).
- B1: ``/news/page-3/``, ``/news/tin-tuc-nha-truong/`` and the related lists of B2/B3.
- A3, C1, C2, D1: home blocks / ``/news/page-2/`` / their categories.
- the rest: the home page itself (grid, slider, blocks, most read).

Traps
-----
1. The home image sits outside the text (novel). ``figure.article`` before or after the
   hometext, with the image's "alt" as ``figcaption``. Gold: it is the article's first image
   (the ``/uploads/…`` file, not the listing's ``/assets/…`` thumbnail), caption = that line.
   When the editor left the alt empty NukeViet prints the headline as alt and figcaption (A6,
   D2): caption None. With "không hiển thị" (D1) the home image is only the listing
   thumbnail and ``og:image``: not in ``images`` at all.
2. One article in two categories (novel). A4 is filed under "Hoạt động của bé" and also
   listed in "Tin tức nhà trường", whose listing links it as
   ``/news/tin-tuc-nha-truong/<alias>-436.html``: 200, the same page, the same canonical. Gold:
   one record at the main category's path, the other in ``alt_paths``, category "Hoạt động
   của bé".
3. The non-rewritten URL (novel). The nurse's "Thực đơn" HTML block links D2 as
   ``/index.php?language=vi&nv=news&op=thuc-don-tuan/…-455`` (pasted from the admin panel); it
   answers 301 to the rewritten URL. Gold: D2's path; the query form in ``alt_paths``. The
   print views (``onclick`` only) are ``alt_paths`` too.
4. Weekly menu tables (novel). D1 and D2 are tables of dishes: each row is a paragraph, cells
   joined by " | ", the header row (``<th>``) included. D2's day cell spans two rows
   (``rowspan="2"``): the second row's paragraph has only its own three cells ("Bữa chiều | … |
   …"), nothing carried down. The sidebar block "Thực đơn" on every page prints Monday's
   dishes of D2 word for word (chrome that repeats article text): D2's rows stay in D2's body;
   the block is in no body.
5. Dates that are not the publication date (novel). D1/D2 carry a week in the title ("từ 07/12
   đến 11/12/2026"); comments print their own later times, "Bài viết liên quan" prints other
   articles' days, the header prints today, the hometext names the event's day ("Chiều
   08/10…"). Gold: the date line "Thứ sáu - 04/12/2026 16:45" -> "2026-12-04T16:45:00+07:00".
   C1 was scheduled for "00:00": the day alone, "2026-10-22".
6. Photo layout tables (novel). A2 and B3 put two photos side by side in a borderless table,
   their captions in the row below. Gold: the photos left to right, each with the caption under
   it; those rows are not body text (not "cap 1 | cap 2" paragraphs).
7. Comments, rating and copyright inside the article's panels (novel). "Ý kiến bạn đọc" holds
   parents' comments as ``<p>`` under a name and a time, the rating form prints "Tổng số điểm
   của bài viết là: …", the copyright alert, "Từ khóa", "Tập tin đính kèm". Gold: none of it
   is body, the commenters are not authors.
8. Images on the school's old domain (novel). A5's editor pasted its photos from a draft on
   the old host: ``src="http://mnhoasen.vinhyen.edu.vn/uploads/news/2026_11/…"``. Gold: those
   absolute URLs, with their captions (they are the article's photos, wherever they are
   served from).
9. A text typed with Unikey's "Unicode tổ hợp" (decomposed, NFD): A3's title, hometext and
   body. Gold: NFC.
10. Bylines as this CMS prints them: "Tác giả: Nguyễn Thị Lan - GV lớp MGL A1" -> "Nguyễn Thị
    Lan"; internal authors as a link to ``/news/author/…/``; "Ban biên tập" -> nobody; a
    right-aligned "Tin, ảnh: Hoàng Thu Hà" typed in the text (author field empty) -> author
    and photographer; "Tin: Phạm Thu Trang - Ảnh: Đỗ Minh Tuấn"; a unit ("Tổ Nuôi dưỡng",
    "Bộ phận Nuôi dưỡng") signing alone -> the unit; a photo line "(Ảnh: Đỗ Minh Tuấn)" is a
    photographer's credit: caption None, photographer.
11. Sources: the source field "Nguồn tin: <a>Trung tâm Kiểm soát bệnh tật tỉnh Vĩnh Phúc</a>"
    -> that name; a closing "Theo Viện Dinh dưỡng Quốc gia" -> "Viện Dinh dưỡng Quốc gia"
    while C2's body sentence "Theo các chuyên gia dinh dưỡng, …" is text.
12. Breadcrumbs hidden and filled by script: the visible ``ul.breadcrumbs`` is empty in the
    HTML, the items are in ``ul.temp-breadcrumbs.hidden``. Gold category = its last item.
13. Albums and clips that look like articles: the album "Hội thi "Bé khỏe - Bé ngoan" năm học
    2026 - 2027" has the same headline as A2, a date, a description and captioned photos; the
    clip page has a title, date and description. They are NON_ARTICLES; so are the intro pages
    (headline, hometext, body, date) and the contact page.
14. Word paste and poems: A5/B1 paragraphs in ``MsoNormal`` span soup with ``&nbsp;``; A4's
    poem is one ``<p>`` with ``<br />`` between lines (each line a paragraph); a YouTube
    ``iframe`` inside A6's text is no text.
15. NukeViet's meta times (novel): ``article:published_time`` is printed with PHP's
    ``date('Y-m-dTH:i:s')``, whose ``T`` is the zone's abbreviation: "2026-12-04ICT16:45:00",
    and ``article:modified_time`` is 2h17 later. Gold: the visible date line (the same
    instant, "+07:00"), never the modified time.

Gold decisions on ambiguous points
----------------------------------
- The hometext (``div.hometext``) is the sapo: ``summary`` and the body's first paragraph.
- A figcaption that only repeats the headline (NukeViet's fallback alt) is no caption.
- The home image counts as the article's first image when it is shown on the article page.
- A row of a table whose first cell spans two rows is read as its markup prints it.
- Captions of a two-photo layout table go to the photo above them, column by column.
- Comments, the rating line, attachment names, keywords and the copyright notice: not body.
- A4's category is its main category (breadcrumb and canonical on both of its URLs).
- Images on another host are kept as absolute URLs ({"url": …}).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
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

NAME = "nukeviet46_school_news_mamnon"
PLATFORM = "NukeViet 4.5/4.6 (news module, mamnon theme from the NukeViet store)"
START_PATH = "/"

SITE_NAME = "Trường Mầm non Hoa Sen"
OLD_HOST = "http://mnhoasen.vinhyen.edu.vn"
TODAY_LINE = "Thứ Bảy, 05/12/2026"

#: alias -> (name printed in menus/breadcrumbs, parent alias)
CATS: dict[str, tuple[str, str | None]] = {
    "tin-tuc-nha-truong": ("Tin tức nhà trường", None),
    "hoat-dong-cua-be": ("Hoạt động của bé", None),
    "goc-phu-huynh": ("Góc phụ huynh", None),
    "thuc-don-tuan": ("Thực đơn tuần", "goc-phu-huynh"),
}

CAT_PER_PAGE = 4
HOME_PER_PAGE = 6


def _up(ym: str, name: str) -> str:
    return f"/uploads/news/{ym}/{name}"


# --- the articles ---------------------------------------------------------------------------

B1 = Story(
    id=405,
    slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
    cat="tin-tuc-nha-truong",
    published_at="2026-10-09T17:30:00+07:00",
    summary=(
        "Chiều 08/10, Trường Mầm non Hoa Sen long trọng tổ chức Hội nghị viên chức, người lao động "
        "năm học 2026 - 2027 nhằm đánh giá kết quả năm học trước và thống nhất phương hướng, nhiệm "
        "vụ năm học mới."
    ),
    sapo_outside=True,
    authors=["Trần Thị Minh Nguyệt"],
    blocks=[
        Img(_up("2026_10", "z5887213409715_c4e1b07a9d3f.jpg"), "Quang cảnh hội nghị",
            "Quang cảnh hội nghị", style="home"),
        P("Về dự hội nghị có đồng chí Đỗ Văn Thắng, Phó Trưởng phòng Giáo dục và Đào tạo thành "
          "phố Vĩnh Yên; đại diện lãnh đạo Đảng ủy, UBND phường Đống Đa cùng toàn thể 52 cán bộ, "
          "giáo viên, nhân viên nhà trường.", "word"),
        P("Hội nghị đã nghe đồng chí Nguyễn Thị Thanh Hương, Hiệu trưởng nhà trường trình bày báo "
          "cáo tổng kết năm học 2025 - 2026. Năm học vừa qua, nhà trường duy trì tỷ lệ chuyên cần "
          "đạt 96,5%; 100% trẻ được khám sức khỏe định kỳ và theo dõi biểu đồ tăng trưởng; tỷ lệ "
          "trẻ suy dinh dưỡng giảm còn 1,2%.", "word"),
        P("Năm học 2026 - 2027, nhà trường đề ra các chỉ tiêu chủ yếu:", "word"),
        P("- Duy trì 100% trẻ được ăn bán trú tại trường, đảm bảo an toàn tuyệt đối về thể chất và "
          "tinh thần cho trẻ;", "word"),
        P("- Phấn đấu 98% trẻ 5 tuổi hoàn thành chương trình giáo dục mầm non;", "word"),
        P('- Xây dựng 04 lớp điểm thực hiện chuyên đề "Xây dựng trường mầm non lấy trẻ làm trung '
          'tâm";', "word"),
        P("- Giữ vững danh hiệu trường đạt chuẩn quốc gia mức độ 2.", "word"),
        P("Hội nghị đã dành nhiều thời gian thảo luận, đóng góp ý kiến về quy chế chi tiêu nội bộ, "
          "quy chế dân chủ cơ sở và các giải pháp nâng cao chất lượng bữa ăn bán trú cho trẻ.",
          "word"),
        P("Phát biểu chỉ đạo, đồng chí Đỗ Văn Thắng ghi nhận những kết quả nhà trường đạt được và "
          "đề nghị tập thể sư phạm tiếp tục đổi mới, sáng tạo, chú trọng công tác bảo đảm an toàn "
          "cho trẻ.", "word"),
        P("Kết thúc hội nghị, 100% đại biểu đã biểu quyết thông qua Nghị quyết hội nghị và ký kết "
          "giao ước thi đua năm học 2026 - 2027.", "word"),
    ],
    opts={
        "pub": "2026-10-09 17:30",
        "home": ("2026_10", "z5887213409715_c4e1b07a9d3f.jpg", 1, "Quang cảnh hội nghị"),
        "author": "Trần Thị Minh Nguyệt - P.HT",
        "files": [("Nghị quyết Hội nghị VC-NLĐ năm học 2026-2027",
                   "/uploads/news/2026_10/nghi-quyet-hoi-nghi-vc-nld-2026-2027.pdf")],
    },
)

A1 = Story(
    id=418,
    slug="be-lam-thiep-tang-ba-tang-me-nhan-ngay-phu-nu-viet-nam-20-10",
    title="Bé làm thiệp tặng bà, tặng mẹ nhân ngày Phụ nữ Việt Nam 20/10",
    cat="hoat-dong-cua-be",
    published_at="2026-10-19T15:20:00+07:00",
    summary=(
        "Hướng tới kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - "
        '20/10/2026), chiều 19/10, các lớp mẫu giáo của Trường Mầm non Hoa Sen đã tổ chức hoạt động '
        '"Bé khéo tay làm thiệp" để gửi tặng bà, mẹ và các cô giáo.'
    ),
    sapo_outside=True,
    authors=["Phạm Thu Trang"],
    blocks=[
        Img(_up("2026_10", "z5961042278315_1a7be03c55d2.jpg"),
            "Các bé lớp Mẫu giáo lớn A2 khoe những tấm thiệp tự làm",
            "Các bé lớp Mẫu giáo lớn A2 khoe những tấm thiệp tự làm", style="home"),
        P("Ngay từ đầu giờ chiều, các lớp học đã được trang trí rực rỡ với hoa, bóng bay và những "
          "dải giấy màu. Cô giáo chuẩn bị sẵn giấy bìa, hồ dán, bút sáp, lá khô, hoa vải và nhiều "
          "nguyên vật liệu tái chế để các bé thỏa sức sáng tạo."),
        P("Với sự hướng dẫn tận tình của các cô, các bé đã tự tay cắt, dán, tô màu để hoàn thành "
          "những tấm thiệp xinh xắn. Có bạn vẽ chân dung mẹ với mái tóc dài, có bạn dán những bông "
          'hoa bằng lá khô, có bạn nắn nót viết dòng chữ "Con yêu mẹ" theo mẫu cô viết sẵn.'),
        Img(_up("2026_10", "z5961042301127_9e04c1f7a2b8.jpg"),
            "Cô giáo hướng dẫn các bé lớp Mẫu giáo nhỡ B1 cắt dán hoa",
            "Cô giáo hướng dẫn các bé lớp Mẫu giáo nhỡ B1 cắt dán hoa", style="fig"),
        P('Bé Nguyễn Hà My, lớp Mẫu giáo lớn A2 hào hứng chia sẻ: "Con làm tấm thiệp có hình bông '
          'hoa hồng để tặng mẹ, vì mẹ con thích hoa hồng nhất ạ".'),
        P("Không chỉ làm thiệp, các bé còn được nghe cô kể về ý nghĩa của ngày 20/10, được cùng "
          'nhau hát những bài hát về bà, về mẹ như "Bàn tay mẹ", "Cháu yêu bà", "Quà tặng mẹ".'),
        Img(_up("2026_10", "z5961042339540_d3f88a06be17.jpg"),
            "Những tấm thiệp xinh xắn do các bé tự tay làm",
            "Những tấm thiệp xinh xắn do các bé tự tay làm", style="fig"),
        P("Hoạt động là dịp để giáo dục các bé lòng biết ơn, tình yêu thương đối với bà, mẹ, cô "
          "giáo; đồng thời giúp các bé rèn luyện sự khéo léo của đôi bàn tay, phát triển khả năng "
          "thẩm mỹ và sự sáng tạo."),
    ],
    opts={
        "pub": "2026-10-19 15:20",
        "home": ("2026_10", "z5961042278315_1a7be03c55d2.jpg", 1,
                 "Các bé lớp Mẫu giáo lớn A2 khoe những tấm thiệp tự làm"),
        "author": "Phạm Thu Trang",
    },
)

C1 = Story(
    id=421,
    slug="phong-benh-tay-chan-mieng-cho-tre-khi-thoi-tiet-chuyen-mua",
    title="Phòng bệnh tay chân miệng cho trẻ khi thời tiết chuyển mùa",
    cat="goc-phu-huynh",
    published_at="2026-10-22",
    summary=(
        "Bệnh tay chân miệng là bệnh truyền nhiễm thường gặp ở trẻ dưới 5 tuổi, dễ lây lan và có "
        "thể gây biến chứng nguy hiểm. Thời điểm giao mùa, số ca mắc thường có xu hướng gia tăng, "
        "phụ huynh cần đặc biệt lưu ý."
    ),
    sapo_outside=True,
    authors=["Lê Thị Bích Ngọc"],
    source="Trung tâm Kiểm soát bệnh tật tỉnh Vĩnh Phúc",
    blocks=[
        Img(_up("2026_10", "tay-chan-mieng.jpg"),
            "Rửa tay bằng xà phòng là biện pháp phòng bệnh đơn giản, hiệu quả",
            "Rửa tay bằng xà phòng là biện pháp phòng bệnh đơn giản, hiệu quả", style="home"),
        P("Dấu hiệu nhận biết", "h"),
        P("Trẻ thường sốt nhẹ, mệt mỏi, biếng ăn, đau họng; sau 1 - 2 ngày xuất hiện các nốt phỏng "
          "nước ở lòng bàn tay, lòng bàn chân, đầu gối, mông và các vết loét trong miệng khiến trẻ "
          "quấy khóc, chảy nước bọt nhiều."),
        P("Các biện pháp phòng bệnh", "h"),
        P("Thường xuyên rửa tay cho trẻ bằng xà phòng dưới vòi nước sạch, nhất là trước khi ăn, sau "
          "khi đi vệ sinh;", "li"),
        P("Lau rửa đồ chơi, vật dụng, sàn nhà bằng xà phòng hoặc chất tẩy rửa thông thường;", "li"),
        P("Cho trẻ ăn chín, uống chín, dùng riêng thìa, cốc; không mớm thức ăn cho trẻ;", "li"),
        P("Khi trẻ có biểu hiện bệnh, cho trẻ nghỉ học ở nhà, thông báo ngay cho nhà trường và đưa "
          "trẻ đến cơ sở y tế để được khám, tư vấn.", "li"),
        P("Khi nào cần đưa trẻ đi viện ngay?", "h"),
        P("Phụ huynh cần đưa trẻ đến bệnh viện ngay khi trẻ sốt cao trên 39 độ C không hạ, giật mình "
          "chới với, nôn nhiều, đi loạng choạng, thở nhanh hoặc li bì."),
    ],
    opts={
        "pub": "2026-10-22 00:00",
        "home": ("2026_10", "tay-chan-mieng.jpg", 2,
                 "Rửa tay bằng xà phòng là biện pháp phòng bệnh đơn giản, hiệu quả"),
        "author": "Lê Thị Bích Ngọc - Nhân viên y tế",
        "source": "Trung tâm Kiểm soát bệnh tật tỉnh Vĩnh Phúc",
        "source_link": "http://cdcvinhphuc.vn/",
    },
)

A2 = Story(
    id=423,
    slug="hoi-thi-be-khoe-be-ngoan-nam-hoc-2026-2027",
    title='Hội thi "Bé khỏe - Bé ngoan" năm học 2026 - 2027',
    cat="hoat-dong-cua-be",
    published_at="2026-10-29T16:05:00+07:00",
    summary=(
        'Sáng 29/10, Trường Mầm non Hoa Sen tổ chức Hội thi "Bé khỏe - Bé ngoan" cấp trường dành '
        "cho trẻ khối Mẫu giáo nhỡ và Mẫu giáo lớn, thu hút gần 180 bé tham gia."
    ),
    sapo_outside=True,
    photographers=["Đỗ Minh Tuấn"],
    blocks=[
        Img(_up("2026_10", "z5990317755020_4b0c6ee1f9a3.jpg"),
            "Các bé tham gia phần thi chào hỏi", "Các bé tham gia phần thi chào hỏi",
            style="home"),
        P("Hội thi gồm 3 phần: Chào hỏi, Bé khỏe và Bé ngoan. Ở phần chào hỏi, mỗi lớp mang đến một "
          "màn đồng diễn thể dục nhịp điệu với trang phục đồng đều, nụ cười rạng rỡ."),
        P("Phần thi Bé khỏe là những vận động quen thuộc: bật liên tục qua 5 vòng, bò chui qua cổng, "
          "ném bóng trúng đích, chạy tiếp sức đưa bóng về đích. Các bé thi đấu sôi nổi trong tiếng "
          "cổ vũ cuồng nhiệt của bạn bè và phụ huynh."),
        Img(_up("2026_10", "z5990317801884_71ac2d90e4b6.jpg"),
            "Phần đồng diễn của lớp Mẫu giáo lớn A1", "Phần đồng diễn của lớp Mẫu giáo lớn A1",
            style="pair"),
        Img(_up("2026_10", "z5990317846213_0f5e93b1c7d4.jpg"),
            "Các bé lớp Mẫu giáo nhỡ B2 thi bật qua vòng",
            "Các bé lớp Mẫu giáo nhỡ B2 thi bật qua vòng", style="pair"),
        P("Ở phần thi Bé ngoan, các bé trả lời những câu hỏi về an toàn giao thông, vệ sinh cá nhân, "
          "cách ứng xử lễ phép với người lớn thông qua các tình huống do Ban tổ chức đưa ra."),
        P("Kết quả, Ban tổ chức đã trao 01 giải Nhất cho lớp Mẫu giáo lớn A1, 02 giải Nhì cho lớp "
          "Mẫu giáo lớn A3 và Mẫu giáo nhỡ B2, 03 giải Ba và các giải khuyến khích cho các lớp còn "
          "lại."),
        Img(_up("2026_10", "z5990317902476_a86f1d3e20c9.jpg"), "(Ảnh: Đỗ Minh Tuấn)", None,
            style="em"),
        P("Hội thi là dịp để đánh giá kết quả giáo dục phát triển thể chất cho trẻ, đồng thời tạo "
          "sân chơi lành mạnh, bổ ích, giúp các bé mạnh dạn, tự tin hơn."),
    ],
    opts={
        "pub": "2026-10-29 16:05",
        "home": ("2026_10", "z5990317755020_4b0c6ee1f9a3.jpg", 2,
                 "Các bé tham gia phần thi chào hỏi"),
        "author": "Ban biên tập",
    },
)

A3 = Story(
    id=429,
    slug="be-trai-nghiem-lam-bac-nong-dan-nhi-tai-vuon-rau-cua-truong",
    title='Bé trải nghiệm làm "bác nông dân nhí" tại vườn rau của trường',
    cat="hoat-dong-cua-be",
    published_at="2026-11-06T10:40:00+07:00",
    summary=(
        'Thực hiện chủ đề "Thế giới thực vật", ngày 06/11, các bé khối Mẫu giáo lớn đã được trải '
        'nghiệm làm "bác nông dân nhí" tại vườn rau sạch của nhà trường.'
    ),
    sapo_outside=True,
    authors=["Hoàng Thu Hà"],
    photographers=["Hoàng Thu Hà"],
    blocks=[
        Img(_up("2026_11", "z6012450982711_5cc0e8b3a4f1.jpg"),
            "Vườn rau xanh tốt của các bé", "Vườn rau xanh tốt của các bé", style="home"),
        P("Vườn rau của trường rộng gần 200m², được chia thành từng luống cho từng lớp chăm sóc. "
          "Sau hơn một tháng gieo trồng, những luống rau cải, xà lách, mồng tơi, su hào đã xanh tốt, "
          "sẵn sàng cho ngày thu hoạch."),
        P("Trước khi ra vườn, các cô giáo trò chuyện với trẻ về các loại rau, cách chăm sóc và lợi "
          "ích của rau xanh đối với sức khỏe. Các bé được đội mũ, đeo găng tay, mang theo giỏ nhỏ "
          "và bình tưới như những bác nông dân thực thụ."),
        Img(_up("2026_11", "z6012451037452_e2a97b04d6c8.jpg"),
            "Các bé lớp Mẫu giáo lớn A3 thu hoạch rau cải",
            "Các bé lớp Mẫu giáo lớn A3 thu hoạch rau cải", style="em"),
        P("Dưới sự hướng dẫn của cô, các bé nhổ cỏ, tưới nước, nhẹ nhàng nhổ từng cây rau cải, xếp "
          "vào giỏ. Gương mặt bé nào cũng lấm tấm mồ hôi nhưng rạng ngời niềm vui."),
        P("Rau thu hoạch được các bé mang xuống bếp ăn của trường để các cô cấp dưỡng chế biến cho "
          "bữa trưa. Nhiều bé tỏ ra thích thú khi được ăn chính những cây rau do mình chăm sóc."),
        Img(_up("2026_11", "z6012451090027_3b51f6c9e8a0.jpg"),
            "Rau sạch do các bé thu hoạch được chuyển xuống bếp ăn",
            "Rau sạch do các bé thu hoạch được chuyển xuống bếp ăn", style="em"),
        P("Hoạt động trải nghiệm giúp trẻ hiểu hơn về quá trình sinh trưởng của cây, biết quý trọng "
          "sức lao động và hình thành thói quen ăn rau xanh hằng ngày."),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Hoàng Thu Hà</strong></p>'),
    ],
    opts={
        "pub": "2026-11-06 10:40",
        "home": ("2026_11", "z6012450982711_5cc0e8b3a4f1.jpg", 1, "Vườn rau xanh tốt của các bé"),
        "nfd": True,
    },
)

C2 = Story(
    id=431,
    slug="cha-me-can-lam-gi-khi-tre-bieng-an",
    title="Cha mẹ cần làm gì khi trẻ biếng ăn?",
    cat="goc-phu-huynh",
    published_at="2026-11-13T20:10:00+07:00",
    summary=(
        "Biếng ăn là tình trạng khá phổ biến ở trẻ mầm non, khiến nhiều phụ huynh lo lắng. Vậy cha "
        "mẹ nên làm gì để giúp con ăn ngon miệng hơn?"
    ),
    sapo_outside=True,
    source="Viện Dinh dưỡng Quốc gia",
    blocks=[
        Img(_up("2026_11", "tre-bieng-an.jpg"), "Trẻ biếng ăn khiến cha mẹ lo lắng",
            "Trẻ biếng ăn khiến cha mẹ lo lắng", style="home"),
        P("Theo các chuyên gia dinh dưỡng, trẻ biếng ăn có thể do nhiều nguyên nhân: trẻ đang ốm "
          "hoặc mới ốm dậy, mọc răng, chế độ ăn không hợp lý, ăn vặt nhiều trước bữa chính hoặc do "
          "áp lực từ việc bị ép ăn."),
        P("Trước hết, cha mẹ không nên ép trẻ ăn bằng mọi giá. Mỗi bữa ăn chỉ nên kéo dài khoảng 20 "
          "- 30 phút; nếu trẻ không ăn hết, hãy cất đi và đợi đến bữa sau, tuyệt đối không cho trẻ "
          "ăn vặt trong khoảng thời gian đó."),
        P("Cha mẹ nên thay đổi món ăn thường xuyên, trình bày món ăn đẹp mắt với nhiều màu sắc, cắt "
          "tỉa rau củ thành hình con vật ngộ nghĩnh để kích thích trẻ. Hãy cho trẻ cùng tham gia "
          "nhặt rau, bày bàn ăn để trẻ hứng thú hơn với bữa ăn."),
        Img(_up("2026_11", "bua-an-nhieu-mau-sac.jpg"),
            "(Bữa ăn nhiều màu sắc giúp trẻ ăn ngon miệng hơn)",
            "Bữa ăn nhiều màu sắc giúp trẻ ăn ngon miệng hơn", style="em"),
        P("Tạo không khí vui vẻ trong bữa ăn, cả gia đình cùng ăn với trẻ; không cho trẻ vừa ăn vừa "
          "xem điện thoại, ti vi. Khen ngợi khi trẻ ăn hết suất để trẻ cảm thấy bữa ăn là khoảng "
          "thời gian dễ chịu."),
        P("Nếu tình trạng biếng ăn kéo dài kèm theo trẻ chậm tăng cân hoặc sụt cân, cha mẹ nên đưa "
          "trẻ đến cơ sở y tế để được khám và tư vấn dinh dưỡng kịp thời."),
        Raw('<p style="text-align: right;"><em>Theo Viện Dinh dưỡng Quốc gia</em></p>'),
    ],
    opts={
        "pub": "2026-11-13 20:10",
        "home": ("2026_11", "tre-bieng-an.jpg", 1, "Trẻ biếng ăn khiến cha mẹ lo lắng"),
    },
)

D1 = Story(
    id=433,
    slug="thuc-don-tuan-3-thang-11-tu-16-11-den-20-11-2026",
    title="Thực đơn tuần 3 tháng 11 (từ 16/11 đến 20/11/2026)",
    cat="thuc-don-tuan",
    published_at="2026-11-14T09:00:00+07:00",
    summary=(
        "Trường Mầm non Hoa Sen trân trọng thông báo tới quý phụ huynh thực đơn dành cho trẻ mẫu "
        "giáo tuần 3 tháng 11 năm 2026."
    ),
    sapo_outside=True,
    authors=["Tổ Nuôi dưỡng"],
    blocks=[
        P("Thứ | Bữa sáng | Bữa trưa | Bữa chiều", "th"),
        P("Thứ Hai | Sữa Growplus | Cơm tẻ, thịt lợn rim tôm, canh bí xanh nấu tôm | Cháo thịt gà, "
          "bí đỏ", "tr"),
        P("Thứ Ba | Sữa chua Vinamilk | Cơm tẻ, trứng đúc thịt, canh rau ngót nấu thịt | Bún riêu "
          "cua", "tr"),
        P("Thứ Tư | Sữa Growplus | Cơm tẻ, cá basa sốt cà chua, canh cải nấu thịt | Mì nấu thịt bò, "
          "rau cải", "tr"),
        P("Thứ Năm | Bánh mì sữa | Cơm tẻ, thịt bò xào súp lơ, canh cua rau đay | Cháo đậu xanh "
          "thịt lợn", "tr"),
        P("Thứ Sáu | Sữa Growplus | Cơm tẻ, gà om nấm hương, canh bí đỏ nấu thịt | Xôi gấc, chuối "
          "tiêu", "tr"),
        P("Lưu ý: Thực đơn có thể thay đổi tùy theo tình hình thực phẩm thực tế. Mọi ý kiến đóng góp "
          "xin liên hệ bộ phận nuôi dưỡng của nhà trường.", "note"),
    ],
    opts={
        "pub": "2026-11-14 09:00",
        "home": ("2026_11", "thuc-don-tuan-3-t11.jpg", 0, ""),
        "author": "Tổ Nuôi dưỡng",
    },
)

A4 = Story(
    id=436,
    slug="be-vui-chao-mung-ngay-nha-giao-viet-nam-20-11",
    title="Bé vui chào mừng Ngày Nhà giáo Việt Nam 20/11",
    cat="hoat-dong-cua-be",
    published_at="2026-11-19T09:10:00+07:00",
    summary=(
        "Trong không khí cả nước hướng tới Ngày Nhà giáo Việt Nam 20/11, sáng 19/11, các bé Trường "
        'Mầm non Hoa Sen đã có buổi giao lưu văn nghệ ý nghĩa với chủ đề "Bé kính yêu cô giáo".'
    ),
    sapo_outside=True,
    authors=["Nguyễn Thị Lan"],
    blocks=[
        Img(_up("2026_11", "z6071198824036_8d2e5f0a7b13.jpg"),
            "Các bé tặng hoa chúc mừng cô giáo", "Các bé tặng hoa chúc mừng cô giáo", style="home"),
        P("Chương trình do chính các bé biểu diễn với nhiều tiết mục đặc sắc:"),
        P('Múa "Cô giáo em" - lớp Mẫu giáo lớn A1;', "li"),
        P('Tốp ca "Cô và mẹ" - lớp Mẫu giáo nhỡ B1, B2;', "li"),
        P('Đọc thơ "Cô giáo của em" - bé Trần Minh Khôi, lớp Mẫu giáo bé C1;', "li"),
        P('Nhảy hiện đại "Chúng em là những mầm non" - lớp Mẫu giáo lớn A3.', "li"),
        Img(_up("2026_11", "z6071198871590_f41c09b2e6a7.jpg"),
            'Tiết mục múa "Cô giáo em" của lớp Mẫu giáo lớn A1',
            'Tiết mục múa "Cô giáo em" của lớp Mẫu giáo lớn A1', style="fig"),
        P("Xen giữa các tiết mục, các bé tặng hoa, tặng thiệp và gửi tới cô những lời chúc ngộ "
          'nghĩnh, đáng yêu. Bé Minh Anh lớp A1 nói: "Con chúc cô luôn xinh đẹp và không bao giờ '
          'ốm ạ!".'),
        P("Những câu thơ mộc mạc của bé Minh Khôi khiến nhiều cô giáo xúc động:"),
        P("Ở nhà em có mẹ", "poem"),
        P("Đến lớp em có cô", "br"),
        P("Cô dạy em múa hát", "br"),
        P("Cô dỗ em ngủ trưa.", "br"),
        P("Buổi giao lưu khép lại trong niềm vui của cô và trò. Qua hoạt động, nhà trường mong muốn "
          "giáo dục trẻ lòng kính yêu, biết ơn thầy cô giáo, đồng thời giúp trẻ mạnh dạn, tự tin khi "
          "đứng trước đám đông."),
    ],
    opts={
        "pub": "2026-11-19 09:10",
        "home": ("2026_11", "z6071198824036_8d2e5f0a7b13.jpg", 1,
                 "Các bé tặng hoa chúc mừng cô giáo"),
        "author": "Nguyễn Thị Lan - GV lớp MGL A1",
        "author_link": "nguyen-thi-lan",
        "also": ["tin-tuc-nha-truong"],
        "tags": [("ngay-nha-giao-viet-nam", "ngày nhà giáo việt nam"), ("van-nghe", "văn nghệ")],
        "comments": [
            ("Mẹ bé Minh Anh", "19/11/2026 20:14",
             "Cảm ơn các cô đã tập cho các con những tiết mục thật dễ thương. Về nhà con hát suốt "
             "cả buổi tối!"),
            ("Phụ huynh lớp C1", "20/11/2026 06:52",
             "Chúc các cô giáo Trường Mầm non Hoa Sen luôn mạnh khỏe, hạnh phúc và thành công."),
        ],
    },
)

B2 = Story(
    id=438,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
    title=(
        "Trường Mầm non Hoa Sen tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - "
        "20/11/2026"
    ),
    cat="tin-tuc-nha-truong",
    published_at="2026-11-20T11:25:00+07:00",
    summary=(
        "Sáng 20/11, Trường Mầm non Hoa Sen long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
        'Việt Nam 20/11/1982 - 20/11/2026 và tổng kết đợt thi đua "Dạy tốt - Học tốt".'
    ),
    sapo_outside=True,
    authors=["Hoàng Thu Hà"],
    blocks=[
        Img(_up("2026_11", "z6074420015538_b7c3e91d0fa2.jpg"),
            "Các đại biểu dự Lễ kỷ niệm", "Các đại biểu dự Lễ kỷ niệm", style="home"),
        P("Tới dự buổi lễ có đại diện lãnh đạo Phòng Giáo dục và Đào tạo thành phố Vĩnh Yên, Đảng "
          "ủy, HĐND, UBND, Ủy ban MTTQ phường Đống Đa, Ban đại diện cha mẹ học sinh cùng các thế hệ "
          "cán bộ, giáo viên nhà trường qua các thời kỳ."),
        P("Mở đầu buổi lễ là chương trình văn nghệ đặc sắc do cô và trò nhà trường biểu diễn với "
          "những ca khúc, điệu múa ca ngợi tình thầy trò, ca ngợi quê hương Vĩnh Phúc."),
        Img(_up("2026_11", "z6074420061172_2e6d8a4f9c05.jpg"),
            "Tiết mục văn nghệ chào mừng của các cô giáo",
            "Tiết mục văn nghệ chào mừng của các cô giáo", style="fig"),
        P("Phát biểu tại buổi lễ, đồng chí Nguyễn Thị Thanh Hương, Hiệu trưởng nhà trường ôn lại "
          "truyền thống vẻ vang của ngành giáo dục và những chặng đường phát triển của trường. Từ "
          "một nhà trẻ nhỏ với 3 nhóm lớp được thành lập năm 1979, đến nay trường đã có 14 nhóm lớp "
          "với hơn 420 trẻ, được công nhận trường chuẩn quốc gia mức độ 2."),
        P('"Mỗi thầy cô giáo hãy luôn là tấm gương sáng về đạo đức, tự học và sáng tạo; hãy yêu '
          "thương trẻ như con mình, để mỗi ngày đến trường thật sự là một ngày vui của các con\", "
          "đồng chí Nguyễn Thị Thanh Hương nhấn mạnh.", "quote"),
        P("Dịp này, nhà trường đã khen thưởng 12 giáo viên đạt thành tích xuất sắc trong đợt thi "
          "đua, trong đó có 03 giáo viên đạt giải cao trong Hội thi giáo viên dạy giỏi cấp thành "
          "phố."),
        Img(_up("2026_11", "z6074420108846_c58f07e3d1b9.jpg"),
            "Lãnh đạo nhà trường trao giấy khen cho các giáo viên có thành tích xuất sắc",
            "Lãnh đạo nhà trường trao giấy khen cho các giáo viên có thành tích xuất sắc",
            style="fig"),
        P("Đại diện Ban đại diện cha mẹ học sinh cũng đã gửi lời tri ân sâu sắc cùng những bó hoa "
          "tươi thắm tới tập thể cán bộ, giáo viên, nhân viên nhà trường."),
    ],
    opts={
        "pub": "2026-11-20 11:25",
        "home": ("2026_11", "z6074420015538_b7c3e91d0fa2.jpg", 2, "Các đại biểu dự Lễ kỷ niệm"),
        "author": "Hoàng Thu Hà",
        "author_link": "hoang-thu-ha",
        "tags": [("ngay-nha-giao-viet-nam", "ngày nhà giáo việt nam")],
        "comments": [
            ("Cựu giáo viên Nguyễn Thị Sâm", "20/11/2026 19:03",
             "Xem hình ảnh buổi lễ mà thấy nhớ trường, nhớ lớp quá. Chúc tập thể nhà trường ngày "
             "càng phát triển."),
        ],
    },
)

A5 = Story(
    id=441,
    slug="tiet-hoc-steam-be-lam-thuyen-giay-noi-tren-nuoc",
    title="Tiết học STEAM: Bé làm thuyền giấy nổi trên nước",
    cat="hoat-dong-cua-be",
    published_at="2026-11-24T14:00:00+07:00",
    summary=(
        'Nhằm giúp trẻ làm quen với phương pháp giáo dục STEAM, Trường Mầm non Hoa Sen tổ chức tiết '
        'học mẫu "Bé làm thuyền giấy" cho các bé lớp Mẫu giáo nhỡ B2 với sự tham dự của giáo viên '
        "toàn trường."
    ),
    sapo_outside=True,
    authors=["Nguyễn Thị Mai Phương"],
    blocks=[
        Img(_up("2026_11", "steam-thuyen-giay.jpg"), "Bé say mê với chiếc thuyền giấy của mình",
            "Bé say mê với chiếc thuyền giấy của mình", style="home"),
        P("Tiết học được cô giáo Nguyễn Thị Mai Phương thiết kế theo quy trình 5E: Gắn kết - Khám "
          "phá - Giải thích - Áp dụng - Đánh giá. Mở đầu, cô kể câu chuyện \"Chú thuyền giấy đi "
          'lạc" để dẫn dắt các bé vào vấn đề: làm thế nào để thuyền giấy không bị chìm?', "word"),
        P("Các bé được chia thành 4 nhóm, mỗi nhóm nhận một bộ nguyên liệu gồm giấy báo, giấy màu, "
          "giấy bóng kính, băng dính, ống hút và nút chai. Các bé cùng nhau bàn bạc, lựa chọn vật "
          "liệu và tự gấp thuyền theo ý tưởng của nhóm.", "word"),
        Img(OLD_HOST + _up("2026_11", "steam-nhom-thao-luan.jpg"),
            "Các nhóm thảo luận, lựa chọn vật liệu làm thuyền",
            "Các nhóm thảo luận, lựa chọn vật liệu làm thuyền", style="fig"),
        P("Khi thả thuyền vào chậu nước, có thuyền nổi bồng bềnh, có thuyền bị ngấm nước và chìm "
          "dần. Các bé thích thú quan sát, so sánh và rút ra nhận xét: thuyền gấp bằng giấy bóng "
          "kính hoặc được dán thêm nút chai thì nổi lâu hơn.", "word"),
        Img(OLD_HOST + _up("2026_11", "steam-tha-thuyen.jpg"),
            "Bé hào hứng thả thuyền vào chậu nước", "Bé hào hứng thả thuyền vào chậu nước",
            style="fig"),
        P("Sau tiết dạy, Ban giám hiệu và giáo viên đã cùng nhau trao đổi, rút kinh nghiệm. Đồng chí "
          "Trần Thị Minh Nguyệt, Phó Hiệu trưởng nhà trường đánh giá cao sự chuẩn bị công phu của "
          "giáo viên và đề nghị các lớp tiếp tục lồng ghép nội dung STEAM vào các hoạt động hằng "
          "ngày.", "word"),
    ],
    opts={
        "pub": "2026-11-24 14:00",
        "home": ("2026_11", "steam-thuyen-giay.jpg", 1, "Bé say mê với chiếc thuyền giấy của mình"),
        "author": "Nguyễn Thị Mai Phương (Tổ Mẫu giáo nhỡ)",
    },
)

B3 = Story(
    id=447,
    slug="doan-kiem-tra-phong-gd-dt-thanh-pho-kiem-tra-cong-tac-ban-tru-tai-truong",
    title="Đoàn kiểm tra Phòng GD&ĐT thành phố kiểm tra công tác bán trú tại trường",
    cat="tin-tuc-nha-truong",
    published_at="2026-11-27T16:20:00+07:00",
    summary=(
        "Ngày 26/11, Đoàn kiểm tra của Phòng Giáo dục và Đào tạo thành phố Vĩnh Yên do đồng chí Lê "
        "Thị Hồng Vân, Chuyên viên phụ trách bậc học mầm non làm trưởng đoàn đã kiểm tra công tác "
        "tổ chức bán trú và đảm bảo an toàn thực phẩm tại Trường Mầm non Hoa Sen."
    ),
    sapo_outside=True,
    source="Phòng GD&ĐT thành phố Vĩnh Yên",
    blocks=[
        Img(_up("2026_11", "z6089935471260_0d4a8c7e2f51.jpg"),
            "Đoàn kiểm tra làm việc tại trường", "Đoàn kiểm tra làm việc tại trường", style="home"),
        P("Đoàn đã kiểm tra hồ sơ quản lý bán trú, hợp đồng cung cấp thực phẩm, sổ kiểm thực ba "
          "bước, việc lưu mẫu thức ăn 24 giờ và công tác vệ sinh khu vực bếp ăn."),
        P("Đoàn trực tiếp kiểm tra quy trình giao nhận thực phẩm buổi sáng, quá trình sơ chế, chế "
          "biến và chia ăn cho trẻ tại các lớp; dự giờ tổ chức bữa ăn trưa ở lớp Nhà trẻ D1 và Mẫu "
          "giáo bé C2."),
        Img(_up("2026_11", "z6089935502847_93b1e6f0a4d8.jpg"),
            "Đoàn kiểm tra sổ sách, hồ sơ bán trú", "Đoàn kiểm tra sổ sách, hồ sơ bán trú",
            style="pair"),
        Img(_up("2026_11", "z6089935538901_6f27c3d95b0e.jpg"),
            "Kiểm tra việc lưu mẫu thức ăn tại bếp", "Kiểm tra việc lưu mẫu thức ăn tại bếp",
            style="pair"),
        P("Qua kiểm tra, đoàn đánh giá nhà trường đã thực hiện nghiêm túc quy trình bếp một chiều; "
          "thực phẩm có nguồn gốc rõ ràng; thực đơn được xây dựng theo mùa, cân đối các nhóm chất, "
          "phù hợp với độ tuổi của trẻ."),
        P("Bên cạnh đó, đoàn cũng đề nghị nhà trường bổ sung thêm tủ lưu mẫu thức ăn, cập nhật đầy "
          "đủ hồ sơ tập huấn kiến thức an toàn thực phẩm cho nhân viên nuôi dưỡng."),
    ],
    opts={
        "pub": "2026-11-27 16:20",
        "home": ("2026_11", "z6089935471260_0d4a8c7e2f51.jpg", 1,
                 "Đoàn kiểm tra làm việc tại trường"),
        "source": "Phòng GD&ĐT thành phố Vĩnh Yên",
        "source_link": "http://pgdvinhyen.vinhphuc.edu.vn/",
    },
)

A6 = Story(
    id=450,
    slug="be-tham-gia-thuc-hanh-thoat-nan-phong-chay-chua-chay",
    title="Bé tham gia thực hành thoát nạn, phòng cháy chữa cháy",
    cat="hoat-dong-cua-be",
    published_at="2026-12-02T15:45:00+07:00",
    summary=(
        "Chiều 02/12, Trường Mầm non Hoa Sen phối hợp với Đội Cảnh sát PCCC và CNCH - Công an thành "
        "phố Vĩnh Yên tổ chức buổi tuyên truyền, hướng dẫn kỹ năng thoát nạn và thực tập phương án "
        "chữa cháy cho cán bộ, giáo viên, nhân viên và trẻ."
    ),
    sapo_outside=True,
    authors=["Phạm Thu Trang"],
    photographers=["Đỗ Minh Tuấn"],
    blocks=[
        Img(_up("2026_12", "z6110274458319_7ae0c2d8b5f4.jpg"),
            "Bé tham gia thực hành thoát nạn, phòng cháy chữa cháy", None, style="home"),
        P("Tại buổi tuyên truyền, các chiến sĩ cảnh sát đã hướng dẫn các bé nhận biết các nguy cơ "
          "gây cháy trong gia đình như bật lửa, bếp ga, ổ điện; cách gọi số điện thoại khẩn cấp 114 "
          "và cách thoát khỏi đám cháy: cúi thấp người, dùng khăn ướt bịt mũi, di chuyển theo lối "
          "thoát hiểm."),
        Img(_up("2026_12", "z6110274502264_1c9f4e7a3d06.jpg"),
            "Chiến sĩ cảnh sát PCCC hướng dẫn các bé cách dùng khăn ướt che mũi khi thoát nạn",
            "Chiến sĩ cảnh sát PCCC hướng dẫn các bé cách dùng khăn ướt che mũi khi thoát nạn",
            style="fig"),
        P("Phần thực hành diễn ra sôi nổi. Khi tiếng chuông báo cháy vang lên, các cô giáo nhanh "
          "chóng tổ chức cho trẻ xếp hàng, di chuyển theo lối thoát hiểm ra khu vực an toàn ở sân "
          "trường. Toàn bộ hơn 420 trẻ đã được sơ tán an toàn chỉ trong vòng 3 phút."),
        Raw('<p style="text-align: center;"><iframe allowfullscreen="" frameborder="0" '
            'height="360" src="https://www.youtube.com/embed/Xk2v9QmLr7s" width="640">'
            "</iframe></p>"),
        P("Các bé còn được tham quan xe chữa cháy, được các chú cảnh sát cho cầm thử vòi phun nước. "
          "Nhiều bé thích thú reo lên khi tia nước phun xa giữa sân trường."),
        Img(_up("2026_12", "z6110274547718_d05b8f3e6a29.jpg"), None, None, style="bare"),
        P("Buổi thực hành giúp cán bộ, giáo viên nâng cao kỹ năng xử lý tình huống khi có sự cố "
          "cháy nổ, đồng thời trang bị cho trẻ những kỹ năng sống cần thiết để tự bảo vệ bản thân."),
        Raw('<p style="text-align: right;"><strong>Tin: Phạm Thu Trang - Ảnh: Đỗ Minh Tuấn'
            "</strong></p>"),
    ],
    opts={
        "pub": "2026-12-02 15:45",
        "home": ("2026_12", "z6110274458319_7ae0c2d8b5f4.jpg", 2, ""),
        "tags": [("ky-nang-song", "kỹ năng sống"), ("pccc", "pccc")],
    },
)

D2 = Story(
    id=455,
    slug="thuc-don-tuan-1-thang-12-tu-07-12-den-11-12-2026",
    title="Thực đơn tuần 1 tháng 12 (từ 07/12 đến 11/12/2026)",
    cat="thuc-don-tuan",
    published_at="2026-12-04T16:45:00+07:00",
    summary=(
        "Bộ phận Nuôi dưỡng Trường Mầm non Hoa Sen xin gửi tới quý phụ huynh thực đơn tuần 1 tháng "
        "12 năm 2026 dành cho trẻ nhà trẻ và mẫu giáo."
    ),
    sapo_outside=True,
    authors=["Bộ phận Nuôi dưỡng"],
    blocks=[
        Img(_up("2026_12", "thuc-don-tuan-1-t12.jpg"),
            "Thực đơn tuần 1 tháng 12 (từ 07/12 đến 11/12/2026)", None, style="home"),
        P("Thứ | Bữa | Nhà trẻ | Mẫu giáo", "th"),
        P("Thứ Hai | Bữa chính | Cơm nát, thịt lợn băm sốt cà chua, canh rau ngót | Cơm tẻ, thịt lợn "
          "sốt cà chua, canh rau ngót nấu thịt", "rs"),
        P("Bữa chiều | Cháo tôm bí đỏ | Sữa chua, bánh quy", "tr"),
        P("Thứ Ba | Bữa chính | Cơm nát, trứng đúc thịt, canh cải | Cơm tẻ, trứng đúc thịt, canh cải "
          "nấu tôm", "rs"),
        P("Bữa chiều | Cháo gà hạt sen | Phở gà", "tr"),
        P("Thứ Tư | Bữa chính | Cơm nát, cá thu sốt, canh bí xanh | Cơm tẻ, cá thu sốt cà chua, canh "
          "bí xanh nấu tôm", "rs"),
        P("Bữa chiều | Súp ngô thịt gà | Bánh đa cua", "tr"),
        P("Thứ Năm | Bữa chính | Cơm nát, thịt bò băm xào, canh bầu | Cơm tẻ, thịt bò xào su hào, "
          "canh bầu nấu tôm", "rs"),
        P("Bữa chiều | Cháo thịt lợn, cà rốt | Bún chả", "tr"),
        P("Thứ Sáu | Bữa chính | Cơm nát, thịt gà om, canh rau cải | Cơm tẻ, gà rang gừng, canh rau "
          "cải nấu thịt", "rs"),
        P("Bữa chiều | Sữa chua, chuối | Xôi đỗ xanh, sữa Growplus", "tr"),
        P("Ghi chú: Bữa phụ sáng (9h30) trẻ được uống sữa Growplus hoặc ăn hoa quả theo mùa.",
          "note"),
        Raw('<p style="text-align: right;"><strong>Bộ phận Nuôi dưỡng</strong></p>'),
    ],
    opts={
        "pub": "2026-12-04 16:45",
        "home": ("2026_12", "thuc-don-tuan-1-t12.jpg", 1, ""),
        "tags": [("thuc-don", "thực đơn")],
    },
)

STORIES: list[Story] = [B1, A1, C1, A2, A3, C2, D1, A4, B2, A5, B3, A6, D2]
BY_ID = {s.id: s for s in STORIES}
#: newest first, as every listing of the module orders them
NEWEST = sorted(STORIES, key=lambda s: s.opts["pub"], reverse=True)


def article_path(story: Story, cat: str | None = None) -> str:
    return f"/news/{cat or story.cat}/{story.slug}-{story.id}.html"


def print_path(story: Story) -> str:
    return f"/news/print/{story.cat}/{story.slug}-{story.id}.html"


def query_path(story: Story) -> str:
    return f"/index.php?language=vi&nv=news&op={story.cat}/{story.slug}-{story.id}"


def _alt_paths(story: Story) -> list[str]:
    alts = [article_path(story, c) for c in story.opts.get("also", [])]
    alts.append(print_path(story))
    if story is D2:
        alts.append(query_path(story))
    return alts


GOLD = [
    gold_record(s, article_path(s), CATS[s.cat][0], alt_paths=_alt_paths(s)) for s in STORIES
]

# --- pages that are not articles -------------------------------------------------------------

ABOUT_PAGES = {
    "lich-su-phat-trien": (
        "Lịch sử phát triển",
        "14/09/2026",
        "Trường Mầm non Hoa Sen được thành lập năm 1979, tiền thân là Nhà trẻ Liên cơ thị xã Vĩnh "
        "Yên với 3 nhóm lớp và 9 cô nuôi dạy.",
        [
            "Năm 1992, nhà trẻ được sáp nhập với Lớp mẫu giáo Đống Đa và đổi tên thành Trường Mầm "
            "non Hoa Sen. Năm 2012, trường được UBND tỉnh Vĩnh Phúc công nhận đạt chuẩn quốc gia "
            "mức độ 1; năm 2021, đạt chuẩn quốc gia mức độ 2.",
            "Năm học 2026 - 2027, trường có 14 nhóm lớp với 423 trẻ, 52 cán bộ, giáo viên, nhân "
            "viên; 100% giáo viên đạt chuẩn trình độ đào tạo, trong đó 86% trên chuẩn.",
            "Nhiều năm liền trường đạt danh hiệu Tập thể lao động xuất sắc, được Chủ tịch UBND tỉnh "
            "tặng Cờ thi đua (năm 2019, 2024) và Bộ trưởng Bộ Giáo dục và Đào tạo tặng Bằng khen "
            "(năm 2022).",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        "07/09/2026",
        "Cơ cấu tổ chức của Trường Mầm non Hoa Sen năm học 2026 - 2027.",
        [
            "Hiệu trưởng: Nguyễn Thị Thanh Hương.",
            "Phó Hiệu trưởng: Trần Thị Minh Nguyệt (phụ trách chuyên môn), Phạm Thu Trang (phụ trách "
            "nuôi dưỡng, cơ sở vật chất).",
            "Tổ chuyên môn: Tổ Nhà trẻ, Tổ Mẫu giáo bé, Tổ Mẫu giáo nhỡ, Tổ Mẫu giáo lớn.",
            "Tổ Văn phòng và Tổ Nuôi dưỡng: 11 nhân viên kế toán, y tế, văn thư, cấp dưỡng, bảo vệ.",
        ],
    ),
}

ALBUMS = {
    27: (
        "hoat-dong-cua-be", "Hoạt động của bé", "hoi-thi-be-khoe-be-ngoan-nam-hoc-2026-2027",
        'Hội thi "Bé khỏe - Bé ngoan" năm học 2026 - 2027', "29/10/2026",
        'Một số hình ảnh các bé tham gia Hội thi "Bé khỏe - Bé ngoan" cấp trường sáng 29/10/2026.',
        "2026_10",
        [
            ("album27-01.jpg", "Màn đồng diễn thể dục nhịp điệu của lớp Mẫu giáo lớn A1"),
            ("album27-02.jpg", "Bé bò chui qua cổng"),
            ("album27-03.jpg", "Ném bóng trúng đích"),
            ("album27-04.jpg", "Ban tổ chức trao giải cho các lớp"),
        ],
    ),
    31: (
        "le-hoi-su-kien", "Lễ hội - Sự kiện", "le-ky-niem-ngay-nha-giao-viet-nam-20-11-2026",
        "Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026", "20/11/2026",
        "Những khoảnh khắc đáng nhớ trong Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam của nhà trường.",
        "2026_11",
        [
            ("album31-01.jpg", "Văn nghệ chào mừng"),
            ("album31-02.jpg", "Đại biểu tặng hoa chúc mừng nhà trường"),
            ("album31-03.jpg", "Các cô giáo chụp ảnh lưu niệm"),
        ],
    ),
}

VIDEOS = {
    15: (
        "mua-co-giao-em-lop-mau-giao-lon-a1",
        'Múa "Cô giáo em" - lớp Mẫu giáo lớn A1',
        "19/11/2026",
        "Xk2v9QmLr7t",
        "Tiết mục múa của các bé lớp Mẫu giáo lớn A1 trong buổi giao lưu văn nghệ chào mừng Ngày "
        "Nhà giáo Việt Nam 20/11/2026.",
    ),
    16: (
        "be-thuc-hanh-thoat-nan-khi-co-chay",
        "Bé thực hành thoát nạn khi có cháy",
        "02/12/2026",
        "Xk2v9QmLr7s",
        "Hình ảnh buổi thực tập phương án chữa cháy và thoát nạn tại trường chiều 02/12/2026.",
    ),
}


def album_path(aid: int) -> str:
    a = ALBUMS[aid]
    return f"/photos/{a[0]}/{a[2]}-{aid}.html"


def video_path(vid: int) -> str:
    return f"/videoclips/{VIDEOS[vid][0]}-{vid}.html"


NON_ARTICLES = [
    "/gioi-thieu/lich-su-phat-trien.html",
    "/gioi-thieu/co-cau-to-chuc.html",
    "/contact/",
    album_path(27),
    album_path(31),
    video_path(15),
    video_path(16),
]

# --- rendering helpers -----------------------------------------------------------------------

WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")


def _when(story: Story) -> dt.datetime:
    return dt.datetime.strptime(story.opts["pub"], "%Y-%m-%d %H:%M")


def _publtime(story: Story) -> str:
    """The detail page's date line, ``nv_date('l - d/m/Y H:i')``."""
    when = _when(story)
    return f"{WEEKDAYS[when.weekday()]} - {when:%d/%m/%Y %H:%M}"


def _day(story: Story) -> str:
    return f"{_when(story):%d/%m/%Y}"


def _meta_time(when: dt.datetime) -> str:
    """NukeViet's ``date('Y-m-dTH:i:s')``: PHP's ``T`` is the zone's abbreviation, not a 'T'."""
    return f"{when:%Y-%m-%d}ICT{when:%H:%M:%S}"


def _nfd(story: Story) -> bool:
    return bool(story.opts.get("nfd"))


def _t(story: Story, value: str) -> str:
    """Text of the story as its editor typed it (decomposed for a Unikey "tổ hợp" typist)."""
    return text(value, nfd=_nfd(story))


def _attr(story: Story, value: str) -> str:
    return esc(unicodedata.normalize("NFD", value) if _nfd(story) else value)


def _home(story: Story) -> tuple[str, str, int, str]:
    return story.opts["home"]


def _thumb(story: Story) -> str:
    ym, name, _pos, _alt = _home(story)
    return f"/assets/news/{ym}/{name}"


def _full(story: Story) -> str:
    ym, name, _pos, _alt = _home(story)
    return _up(ym, name)


def _clean(value: str, limit: int = 160) -> str:
    if len(value) <= limit:
        return value
    return value[:limit].rsplit(" ", 1)[0] + "…"


def _word_soup(escaped: str) -> str:
    """A Word paste: one space as ``&nbsp;`` and the span soup around."""
    words = escaped.split(" ")
    if len(words) > 5:
        escaped = " ".join(words[:4]) + "&nbsp;" + " ".join(words[4:])
    return (
        '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
        'line-height:130%"><span lang="VI" style="font-size:14.0pt;line-height:130%;'
        f'font-family:&quot;Times New Roman&quot;,serif">{escaped}<o:p></o:p></span></p>'
    )


def _img_p(src: str) -> str:
    return (
        f'<p style="text-align: center;"><img alt="" src="{esc(src)}" '
        'style="width: 800px; height: 533px;" /></p>'
    )


def _render_img(story: Story, img: Img) -> str:
    if img.style == "fig":
        return (
            '<div style="text-align:center">\n<figure class="image" style="display:inline-block">'
            f'<img alt="" height="533" src="{esc(img.src)}" width="800" />'
            f"<figcaption>{_t(story, img.printed or '')}</figcaption></figure>\n</div>"
        )
    if img.style == "em":
        return (
            _img_p(img.src)
            + f'\n<p style="text-align: center;"><em>{_t(story, img.printed or "")}</em></p>'
        )
    return _img_p(img.src)


def _pair_table(story: Story, imgs: list[Img]) -> str:
    pics = "".join(
        '<td style="text-align: center; width: 50%;">'
        f'<img alt="" src="{esc(i.src)}" style="width: 380px; height: 253px;" /></td>'
        for i in imgs
    )
    caps = "".join(
        f'<td style="text-align: center;"><em>{_t(story, i.printed or "")}</em></td>' for i in imgs
    )
    return (
        '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width: 100%;">\n'
        f"<tbody>\n<tr>{pics}</tr>\n<tr>{caps}</tr>\n</tbody>\n</table>"
    )


def _menu_table(story: Story, rows: list[P]) -> str:
    head, body = [], []
    for row in rows:
        cells = row.text.split(" | ")
        if row.style == "th":
            head.append("<tr>" + "".join(
                f'<th scope="col"><strong>{_t(story, c)}</strong></th>' for c in cells) + "</tr>")
            continue
        tds = []
        for i, cell in enumerate(cells):
            span = ' rowspan="2" style="text-align: center; vertical-align: middle;"' if (
                i == 0 and row.style == "rs") else ""
            tds.append(f'<td{span}><span style="font-size:14px;">{_t(story, cell)}</span></td>')
        body.append("<tr>" + "".join(tds) + "</tr>")
    return (
        '<table border="1" cellpadding="4" cellspacing="0" class="table table-bordered" '
        'style="width: 100%;">\n<thead>\n' + "\n".join(head) + "\n</thead>\n<tbody>\n"
        + "\n".join(body) + "\n</tbody>\n</table>"
    )


def body_html(story: Story) -> str:
    """The ``bodyhtml`` as CKEditor 4 stored it."""
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "home")]
    out: list[str] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, Raw):
            out.append(block.html)
            i += 1
            continue
        if isinstance(block, Img):
            if block.style == "pair":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "pair":
                    group.append(blocks[i])
                    i += 1
                out.append(_pair_table(story, group))
                continue
            out.append(_render_img(story, block))
            i += 1
            continue
        style = block.style
        if style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(story, blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        if style in ("th", "tr", "rs"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr", "rs"):
                rows.append(blocks[i])
                i += 1
            out.append(_menu_table(story, rows))
            continue
        if style == "poem":
            lines = [_t(story, block.text)]
            i += 1
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                lines.append(_t(story, blocks[i].text))
                i += 1
            out.append('<p style="text-align: center;"><em>' + "<br />\n".join(lines) + "</em></p>")
            continue
        escaped = _t(story, block.text)
        if style == "word":
            out.append(_word_soup(escaped))
        elif style == "h":
            out.append(f'<h3><span style="color:#2980b9;"><strong>{escaped}</strong></span></h3>')
        elif style == "quote":
            out.append(f"<blockquote>\n<p><em>{escaped}</em></p>\n</blockquote>")
        elif style == "note":
            label, rest = escaped.split(":", 1)
            out.append(f"<p><em><strong>{label}:</strong>{rest}</em></p>")
        else:
            out.append(f'<p style="text-align: justify;">{escaped}</p>')
        i += 1
    return "\n".join(out)


def _home_figures(story: Story) -> tuple[str, str]:
    """The home image as detail.tpl prints it: left of the hometext (1) or under it (2)."""
    ym, name, pos, alt = _home(story)
    if not pos:
        return "", ""
    shown = alt or story.title  # NukeViet falls back on the title for an empty alt
    src = _up(ym, name)
    if pos == 1:
        return (
            '<figure class="article left pointer" onclick="modalShowByObj(\'#imgpreview\');">\n'
            '<div id="imgpreview" style="width:460px;">\n'
            f'<p class="text-center"><img alt="{_attr(story, shown)}" src="{src}" width="460" '
            f'class="img-thumbnail"/></p>\n<figcaption>{_t(story, shown)}</figcaption>\n'
            "</div>\n</figure>",
            "",
        )
    return "", (
        f'<figure class="article center">\n<img alt="{_attr(story, shown)}" src="{src}" '
        f'width="760" class="img-thumbnail"/>\n<figcaption>{_t(story, shown)}</figcaption>\n'
        "</figure>"
    )


# --- the theme's chrome ----------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu/", "Giới thiệu", [
        ("/gioi-thieu/lich-su-phat-trien.html", "Lịch sử phát triển"),
        ("/gioi-thieu/co-cau-to-chuc.html", "Cơ cấu tổ chức"),
    ]),
    ("/news/tin-tuc-nha-truong/", "Tin tức nhà trường", []),
    ("/news/hoat-dong-cua-be/", "Hoạt động của bé", []),
    ("/news/goc-phu-huynh/", "Góc phụ huynh", [("/news/thuc-don-tuan/", "Thực đơn tuần")]),
    ("/photos/", "Thư viện ảnh", []),
    ("/videoclips/", "Video", []),
    ("/contact/", "Liên hệ", []),
]


def _menu_html(active: str) -> str:
    items = []
    for href, label, subs in MENU:
        cls = ' class="active"' if href == active else ""
        if subs:
            sub = "".join(
                f'<li><a href="{h}" title="{esc(lab)}">{esc(lab)}</a></li>' for h, lab in subs
            )
            items.append(
                f'<li class="dropdown{" active" if href == active else ""}" role="presentation">'
                f'<a class="dropdown-toggle" href="{href}" role="button" aria-expanded="false" '
                f'title="{esc(label)}">{esc(label)} <strong class="caret">&nbsp;</strong></a>'
                f'<ul class="dropdown-menu">{sub}</ul></li>'
            )
        else:
            icon = '<em class="fa fa-home fa-lg">&nbsp;</em> ' if href == "/" else ""
            items.append(f'<li{cls}><a href="{href}" title="{esc(label)}">{icon}{esc(label)}</a></li>')
    return (
        '<nav class="mn-thanhmenu" role="navigation">\n<div class="container">\n'
        '<div class="navbar-header"><button type="button" class="navbar-toggle" '
        'data-toggle="collapse" data-target="#menu-site-default"><span class="sr-only">&nbsp;'
        '</span><span class="icon-bar">&nbsp;</span></button></div>\n'
        '<div class="collapse navbar-collapse" id="menu-site-default">\n'
        '<ul class="nav navbar-nav">' + "\n".join(items) + "</ul>\n</div>\n</div>\n</nav>"
    )


def _breadcrumbs(crumbs: list[tuple[str, str]]) -> str:
    """NukeViet 4.5: the items in a hidden list, the theme's script fills the visible one."""
    if not crumbs:
        return ""
    items = [("/", "Trang nhất"), *crumbs]
    lis = "".join(
        '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
        f'<a href="{href}" itemprop="item" title="{esc(label)}"><span itemprop="name">'
        f'{esc(label)}</span></a><i class="hidden" itemprop="position" content="{n}"></i></li>'
        for n, (href, label) in enumerate(items, 1)
    )
    return (
        '<div class="breadcrumbs-wrap"><div class="container"><div class="display">'
        '<a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);">'
        '<em class="fa fa-lg fa-angle-right"></em></a><ul class="breadcrumbs list-none"></ul></div>'
        '<ul class="subs-breadcrumbs"></ul>'
        '<ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList">'
        f"{lis}</ul></div></div>"
    )


def _today_menu_block() -> str:
    """The nurse's HTML block: Monday's dishes of D2, word for word, and a pasted admin link."""
    rows = [b for b in D2.blocks if isinstance(b, P) and b.style in ("rs", "tr")][:2]
    cells = [rows[0].text.split(" | ")[1:], rows[1].text.split(" | ")]
    trs = "".join(
        "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in cells
    )
    return (
        '<div class="mn-khoi mn-khoi-thucdon">\n<h3 class="mn-khoi-td"><span>Thực đơn</span></h3>\n'
        '<div class="mn-khoi-nd">\n<p class="td-ngay"><strong>Thứ Hai, 07/12/2026</strong></p>\n'
        '<table class="td-bang" style="width:100%" border="1" cellspacing="0" cellpadding="3">'
        "<tr><th>Bữa</th><th>Nhà trẻ</th><th>Mẫu giáo</th></tr>"
        f"{trs}</table>\n"
        f'<p class="text-right"><a href="{esc(query_path(D2))}">Xem thực đơn cả tuần &raquo;</a>'
        "</p>\n</div>\n</div>"
    )


def _sidebar() -> str:
    most = [A6, B2, A4, D1]
    most_html = "".join(
        f'<li><a href="{article_path(s)}" title="{_attr(s, s.title)}">{_t(s, s.title)}</a></li>'
        for s in most
    )
    albums = "".join(
        f'<div class="col-xs-12"><a href="{album_path(aid)}" title="{esc(a[3])}">'
        f'<img src="/assets/photos/{a[6]}/{a[7][0][0]}" alt="{esc(a[3])}" class="img-thumbnail" '
        f'width="130"/></a></div>'
        for aid, a in ALBUMS.items()
    )
    return f"""
<div class="mn-khoi mn-khoi-tb">
<h3 class="mn-khoi-td"><span>Thông báo</span></h3>
<div class="mn-khoi-nd"><marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()" style="height:120px">
<p>Lịch tiêm chủng mở rộng tháng 12/2026 tại Trạm Y tế phường Đống Đa: sáng ngày 10 và 11/12/2026.</p>
<p>Nhà trường tổ chức họp phụ huynh cuối học kỳ I vào 8h00 Chủ nhật, ngày 10/01/2027.</p>
</marquee></div>
</div>
{_today_menu_block()}
<div class="mn-khoi mn-khoi-xemnhieu">
<h3 class="mn-khoi-td"><span>Tin xem nhiều</span></h3>
<div class="mn-khoi-nd"><ul class="mn-ds-xn">{most_html}</ul></div>
</div>
<div class="mn-khoi mn-khoi-anh">
<h3 class="mn-khoi-td"><span><a href="/photos/">Thư viện ảnh</a></span></h3>
<div class="mn-khoi-nd"><div class="row">{albums}</div></div>
</div>
<div class="mn-khoi mn-khoi-video">
<h3 class="mn-khoi-td"><span><a href="/videoclips/">Video clip</a></span></h3>
<div class="mn-khoi-nd"><a href="{video_path(15)}" title="{esc(VIDEOS[15][1])}"><img src="/uploads/videoclips/2026_11/mua-co-giao-em.jpg" alt="{esc(VIDEOS[15][1])}" width="260"/><span class="vd-play"><em class="fa fa-play-circle"></em></span></a>
<p><a href="{video_path(15)}">{esc(VIDEOS[15][1])}</a></p></div>
</div>
<div class="mn-khoi mn-khoi-lk">
<h3 class="mn-khoi-td"><span>Liên kết website</span></h3>
<div class="mn-khoi-nd"><select class="form-control" onchange="if(this.value)window.open(this.value,'_blank');">
<option value="">--- Chọn liên kết ---</option>
<option value="https://moet.gov.vn/">Bộ Giáo dục và Đào tạo</option>
<option value="http://vinhphuc.edu.vn/">Sở GD&amp;ĐT Vĩnh Phúc</option>
<option value="http://pgdvinhyen.vinhphuc.edu.vn/">Phòng GD&amp;ĐT TP Vĩnh Yên</option>
</select>
<a href="https://www.facebook.com/mamnonhoasenvinhyen" target="_blank" rel="nofollow"><img src="/themes/mamnon/images/fanpage.png" alt="Fanpage nhà trường" width="260"/></a></div>
</div>
<div class="mn-khoi mn-khoi-tdy">
<h3 class="mn-khoi-td"><span>Thăm dò ý kiến</span></h3>
<div class="mn-khoi-nd"><form class="voting" action="" method="post">
<p><strong>Quý phụ huynh quan tâm nhất đến nội dung nào trên website?</strong></p>
<div class="radio"><label><input type="radio" name="option" value="11"/> Thực đơn hằng tuần</label></div>
<div class="radio"><label><input type="radio" name="option" value="12"/> Hoạt động của bé</label></div>
<div class="radio"><label><input type="radio" name="option" value="13"/> Kiến thức nuôi dạy trẻ</label></div>
<div class="clearfix"><input class="btn btn-success btn-sm" type="button" value="Bình chọn" onclick="nv_sendvoting(this.form, '4', '1', 'a3f9c0', 'Bạn cần chọn 1 phương án', '0');"/>
<input class="btn btn-primary btn-sm" type="button" value="Kết quả" onclick="nv_sendvoting(this.form, '4', 0, 'a3f9c0', '', '0');"/></div>
</form></div>
</div>
<div class="mn-khoi mn-khoi-tk">
<h3 class="mn-khoi-td"><span>Thống kê truy cập</span></h3>
<div class="mn-khoi-nd"><ul class="counter list-none display-table">
<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>17</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon"></em>Hôm nay</span><span>364</span></li>
<li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>2,418</span></li>
<li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>528,907</span></li>
</ul></div>
</div>"""


def _page(
    request: Request,
    title: str,
    main: str,
    *,
    active: str = "/",
    crumbs: list[tuple[str, str]] | None = None,
    canonical: str | None = None,
    head: str = "",
    description: str = "Website Trường Mầm non Hoa Sen - thành phố Vĩnh Yên - tỉnh Vĩnh Phúc",
    func: str = "main",
    module: str = "news",
) -> Response:
    canon = (
        f'<link rel="canonical" href="{base_url(request)}{canonical}">\n' if canonical else ""
    )
    page = f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="description" content="{esc(description)}">
<meta name="author" content="Trường Mầm non Hoa Sen">
<meta name="copyright" content="Trường Mầm non Hoa Sen [mnhoasen.vinhphuc.edu.vn]">
<meta name="robots" content="index, archive, follow, noodp">
<meta name="googlebot" content="index,archive,follow,noodp">
<meta name="msnbot" content="all,index,follow">
<meta name="generator" content="NukeViet v4.5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
{head}<link rel="shortcut icon" href="/uploads/favicon.ico">
{canon}<link rel="alternate" href="/news/rss/" title="Tin Tức" type="application/rss+xml">
<link rel="preload" as="script" href="/assets/js/jquery/jquery.min.js?t=1711">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css?t=1711">
<link rel="StyleSheet" href="/themes/mamnon/css/bootstrap.non-responsive.css?t=1711">
<link rel="StyleSheet" href="/themes/mamnon/css/style.css?t=1711">
<link rel="StyleSheet" href="/themes/mamnon/css/style.responsive.css?t=1711">
<link rel="StyleSheet" href="/themes/mamnon/css/news.css?t=1711">
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="{module}",nv_func_name="{func}",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_Hs3Qm",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_recaptcha_ver=2,nv_recaptcha_sitekey="",nv_recaptcha_type="image",XSSsanitize=1;</script>
<script src="/assets/js/jquery/jquery.min.js?t=1711"></script>
<script src="/assets/js/language/vi.js?t=1711"></script>
<script src="/assets/js/global.js?t=1711"></script>
<script src="/assets/js/site.js?t=1711"></script>
<script src="/themes/mamnon/js/news.js?t=1711"></script>
<script src="/themes/mamnon/js/main.js?t=1711"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br>Website chỉ làm việc khi bạn bật nó trở lại.<br>Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div></noscript>
<div class="mn-nen">
<div class="mn-dautrang">
<div class="container">
<span class="mn-homnay"><em class="fa fa-calendar">&nbsp;</em>{TODAY_LINE}</span>
<span class="mn-hotline"><em class="fa fa-phone">&nbsp;</em>Hotline: 0211.3862.468</span>
<form action="/seek/" method="get" class="mn-timkiem"><input type="text" name="q" maxlength="60" placeholder="Tìm kiếm..."><button type="submit"><em class="fa fa-search"></em></button></form>
</div>
</div>
<header class="mn-banner">
<div class="container">
<a class="mn-logo" href="/" title="Trường Mầm non Hoa Sen"><img src="/uploads/logo-hoa-sen.png" width="110" height="110" alt="Trường Mầm non Hoa Sen"></a>
<div class="mn-tentruong"><span class="d1">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ VĨNH YÊN</span><span class="d2">TRƯỜNG MẦM NON HOA SEN</span><span class="d3">Yêu thương - Vui chơi - Khám phá</span></div>
<img class="mn-maytrang" src="/themes/mamnon/images/may-cau-vong.png" alt="" width="320">
</div>
</header>
{_menu_html(active)}
<div class="mn-chaychu"><div class="container"><marquee scrollamount="4">Chào mừng quý phụ huynh và các bé đến với website Trường Mầm non Hoa Sen - thành phố Vĩnh Yên!</marquee></div></div>
{_breadcrumbs(crumbs or [])}
<div class="container mn-than">
<div class="row">
<div class="col-sm-16 col-md-17 mn-cotchinh">
{main}
</div>
<aside class="col-sm-8 col-md-7 mn-cotphai">
{_sidebar()}
</aside>
</div>
</div>
<footer class="mn-chantrang">
<div class="container">
<div class="row">
<div class="col-sm-14">
<p class="ft-ten">TRƯỜNG MẦM NON HOA SEN</p>
<p><em class="fa fa-map-marker">&nbsp;</em>Địa chỉ: Số 6, đường Lam Sơn, phường Đống Đa, thành phố Vĩnh Yên, tỉnh Vĩnh Phúc</p>
<p><em class="fa fa-phone">&nbsp;</em>Điện thoại: 0211.3862.468 - <em class="fa fa-envelope">&nbsp;</em>Email: <a href="mailto:mnhoasen.vy@vinhphuc.edu.vn">mnhoasen.vy@vinhphuc.edu.vn</a></p>
<p>Chịu trách nhiệm nội dung: Bà Nguyễn Thị Thanh Hương - Hiệu trưởng</p>
</div>
<div class="col-sm-10 text-right">
<ul class="ft-menu list-inline"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu/lich-su-phat-trien.html">Giới thiệu</a></li><li><a href="/contact/">Liên hệ</a></li><li><a href="/news/rss/">RSS</a></li></ul>
<p>&copy; Bản quyền thuộc về Trường Mầm non Hoa Sen.<br>Phát triển trên nền <a href="https://nukeviet.vn" target="_blank" rel="nofollow">NukeViet CMS</a> - Giao diện <a href="https://nukeviet.vn/vi/store/themes/" target="_blank" rel="nofollow">mamnon</a></p>
</div>
</div>
</div>
</footer>
</div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div>
<div id="openidBt" data-result="" data-redirect=""></div>
<script src="/themes/mamnon/js/bootstrap.min.js?t=1711"></script>
</body>
</html>"""
    return html(page)


# --- news module pages ----------------------------------------------------------------------


def _related(story: Story) -> str:
    others = [s for s in NEWEST if s.cat == story.cat and s is not story][:3]
    if not others:
        return ""
    lis = "".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{article_path(s)}" '
        f'title="{_attr(s, s.title)}" data-content="{_attr(s, _clean(s.summary or ""))}" '
        f'data-img="{_thumb(s)}" data-rel="tooltip" data-placement="top">{_t(s, s.title)}</a> '
        f"<em>({_day(s)})</em></li>"
        for s in others
    )
    return (
        '<div class="news_column panel panel-default">\n<div class="panel-body other-news">\n'
        '<p class="h3"><strong>Bài viết liên quan</strong></p>\n<div class="clearfix">\n'
        f'<ul class="related list-items">{lis}</ul>\n</div>\n</div>\n</div>'
    )


def _comments(story: Story) -> str:
    items = "".join(
        '<div class="media"><a class="pull-left" href="#"><img class="media-object bg-gainsboro" '
        'src="/themes/default/images/users/no_avatar.png" alt="" width="40"/></a>'
        f'<div class="media-body"><h4 class="media-heading"><strong>{esc(name)}</strong> - '
        f'<em class="fa fa-clock-o">&nbsp;</em>{when}</h4><p>{esc(body)}</p>'
        '<div class="comment-action"><em class="fa fa-reply">&nbsp;</em> '
        '<a href="#" onclick="nv_commment_feedback(0, \'\'); return false;">Trả lời</a> '
        '<em class="fa fa-thumbs-o-up">&nbsp;</em><span class="like">0</span></div></div></div>'
        for name, when, body in story.opts.get("comments", [])
    )
    return f"""<div class="news_column panel panel-default">
<div class="panel-body">
<div id="idcomment" class="nv-fullbg" data-module="news" data-content="news" data-area="8" data-id="{story.id}" data-allowed="4" data-checkss="{story.id * 7919:x}">
<div class="row clearfix margin-bottom-lg"><div class="col-xs-12 text-left"><p class="comment-title"><em class="fa fa-comments">&nbsp;</em> Ý kiến bạn đọc</p></div>
<div class="col-xs-12 text-right"><select class="form-control"><option value="0">Sắp xếp theo bình luận mới</option><option value="1">Sắp xếp theo bình luận cũ</option><option value="2">Sắp xếp theo số lượt thích</option></select></div></div>
<div id="showcomment" class="margin-bottom-lg">{items}</div>
<div id="formcomment"><form method="post" role="form" onsubmit="return false;">
<div class="form-group clearfix"><div class="row"><div class="col-xs-12"><input type="text" name="name" class="form-control" placeholder="Tên của bạn"/></div><div class="col-xs-12"><input type="email" name="email" class="form-control" placeholder="Email"/></div></div></div>
<div class="form-group clearfix"><textarea class="form-control" style="width: 100%" name="content" cols="20" rows="5" placeholder="Nội dung bình luận"></textarea></div>
<div class="form-group text-center"><input type="button" value="Gửi bình luận" class="btn btn-primary"/></div>
</form></div>
</div>
</div>
</div>"""


def _author_block(story: Story) -> str:
    lines = []
    if story.opts.get("author"):
        printed = story.opts["author"]
        alias = story.opts.get("author_link")
        if alias:
            name, _, rest = printed.partition(" - ")
            shown = f'<a href="/news/author/{alias}/" title="{esc(name)}">{esc(name)}</a>' + (
                f" - {esc(rest)}" if rest else "")
        else:
            shown = esc(printed)
        lines.append(f'<p class="h5 text-right"><strong>Tác giả: </strong>{shown}</p>')
    if story.opts.get("source"):
        src = esc(story.opts["source"])
        link = story.opts.get("source_link")
        shown = f'<a title="{src}" rel="nofollow" href="{link}" target="_blank">{src}</a>' if link else src
        lines.append(f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{shown}</p>')
    if not lines:
        return ""
    return '<div class="margin-bottom-lg">\n' + "\n".join(lines) + "\n</div>"


def _detail(request: Request, story: Story, url_cat: str) -> Response:
    before, after = _home_figures(story)
    cat_name = CATS[story.cat][0]
    tools = (
        '<ul class="list-inline text-right">'
        f'<li><em class="fa fa-eye">&nbsp;</em>Đã xem: {story.views()}</li>'
        '<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" '
        f"onclick=\"nv_open_browse('/news/sendmail/{story.cat}/{story.slug}-{story.id}.html','',650,500,"
        "'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false\">"
        '<em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>'
        '<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" '
        f"onclick=\"nv_open_browse('{print_path(story)}','',840,500,'resizable=yes,scrollbars=yes,"
        "toolbar=no,location=no,status=no');return false\"><em class=\"fa fa-print fa-lg\">&nbsp;</em>"
        "</a></li>"
        '<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="javascript:void(0);" '
        f"onclick=\"nv_open_browse('/news/savefile/{story.cat}/{story.slug}-{story.id}.html','',"
        "10,10,'');return false\"><em class=\"fa fa-save fa-lg\">&nbsp;</em></a></li></ul>"
    )
    files = ""
    if story.opts.get("files"):
        lis = "".join(
            f'<li><em class="fa fa-file-pdf-o">&nbsp;</em><a href="{href}" title="{esc(name)}">'
            f"{esc(name)}</a></li>"
            for name, href in story.opts["files"]
        )
        files = (
            '<div class="news_column panel panel-default"><div class="panel-heading">'
            '<em class="fa fa-download">&nbsp;</em><strong>Tập tin đính kèm</strong></div>'
            f'<div class="panel-body"><ul class="list-none">{lis}</ul></div></div>'
        )
    keywords = ""
    if story.opts.get("tags"):
        links = ", ".join(
            f'<a title="{esc(label)}" href="/news/tag/{alias}"><em>{esc(label)}</em></a>'
            for alias, label in story.opts["tags"]
        )
        keywords = (
            '<div class="news_column panel panel-default"><div class="panel-body"><div class="h5">'
            f'<em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{links}</div></div></div>'
        )
    score = 3 + story.id % 3
    rating = (
        '<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" '
        'action=""><div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: '
        f"{score * 4} trong {score} đánh giá</p>"
        '<div style="padding: 5px;">'
        + "".join(
            f'<input class="hover-star required" type="radio" value="{n}" title="{t}"/>'
            for n, t in enumerate(
                ["Bài viết rất kém", "Bài viết kém", "Bài viết đạt", "Bài viết tốt",
                 "Bài viết rất tốt"], 1)
        )
        + '<span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span>'
        "</div></div></form></div></div>"
    )
    share = (
        '<div class="news_column panel panel-default"><div class="panel-body">'
        '<div class="socialicon clearfix"><div class="fb-like" data-href="'
        f'{base_url(request)}{article_path(story)}" data-layout="button_count" data-action="like" '
        'data-show-faces="false" data-share="true">&nbsp;</div>'
        '<a href="http://twitter.com/share" class="twitter-share-button">Tweet</a></div>'
        "</div></div>"
    )
    main = f"""<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{_t(story, story.title)}</h1>
<div class="row margin-bottom-lg">
<div class="col-md-12"><span class="h5">{_publtime(story)}</span></div>
<div class="col-md-12">{tools}</div>
</div>
<div class="clearfix">
{before}
<div class="hometext m-bottom" itemprop="description">{_t(story, story.summary or "")}</div>
{after}
</div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{body_html(story)}
</div>
{_author_block(story)}
<div class="alert alert-info margin-bottom-lg">Bản quyền bài viết thuộc về Trường Mầm non Hoa Sen. Khi sao chép, đề nghị ghi rõ nguồn "Website Trường Mầm non Hoa Sen".</div>
</div>
</div>
{files}
{keywords}
{rating}
{share}
{_comments(story)}
{_related(story)}"""
    crumbs = [("/news/", "Tin Tức")]
    parent = CATS[story.cat][1]
    if parent:
        crumbs.append((f"/news/{parent}/", CATS[parent][0]))
    crumbs.append((f"/news/{story.cat}/", cat_name))
    when = _when(story)
    edited = when + dt.timedelta(hours=2, minutes=17)
    tags = ", ".join(label for _a, label in story.opts.get("tags", []))
    head = (
        f'<meta name="keywords" content="{esc(tags)}">\n'
        f'<meta property="og:title" content="{_attr(story, story.title)}">\n'
        '<meta property="og:type" content="article">\n'
        f'<meta property="og:description" content="{_attr(story, _clean(story.summary or ""))}">\n'
        f'<meta property="og:site_name" content="{SITE_NAME}">\n'
        f'<meta property="og:image" content="{base_url(request)}{_full(story)}">\n'
        f'<meta property="og:url" content="{base_url(request)}{article_path(story)}">\n'
        f'<meta property="article:published_time" content="{_meta_time(when)}">\n'
        f'<meta property="article:modified_time" content="{_meta_time(edited)}">\n'
        f'<meta property="article:section" content="{esc(cat_name)}">\n'
    )
    return _page(
        request,
        f"{text(story.title, nfd=_nfd(story))} - {cat_name} - {SITE_NAME}",
        main,
        active=f"/news/{CATS[url_cat][1] or url_cat}/",
        crumbs=crumbs,
        canonical=article_path(story),
        head=head,
        description=_clean(story.summary or ""),
        func="detail",
    )


def _print_view(request: Request, story: Story) -> Response:
    before, after = _home_figures(story)
    link = base_url(request) + article_path(story)
    author = _author_block(story).replace('class="h5 text-right"', 'class="text-right"')
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<title>{_t(story, story.title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="robots" content="noindex, nofollow">
<link rel="StyleSheet" href="/themes/mamnon/css/news.print.css">
</head>
<body>
<div id="print">
<div id="hd_print"><h2 class="pull-left">{SITE_NAME}</h2><p class="pull-right"><a title="{SITE_NAME}" href="/">{esc(base_url(request))}</a></p></div>
<div class="clear"></div><hr/>
<div id="content">
<h1>{_t(story, story.title)}</h1>
<ul class="list-inline"><li>{_publtime(story)}</li>
<li class="hidden-print txtrequired"><em class="fa fa-print">&nbsp;</em><a title="In ra" href="javascript:;" onclick="window.print()">In ra</a></li>
<li class="hidden-print txtrequired"><em class="fa fa-power-off">&nbsp;</em><a title="Đóng cửa sổ này" href="javascript:;" onclick="window.close()">Đóng cửa sổ này</a></li></ul>
<div class="clear"></div>
{before}
<div id="hometext">{_t(story, story.summary or "")}</div>
{after}
<div class="bodytext">
{body_html(story)}
</div>
{author}
</div>
<div id="footer" class="clearfix">
<div id="url"><strong>URL của bản tin này: </strong><a href="{link}" title="{_attr(story, story.title)}">{link}</a></div>
<div class="clear"></div>
<div class="copyright">&copy; {SITE_NAME}</div>
<div id="contact"><a href="mailto:mnhoasen.vy@vinhphuc.edu.vn">mnhoasen.vy@vinhphuc.edu.vn</a></div>
</div>
</div>
</body>
</html>"""
    return html(page)


def _pager(base: str, page: int, pages: int) -> str:
    """``nv_generate_page``: «, the numbers, »; page 1 is the base without ``page-1/``."""
    if pages <= 1:
        return ""

    def url(n: int) -> str:
        return base if n == 1 else f"{base}page-{n}/"

    items = []
    if page > 1:
        items.append(f'<li><a rel="prev" title="Trang trước" href="{url(page - 1)}">&laquo;</a></li>')
    else:
        items.append('<li class="disabled"><a href="#">&laquo;</a></li>')
    for n in range(1, pages + 1):
        if n == page:
            items.append(f'<li class="active"><a href="#">{n}</a></li>')
        else:
            items.append(f'<li><a title="Trang {n}" href="{url(n)}">{n}</a></li>')
    if page < pages:
        items.append(f'<li><a rel="next" title="Trang sau" href="{url(page + 1)}">&raquo;</a></li>')
    else:
        items.append('<li class="disabled"><a href="#">&raquo;</a></li>')
    return '<div class="text-center"><ul class="pagination">' + "".join(items) + "</ul></div>"


def _pages(count: int, per: int) -> int:
    return max(1, -(-count // per))


def _grid_item(story: Story, link: str, cols: str = "col-xs-24 col-sm-12 col-md-12") -> str:
    return (
        f'<div class="{cols}"><div class="thumbnail">'
        f'<a title="{_attr(story, story.title)}" href="{link}"><img alt="{_attr(story, story.title)}" '
        f'src="{_thumb(story)}" width="300" class="img-thumbnail"/></a>'
        '<div class="caption text-center">'
        f'<h3><a class="show" href="{link}" data-content="{_attr(story, _clean(story.summary or ""))}" '
        f'data-img="{_thumb(story)}" data-rel="tooltip" data-placement="bottom" '
        f'title="{_attr(story, story.title)}">{_t(story, story.title)}</a></h3>'
        f'<span class="vg-ngay"><em class="fa fa-clock-o">&nbsp;</em>{_day(story)}</span>'
        "</div></div></div>"
    )


def _grid_new(page: int) -> str | None:
    """The module's main view "viewcat_grid_new": the newest big, the rest in a grid."""
    pages = _pages(len(NEWEST), HOME_PER_PAGE)
    if not 1 <= page <= pages:
        return None
    items = NEWEST[(page - 1) * HOME_PER_PAGE: page * HOME_PER_PAGE]
    first, rest = items[0], items[1:]
    grid = "".join(_grid_item(s, article_path(s), "col-xs-12 col-sm-8") for s in rest)
    return f"""<div class="mn-tinmoi panel panel-default">
<div class="panel-heading"><h2 class="mn-tieude"><a href="/news/" title="Tin mới">Tin mới</a></h2></div>
<div class="panel-body">
<div class="row vcgn-noibat">
<div class="col-md-14"><a href="{article_path(first)}" title="{_attr(first, first.title)}"><img src="{_thumb(first)}" alt="{_attr(first, first.title)}" width="380" class="img-thumbnail"></a></div>
<div class="col-md-10"><h3><a href="{article_path(first)}" title="{_attr(first, first.title)}">{_t(first, first.title)}</a></h3>
<p class="vcgn-ngay"><em class="fa fa-clock-o">&nbsp;</em>{_when(first):%d/%m/%Y %H:%M}</p>
<p class="text-justify">{_t(first, _clean(first.summary or "", 220))}</p></div>
</div>
<div class="row vcgn-luoi">{grid}</div>
{_pager("/news/", page, pages)}
</div>
</div>"""


def _home_page(request: Request) -> Response:
    slides = "".join(
        f'<div class="item"><a href="{article_path(s)}" title="{_attr(s, s.title)}">'
        f'<img src="/uploads/slider/slide-{s.id}.jpg" alt="{_attr(s, s.title)}" width="820"/></a>'
        f'<div class="carousel-caption"><a href="{article_path(s)}">{_t(s, s.title)}</a></div></div>'
        for s in (A6, B2, A4)
    )
    hdcb = "".join(
        _grid_item(s, article_path(s), "col-xs-12 col-sm-6")
        for s in [s for s in NEWEST if s.cat == "hoat-dong-cua-be"][:4]
    )
    gph = [s for s in NEWEST if s.cat == "goc-phu-huynh"][:2]
    gph_html = "".join(
        f'<li><a href="{article_path(s)}" title="{_attr(s, s.title)}"><img src="{_thumb(s)}" '
        f'alt="" width="90"/></a><a href="{article_path(s)}">{_t(s, s.title)}</a>'
        f'<p>{_t(s, _clean(s.summary or "", 110))}</p></li>'
        for s in gph
    )
    main = f"""<div id="mn-slider" class="owl-carousel mn-slider">{slides}</div>
<div class="mn-khoi-giua mn-hdcb">
<h2 class="mn-khoi-gt"><span><img src="/themes/mamnon/images/icon-be.png" alt="" width="32"> Hoạt động của bé</span><a class="xem-them" href="/news/hoat-dong-cua-be/">Xem tất cả &raquo;</a></h2>
<div class="row">{hdcb}</div>
</div>
<div class="mn-khoi-giua mn-gph">
<h2 class="mn-khoi-gt"><span><img src="/themes/mamnon/images/icon-me.png" alt="" width="32"> Góc phụ huynh</span><a class="xem-them" href="/news/goc-phu-huynh/">Xem tất cả &raquo;</a></h2>
<ul class="gph-ds">{gph_html}</ul>
<p class="gph-td"><em class="fa fa-cutlery">&nbsp;</em><a href="{article_path(D2)}" title="{esc(D2.title)}">{esc(D2.title)}</a></p>
</div>
{_grid_new(1)}"""
    return _page(request, SITE_NAME, main, active="/", canonical="/")


def _news_main(request: Request, page: int) -> Response | None:
    grid = _grid_new(page)
    if grid is None:
        return None
    title = "Tin Tức" + (f" - Trang {page}" if page > 1 else "")
    canonical = "/news/" if page == 1 else f"/news/page-{page}/"
    return _page(request, f"{title} - {SITE_NAME}", grid, active="/",
                 crumbs=[("/news/", "Tin Tức")], canonical=canonical)


def _category(request: Request, alias: str, page: int) -> Response | None:
    name, parent = CATS[alias]
    items = [s for s in NEWEST if s.cat == alias or alias in s.opts.get("also", [])]
    pages = _pages(len(items), CAT_PER_PAGE)
    if not 1 <= page <= pages:
        return None
    chunk = items[(page - 1) * CAT_PER_PAGE: page * CAT_PER_PAGE]
    base = f"/news/{alias}/"
    # NukeViet builds a listing's links with the listed category's alias
    grid = "".join(_grid_item(s, article_path(s, alias)) for s in chunk)
    subs = [a for a, (_n, p) in CATS.items() if p == alias]
    subs_html = ""
    if subs:
        subs_html = '<ul class="mn-cm-con list-inline">' + "".join(
            f'<li><em class="fa fa-folder-open-o">&nbsp;</em><a href="/news/{a}/" '
            f'title="{esc(CATS[a][0])}">{esc(CATS[a][0])}</a></li>' for a in subs) + "</ul>"
    main = f"""<div class="news_column">
<div class="mn-cm-ten"><h1>{esc(name)}</h1></div>
{subs_html}
<div class="row viewgrid">{grid}</div>
{_pager(base, page, pages)}
</div>"""
    crumbs = [("/news/", "Tin Tức")]
    if parent:
        crumbs.append((f"/news/{parent}/", CATS[parent][0]))
    crumbs.append((base, name))
    title = name + (f" - Trang {page}" if page > 1 else "")
    return _page(request, f"{title} - {SITE_NAME}", main, active=f"/news/{parent or alias}/",
                 crumbs=crumbs, canonical=base if page == 1 else f"{base}page-{page}/",
                 func="viewcat")


AUTHORS = {"hoang-thu-ha": "Hoàng Thu Hà", "nguyen-thi-lan": "Nguyễn Thị Lan"}
TAGS = {
    alias: label
    for s in STORIES
    for alias, label in s.opts.get("tags", [])
}


def _viewlist(request: Request, heading: str, stories: list[Story], path: str,
              crumb: str) -> Response:
    lis = "".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{article_path(s)}" '
        f'title="{_attr(s, s.title)}">{_t(s, s.title)}</a> <span class="text-muted">'
        f"({_day(s)})</span><p>{_t(s, _clean(s.summary or ''))}</p></li>"
        for s in stories
    )
    main = (
        '<div class="news_column panel panel-default"><div class="panel-body">'
        f'<h1 class="h3">{esc(heading)}</h1><ul class="mn-ds-tin list-none">{lis}</ul>'
        "</div></div>"
    )
    return _page(request, f"{heading} - {SITE_NAME}", main,
                 crumbs=[("/news/", "Tin Tức"), (path, crumb)], canonical=path, func="tag")


def _rss(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{_t(s, s.title)}</title><link>{base}{article_path(s)}</link>"
        f'<guid isPermaLink="false">news_{s.id}</guid>'
        f"<description><![CDATA[<img src=\"{base}{_thumb(s)}\" width=\"100\" align=\"left\" "
        f"border=\"0\">{s.summary or ''}]]></description>"
        f"<pubDate>{_when(s):%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>"
        for s in NEWEST[:8]
    )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
        'xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
        f"<title>Tin Tức - {SITE_NAME}</title><link>{base}/news/</link>"
        "<description>Tin Tức</description><language>vi</language>"
        f"<generator>NukeViet v4.5</generator>{items}\n</channel>\n</rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- other modules ---------------------------------------------------------------------------


def _about(request: Request, alias: str) -> Response | None:
    if alias not in ABOUT_PAGES:
        return None
    title, day, lead, paras = ABOUT_PAGES[alias]
    body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    main = f"""<div class="page panel panel-default">
<div class="panel-body">
<h1 class="title margin-bottom-lg">{esc(title)}</h1>
<div class="hometext margin-bottom-lg">{esc(lead)}</div>
<div class="clear"></div>
<div id="page-bodyhtml" class="bodytext margin-bottom-lg">{body}</div>
<p class="text-right"><em>Cập nhật: {day}</em></p>
</div>
</div>"""
    path = f"/gioi-thieu/{alias}.html"
    return _page(request, f"{title} - {SITE_NAME}", main, active="/gioi-thieu/",
                 crumbs=[("/gioi-thieu/", "Giới thiệu"), (path, title)], canonical=path,
                 module="gioi-thieu", func="main")


def _about_index(request: Request) -> Response:
    lis = "".join(
        f'<li><a href="/gioi-thieu/{a}.html" title="{esc(v[0])}">{esc(v[0])}</a><p>{esc(v[2])}</p></li>'
        for a, v in ABOUT_PAGES.items()
    )
    main = f'<div class="page panel panel-default"><div class="panel-body"><ul class="list-none">{lis}</ul></div></div>'
    return _page(request, f"Giới thiệu - {SITE_NAME}", main, active="/gioi-thieu/",
                 crumbs=[("/gioi-thieu/", "Giới thiệu")], module="gioi-thieu")


def _contact(request: Request) -> Response:
    main = """<div class="panel panel-default"><div class="panel-body">
<h1 class="h3">Liên hệ</h1>
<div class="row"><div class="col-md-12">
<p><strong>Trường Mầm non Hoa Sen</strong></p>
<p>Địa chỉ: Số 6, đường Lam Sơn, phường Đống Đa, thành phố Vĩnh Yên, tỉnh Vĩnh Phúc</p>
<p>Văn phòng: 0211.3862.468 - Hiệu trưởng: 0912.xxx.468</p>
<p>Email: <a href="mailto:mnhoasen.vy@vinhphuc.edu.vn">mnhoasen.vy@vinhphuc.edu.vn</a></p>
</div>
<div class="col-md-12"><form id="fcontact" method="post" action="/contact/" onsubmit="return nv_validForm(this);">
<div class="form-group"><select class="form-control" name="fpart"><option value="1">Văn phòng nhà trường</option><option value="2">Bộ phận Nuôi dưỡng</option></select></div>
<div class="form-group"><input type="text" maxlength="100" name="ftitle" class="form-control required" placeholder="Tiêu đề"></div>
<div class="form-group"><input type="text" maxlength="100" name="fname" class="form-control required" placeholder="Họ và tên"></div>
<div class="form-group"><input type="email" maxlength="60" name="femail" class="form-control required" placeholder="Email"></div>
<div class="form-group"><input type="text" maxlength="60" name="fphone" class="form-control" placeholder="Điện thoại"></div>
<div class="form-group"><textarea cols="8" name="fcon" class="form-control required" maxlength="1000" placeholder="Nội dung"></textarea></div>
<div class="text-center"><input type="hidden" name="checkss" value="4d1f0a"><input type="submit" value="Gửi thư" name="btsend" class="btn btn-primary"></div>
</form></div></div>
</div></div>"""
    return _page(request, f"Liên hệ - {SITE_NAME}", main, active="/contact/",
                 crumbs=[("/contact/", "Liên hệ")], canonical="/contact/", module="contact")


def _albums_index(request: Request, cat: str | None = None) -> Response | None:
    chosen = {aid: a for aid, a in ALBUMS.items() if cat is None or a[0] == cat}
    if not chosen:
        return None
    cards = "".join(
        f'<div class="col-xs-12 col-sm-8"><div class="thumbnail"><a href="{album_path(aid)}" '
        f'title="{esc(a[3])}"><img src="/assets/photos/{a[6]}/{a[7][0][0]}" alt="{esc(a[3])}" '
        f'width="220"/></a><div class="caption"><h3><a href="{album_path(aid)}">{esc(a[3])}</a>'
        f'</h3><span>{a[4]} - {len(a[7])} ảnh</span></div></div></div>'
        for aid, a in chosen.items()
    )
    heading = "Thư viện ảnh" if cat is None else next(iter(chosen.values()))[1]
    crumbs = [("/photos/", "Thư viện ảnh")]
    if cat:
        crumbs.append((f"/photos/{cat}/", heading))
    main = f'<div class="album-cat"><h1 class="h3">{esc(heading)}</h1><div class="row">{cards}</div></div>'
    return _page(request, f"{heading} - {SITE_NAME}", main, active="/photos/",
                 crumbs=crumbs, canonical=crumbs[-1][0], module="photos")


def _album(request: Request, aid: int) -> Response:
    cat, cat_name, _alias, title, day, desc, ym, photos = ALBUMS[aid]
    items = "".join(
        f'<div class="col-xs-12 col-sm-8 album-item"><a href="/uploads/photos/{ym}/{f}" '
        f'data-fancybox="gallery" data-caption="{esc(c)}"><img src="/assets/photos/{ym}/{f}" '
        f'alt="{esc(c)}" class="img-thumbnail"/></a><p class="album-caption">{esc(c)}</p></div>'
        for f, c in photos
    )
    others = "".join(
        f'<li><a href="{album_path(o)}">{esc(ALBUMS[o][3])}</a></li>' for o in ALBUMS if o != aid
    )
    main = f"""<div class="album-detail panel panel-default"><div class="panel-body">
<h1 class="album-title">{esc(title)}</h1>
<div class="album-info"><span><em class="fa fa-clock-o">&nbsp;</em>{day}</span> <span><em class="fa fa-eye">&nbsp;</em>{212 + aid * 5} lượt xem</span> <span><em class="fa fa-picture-o">&nbsp;</em>{len(photos)} ảnh</span></div>
<div class="album-desc">{esc(desc)}</div>
<div class="row album-list">{items}</div>
<div class="album-other"><h3>Album khác</h3><ul>{others}</ul></div>
</div></div>"""
    return _page(request, f"{title} - {cat_name} - {SITE_NAME}", main, active="/photos/",
                 crumbs=[("/photos/", "Thư viện ảnh"), (f"/photos/{cat}/", cat_name)],
                 canonical=album_path(aid), module="photos", func="detail")


def _videos_index(request: Request) -> Response:
    cards = "".join(
        f'<div class="col-xs-12"><a href="{video_path(v)}" title="{esc(d[1])}"><img '
        f'src="/uploads/videoclips/2026_11/clip-{v}.jpg" alt="{esc(d[1])}" width="260"/></a>'
        f'<h3><a href="{video_path(v)}">{esc(d[1])}</a></h3><span>{d[2]}</span></div>'
        for v, d in VIDEOS.items()
    )
    main = f'<div class="videoclips-main"><h1 class="h3">Video clip</h1><div class="row">{cards}</div></div>'
    return _page(request, f"Video clip - {SITE_NAME}", main, active="/videoclips/",
                 crumbs=[("/videoclips/", "Video clip")], canonical="/videoclips/",
                 module="videoclips")


def _video(request: Request, vid: int) -> Response:
    _alias, title, day, yt, desc = VIDEOS[vid]
    others = "".join(
        f'<li><a href="{video_path(o)}">{esc(VIDEOS[o][1])}</a></li>' for o in VIDEOS if o != vid
    )
    main = f"""<div class="videoclips-detail panel panel-default"><div class="panel-body">
<h1 class="vid-title">{esc(title)}</h1>
<div class="vid-player embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" src="https://www.youtube.com/embed/{yt}?rel=0" allowfullscreen></iframe></div>
<div class="vid-info"><em class="fa fa-clock-o">&nbsp;</em>Ngày đăng: {day} | <em class="fa fa-eye">&nbsp;</em>Lượt xem: {150 + vid * 4} | <em class="fa fa-thumbs-o-up">&nbsp;</em>Thích: {vid + 3}</div>
<div class="vid-desc"><p>{esc(desc)}</p></div>
<div class="vid-other"><h3>Video khác</h3><ul>{others}</ul></div>
</div></div>"""
    return _page(request, f"{title} - Video clip - {SITE_NAME}", main, active="/videoclips/",
                 crumbs=[("/videoclips/", "Video clip")], canonical=video_path(vid),
                 module="videoclips", func="detail")


def _seek(request: Request) -> Response:
    q = request.params.get("q", "")
    main = f"""<div class="panel panel-default"><div class="panel-body">
<h1 class="h3">Tìm kiếm</h1>
<form action="/seek/" method="get"><input type="text" name="q" value="{esc(q)}" class="form-control"><input type="submit" value="Tìm kiếm" class="btn btn-primary"></form>
<p class="text-danger">Không tìm thấy kết quả nào phù hợp với từ khóa "{esc(q)}".</p>
</div></div>"""
    return _page(request, f"Tìm kiếm - {SITE_NAME}", main, crumbs=[("/seek/", "Tìm kiếm")],
                 module="seek")


# --- the site --------------------------------------------------------------------------------

FILES = {href for s in STORIES for _n, href in s.opts.get("files", [])}

_ARTICLE = re.compile(r"/news/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html")
_PRINT = re.compile(r"/news/print/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html")
_LISTING = re.compile(r"/news/([a-z0-9-]+)/(?:page-(\d+)/)?")
_ALBUM = re.compile(r"/photos/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html")
_VIDEO = re.compile(r"/videoclips/([a-z0-9-]+)-(\d+)\.html")


def _story_at(cat: str, slug: str, sid: str, *, any_cat: bool) -> Story | None:
    story = BY_ID.get(int(sid))
    if story is None or story.slug != slug:
        return None
    if cat == story.cat or (any_cat and cat in story.opts.get("also", [])):
        return story
    return None


class MamnonSite:
    """NukeViet 4.5 with rewrite on: every page is PHP behind index.php; the rest is files."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in FILES:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/uploads/", "/assets/", "/themes/")):
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, "User-agent: *\nDisallow: /admin/\nDisallow: /data/\n"
                            "Disallow: /includes/\nDisallow: /install/\n",
                            {"Content-Type": "text/plain"})
        if path == "/":
            return _home_page(request)
        if path == "/index.php":
            return self._query_form(request)
        if path == "/news/":
            return _news_main(request, 1)
        if m := re.fullmatch(r"/news/page-(\d+)/", path):
            n = int(m.group(1))
            return _news_main(request, n) if n >= 2 else None
        if m := _PRINT.fullmatch(path):
            story = _story_at(*m.groups(), any_cat=False)
            return _print_view(request, story) if story else None
        if m := _ARTICLE.fullmatch(path):
            story = _story_at(*m.groups(), any_cat=True)
            return _detail(request, story, m.group(1)) if story else None
        if m := re.fullmatch(r"/news/tag/([a-z0-9-]+)", path):
            alias = m.group(1)
            if alias not in TAGS:
                return None
            tagged = [s for s in NEWEST if alias in dict(s.opts.get("tags", []))]
            return _viewlist(request, f"Từ khóa: {TAGS[alias]}", tagged, path, TAGS[alias])
        if m := re.fullmatch(r"/news/author/([a-z0-9-]+)/", path):
            alias = m.group(1)
            if alias not in AUTHORS:
                return None
            mine = [s for s in NEWEST if s.opts.get("author_link") == alias]
            return _viewlist(request, f"Tác giả: {AUTHORS[alias]}", mine, path, AUTHORS[alias])
        if path == "/news/rss/":
            return _rss(request)
        if m := _LISTING.fullmatch(path):
            alias, page = m.group(1), m.group(2)
            if alias not in CATS or page == "1":
                return None
            return _category(request, alias, int(page or 1))
        if path == "/seek/":
            return _seek(request)
        if path == "/photos/":
            return _albums_index(request)
        if m := re.fullmatch(r"/photos/([a-z0-9-]+)/", path):
            return _albums_index(request, m.group(1))
        if m := _ALBUM.fullmatch(path):
            aid = int(m.group(3))
            if aid in ALBUMS and album_path(aid) == path:
                return _album(request, aid)
            return None
        if path == "/videoclips/":
            return _videos_index(request)
        if m := _VIDEO.fullmatch(path):
            vid = int(m.group(2))
            return _video(request, vid) if vid in VIDEOS and video_path(vid) == path else None
        if path == "/gioi-thieu/":
            return _about_index(request)
        if m := re.fullmatch(r"/gioi-thieu/([a-z0-9-]+)\.html", path):
            return _about(request, m.group(1))
        if path == "/contact/":
            return _contact(request)
        return None

    def _query_form(self, request: Request) -> Response | None:
        """``index.php?language=vi&nv=news&op=…``: NukeViet sends it to the rewritten URL."""
        params = {k: v[0] for k, v in parse_qs(request.query).items()}
        if params.get("nv") != "news":
            return None
        op = params.get("op", "")
        if not op:
            return redirect(base_url(request) + "/news/", 301)
        m = re.fullmatch(r"([a-z0-9-]+)/([a-z0-9-]+)-(\d+)", op)
        if not m:
            return None
        story = _story_at(*m.groups(), any_cat=True)
        if story is None:
            return None
        return redirect(base_url(request) + article_path(story), 301)


def build_site() -> MamnonSite:
    return MamnonSite()


for _s in STORIES:
    _ym, _name, _pos, _alt = _s.opts["home"]
    _homes = [b for b in _s.blocks if isinstance(b, Img) and b.style == "home"]
    assert bool(_pos) == bool(_homes), _s.slug
    if _homes:
        assert _homes[0] is _s.blocks[0] and _homes[0].src == _up(_ym, _name), _s.slug
assert len(GOLD) == 13
