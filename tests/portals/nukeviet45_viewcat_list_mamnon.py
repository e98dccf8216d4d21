"""Trường Mầm non Sao Mai (thành phố Vĩnh Yên, tỉnh Vĩnh Phúc): NukeViet 4.5, kindergarten theme.

Platform
--------
NukeViet CMS 4.5 (``<meta name="generator" content="NukeViet v4.5">``) with a theme derived from
the default one ("mamnon_saomai": pastel colours, rounded dashed boxes, cartoon icons). The news
module is the site's default module; its category pages use the ``viewcat_list_new`` view (one
row per article: small thumbnail, title link with the hometext in ``data-content``, the date in
brackets) with NukeViet's numbered pagination (``ul.pagination``, page 1 is the bare category
URL, later pages ``/page-<n>``, the active page links to ``#``).

URL scheme
----------
- ``/``: home (slider "Tin mới nhất" with the 4 newest articles, a hand-made HTML block "Góc phụ
  huynh", the sidebar blocks).
- ``/news/`` and ``/news/page-<n>``: the module's main page, viewcat_list_new over all articles,
  5 a page (3 pages).
- ``/news/<cat>/`` and ``/news/<cat>/page-<n>``: a category, 3 a page. ``/news/<cat>`` answers
  301 to the slash form. Categories: ``tin-tuc-su-kien`` "Tin tức - Sự kiện" (2 pages),
  ``hoat-dong-cua-be`` "Hoạt động của bé" (2 pages), ``goc-phu-huynh`` "Góc phụ huynh" (2 pages),
  ``thong-bao`` "Thông báo" (1 page).
- ``/news/<cat>/<alias>-<id>.html``: an article; ``/news/print/<cat>/<alias>-<id>.html`` its print
  view (opened by an ``onclick`` on the tool bar, never an ``href``).
- ``/news/tag/<alias>``: tag listings (two of them are linked).
- ``/albums/`` and ``/albums/<alias>-<id>.html``: the photo module (albums).
- ``/thuc-don/`` and ``/thuc-don/<alias>.html``: the weekly menus (a "page" module).
- ``/about/gioi-thieu-chung.html``, ``/contact/``.
- the old links ``/index.php?nv=news&op=<cat>/<alias>-<id>`` (served 200, a duplicate) and
  ``/index.php?language=vi&nv=news&op=<cat>/<alias>-<id>.html`` (301 to the rewritten URL).

Page templates
--------------
Article (detail.tpl of the theme): a ribbon with the category name, ``h1.title`` (the second h1
of the page: the header prints the school's name in an h1 too), the date line ``span.h5`` "Thứ
năm - 03/12/2026 19:05" with the tool bar (email, print by onclick), the text-to-speech player
"Nghe đọc bài viết", the hometext box (``div.hometext``, optionally with the home image in a
``figure.article`` with a ``figcaption``), the "Chia sẻ" bar, ``#news-bodyhtml.bodytext``, then
"Tác giả:" / "Nguồn tin:" lines (``p.h5.text-right``), attachments, tags ("Từ khóa"), the rating
widget, the "Thực đơn tuần" block, comments ("Ý kiến bạn đọc"), "Tin liên quan" (newer articles
of the same category), sidebar and footer.

How each gold article is reached
--------------------------------
Newest first (the /news/ listing order):
183 thong-bao (home slider, /news/, Thông báo p1), 181 goc-phu-huynh (home, /news/, p1),
180 tin-tuc (home, /news/, p1), 178 hoat-dong (home, /news/, p1), 176 tin-tuc (/news/, p1),
171 tin-tuc (/news/page-2, p1, tag page), 172 hoat-dong (also filed under Góc phụ huynh: home
block via its Góc phụ huynh URL, /news/page-2, both categories' p1), 169 goc-phu-huynh (home block
via the old index.php link, /news/page-2, p1, tag page), 163 tin-tuc (/news/page-2, Tin tức p2
only), 166 hoat-dong (/news/page-2, p1), 160 hoat-dong (/news/page-3, Hoạt động p2 only),
159 goc-phu-huynh (/news/page-3, Góc phụ huynh p2 only), 158 tin-tuc (/news/page-3, Tin tức p2,
and the old 301 link in 163's text). 158, 159 and 160 are linked from no page-1 listing at all:
"Tin liên quan" lists only *newer* articles, as NukeViet's "Những tin mới hơn" does.

Traps
-----
1. Hidden breadcrumb (not in the README): NukeViet 4 prints the visible ``ul.breadcrumbs``
   empty and fills it by JavaScript from ``ul.temp-breadcrumbs.hidden`` (schema.org
   BreadcrumbList). Gold ``category`` is the last item of that hidden list (the article's main
   category), e.g. "Hoạt động của bé".
2. Two h1 on an article page (not in the README): the header prints the school's name as
   ``h1.mn-ten-truong`` before the article's ``h1.title``; above the headline a ribbon ``h2`` prints
   the category name. Gold ``title`` is the ``h1.title`` text only.
3. Broken meta dates (not in the README): real NukeViet 4 writes ``article:published_time`` with
   PHP's ``date('Y-m-dTH:i:s')``, where ``T`` is the zone *abbreviation*:
   "2026-11-20ICT09:45:00"; ``article:modified_time`` is a later edit. The printed line "Thứ sáu -
   20/11/2026 09:45" (lower-case weekday, a hyphen) is the date: gold "2026-11-20T09:45:00+07:00".
   Comment dates and the menu block's week are never the date. The notice (183) prints its
   publication time 14:05 but the letterhead's day is the gold: "2026-12-04".
4. An article filed under two categories (not in the README): 172 (main category "Hoạt động của
   bé") is also in "Góc phụ huynh"; ``/news/goc-phu-huynh/<alias>-172.html`` answers 200 with a
   "Góc phụ huynh" breadcrumb and a canonical link to the main URL, and the home block links that
   URL. Gold: path and category of the main URL; the other in ``alt_paths``.
5. Old NukeViet 3 links: ``/index.php?nv=news&op=goc-phu-huynh/<alias>-169`` (home block) answers
   200 with the article (canonical to the rewritten URL); ``/index.php?language=vi&nv=news&op=
   tin-tuc-su-kien/<alias>-158.html`` (a "Xem lại:" line in 163) answers 301. Both in ``alt_paths``,
   as are all print views.
6. What sits between the headline and the text (partly new): the tool bar, the 4.5
   text-to-speech player ("Nghe đọc bài viết", a voice ``select`` "Giọng nữ miền Bắc", "Tự động
   phát"), the hometext box and the "Chia sẻ" bar (facebook/zalo, like counts). Gold: the hometext
   is the ``summary`` and the body's first paragraph; the rest is no text.
7. Home image (not in the README): when the article's image position is "show", NukeViet prints
   the home image in ``figure.article`` beside the hometext; it is the article's first image,
   caption its ``figcaption`` (171) or None when none is printed (181). Otherwise the home image is
   only ``og:image`` and the listing thumbnail (``/assets/news/...``): not an image of the
   article.
8. Cartoon icons inside the text (not in the README): 160 starts three paragraphs with a bee icon
   ``<img src="/themes/mamnon_saomai/images/icons/ong-vang.png" alt="ong vàng">``; 176's headings
   carry a star icon. They are no images of the article and their ``alt`` is no text.
9. Album widget inside ``#news-bodyhtml`` (not in the README): 171 ends its text with the photo
   module's embed (album title, "(32 ảnh)", four thumbnails from ``/assets/photos/...``, "Xem toàn
   bộ album »"); 160 ends with a line "Mời quý phụ huynh xem thêm hình ảnh tại album: <link>".
   Gold: neither is body, the thumbnails are no images.
10. Lazy images (not in the README): 163's photos are ``<img class="lazy"
   src="/themes/mamnon_saomai/images/loading.gif" data-src="/uploads/news/...">``; gold image
   paths are the ``data-src`` ones.
11. "Thực đơn tuần" (not in the README): on article pages the menu block (a table "Thứ | Bữa
   trưa | Bữa chiều") sits in the main column right after the article, before the comments; 180
   has a real table in its text (rows are body paragraphs, cells joined by " | "), the menu's rows
   never are. The menu pages ``/thuc-don/<alias>.html`` (h1, date, table) are NON_ARTICLES.
12. Comments (not in the README): "Ý kiến bạn đọc" under 166 and 172 print parents' names and
   later dates; neither text nor authors nor dates.
13. Bylines and sources: "Tác giả: BBT" with "Tin: Lê Thị Mai - Ảnh: Trần Văn Hùng" at the end of
   the text (180: authors [Lê Thị Mai], photographers [Trần Văn Hùng]); "Tác giả: admin" -> nobody
   (166); a unit as author ("Tổ Văn phòng", "Tổ chuyên môn Nhà trẻ"); "ThS. Vũ Thị Ngọc Anh -
   Phó Hiệu trưởng" -> "Vũ Thị Ngọc Anh"; "GV. Trịnh Thu Hà" -> "Trịnh Thu Hà"; "Tin, ảnh: Đỗ Thị
   Hồng Nhung - GV lớp Lá 1" -> both lists; "Nguồn tin: X" -> source X; a closing "(Theo
   suckhoedoisong.vn)" -> source "suckhoedoisong.vn" while 169's body sentence "Theo các chuyên
   gia…" stays text.
14. Captions: CKEditor's ``figure.image > figcaption``, an italic centred line under the picture,
   a line in parentheses (taken off), a credit-only line "Ảnh: Phạm Thu Trang" (caption None,
   photographer), a picture with only ``alt``/``title`` (caption None).
15. Markup of old editors: 159's text is written with entity references for every second
   non-ASCII character; 178 puts three lines in one ``<p>`` split by ``<br />`` (three paragraphs).
16. An official notice (183): letterhead table, "THÔNG BÁO" / "Về việc …", "Nơi nhận" and the
   signer; no hometext (summary None); a PDF attachment ("Tài liệu đính kèm") that is no text.

Gold decisions on ambiguous points
----------------------------------
- The hometext is printed in its own box: it is the summary and the body's first paragraph.
- The home image counts as the article's first image only when the page shows it in the figure.
- Headings inside the text (h3, bold paragraphs) and list items are paragraphs of the body.
- Weekly menus are not articles (like weekly calendars: a page of the "page" module, a table).
- 172's gold category is its main category (canonical URL's breadcrumb), "Hoạt động của bé".
- The "Xem lại:" line with the old link (163) and the album line (160) are not body.
"""

from __future__ import annotations

import datetime as _dt
import re

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

NAME = "nukeviet45_viewcat_list_mamnon"
PLATFORM = "NukeViet 4.5 (news module, viewcat_list_new), kindergarten theme"
START_PATH = "/"

SITE_NAME = "Trường Mầm non Sao Mai"
THEME = "/themes/mamnon_saomai"
HEADER_DAY = "Thứ Bảy, 05/12/2026"

CATS: dict[str, str] = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-cua-be": "Hoạt động của bé",
    "goc-phu-huynh": "Góc phụ huynh",
    "thong-bao": "Thông báo",
}
CAT_PER_PAGE = 3
MAIN_PER_PAGE = 5

_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]

TAGS = {
    "ngay-nha-giao-viet-nam": "Ngày Nhà giáo Việt Nam",
    "cham-soc-suc-khoe-tre": "chăm sóc sức khỏe trẻ",
}

ALBUMS = {
    5: ("ngay-hoi-tri-an-thay-co-20-11", "Ngày hội tri ân thầy cô 20/11", 32, "2026_11", "tri-an"),
    4: ("be-tham-quan-trang-trai-rau-sach", "Bé tham quan trang trại rau sạch", 18, "2026_10", "trang-trai"),
}

MENUS = {
    "thuc-don-tuan-1-thang-12-2026": (
        "Thực đơn tuần 1 tháng 12 năm 2026",
        "(Từ ngày 30/11 đến ngày 04/12/2026)",
        "28/11/2026 16:10",
        [
            ("Thứ 2", "Cơm, thịt gà rim gừng, canh bí xanh nấu tôm", "Cháo thịt bằm bí đỏ"),
            ("Thứ 3", "Cơm, cá basa sốt cà chua, canh rau ngót thịt nạc", "Sữa chua, bánh quy"),
            ("Thứ 4", "Cơm, trứng đúc thịt, canh cải nấu thịt", "Phở bò"),
            ("Thứ 5", "Cơm, thịt lợn kho trứng cút, canh bầu nấu tôm", "Chè đỗ xanh"),
            ("Thứ 6", "Cơm, đậu phụ sốt thịt, canh su su cà rốt", "Mì gà, chuối tiêu"),
        ],
    ),
    "thuc-don-tuan-4-thang-11-2026": (
        "Thực đơn tuần 4 tháng 11 năm 2026",
        "(Từ ngày 23/11 đến ngày 27/11/2026)",
        "21/11/2026 15:40",
        [
            ("Thứ 2", "Cơm, thịt bò xào cần tỏi, canh mồng tơi nấu cua", "Cháo gà hạt sen"),
            ("Thứ 3", "Cơm, tôm rim thịt, canh bí đỏ nấu xương", "Sữa tươi, bánh bông lan"),
            ("Thứ 4", "Cơm, chả lá lốt, canh rau cải nấu cá", "Bún riêu cua"),
            ("Thứ 5", "Cơm, gà om nấm, canh chua cà chua trứng", "Xôi đỗ, sữa đậu nành"),
            ("Thứ 6", "Cơm, thịt rang đậu Hà Lan, canh khoai tây cà rốt", "Bánh mì pa tê, cam"),
        ],
    ),
}
CURRENT_MENU = "thuc-don-tuan-1-thang-12-2026"

ICON_BEE = f'<img src="{THEME}/images/icons/ong-vang.png" alt="ong vàng" width="22" height="22" class="mn-icon"> '
ICON_STAR = f'<img src="{THEME}/images/icons/ngoi-sao.png" alt="ngôi sao" width="20" height="20"> '

# --- the articles ---------------------------------------------------------------------------

_LETTERHEAD = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%">'
    '<tbody><tr><td style="text-align:center; width:45%"><span style="font-size:13px">UBND THÀNH PHỐ VĨNH YÊN'
    "<br /><strong>TRƯỜNG MẦM NON SAO MAI</strong><br />Số: 86/TB-MNSM</span></td>"
    '<td style="text-align:center"><strong><span style="font-size:13px">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    "<br /><u>Độc lập - Tự do - Hạnh phúc</u></span></strong><br />"
    "<em>Vĩnh Yên, ngày 04 tháng 12 năm 2026</em></td></tr></tbody></table>"
    '<p style="text-align:center">&nbsp;</p>'
    '<p style="text-align:center"><strong><span style="font-size:16px">THÔNG BÁO</span></strong><br />'
    "<strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>"
)
_NOTICE_CLOSING = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%"><tbody><tr>'
    '<td style="vertical-align:top; width:50%"><span style="font-size:12px"><strong><em>Nơi nhận:</em></strong>'
    "<br />- Phụ huynh học sinh (qua nhóm lớp);<br />- Website nhà trường;<br />- Lưu: VT.</span></td>"
    '<td style="text-align:center; vertical-align:top"><strong>HIỆU TRƯỞNG</strong><br /><em>(Đã ký)</em>'
    "<br /><br /><strong>Nguyễn Thị Lan Phương</strong></td></tr></tbody></table>"
)


def _album_embed(album_id: int) -> str:
    alias, title, count, month, stem = ALBUMS[album_id]
    link = f"/albums/{alias}-{album_id}.html"
    thumbs = "".join(
        f'<li><a href="{link}"><img src="/assets/photos/{month}/thumb/{stem}-0{i}.jpg" alt="{stem}-0{i}" width="110"></a></li>'
        for i in range(1, 5)
    )
    return (
        '<div class="nv-photos-embed" style="border:2px dashed #f7b6cf;border-radius:16px;padding:10px;margin-top:12px">'
        f'<p class="tit-album"><img src="{THEME}/images/icons/may-anh.png" alt="máy ảnh" width="24"> '
        f'<a href="{link}" title="{esc(title)}">Album: {esc(title)}</a> <span class="text-muted">({count} ảnh)</span></p>'
        f'<ul class="album-thumb-list list-inline">{thumbs}</ul>'
        f'<p class="text-right"><a href="{link}">Xem toàn bộ album &raquo;</a></p></div>'
    )


STORIES: list[Story] = [
    Story(
        id=183,
        slug="thong-bao-lich-nghi-tet-duong-lich-nam-2027",
        title="Thông báo lịch nghỉ Tết Dương lịch năm 2027",
        cat="thong-bao",
        published_at="2026-12-04",
        authors=["Nguyễn Thị Lan Phương"],
        blocks=[
            Raw(_LETTERHEAD),
            P("Căn cứ Công văn số 1865/UBND-VX ngày 01/12/2026 của UBND thành phố Vĩnh Yên về việc nghỉ Tết Dương lịch năm 2027;"),
            P("Trường Mầm non Sao Mai thông báo tới quý phụ huynh lịch nghỉ Tết Dương lịch năm 2027 như sau:"),
            P("1. Thời gian nghỉ: Trẻ nghỉ học 01 ngày, thứ Sáu ngày 01/01/2027."),
            P("2. Thời gian đi học trở lại: thứ Hai ngày 04/01/2027."),
            P("3. Trong thời gian nghỉ, đề nghị quý phụ huynh quan tâm chăm sóc, giữ ấm và đảm bảo an toàn cho trẻ; hạn chế cho trẻ đến nơi đông người, không cho trẻ chơi gần ao hồ, sông suối."),
            P("Nhà trường trân trọng thông báo./."),
            Raw(_NOTICE_CLOSING),
        ],
        opts={
            "publtime": "2026-12-04 14:05",
            "edittime": "2026-12-04 14:11",
            "thumb": "2026_12/thong-bao-nghi-tet.png",
            "file": ("2026_12/tb-86-nghi-tet-duong-lich-2027.pdf", "TB 86 nghi Tet Duong lich 2027.pdf"),
        },
    ),
    Story(
        id=181,
        slug="goi-y-5-tro-choi-cung-con-trong-nhung-ngay-troi-ret",
        title="Gợi ý 5 trò chơi cùng con trong những ngày trời rét",
        cat="goc-phu-huynh",
        published_at="2026-12-03T19:05:00+07:00",
        authors=["Vũ Thị Ngọc Anh"],
        summary="Những ngày rét đậm, trẻ ít được vui chơi ngoài trời. Dưới đây là một số trò chơi đơn giản, dễ thực hiện mà cha mẹ có thể cùng con chơi ngay trong nhà.",
        sapo_outside=True,
        blocks=[
            Img("/uploads/news/2026_12/tro-choi-ngay-ret.jpg", None, None, style="home"),
            P("1. Xây lâu đài bằng gối, chăn", "h3"),
            P("Dùng gối, chăn và ghế để dựng một “lâu đài” nhỏ trong phòng khách. Trẻ sẽ thích thú chui ra chui vào, tưởng tượng mình là hoàng tử, công chúa."),
            P("2. Câu cá trong chậu", "h3"),
            P("Cắt những con cá bằng giấy bìa, gắn kẹp ghim, dùng que có buộc nam châm để “câu cá”. Trò chơi giúp trẻ rèn sự khéo léo và tính kiên nhẫn."),
            P("3. Làm bánh cùng mẹ", "h3"),
            P("Cho trẻ cùng nhào bột, nặn bánh, rắc vừng… vừa giúp trẻ vận động đôi tay, vừa giúp trẻ học đếm và nhận biết hình khối."),
            P("4. Kể chuyện bằng rối tay", "h3"),
            P("Từ những chiếc tất cũ, cha mẹ và con có thể làm những con rối ngộ nghĩnh và cùng nhau diễn lại các câu chuyện quen thuộc như “Ba chú lợn con”, “Cô bé quàng khăn đỏ”."),
            P("5. Nhảy theo nhạc", "h3"),
            P("Bật những bài hát thiếu nhi vui nhộn và cùng con nhảy múa, vừa giúp cơ thể ấm lên, vừa giúp con giải tỏa năng lượng sau một ngày ở trong nhà."),
            P("Chúc các gia đình có những giờ phút vui vẻ, ấm áp bên con trong mùa đông này!"),
        ],
        opts={
            "publtime": "2026-12-03 19:05",
            "edittime": "2026-12-04 07:30",
            "thumb": "2026_12/tro-choi-ngay-ret.jpg",
            "author_field": "ThS. Vũ Thị Ngọc Anh - Phó Hiệu trưởng",
        },
    ),
    Story(
        id=180,
        slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        title="Hội thi “Giáo viên dạy giỏi cấp trường” năm học 2026 – 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-12-02T16:20:00+07:00",
        authors=["Lê Thị Mai"],
        photographers=["Trần Văn Hùng"],
        summary="Từ ngày 23/11 đến ngày 01/12/2026, Trường Mầm non Sao Mai tổ chức Hội thi Giáo viên dạy giỏi cấp trường với sự tham gia của 14 giáo viên thuộc ba khối Nhà trẻ, Mẫu giáo bé và Mẫu giáo lớn.",
        sapo_outside=True,
        blocks=[
            P("Hội thi nhằm đánh giá năng lực chuyên môn, khả năng vận dụng các phương pháp giáo dục tích cực theo quan điểm “lấy trẻ làm trung tâm”, đồng thời lựa chọn những giáo viên tiêu biểu tham gia hội thi cấp thành phố."),
            P("Mỗi giáo viên dự thi thực hiện hai phần: thi năng lực (trình bày biện pháp nâng cao chất lượng chăm sóc, giáo dục trẻ) và thực hành tổ chức hoạt động học cho trẻ tại lớp."),
            Img("/uploads/news/2026_12/hoi-thi-gvdg-co-ngan.jpg", "Cô Trần Thị Ngân tổ chức hoạt động khám phá “Nước quanh bé” cho trẻ lớp Chồi 2",
                "Cô Trần Thị Ngân tổ chức hoạt động khám phá “Nước quanh bé” cho trẻ lớp Chồi 2", style="fig"),
            P("Kết quả, Ban Tổ chức đã công nhận 12 giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp trường, trong đó có 5 giáo viên xếp loại xuất sắc:"),
            P("STT | Họ và tên | Lớp | Điểm", "row"),
            P("1 | Trần Thị Ngân | Chồi 2 | 19,5", "row"),
            P("2 | Đỗ Thị Hồng Nhung | Lá 1 | 19,25", "row"),
            P("3 | Nguyễn Thu Trang | Nhà trẻ D2 | 19,0", "row"),
            P("4 | Phạm Thị Hải Yến | Lá 3 | 18,75", "row"),
            P("5 | Bùi Thanh Tâm | Mầm 1 | 18,5", "row"),
            Img("/uploads/news/2026_12/hoi-thi-gvdg-trao-thuong.jpg", "Ban Giám hiệu trao giấy chứng nhận cho các giáo viên đạt giải",
                "Ban Giám hiệu trao giấy chứng nhận cho các giáo viên đạt giải", style="fig"),
            P("Hội thi đã thực sự trở thành sân chơi bổ ích để giáo viên học hỏi, chia sẻ kinh nghiệm, góp phần nâng cao chất lượng chăm sóc, giáo dục trẻ của nhà trường."),
            Raw('<p style="text-align: right;"><strong>Tin: Lê Thị Mai - Ảnh: Trần Văn Hùng</strong></p>'),
        ],
        opts={
            "publtime": "2026-12-02 16:20",
            "edittime": "2026-12-03 08:02",
            "thumb": "2026_12/hoi-thi-gvdg-co-ngan.jpg",
            "author_field": "BBT",
        },
    ),
    Story(
        id=178,
        slug="cac-be-nha-tre-lam-quen-voi-tao-hinh-tu-la-kho",
        title="Các bé Nhà trẻ làm quen với tạo hình từ lá khô",
        cat="hoat-dong-cua-be",
        published_at="2026-11-30T09:00:00+07:00",
        authors=["Ngô Thị Bích Ngọc"],
        summary="Mùa thu đông, sân trường Mầm non Sao Mai phủ đầy lá vàng. Tận dụng nguồn nguyên liệu thiên nhiên sẵn có, các cô giáo khối Nhà trẻ đã tổ chức cho trẻ làm quen với hoạt động tạo hình từ lá khô.",
        sapo_outside=True,
        blocks=[
            P("Trước giờ học, cô và trẻ cùng nhau đi nhặt lá ở sân trường, phân loại lá theo màu sắc và kích thước, sau đó phơi khô và ép phẳng trong những cuốn sách cũ."),
            P("Từ những chiếc lá khô, dưới sự hướng dẫn của cô, các bé đã tạo nên những bức tranh ngộ nghĩnh:"),
            P("- Con nhím được dán từ những chiếc lá bàng nhỏ;", "br"),
            P("- Chú cá vàng làm từ lá phượng và lá xoài;", "br"),
            P("- Bông hoa rực rỡ ghép từ lá bằng lăng.", "br"),
            Img("/uploads/news/2026_11/tao-hinh-la-kho-khanh-linh.jpg", "Bé Khánh Linh lớp D2 với bức tranh “Con nhím” của mình",
                "Bé Khánh Linh lớp D2 với bức tranh “Con nhím” của mình", style="em"),
            P("Hoạt động giúp trẻ phát triển vận động tinh của đôi bàn tay, khả năng quan sát, nhận biết màu sắc và khơi gợi ở trẻ tình yêu với thiên nhiên."),
            P("Những bức tranh của các bé được các cô trưng bày tại góc “Bé khéo tay” của lớp để phụ huynh cùng chiêm ngưỡng khi đón con."),
        ],
        opts={
            "publtime": "2026-11-30 09:00",
            "edittime": "2026-11-30 09:00",
            "thumb": "2026_11/tao-hinh-la-kho-khanh-linh.jpg",
            "author_field": "Ngô Thị Bích Ngọc",
        },
    ),
    Story(
        id=176,
        slug="phong-gd-dt-thanh-pho-vinh-yen-kiem-tra-cong-tac-nuoi-duong-cham-soc-tre",
        title="Phòng GD&ĐT thành phố Vĩnh Yên kiểm tra công tác nuôi dưỡng, chăm sóc trẻ tại Trường Mầm non Sao Mai",
        cat="tin-tuc-su-kien",
        published_at="2026-11-27T15:10:00+07:00",
        authors=["Tổ Văn phòng"],
        summary="Chiều ngày 26/11/2026, đoàn công tác của Phòng Giáo dục và Đào tạo thành phố Vĩnh Yên do bà Lê Thu Hằng, Phó Trưởng phòng làm trưởng đoàn đã đến kiểm tra công tác nuôi dưỡng, chăm sóc trẻ và vệ sinh an toàn thực phẩm tại nhà trường.",
        sapo_outside=True,
        blocks=[
            P("Đoàn đã kiểm tra thực tế bếp ăn bán trú, quy trình giao nhận thực phẩm, sổ kiểm thực ba bước, việc lưu mẫu thức ăn 24 giờ và hồ sơ hợp đồng với các đơn vị cung cấp thực phẩm."),
            P("Bếp ăn một chiều, thực đơn đa dạng", "star"),
            P("Hiện nay nhà trường tổ chức ăn bán trú cho 100% trẻ với mức tiền ăn 25.000 đồng/trẻ/ngày. Thực đơn được xây dựng theo mùa, theo tuần, đảm bảo cân đối các nhóm chất và phù hợp với khẩu vị của trẻ."),
            Img("/uploads/news/2026_11/kiem-tra-bep-an.jpg", "Đoàn kiểm tra khu vực sơ chế thực phẩm tại bếp ăn của trường",
                "Đoàn kiểm tra khu vực sơ chế thực phẩm tại bếp ăn của trường", style="em"),
            P("Đoàn cũng dự giờ tổ chức bữa ăn trưa tại lớp Nhà trẻ D1 và lớp Mẫu giáo bé C2, kiểm tra việc cân đo, theo dõi biểu đồ tăng trưởng của trẻ."),
            P("Một số kiến nghị của đoàn", "star"),
            P("Tiếp tục rà soát, bổ sung hồ sơ nguồn gốc thực phẩm theo từng đợt nhập hàng.", "li"),
            P("Tăng cường các món ăn từ rau, củ theo mùa; giảm các món chiên rán.", "li"),
            P("Phối hợp với Trạm Y tế phường khám sức khỏe định kỳ cho trẻ trong tháng 12.", "li"),
            P("Kết luận buổi kiểm tra, đoàn đánh giá cao sự chuẩn bị chu đáo của nhà trường; công tác nuôi dưỡng, chăm sóc trẻ được thực hiện nghiêm túc, đúng quy định."),
        ],
        opts={
            "publtime": "2026-11-27 15:10",
            "edittime": "2026-11-28 10:45",
            "thumb": "2026_11/kiem-tra-bep-an.jpg",
            "author_field": "Tổ Văn phòng",
        },
    ),
    Story(
        id=171,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Trường Mầm non Sao Mai long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T09:45:00+07:00",
        authors=["Nguyễn Thị Thanh Hương"],
        summary="Sáng ngày 19/11/2026, Trường Mầm non Sao Mai tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam. Buổi lễ diễn ra ấm cúng, trang trọng trong không khí tri ân của các thế hệ phụ huynh và học sinh.",
        sapo_outside=True,
        blocks=[
            Img("/uploads/news/2026_11/le-ky-niem-20-11.jpg", "Cán bộ, giáo viên nhà trường chụp ảnh lưu niệm cùng đại biểu",
                "Cán bộ, giáo viên nhà trường chụp ảnh lưu niệm cùng đại biểu", style="home"),
            P("Tới dự buổi lễ có đồng chí Trần Quốc Khánh, Phó Chủ tịch UBND phường Liên Bảo; đại diện lãnh đạo Phòng Giáo dục và Đào tạo thành phố Vĩnh Yên; Ban đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên, nhân viên nhà trường."),
            P("Mở đầu chương trình là những tiết mục văn nghệ đặc sắc do các bé lớp Lá 1, Lá 2 và Chồi 3 biểu diễn. Những bài hát “Cô giáo em”, “Bông hoa mừng cô” qua giọng hát hồn nhiên của các bé đã khiến nhiều thầy cô xúc động."),
            Img("/uploads/news/2026_11/van-nghe-chao-mung-20-11.jpg", "Tiết mục múa “Bông hoa mừng cô” của các bé lớp Lá 1",
                "Tiết mục múa “Bông hoa mừng cô” của các bé lớp Lá 1", style="fig"),
            P("Phát biểu tại buổi lễ, cô Nguyễn Thị Lan Phương, Hiệu trưởng nhà trường đã ôn lại truyền thống vẻ vang của ngành Giáo dục Việt Nam và điểm lại những kết quả nổi bật nhà trường đạt được trong năm học 2025 – 2026: 100% trẻ được đảm bảo an toàn tuyệt đối; tỷ lệ trẻ suy dinh dưỡng giảm còn 1,2%; nhà trường được công nhận đạt Kiểm định chất lượng giáo dục cấp độ 3."),
            P("Năm học 2026 – 2027, nhà trường có 18 nhóm, lớp với 512 trẻ; đội ngũ 52 cán bộ, giáo viên, nhân viên, trong đó 100% giáo viên đạt chuẩn và trên chuẩn về trình độ đào tạo."),
            Img("/uploads/news/2026_11/trao-giay-khen-giao-vien.jpg", "Lãnh đạo phường Liên Bảo trao Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc",
                "Lãnh đạo phường Liên Bảo trao Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc", style="fig"),
            P("Thay mặt Ban đại diện cha mẹ học sinh, ông Đào Văn Sơn đã gửi lời cảm ơn sâu sắc tới các cô giáo đã luôn tận tụy, yêu thương, chăm sóc các con như chính con mình."),
            P("Buổi lễ khép lại trong niềm vui, niềm tự hào và là động lực để tập thể sư phạm nhà trường tiếp tục thi đua dạy tốt, xây dựng trường học an toàn, thân thiện, hạnh phúc."),
            Raw(_album_embed(5)),
        ],
        opts={
            "publtime": "2026-11-20 09:45",
            "edittime": "2026-11-21 16:03",
            "thumb": "2026_11/le-ky-niem-20-11.jpg",
            "author_field": "Nguyễn Thị Thanh Hương",
            "tags": ["ngay-nha-giao-viet-nam"],
        },
    ),
    Story(
        id=172,
        slug="day-tre-thoi-quen-rua-tay-bang-xa-phong-dung-cach",
        title="Dạy trẻ thói quen rửa tay bằng xà phòng đúng cách",
        cat="hoat-dong-cua-be",
        published_at="2026-11-14T09:20:00+07:00",
        authors=["Tổ chuyên môn Nhà trẻ"],
        summary="Rửa tay bằng xà phòng là biện pháp đơn giản, hiệu quả để phòng tránh các bệnh truyền nhiễm như tay chân miệng, tiêu chảy, cúm. Tổ chuyên môn Nhà trẻ chia sẻ với phụ huynh cách cô và bé thực hiện “6 bước rửa tay” tại lớp.",
        sapo_outside=True,
        blocks=[
            P("Trẻ mầm non thường có thói quen cho tay vào miệng, cầm nắm đồ chơi và chơi đùa cùng bạn nên rất dễ nhiễm các loại vi khuẩn, vi rút. Vì vậy, hình thành thói quen rửa tay cho trẻ là nội dung được nhà trường đặc biệt chú trọng."),
            P("Sáu bước rửa tay bằng xà phòng:", "b"),
            P("Bước 1: Làm ướt hai lòng bàn tay bằng nước, lấy xà phòng và chà hai lòng bàn tay vào nhau.", "ol"),
            P("Bước 2: Chà lòng bàn tay này lên mu bàn tay kia và ngược lại.", "ol"),
            P("Bước 3: Chà hai lòng bàn tay vào nhau, miết mạnh các kẽ ngón tay.", "ol"),
            P("Bước 4: Chà mặt ngoài các ngón tay này vào lòng bàn tay kia.", "ol"),
            P("Bước 5: Dùng bàn tay này xoay ngón cái của bàn tay kia và ngược lại.", "ol"),
            P("Bước 6: Xoay các đầu ngón tay này vào lòng bàn tay kia và ngược lại, rửa sạch tay dưới vòi nước và lau khô.", "ol"),
            Img("/uploads/news/2026_11/huong-dan-tre-rua-tay.jpg", "(Cô giáo lớp Nhà trẻ D1 hướng dẫn trẻ rửa tay)",
                "Cô giáo lớp Nhà trẻ D1 hướng dẫn trẻ rửa tay", style="em"),
            P("Trẻ cần rửa tay trước khi ăn, sau khi đi vệ sinh, sau khi chơi ngoài trời và khi tay bẩn. Ở nhà, cha mẹ hãy làm gương và nhắc nhở con rửa tay thường xuyên để thói quen tốt được duy trì."),
        ],
        opts={
            "publtime": "2026-11-14 09:20",
            "edittime": "2026-11-14 09:20",
            "thumb": "2026_11/huong-dan-tre-rua-tay.jpg",
            "author_field": "Tổ chuyên môn Nhà trẻ",
            "also": ["goc-phu-huynh"],
            "tags": ["cham-soc-suc-khoe-tre"],
            "comments": [
                ("Phụ huynh bé Bống (D1)", "15/11/2026 21:12", "Cảm ơn các cô! Về nhà con cũng hát bài rửa tay và tự đòi rửa tay trước khi ăn cơm ạ."),
            ],
        },
    ),
    Story(
        id=169,
        slug="cha-me-nen-lam-gi-khi-tre-bieng-an",
        title="Cha mẹ nên làm gì khi trẻ biếng ăn?",
        cat="goc-phu-huynh",
        published_at="2026-11-10T20:30:00+07:00",
        source="suckhoedoisong.vn",
        summary="Biếng ăn là nỗi lo của nhiều gia đình có con nhỏ. Tình trạng này kéo dài có thể khiến trẻ chậm tăng cân, giảm sức đề kháng và ảnh hưởng đến sự phát triển toàn diện của trẻ.",
        sapo_outside=True,
        blocks=[
            P("Theo các chuyên gia dinh dưỡng, trẻ biếng ăn có thể do nhiều nguyên nhân: trẻ đang ốm, mọc răng, thay đổi môi trường, khẩu phần ăn không phù hợp hoặc do cách cho ăn chưa đúng của người lớn."),
            P("Một số lời khuyên cho cha mẹ", "b"),
            P("Không ép trẻ ăn, không cho trẻ vừa ăn vừa xem điện thoại, ti vi.", "li"),
            P("Chia nhỏ bữa ăn, mỗi bữa không kéo dài quá 30 phút.", "li"),
            P("Thay đổi món ăn, cách chế biến và trình bày bắt mắt để kích thích trẻ.", "li"),
            P("Hạn chế cho trẻ ăn bánh kẹo, uống nước ngọt trước bữa ăn chính.", "li"),
            P("Nếu tình trạng biếng ăn kéo dài kèm theo sụt cân, cha mẹ nên đưa trẻ đến các cơ sở dinh dưỡng để được tư vấn, thăm khám kịp thời."),
            Raw('<p style="text-align: right;"><em>(Theo suckhoedoisong.vn)</em></p>'),
        ],
        opts={
            "publtime": "2026-11-10 20:30",
            "edittime": "2026-11-11 06:15",
            "thumb": "2026_11/tre-bieng-an.jpg",
            "tags": ["cham-soc-suc-khoe-tre"],
        },
    ),
    Story(
        id=163,
        slug="huong-ung-tuan-le-hoc-tap-suot-doi-xay-dung-thu-vien-xanh-cho-be",
        title="Hưởng ứng Tuần lễ học tập suốt đời: xây dựng “Thư viện xanh” cho bé",
        cat="tin-tuc-su-kien",
        published_at="2026-11-03T08:30:00+07:00",
        authors=["Trịnh Thu Hà"],
        summary="Hưởng ứng Tuần lễ hưởng ứng học tập suốt đời năm 2026, Trường Mầm non Sao Mai đã phát động phong trào quyên góp sách, truyện thiếu nhi để xây dựng “Thư viện xanh” ngoài trời cho trẻ.",
        sapo_outside=True,
        blocks=[
            P("Chỉ sau hai tuần phát động, nhà trường đã nhận được hơn 1.200 cuốn sách, truyện tranh và đồ dùng học liệu do phụ huynh, giáo viên và các nhà hảo tâm ủng hộ."),
            Img("/uploads/news/2026_11/thu-vien-xanh-1.jpg", "Góc “Thư viện xanh” dưới tán cây bàng trong sân trường",
                "Góc “Thư viện xanh” dưới tán cây bàng trong sân trường", style="lazy"),
            P("Thư viện được bố trí dưới tán cây xanh, gồm các giá sách thấp bằng gỗ, thảm ngồi và gối ôm nhiều màu sắc, giúp trẻ dễ dàng lựa chọn và tự do đọc sách trong giờ hoạt động ngoài trời."),
            P("Mỗi tuần, các lớp được bố trí hai buổi “Giờ đọc sách cùng cô”, trong đó giáo viên kể chuyện, đọc thơ và hướng dẫn trẻ cách giữ gìn sách."),
            Img("/uploads/news/2026_11/thu-vien-xanh-2.jpg", "Các bé lớp Chồi 1 say sưa xem truyện tranh",
                "Các bé lớp Chồi 1 say sưa xem truyện tranh", style="lazy"),
            P("Cô Nguyễn Thị Lan Phương, Hiệu trưởng nhà trường chia sẻ: “Chúng tôi mong muốn hình thành cho trẻ thói quen yêu sách ngay từ lứa tuổi mầm non, để mỗi cuốn sách trở thành người bạn thân thiết của các con”."),
            Raw(
                '<p><em>Xem lại: <a href="/index.php?language=vi&amp;nv=news&amp;op=tin-tuc-su-kien/'
                'tap-huan-ky-nang-so-cap-cuu-ban-dau-cho-can-bo-giao-vien-nhan-vien-158.html">'
                "Tập huấn kỹ năng sơ cấp cứu ban đầu cho cán bộ, giáo viên, nhân viên</a></em></p>"
            ),
        ],
        opts={
            "publtime": "2026-11-03 08:30",
            "edittime": "2026-11-05 10:12",
            "thumb": "2026_11/thu-vien-xanh-1.jpg",
            "author_field": "GV. Trịnh Thu Hà",
        },
    ),
    Story(
        id=166,
        slug="be-vui-halloween-cung-co-va-cac-ban",
        title="🎃 Bé vui Halloween cùng cô và các bạn",
        cat="hoat-dong-cua-be",
        published_at="2026-10-31T16:45:00+07:00",
        photographers=["Phạm Thu Trang"],
        summary="Chiều 30/10/2026, trong không khí rộn ràng của mùa lễ hội, các bé Trường Mầm non Sao Mai đã có buổi giao lưu “Halloween vui vẻ” với nhiều trò chơi thú vị.",
        sapo_outside=True,
        blocks=[
            P("Từ sáng sớm, các lớp đã được các cô trang trí bằng những quả bí ngô, dơi giấy và mạng nhện ngộ nghĩnh. Các bé hóa trang thành phù thủy nhỏ, bí ngô, siêu nhân, công chúa… trông thật đáng yêu."),
            Img("/uploads/news/2026_10/halloween-hoa-trang.jpg", "Ảnh: Phạm Thu Trang", None, style="em"),
            P("Các bé cùng nhau tham gia trò chơi “Ném bóng vào miệng bí ngô”, “Tìm kẹo trong lâu đài”, thi tạo hình bí ngô bằng đất nặn và cùng nhảy theo điệu nhạc sôi động."),
            Img("/uploads/news/2026_10/halloween-tro-choi.jpg", "Ảnh: Phạm Thu Trang", None, style="em"),
            P("Thông qua hoạt động, các bé được làm quen với một nét văn hóa mới, mạnh dạn, tự tin giao tiếp và thêm gắn bó với cô giáo, bạn bè."),
        ],
        opts={
            "publtime": "2026-10-31 16:45",
            "edittime": "2026-11-01 08:20",
            "thumb": "2026_10/halloween-hoa-trang.jpg",
            "author_field": "admin",
            "comments": [
                ("Mẹ bé Su lớp Chồi 2", "31/10/2026 20:05", "Con về kể mãi về trò tìm kẹo, cảm ơn các cô đã chuẩn bị chu đáo ạ!"),
                ("Nguyễn Hoàng Nam", "02/11/2026 07:48", "Ảnh đẹp quá, nhà trường cho phụ huynh xin album đầy đủ với ạ."),
            ],
        },
    ),
    Story(
        id=160,
        slug="be-lop-la-tham-quan-trang-trai-rau-sach-tai-huyen-tam-duong",
        title="Bé lớp Lá tham quan trang trại rau sạch tại huyện Tam Dương",
        cat="hoat-dong-cua-be",
        published_at="2026-10-28T10:15:00+07:00",
        authors=["Đỗ Thị Hồng Nhung"],
        photographers=["Đỗ Thị Hồng Nhung"],
        summary="Nhằm giúp trẻ mở rộng hiểu biết về thế giới thực vật và công việc của người nông dân, sáng ngày 27/10/2026, Trường Mầm non Sao Mai tổ chức cho 126 trẻ khối Mẫu giáo lớn đi tham quan trang trại rau sạch tại xã Hợp Thịnh, huyện Tam Dương.",
        sapo_outside=True,
        blocks=[
            P("Đến với trang trại, các bé được các cô chú kỹ sư giới thiệu về các loại rau: cải ngọt, xà lách, su hào, bắp cải, cà chua bi…", "icon"),
            P("Các bé được tận tay tưới nước, nhổ cỏ và thu hoạch những cây rau đầu tiên do chính mình chăm sóc.", "icon"),
            Img("/uploads/news/2026_10/tham-quan-trang-trai-ca-chua.jpg", "Bé lớp Lá 2 thích thú thu hoạch cà chua bi",
                "Bé lớp Lá 2 thích thú thu hoạch cà chua bi", style="fig"),
            P("Kết thúc buổi tham quan, mỗi bé được tặng một chậu cây giống nhỏ để mang về nhà chăm sóc cùng bố mẹ.", "icon"),
            P("Chuyến đi đã để lại cho các bé nhiều niềm vui và những trải nghiệm thú vị, giúp các bé thêm yêu thiên nhiên và biết quý trọng thành quả lao động."),
            Raw('<p style="text-align: right;"><strong><em>Tin, ảnh: Đỗ Thị Hồng Nhung - GV lớp Lá 1</em></strong></p>'),
            Raw(
                '<p><strong>Mời quý phụ huynh xem thêm hình ảnh tại album: '
                '<a href="/albums/be-tham-quan-trang-trai-rau-sach-4.html">Bé tham quan trang trại rau sạch</a></strong></p>'
            ),
        ],
        opts={
            "publtime": "2026-10-28 10:15",
            "edittime": "2026-10-28 10:15",
            "thumb": "2026_10/tham-quan-trang-trai-ca-chua.jpg",
        },
    ),
    Story(
        id=159,
        slug="phong-benh-tay-chan-mieng-cho-tre-mam-non-khi-thoi-tiet-giao-mua",
        title="Phòng bệnh tay chân miệng cho trẻ mầm non khi thời tiết giao mùa",
        cat="goc-phu-huynh",
        published_at="2026-10-24T20:00:00+07:00",
        source="CDC Vĩnh Phúc",
        summary="Bệnh tay chân miệng thường gia tăng vào thời điểm giao mùa, đặc biệt ở trẻ dưới 5 tuổi. Để chủ động phòng bệnh cho trẻ, cha mẹ cần lưu ý một số biện pháp sau.",
        sapo_outside=True,
        blocks=[
            P("Dấu hiệu nhận biết", "b"),
            P("Trẻ sốt nhẹ, mệt mỏi, đau họng, biếng ăn; sau 1 – 2 ngày xuất hiện các nốt phỏng nước ở lòng bàn tay, lòng bàn chân, đầu gối, mông và vết loét trong miệng."),
            P("Biện pháp phòng bệnh", "b"),
            P("Rửa tay cho trẻ bằng xà phòng dưới vòi nước sạch nhiều lần trong ngày.", "li"),
            P("Cho trẻ ăn chín, uống chín; không cho trẻ mút tay, ngậm đồ chơi.", "li"),
            P("Thường xuyên lau rửa đồ chơi, sàn nhà bằng xà phòng hoặc chất tẩy rửa thông thường.", "li"),
            P("Khi phát hiện trẻ có biểu hiện nghi ngờ mắc bệnh, cha mẹ cần cho trẻ nghỉ học, đưa trẻ đến cơ sở y tế để được khám, điều trị kịp thời và báo cho nhà trường để phối hợp xử lý."),
        ],
        opts={
            "publtime": "2026-10-24 20:00",
            "edittime": "2026-10-25 07:00",
            "thumb": "2026_10/tay-chan-mieng.jpg",
            "source_field": "CDC Vĩnh Phúc",
            "entities": 2,
        },
    ),
    Story(
        id=158,
        slug="tap-huan-ky-nang-so-cap-cuu-ban-dau-cho-can-bo-giao-vien-nhan-vien",
        title="Tập huấn kỹ năng sơ cấp cứu ban đầu cho cán bộ, giáo viên, nhân viên",
        cat="tin-tuc-su-kien",
        published_at="2026-10-22T14:00:00+07:00",
        source="Trung tâm Y tế thành phố Vĩnh Yên",
        summary="Ngày 21/10/2026, Trường Mầm non Sao Mai phối hợp với Trung tâm Y tế thành phố Vĩnh Yên tổ chức buổi tập huấn kỹ năng sơ cấp cứu ban đầu cho toàn thể cán bộ, giáo viên, nhân viên nhà trường.",
        sapo_outside=True,
        blocks=[
            P("Tại buổi tập huấn, bác sĩ Hoàng Văn Đức đã hướng dẫn cách xử trí một số tình huống thường gặp ở trẻ mầm non như hóc dị vật đường thở, sốt cao co giật, chảy máu cam, bỏng và ngộ độc thực phẩm."),
            P("Các thầy cô được thực hành trực tiếp kỹ thuật vỗ lưng, ấn ngực cho trẻ dưới 1 tuổi, thủ thuật Heimlich cho trẻ lớn và kỹ thuật hồi sinh tim phổi cơ bản trên mô hình."),
            Img("/uploads/news/2026_10/tap-huan-so-cuu.jpg", None, None, style="bare"),
            P("Buổi tập huấn đã trang bị cho đội ngũ những kiến thức, kỹ năng cần thiết, giúp giáo viên bình tĩnh, chủ động xử lý khi có tình huống bất ngờ xảy ra, góp phần đảm bảo an toàn tuyệt đối cho trẻ trong thời gian ở trường."),
        ],
        opts={
            "publtime": "2026-10-22 14:00",
            "edittime": "2026-10-22 14:00",
            "thumb": "2026_10/tap-huan-so-cuu.jpg",
            "source_field": "Trung tâm Y tế thành phố Vĩnh Yên",
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}
#: newest first, as NukeViet orders by publtime
ORDERED = sorted(STORIES, key=lambda s: s.opts["publtime"], reverse=True)


def article_path(story: Story, cat: str | None = None) -> str:
    return f"/news/{cat or story.cat}/{story.slug}-{story.id}.html"


def print_path(story: Story) -> str:
    return f"/news/print/{story.cat}/{story.slug}-{story.id}.html"


def cat_members(cat: str) -> list[Story]:
    return [s for s in ORDERED if s.cat == cat or cat in s.opts.get("also", [])]


def _when(stamp: str) -> _dt.datetime:
    return _dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M")


def _dmy(stamp: str) -> str:
    return _when(stamp).strftime("%d/%m/%Y")


def _dmy_hm(stamp: str) -> str:
    return _when(stamp).strftime("%d/%m/%Y %H:%M")


def _long_date(stamp: str) -> str:
    moment = _when(stamp)
    return f"{_WEEKDAYS[moment.weekday()]} - {moment.strftime('%d/%m/%Y %H:%M')}"


def _php_t_date(stamp: str) -> str:
    """NukeViet's ``date('Y-m-dTH:i:s')``: PHP's ``T`` is the zone abbreviation."""
    moment = _when(stamp)
    return moment.strftime("%Y-%m-%d") + "ICT" + moment.strftime("%H:%M:%S")


# --- chrome ---------------------------------------------------------------------------------

_STYLE = """
body{background:#fff8fb url(/themes/mamnon_saomai/images/bg-may.png) repeat-x;font-family:'Quicksand',Arial,sans-serif}
.mn-box,.mn-block{background:#fff;border:2px dashed #f7b6cf;border-radius:18px;margin-bottom:14px}
.mn-block-tit{background:#bfe9ff;border-radius:16px 16px 0 0;padding:6px 12px;font-weight:700;color:#5a4fcf}
.mn-ribbon{background:#ffe29a;border-radius:20px;display:inline-block;padding:4px 18px;color:#e8618c}
.hometext{background:#f0fff4;border-radius:14px;padding:10px;font-weight:700}
"""


def _menu_html() -> str:
    cats = "".join(f'<li><a href="/news/{alias}/" title="{esc(title)}">{esc(title)}</a></li>' for alias, title in CATS.items())
    return f"""<nav class="second-nav" id="menusite">
<div class="container"><div class="row"><div class="bg box-shadow mn-menu-hong">
<div class="navbar navbar-default navbar-static-top" role="navigation">
<div class="navbar-header"><button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#menu-site-default"><span class="sr-only">Bật/Tắt Menu</span><span class="icon-bar"></span><span class="icon-bar"></span></button></div>
<div class="collapse navbar-collapse" id="menu-site-default">
<ul class="nav navbar-nav">
<li><a class="home" title="Trang nhất" href="/"><em class="fa fa-lg fa-home">&nbsp;</em><span class="visible-xs-inline-block"> Trang nhất</span></a></li>
<li class="dropdown" role="presentation"><a class="dropdown-toggle" href="/about/gioi-thieu-chung.html" role="button" aria-expanded="false" title="Giới thiệu">Giới thiệu <strong class="caret">&nbsp;</strong></a>
<ul class="dropdown-menu"><li><a href="/about/gioi-thieu-chung.html" title="Giới thiệu chung">Giới thiệu chung</a></li></ul></li>
<li class="dropdown" role="presentation"><a class="dropdown-toggle" href="/news/" role="button" aria-expanded="false" title="Tin tức">Tin tức <strong class="caret">&nbsp;</strong></a>
<ul class="dropdown-menu">{cats}</ul></li>
<li><a href="/albums/" title="Thư viện ảnh">Thư viện ảnh</a></li>
<li><a href="/thuc-don/" title="Thực đơn">Thực đơn của bé</a></li>
<li><a href="/contact/" title="Liên hệ">Liên hệ</a></li>
</ul></div></div></div></div></div></nav>"""


def _breadcrumbs(crumbs: list[tuple[str, str]]) -> str:
    items = [("Trang nhất", "/"), *crumbs]
    lis = "".join(
        f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
        f'<a href="{href}" itemprop="item" title="{esc(name)}"><span itemprop="name">{esc(name)}</span></a>'
        f'<i class="hidden" itemprop="position" content="{i}"></i></li>'
        for i, (name, href) in enumerate(items, 1)
    )
    return f"""<nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix">
<div class="col-xs-24 col-sm-18 col-md-18"><div class="breadcrumbs-wrap">
<div class="display"><a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);"><em class="fa fa-lg fa-angle-right"></em></a>
<ul class="breadcrumbs list-none"></ul></div>
<ul class="subs-breadcrumbs"></ul>
<ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList">{lis}</ul>
</div></div>
<div class="headerSearch col-xs-24 col-sm-6 col-md-6"><div class="input-group">
<input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..."><span class="input-group-btn"><button type="button" class="btn btn-info" data-url="/seek/?q=" data-minlength="3" data-click="y"><em class="fa fa-search fa-lg"></em></button></span>
</div></div></div></div></div></nav>"""


def _menu_block() -> str:
    title, week, _, rows = MENUS[CURRENT_MENU]
    trs = "".join(f"<tr><td>{esc(d)}</td><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for d, a, b in rows)
    return f"""<div class="mn-block mn-block-xanh" id="block-thucdon-27">
<div class="mn-block-tit"><img src="{THEME}/images/icons/bat-com.png" alt="" width="26"> Thực đơn tuần</div>
<div class="mn-block-ct" style="padding:8px 12px">
<p class="mn-td-tuan"><strong>Tuần 1 tháng 12</strong> {esc(week)}</p>
<table class="table table-bordered mn-td-table"><tbody><tr><th>Thứ</th><th>Bữa trưa</th><th>Bữa chiều</th></tr>{trs}</tbody></table>
<p class="text-right"><a href="/thuc-don/{CURRENT_MENU}.html" title="{esc(title)}">Xem chi tiết &raquo;</a></p>
</div></div>"""


def _sidebar() -> str:
    most = sorted(STORIES, key=lambda s: s.views(), reverse=True)[:4]
    most_html = "".join(
        f'<li class="clearfix"><a href="{article_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a> '
        f'<span class="text-muted small">({s.views()} lượt xem)</span></li>'
        for s in most
    )
    albums = "".join(
        f'<div class="col-xs-12"><a href="/albums/{alias}-{aid}.html" title="{esc(title)}">'
        f'<img src="/assets/photos/{month}/thumb/{stem}-01.jpg" alt="{esc(title)}" class="img-thumbnail" width="120"></a>'
        f'<p class="small text-center">{esc(title)}</p></div>'
        for aid, (alias, title, _count, month, stem) in ALBUMS.items()
    )
    return f"""<div class="col-sm-8 col-md-6">
<div class="mn-block"><div class="mn-block-tit"><img src="{THEME}/images/icons/be-trai.png" alt="" width="26"> Hiệu trưởng</div>
<div class="mn-block-ct text-center"><img src="/uploads/ban-giam-hieu/hieu-truong.jpg" alt="Hiệu trưởng" width="140" class="img-circle">
<p><strong>Nguyễn Thị Lan Phương</strong><br>ĐT: 0912.345.678</p></div></div>
<div class="mn-block"><div class="mn-block-tit"><img src="{THEME}/images/icons/sach.png" alt="" width="26"> Tin xem nhiều</div>
<div class="mn-block-ct"><ul class="list-none">{most_html}</ul></div></div>
<div class="mn-block"><div class="mn-block-tit"><img src="{THEME}/images/icons/may-anh.png" alt="" width="26"> Album ảnh</div>
<div class="mn-block-ct"><div class="row">{albums}</div></div></div>
<div class="mn-block"><div class="mn-block-tit"><img src="{THEME}/images/icons/bong-bong.png" alt="" width="26"> Thăm dò ý kiến</div>
<div class="mn-block-ct"><form action="/voting/" method="post" onsubmit="return false;">
<p><strong>Phụ huynh đánh giá thế nào về bữa ăn bán trú của nhà trường?</strong></p>
<div class="radio"><label><input type="radio" name="option" value="1"> Rất hài lòng</label></div>
<div class="radio"><label><input type="radio" name="option" value="2"> Hài lòng</label></div>
<div class="radio"><label><input type="radio" name="option" value="3"> Cần cải thiện</label></div>
<input type="button" class="btn btn-success btn-sm" value="Bình chọn"> <input type="button" class="btn btn-primary btn-sm" value="Xem kết quả"></form></div></div>
<div class="mn-block"><div class="mn-block-tit">Liên kết website</div>
<div class="mn-block-ct"><select class="form-control" onchange="window.open(this.value)">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://vinhphuc.edu.vn">Sở GD&amp;ĐT Vĩnh Phúc</option>
<option value="https://vinhyen.vinhphuc.gov.vn">Cổng TTĐT thành phố Vĩnh Yên</option>
</select><p class="text-center" style="margin-top:8px"><a href="https://vinhphuc.edu.vn" target="_blank"><img src="/uploads/banners/banner-so-gddt.png" alt="Sở GD&amp;ĐT Vĩnh Phúc" width="220"></a></p></div></div>
</div>"""


def _footer() -> str:
    return f"""<footer id="footer" class="mn-footer">
<div class="wraper"><div class="container"><div class="row">
<div class="col-xs-24 col-sm-24 col-md-14">
<div class="mn-lienhe"><img src="{THEME}/images/icons/ngoi-nha.png" alt="" width="32">
<p><strong>TRƯỜNG MẦM NON SAO MAI</strong></p>
<p>Địa chỉ: Số 15, đường Lê Xoay, phường Liên Bảo, thành phố Vĩnh Yên, tỉnh Vĩnh Phúc</p>
<p>Điện thoại: 0211.3862.468 - Email: mnsaomai.vy@vinhphuc.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Bà Nguyễn Thị Lan Phương - Hiệu trưởng</p></div></div>
<div class="col-xs-24 col-sm-24 col-md-10"><div class="counter" id="block-statistics-9">
<ul class="list-none">
<li><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập<span><strong>17</strong></span></li>
<li><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay<span class="margin-top-lg"><strong>402</strong></span></li>
<li><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại<span><strong>2,315</strong></span></li>
<li><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập<span><strong>1,268,904</strong></span></li>
</ul></div></div>
</div>
<div class="copyright text-center">© Bản quyền thuộc về Trường Mầm non Sao Mai. Powered by <a href="https://nukeviet.vn" target="_blank">NukeViet CMS</a>.</div>
</div></div></footer>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<script src="/assets/js/jquery/jquery.min.js"></script>
<script src="/assets/js/language/vi.js"></script>
<script src="/assets/js/global.js"></script>
<script src="{THEME}/js/main.js"></script>"""


def page(
    request: Request,
    title: str,
    crumbs: list[tuple[str, str]],
    main: str,
    *,
    description: str = "",
    canonical: str | None = None,
    meta: str = "",
) -> Response:
    host = base_url(request)
    canon = f'<link rel="canonical" href="{host}{canonical}">' if canonical else ""
    doc = f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="description" content="{esc(description or SITE_NAME)}">
<meta name="author" content="{SITE_NAME}">
<meta name="copyright" content="{SITE_NAME} [mnsaomai.vy@vinhphuc.edu.vn]">
<meta name="generator" content="NukeViet v4.5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta property="og:site_name" content="{SITE_NAME}">
{meta}{canon}
<link rel="shortcut icon" href="/favicon.ico">
<link rel="stylesheet" href="/assets/css/font-awesome.min.css">
<link rel="stylesheet" href="{THEME}/css/bootstrap.non-responsive.css">
<link rel="stylesheet" href="{THEME}/css/style.css">
<link rel="stylesheet" href="{THEME}/css/news.css">
<style>{_STYLE}</style>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="main",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_a2Bx1",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1;</script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br>Website chỉ làm việc khi bạn bật nó trở lại.<br>Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div></noscript>
<div class="body-bg">
<div class="wraper">
<header><div class="container"><div id="header" class="row">
<div class="logo col-xs-24 col-sm-24 col-md-8"><a title="{SITE_NAME}" href="/"><img src="/uploads/logo-sao-mai.png" width="120" height="120" alt="{SITE_NAME}"></a>
<h1 class="mn-ten-truong">TRƯỜNG MẦM NON SAO MAI</h1>
<span class="site_description">Yêu thương - An toàn - Hạnh phúc</span></div>
<div class="col-xs-24 col-sm-24 col-md-16"><div class="mn-top-right">
<span class="mn-ngay"><em class="fa fa-clock-o"></em> {HEADER_DAY}</span>
<span class="mn-hotline"><img src="{THEME}/images/icons/dien-thoai.png" alt="" width="20"> Hotline: 0211.3862.468</span>
<a href="/users/login/" rel="nofollow">Đăng nhập</a></div>
<div class="mn-banner-may"><img src="{THEME}/images/banner-cau-vong.png" alt="" width="600"></div></div>
</div></div></header>
{_menu_html()}
<section><div class="container" id="body">
{_breadcrumbs(crumbs)}
<div class="row">
<div class="col-sm-16 col-md-18">
{main}
</div>
{_sidebar()}
</div>
</div></section>
</div>
{_footer()}
</div>
</body>
</html>"""
    return html(doc)


# --- listings -------------------------------------------------------------------------------


def _hometext_clean(story: Story) -> str:
    return story.summary or story.title


def _list_rows(stories: list[Story]) -> str:
    rows = []
    for s in stories:
        link = article_path(s)
        thumb = f"/assets/news/{s.opts['thumb']}"
        rows.append(
            f"""<li class="clearfix mn-dong-tin">
<a href="{link}" title="{esc(s.title)}"><img src="{thumb}" alt="{esc(s.title)}" width="80" class="img-thumbnail pull-left mr-1"></a>
<em class="fa fa-angle-right">&nbsp;</em>
<a class="show h4" href="{link}" data-content="{esc(_hometext_clean(s))}" data-img="{thumb}" data-rel="tooltip" data-placement="bottom" title="{esc(s.title)}">{esc(s.title)}</a>
<span class="text-muted">({_dmy_hm(s.opts['publtime'])})</span>{'<span class="icon_new"></span>' if s.opts['publtime'] >= '2026-12-01' else ''}
</li>"""
        )
    return "\n".join(rows)


def _pagination(base: str, current: int, total: int) -> str:
    if total <= 1:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base}page-{n}"

    items = []
    if current == 1:
        items.append('<li class="disabled"><a href="#">&laquo;</a></li>')
    else:
        items.append(f'<li><a rel="prev" title="Trang {current - 1}" href="{href(current - 1)}">&laquo;</a></li>')
    for n in range(1, total + 1):
        if n == current:
            items.append(f'<li class="active"><a href="#">{n}</a></li>')
        else:
            items.append(f'<li><a title="Trang {n}" href="{href(n)}">{n}</a></li>')
    if current == total:
        items.append('<li class="disabled"><a href="#">&raquo;</a></li>')
    else:
        items.append(f'<li><a rel="next" title="Trang {current + 1}" href="{href(current + 1)}">&raquo;</a></li>')
    return f'<div class="text-center"><ul class="pagination">{"".join(items)}</ul></div>'


def _listing(request: Request, heading: str, base: str, stories: list[Story], per: int, n: int,
             crumbs: list[tuple[str, str]]) -> Response | None:
    total = max(1, -(-len(stories) // per))
    if n < 1 or n > total:
        return None
    chunk = stories[(n - 1) * per : n * per]
    title = heading + (f" - Trang {n}" if n > 1 else "") + f" - {SITE_NAME}"
    main = f"""<div class="mn-ribbon-wrap"><h2 class="mn-ribbon"><img src="{THEME}/images/icons/cau-vong.png" alt="" width="28"> {esc(heading)}</h2></div>
<div class="news_column"><div class="panel panel-default mn-box"><div class="panel-body">
<ul class="related list-items">
{_list_rows(chunk)}
</ul>
</div></div></div>
{_pagination(base, n, total)}"""
    if n > 1:
        crumbs = [*crumbs, (f"Trang {n}", f"{base}page-{n}")]
    return page(request, title, crumbs, main, description=heading)


# --- article --------------------------------------------------------------------------------


def _img_tag(img: Img, story: Story) -> str:
    alt = esc(story.title)
    if img.style == "lazy":
        return (f'<img class="lazy" alt="{alt}" height="450" src="{THEME}/images/loading.gif" '
                f'data-src="{img.src}" width="680">')
    if img.style == "bare":
        return (f'<img alt="Giáo viên thực hành sơ cứu hóc dị vật trên mô hình" height="430" src="{img.src}" '
                f'title="Giáo viên thực hành sơ cứu hóc dị vật trên mô hình" width="650">')
    return f'<img alt="{alt}" height="450" src="{img.src}" width="680">'


def _render_blocks(story: Story) -> str:
    entities = story.opts.get("entities", 0)

    def t(value: str) -> str:
        return text(value, entities=entities)

    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "home")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "ol", "row", "br"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                j += 1
            group = [g.text for g in blocks[i:j] if isinstance(g, P)]
            if b.style in ("li", "ol"):
                tag = "ul" if b.style == "li" else "ol"
                out.append(f"<{tag}>" + "".join(f"<li>{t(x)}</li>" for x in group) + f"</{tag}>")
            elif b.style == "row":
                trs = []
                for k, row in enumerate(group):
                    cell = "th" if k == 0 else "td"
                    trs.append("<tr>" + "".join(
                        f'<{cell} style="text-align:center">{t(c)}</{cell}>' for c in row.split(" | ")) + "</tr>")
                out.append('<table border="1" cellpadding="3" cellspacing="0" style="width:100%"><tbody>'
                           + "".join(trs) + "</tbody></table>")
            else:
                out.append('<p style="margin-left:30px">' + "<br />\r\n".join(t(x) for x in group) + "</p>")
            i = j
            continue
        if isinstance(b, P):
            if b.style == "h3":
                out.append(f'<h3><span style="color:#e67e22">{t(b.text)}</span></h3>')
            elif b.style == "b":
                out.append(f"<p><strong>{t(b.text)}</strong></p>")
            elif b.style == "star":
                out.append(f'<p>{ICON_STAR}<strong><span style="color:#2980b9">{t(b.text)}</span></strong></p>')
            elif b.style == "icon":
                out.append(f'<p style="text-align: justify;">{ICON_BEE}{t(b.text)}</p>')
            else:
                out.append(f'<p style="text-align: justify;"><span style="font-size:14px">{t(b.text)}</span></p>')
        elif isinstance(b, Img):
            tag = _img_tag(b, story)
            if b.style == "fig":
                out.append(f'<figure class="image" style="display:inline-block">{tag}<figcaption>{esc(b.printed or "")}</figcaption></figure>')
            elif b.style in ("em", "lazy"):
                out.append(f'<p style="text-align:center">{tag}</p>')
                if b.printed:
                    out.append(f'<p style="text-align:center"><em>{esc(b.printed)}</em></p>')
            else:
                out.append(f'<p style="text-align:center">{tag}</p>')
        else:
            out.append(b.html)
        out.append("<p>&nbsp;</p>" if isinstance(b, Img) else "")
        i += 1
    return "\n".join(x for x in out if x)


def _home_figure(story: Story) -> str:
    home = next((b for b in story.blocks if isinstance(b, Img) and b.style == "home"), None)
    if home is None:
        return ""
    cap = f"<figcaption>{esc(home.printed)}</figcaption>" if home.printed else ""
    return f"""<figure class="article left pointer" onclick="modalShowByObj('#imgpreview');">
<div id="imgpreview" style="width:300px;">
<p class="text-center"><img alt="{esc(home.printed or story.title)}" src="{home.src}" width="300" class="img-thumbnail"></p>
{cap}
</div></figure>"""


def _article_main(story: Story, cat: str, *, host: str) -> str:
    publ = story.opts["publtime"]
    hometext = ""
    if story.summary:
        hometext = f"""<div class="clearfix mn-sapo-box">
{_home_figure(story)}
<div class="hometext" itemprop="description">{esc(story.summary)}</div>
</div>"""
    url = host + article_path(story)
    share = f"""<div class="mn-chiase clearfix"><span class="mn-chiase-lbl"><em class="fa fa-share-alt"></em> Chia sẻ:</span>
<a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="nofollow"><img src="{THEME}/images/share/facebook.png" alt="Facebook" width="24"></a>
<a href="https://sp.zalo.me/share_inline?d={url}" target="_blank" rel="nofollow"><img src="{THEME}/images/share/zalo.png" alt="Zalo" width="24"></a>
<div class="fb-like" data-href="{url}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true">Thích 12 · Chia sẻ</div></div>"""
    player = f"""<div class="news-detail-player">
<div class="player"><span class="mn-nghe"><em class="fa fa-headphones"></em> Nghe đọc bài viết</span>
<audio id="newsVoicePlayer" data-voice-id="1" data-voice-path="/uploads/news/voices/{story.id}-1.mp3" data-autoplay="0"></audio></div>
<div class="source"><select class="form-control" name="sel_voicePlayer">
<option value="1" selected>Giọng nữ miền Bắc</option><option value="2">Giọng nam miền Bắc</option><option value="3">Giọng nữ miền Nam</option>
</select></div>
<div class="tools"><a href="#" class="active" data-toggle="changeVoiceAutoPlay"><em class="fa fa-check-square-o"></em> Tự động phát</a></div>
</div>"""
    author_lines = ""
    if story.opts.get("author_field"):
        author_lines += f'<p class="h5 text-right"><strong>Tác giả: </strong>{esc(story.opts["author_field"])}</p>'
    if story.opts.get("source_field"):
        author_lines += f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{esc(story.opts["source_field"])}</p>'
    if author_lines:
        author_lines = f'<div class="margin-bottom-lg">{author_lines}</div>'
    files = ""
    if story.opts.get("file"):
        fpath, fname = story.opts["file"]
        files = f"""<div class="news_column panel panel-default"><div class="panel-body">
<p class="h3"><strong><em class="fa fa-download"></em> Tài liệu đính kèm</strong></p>
<ul class="list-none"><li><a href="/uploads/news/{fpath}" title="{esc(fname)}"><em class="fa fa-file-pdf-o"></em> {esc(fname)}</a> <span class="text-muted">(86.4 KB)</span></li></ul>
</div></div>"""
    tags = ""
    if story.opts.get("tags"):
        links = ", ".join(
            f'<a title="{esc(TAGS[t])}" href="/news/tag/{t}"><em>{esc(TAGS[t])}</em></a>' for t in story.opts["tags"]
        )
        tags = f"""<div class="news_column panel panel-default"><div class="panel-body"><div class="h5">
<em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{links}</div></div></div>"""
    rating = f"""<div class="news_column panel panel-default"><div class="panel-body">
<form id="form3B" action=""><div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: {story.id % 7 * 5} trong {story.id % 7} đánh giá</p>
<span class="star-rating"><input type="radio" name="star" value="1"><input type="radio" name="star" value="2"><input type="radio" name="star" value="3"><input type="radio" name="star" value="4"><input type="radio" name="star" value="5"></span>
<div class="small text-muted">Click để đánh giá bài viết</div></div></form></div></div>"""
    comments = ""
    if story.opts.get("comments"):
        items = "".join(
            f"""<div class="media"><a class="pull-left" href="#"><img class="media-object bg-gainsboro" src="/themes/default/images/users/no_avatar.png" alt="" width="40"></a>
<div class="media-body"><h4 class="media-heading">{esc(who)}</h4><div class="comment-content">{esc(said)}</div>
<div class="comment-info clearfix"><em class="pull-left text-muted"><em class="fa fa-clock-o"></em> {when}</em>
<span class="pull-right"><a href="#" class="text-muted">Trả lời</a> · <a href="#" class="text-muted">Thích</a></span></div></div></div>"""
            for who, when, said in story.opts["comments"]
        )
        comments = f"""<div id="idcomment" class="nv-fullbg" data-module="news" data-content="news" data-area="8" data-id="{story.id}">
<div class="row clearfix margin-bottom-lg"><div class="col-xs-12 text-left"><p class="comment-title"><em class="fa fa-comments">&nbsp;</em> Ý kiến bạn đọc</p></div>
<div class="col-xs-12 text-right"><select class="form-control"><option value="0">Sắp xếp theo bình luận mới</option><option value="1">Sắp xếp theo số lượt thích</option></select></div></div>
<div id="showcomment" class="margin-bottom-lg"><div class="comment-list">{items}</div></div>
<div id="formcomment" class="comment-form"><p class="text-muted">Bạn cần <a href="/users/login/" rel="nofollow">đăng nhập</a> để gửi bình luận.</p></div></div>"""
    newer = [s for s in cat_members(cat) if s.opts["publtime"] > story.opts["publtime"]][-4:]
    related = ""
    if newer:
        lis = "".join(
            f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{article_path(s)}" title="{esc(s.title)}">'
            f'<h4>{esc(s.title)}</h4></a> <em>({_dmy(s.opts["publtime"])})</em></li>'
            for s in reversed(newer)
        )
        related = f"""<div class="news_column panel panel-default"><div class="panel-body other-news">
<p class="h3 mn-lienquan"><img src="{THEME}/images/icons/but-chi.png" alt="" width="24"> <strong>Tin liên quan</strong></p>
<p class="h5"><em>Những tin mới hơn</em></p>
<div class="clearfix"><ul class="detail-related related list-none list-items">{lis}</ul></div></div></div>"""
    return f"""<div class="mn-ribbon-wrap"><h2 class="mn-ribbon"><img src="{THEME}/images/icons/cau-vong.png" alt="" width="28"> {esc(CATS[cat])}</h2></div>
<div class="news_column panel panel-default mn-box" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{esc(story.title)}</h1>
<div class="row margin-bottom-lg">
<div class="col-md-12"><span class="h5 clearfix">{_long_date(publ)}</span></div>
<div class="col-md-12"><ul class="list-inline text-right">
<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('/index.php?language=vi&amp;nv=news&amp;op=sendmail/{story.cat}/{story.slug}-{story.id}','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="In ấn" href="javascript: void(0)" onclick="nv_open_browse('{print_path(story)}','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
<li><span class="text-muted"><em class="fa fa-eye"></em> {story.views()}</span></li>
</ul></div></div>
{player}
{hometext}
{share}
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{_render_blocks(story)}
</div>
{author_lines}
</div></div>
{files}
{tags}
{rating}
{_menu_block()}
{comments}
{related}"""


def _article(request: Request, story: Story, cat: str) -> Response:
    host = base_url(request)
    publ = story.opts["publtime"]
    og_image = f"{host}/uploads/news/{story.opts['thumb']}"
    meta = f"""<meta property="og:title" content="{esc(story.title)}">
<meta property="og:type" content="article">
<meta property="og:description" content="{esc(_hometext_clean(story))}">
<meta property="og:image" content="{og_image}">
<meta property="og:url" content="{host}{article_path(story)}">
<meta property="article:published_time" content="{_php_t_date(publ)}">
<meta property="article:modified_time" content="{_php_t_date(story.opts['edittime'])}">
<meta property="article:section" content="{esc(CATS[story.cat])}">
"""
    crumbs = [("Tin tức", "/news/"), (CATS[cat], f"/news/{cat}/")]
    return page(
        request,
        f"{story.title} - {CATS[cat]} - {SITE_NAME}",
        crumbs,
        _article_main(story, cat, host=host),
        description=_hometext_clean(story),
        canonical=article_path(story),
        meta=meta,
    )


def _print_view(request: Request, story: Story) -> Response:
    host = base_url(request)
    hometext = f'<div class="hometext"><strong>{esc(story.summary)}</strong></div>' if story.summary else ""
    author = ""
    if story.opts.get("author_field"):
        author += f'<div class="author text-right"><strong>Tác giả: </strong>{esc(story.opts["author_field"])}</div>'
    if story.opts.get("source_field"):
        author += f'<div class="source text-right"><strong>Nguồn tin: </strong>{esc(story.opts["source_field"])}</div>'
    doc = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(story.title)}</title>
<meta name="robots" content="noindex, nofollow">
<link rel="canonical" href="{host}{article_path(story)}">
<link rel="stylesheet" href="{THEME}/css/news.print.css"></head>
<body><div id="print">
<div id="hd_print"><h2 class="pull-left">{SITE_NAME.upper()}</h2><p class="pull-right"><a title="{SITE_NAME}" href="{host}/">{host}</a></p></div>
<div class="clear"></div><hr>
<div id="content">
<h1>{esc(story.title)}</h1>
<ul class="list-inline"><li>{_long_date(story.opts['publtime'])}</li></ul>
<div class="clear"></div>
<div id="hometext">{hometext}</div>
<div id="bodytext" class="clearfix">{_render_blocks(story)}</div>
{author}
</div>
<div id="footer" class="clearfix"><div id="url"><strong>URL của bản tin này: </strong><a href="{host}{article_path(story)}" title="{esc(story.title)}">{host}{article_path(story)}</a></div>
<div class="clear"></div>
<div class="copyright">&copy; {SITE_NAME}</div>
<div id="contact"><a href="mailto:mnsaomai.vy@vinhphuc.edu.vn">mnsaomai.vy@vinhphuc.edu.vn</a></div></div>
<div id="toolbar"><ul><li><a href="javascript:;" onclick="window.print()">In bài viết</a></li><li><a href="javascript:;" onclick="window.close()">Đóng cửa sổ</a></li></ul></div>
</div></body></html>"""
    return html(doc)


# --- other pages ----------------------------------------------------------------------------


def _home(request: Request) -> Response:
    slider = "".join(
        f"""<div class="item{' active' if k == 0 else ''}"><a href="{article_path(s)}" title="{esc(s.title)}">
<img src="/assets/news/{s.opts['thumb']}" alt="{esc(s.title)}" width="420"></a>
<div class="carousel-caption"><h3><a href="{article_path(s)}">{esc(s.title)}</a></h3><p>{esc(_hometext_clean(s))[:140]}…</p></div></div>"""
        for k, s in enumerate(ORDERED[:4])
    )
    s172, s169 = BY_ID[172], BY_ID[169]
    main = f"""<div class="mn-box"><div class="mn-block-tit"><img src="{THEME}/images/icons/ngoi-sao.png" alt="" width="26"> Tin mới nhất</div>
<div id="mn-slider" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{slider}</div>
<a class="left carousel-control" href="#mn-slider" data-slide="prev">&lsaquo;</a><a class="right carousel-control" href="#mn-slider" data-slide="next">&rsaquo;</a></div></div>
<div class="mn-box"><div class="mn-block-tit"><img src="{THEME}/images/icons/be-gai.png" alt="" width="26"> Góc phụ huynh</div>
<div class="mn-block-ct"><ul class="mn-gph">
<li><a href="{article_path(s172, 'goc-phu-huynh')}">{esc(s172.title)}</a></li>
<li><a href="/index.php?nv=news&amp;op=goc-phu-huynh/{s169.slug}-{s169.id}">{esc(s169.title)}</a></li>
</ul><p class="text-right"><a href="/news/goc-phu-huynh/">Xem tất cả &raquo;</a></p></div></div>
<div class="mn-box"><div class="mn-block-tit">Chào mừng quý phụ huynh</div><div class="mn-block-ct">
<p>Trường Mầm non Sao Mai được thành lập năm 1998, hiện có 18 nhóm, lớp với hơn 500 trẻ. Nhà trường đạt chuẩn Quốc gia mức độ 2.</p></div></div>
{_menu_block()}"""
    return page(request, SITE_NAME, [], main, description="Cổng thông tin điện tử Trường Mầm non Sao Mai, thành phố Vĩnh Yên")


def _album(request: Request, album_id: int) -> Response:
    alias, title, count, month, stem = ALBUMS[album_id]
    photos = "".join(
        f'<div class="col-xs-12 col-sm-8"><a href="/uploads/photos/{month}/{stem}-{i:02d}.jpg" data-fancybox="gallery">'
        f'<img src="/assets/photos/{month}/thumb/{stem}-{i:02d}.jpg" alt="{esc(title)} {i}" class="img-thumbnail"></a></div>'
        for i in range(1, 7)
    )
    main = f"""<div class="mn-box"><div class="panel-body">
<h1 class="album-title">{esc(title)}</h1>
<p class="text-muted"><em class="fa fa-picture-o"></em> {count} ảnh · Ngày đăng: {'21/11/2026' if album_id == 5 else '28/10/2026'} · Lượt xem: {300 + album_id * 41}</p>
<div class="row album-grid">{photos}</div>
<p class="text-center small">Hiển thị 6/{count} ảnh. Bấm vào ảnh để xem kích thước lớn.</p>
</div></div>"""
    return page(request, f"{title} - Thư viện ảnh - {SITE_NAME}", [("Thư viện ảnh", "/albums/"), (title, f"/albums/{alias}-{album_id}.html")], main)


def _albums(request: Request) -> Response:
    items = "".join(
        f'<div class="col-xs-12"><a href="/albums/{alias}-{aid}.html" title="{esc(title)}"><img src="/assets/photos/{month}/thumb/{stem}-01.jpg" alt="{esc(title)}" class="img-thumbnail"></a>'
        f'<h3><a href="/albums/{alias}-{aid}.html">{esc(title)}</a></h3><p class="text-muted">{count} ảnh</p></div>'
        for aid, (alias, title, count, month, stem) in ALBUMS.items()
    )
    main = f'<div class="mn-box"><div class="panel-body"><h2 class="mn-ribbon">Thư viện ảnh</h2><div class="row">{items}</div></div></div>'
    return page(request, f"Thư viện ảnh - {SITE_NAME}", [("Thư viện ảnh", "/albums/")], main)


def _menu_page(request: Request, alias: str) -> Response:
    title, week, posted, rows = MENUS[alias]
    trs = "".join(
        f"<tr><td><strong>{esc(d)}</strong></td><td>Sữa tươi Vinamilk</td><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for d, a, b in rows
    )
    main = f"""<div class="page panel panel-default mn-box"><div class="panel-body">
<h1 class="title margin-bottom-lg">{esc(title)}</h1>
<p class="text-muted"><em class="fa fa-clock-o"></em> Đăng lúc: {posted}</p>
<div class="bodytext"><p style="text-align:center"><strong>{esc(week)}</strong></p>
<table border="1" cellpadding="4" cellspacing="0" style="width:100%"><tbody>
<tr><th>Thứ</th><th>Bữa phụ sáng</th><th>Bữa trưa</th><th>Bữa chiều</th></tr>{trs}</tbody></table>
<p><em>Ghi chú: Thực đơn có thể thay đổi theo mùa và nguồn thực phẩm tại địa phương.</em></p></div>
<p class="text-right"><strong>Bộ phận Nuôi dưỡng</strong></p>
</div></div>"""
    return page(request, f"{title} - {SITE_NAME}", [("Thực đơn của bé", "/thuc-don/"), (title, f"/thuc-don/{alias}.html")], main)


def _menus(request: Request) -> Response:
    lis = "".join(
        f'<li><em class="fa fa-cutlery"></em> <a href="/thuc-don/{alias}.html">{esc(title)}</a> <span class="text-muted">{esc(week)}</span></li>'
        for alias, (title, week, _p, _r) in MENUS.items()
    )
    main = f'<div class="mn-box"><div class="panel-body"><h2 class="mn-ribbon">Thực đơn của bé</h2><ul class="list-none">{lis}</ul></div></div>'
    return page(request, f"Thực đơn của bé - {SITE_NAME}", [("Thực đơn của bé", "/thuc-don/")], main)


def _about(request: Request) -> Response:
    main = """<div class="page panel panel-default mn-box"><div class="panel-body">
<h1 class="title margin-bottom-lg">Giới thiệu chung</h1>
<div class="bodytext">
<p>Trường Mầm non Sao Mai được thành lập theo Quyết định số 512/QĐ-UB ngày 15/8/1998 của UBND thị xã Vĩnh Yên (nay là thành phố Vĩnh Yên).</p>
<p>Nhà trường có khuôn viên rộng gần 5.000 m², 18 phòng học kiên cố, bếp ăn một chiều, phòng âm nhạc, phòng thể chất và sân chơi ngoài trời với nhiều đồ chơi hiện đại.</p>
<p>Năm 2023, nhà trường được công nhận đạt chuẩn Quốc gia mức độ 2 và Kiểm định chất lượng giáo dục cấp độ 3.</p>
</div></div></div>"""
    return page(request, f"Giới thiệu chung - {SITE_NAME}", [("Giới thiệu", "/about/gioi-thieu-chung.html")], main)


def _contact(request: Request) -> Response:
    main = """<div class="mn-box"><div class="panel-body">
<h2 class="mn-ribbon">Liên hệ</h2>
<div class="row"><div class="col-md-12"><p><strong>Trường Mầm non Sao Mai</strong></p>
<p>Địa chỉ: Số 15, đường Lê Xoay, phường Liên Bảo, thành phố Vĩnh Yên, tỉnh Vĩnh Phúc</p>
<p>Điện thoại: 0211.3862.468</p><p>Email: mnsaomai.vy@vinhphuc.edu.vn</p></div>
<div class="col-md-12"><form action="/contact/" method="post" class="form-horizontal" onsubmit="return nv_validForm(this);">
<input type="text" name="ftitle" class="form-control" placeholder="Tiêu đề"><input type="text" name="fname" class="form-control" placeholder="Họ và tên">
<input type="email" name="femail" class="form-control" placeholder="Email"><textarea name="fcon" class="form-control" placeholder="Nội dung"></textarea>
<input type="submit" class="btn btn-primary" value="Gửi thư"></form></div></div>
</div></div>"""
    return page(request, f"Liên hệ - {SITE_NAME}", [("Liên hệ", "/contact/")], main)


def _tag(request: Request, tag: str) -> Response:
    stories = [s for s in ORDERED if tag in s.opts.get("tags", [])]
    main = f"""<div class="mn-ribbon-wrap"><h2 class="mn-ribbon">Từ khóa: {esc(TAGS[tag])}</h2></div>
<div class="news_column"><div class="panel panel-default mn-box"><div class="panel-body">
<ul class="related list-items">{_list_rows(stories)}</ul></div></div></div>"""
    return page(request, f"{TAGS[tag]} - Tin tức - {SITE_NAME}", [("Tin tức", "/news/"), (TAGS[tag], f"/news/tag/{tag}")], main)


# --- routing --------------------------------------------------------------------------------

_ARTICLE = re.compile(r"/news/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html")
_PRINT = re.compile(r"/news/print/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html")
_OP = re.compile(r"([a-z0-9-]+)/([a-z0-9-]+)-(\d+)(\.html)?")


def _find(cat: str, alias: str, sid: str) -> Story | None:
    story = BY_ID.get(int(sid))
    if story is None or story.slug != alias:
        return None
    if cat != story.cat and cat not in story.opts.get("also", []):
        return None
    return story


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/index.php":
            return self._legacy(request)
        if path.startswith(("/uploads/", "/assets/", "/themes/")) or path == "/favicon.ico":
            if path.endswith(".pdf") and path.startswith("/uploads/news/"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if path.startswith("/uploads/news/voices/"):
                return None
            return static_file(path)
        if path == "/":
            return _home(request)
        if m := _PRINT.fullmatch(path):
            story = _find(*m.groups())
            return _print_view(request, story) if story else None
        if m := _ARTICLE.fullmatch(path):
            story = _find(*m.groups())
            return _article(request, story, m.group(1)) if story else None
        if m := re.fullmatch(r"/news/(?:page-(\d+))?", path):
            n = int(m.group(1) or 1)
            if m.group(1) == "1":
                return redirect("/news/", 301)
            return _listing(request, "Tin tức", "/news/", ORDERED, MAIN_PER_PAGE, n, [("Tin tức", "/news/")])
        if m := re.fullmatch(r"/news/([a-z0-9-]+)(/(?:page-(\d+))?)?", path):
            cat, slash, num = m.groups()
            if cat == "tag" or cat not in CATS:
                return None
            if not slash or num == "1":
                return redirect(f"/news/{cat}/", 301)
            return _listing(request, CATS[cat], f"/news/{cat}/", cat_members(cat), CAT_PER_PAGE, int(num or 1),
                            [("Tin tức", "/news/"), (CATS[cat], f"/news/{cat}/")])
        if m := re.fullmatch(r"/news/tag/([a-z0-9-]+)", path):
            return _tag(request, m.group(1)) if m.group(1) in TAGS else None
        if path == "/albums/":
            return _albums(request)
        if m := re.fullmatch(r"/albums/([a-z0-9-]+)-(\d+)\.html", path):
            album = ALBUMS.get(int(m.group(2)))
            return _album(request, int(m.group(2))) if album and album[0] == m.group(1) else None
        if path == "/thuc-don/":
            return _menus(request)
        if m := re.fullmatch(r"/thuc-don/([a-z0-9-]+)\.html", path):
            return _menu_page(request, m.group(1)) if m.group(1) in MENUS else None
        if path == "/about/gioi-thieu-chung.html":
            return _about(request)
        if path == "/contact/":
            return _contact(request)
        return None

    def _legacy(self, request: Request) -> Response | None:
        params = request.params
        if not params:
            return _home(request)
        if params.get("nv") != "news":
            return None
        op = params.get("op", "")
        if not op:
            return redirect("/news/", 301)
        m = _OP.fullmatch(op)
        if not m:
            return None
        story = _find(m.group(1), m.group(2), m.group(3))
        if story is None:
            return None
        if "language" in params:
            # NukeViet 4 sends the long form to its rewritten URL
            return redirect(article_path(story, m.group(1)), 301)
        # the NukeViet 3 form, without language: still answered in place
        return _article(request, story, m.group(1))


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------

LEGACY_200 = {169: "/index.php?nv=news&op=goc-phu-huynh/cha-me-nen-lam-gi-khi-tre-bieng-an-169"}
LEGACY_301 = {
    158: "/index.php?language=vi&nv=news&op=tin-tuc-su-kien/"
    "tap-huan-ky-nang-so-cap-cuu-ban-dau-cho-can-bo-giao-vien-nhan-vien-158.html"
}


def _alt_paths(story: Story) -> list[str]:
    alts = [print_path(story)]
    alts += [article_path(story, c) for c in story.opts.get("also", [])]
    if story.id in LEGACY_200:
        alts.append(LEGACY_200[story.id])
    if story.id in LEGACY_301:
        alts.append(LEGACY_301[story.id])
    return alts


GOLD = [
    gold_record(story, article_path(story), CATS[story.cat], alt_paths=_alt_paths(story))
    for story in ORDERED
]

NON_ARTICLES = [
    "/about/gioi-thieu-chung.html",
    "/contact/",
    "/albums/ngay-hoi-tri-an-thay-co-20-11-5.html",
    "/albums/be-tham-quan-trang-trai-rau-sach-4.html",
    "/thuc-don/thuc-don-tuan-1-thang-12-2026.html",
    "/thuc-don/thuc-don-tuan-4-thang-11-2026.html",
]
