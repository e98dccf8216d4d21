"""Trường Mầm non Hoa Sen (thành phố Bảo Lộc, tỉnh Lâm Đồng): Joomla 3.9 with a vendor template.

Platform
--------
Joomla! 3.9 with SEF URLs ("index.php" kept, no URL rewriting) and a custom template sold by a
local web vendor ("mn_hoasen_tdw": no Gantry, Bootstrap 2 from media/jui, module positions
named in Vietnamese: ``vitri-dautrang``, ``vitri-menungang``, ``cot-trai``, ``cot-phai``,
``vitri-chantrang``). Articles are typed in JCE, most of them pasted from Word (MsoNormal
paragraphs, ``<o:p>``, conditional comments, an in-body ``<style>`` block, Word list markers).
Content plugins: Simple Image Gallery (``{gallery}`` → ``sigFreeContainer``), the core
pagebreak plugin, the core email cloaking plugin, and the vendor's "Bài viết mới hơn / Bài
viết cũ hơn" plugin that appends two lists to the article's text.

URL scheme
----------
- ``/`` (also ``/index.php``): the home menu item, com_content *featured* view (3 articles
  with intro text) and the home modules (a "Góc phụ huynh" block linking with non-SEF URLs).
- ``/index.php/<menu-alias>`` and ``/index.php/<menu-alias>?start=<n>``: category listings.
  ``tin-tuc-thong-bao`` is a *blog* (1 leading + 1 intro item a page, "Trang 1 của 4");
  ``hoat-dong-chuyen-mon`` a blog (1 + 1 a page, 2 "Các bài viết khác" links, 2 pages);
  ``goc-phu-huynh`` and ``van-ban`` the *list* layout (a table, a filter form posting back).
  The pagination's link back to page 1 is ``?limitstart=0`` (a Joomla 3 quirk).
- ``/index.php/<menu-alias>/<id>-<alias>``: an article (the gold path).
- ``/index.php?option=com_content&view=article&id=<id>&catid=<n>&Itemid=<n>``: the same article
  (served for every article; linked from the home page's "Góc phụ huynh" module).
- ``/index.php/component/content/article/<id>-<alias>?catid=<n>&Itemid=101``: the same article
  as linked from the tag pages ``/index.php/component/tags/tag/<id>-<alias>``.
- ``/index.php/hoat-dong-chuyen-mon/<id>-<alias>?tmpl=component&print=1&layout=default``: the
  print view ("In bài viết" in the icons drop-down of that category only).
- ``…?start=1`` / ``…?showall=1``: page 2 / all pages of the article split by the pagebreak
  plugin (id 147).
- Non-articles: ``/index.php/gioi-thieu`` (single-article menu item), ``/index.php/lien-he``
  (com_contact), ``/index.php/thu-vien-anh`` (album: a gallery in the article layout),
  ``/index.php/van-ban/<id>-<alias>`` (document entries in the article layout, PDF attached).
- Images under ``/images/…``, gallery thumbnails under ``/cache/jw_sig/…``, template files.

Page templates
--------------
Every page: header with the day ("Thứ Bảy, 05/12/2026"), banner, the horizontal menu with
drop-downs (``nav menu mod-list`` / ``nav-child``), search box, breadcrumbs ("Bạn đang ở:"),
left column "Tin mới cập nhật" (mod_articles_latest, 5 items) and "Đọc nhiều nhất"
(mod_articles_popular, 4 items), right column "Liên kết website" (a select), video, visitor
counter (Vinaora: Đang online / Hôm nay / Hôm qua / Tổng truy cập), footer with address.
Article page: ``<h1>`` page heading of the menu item, ``div.item-page`` with ``h2[itemprop=
headline]``, ``dl.article-info`` (Viết bởi / Danh mục / Được viết / Ngày đăng / Cập nhật / Lượt
xem), optional full-text image, ``div[itemprop=articleBody]``, tags ("Từ khóa:"), share bar,
``ul.pager.pagenav`` (only in the categories with navigation).

How each gold article is reached
--------------------------------
- 148, 146: Tin tức page 1 (also "Tin mới"); 146 and 143 and 141 are featured on the home page.
- 143, 139: Tin tức page 2 (``?start=2``); 134, 129: page 3; 121: page 4 only — 139, 134, 129
  and 121 are reachable only from page 2+ of that listing (no pagenav, no lists, not in any
  module, not tagged).
- 147, 141: Hoạt động chuyên môn page 1; 131: page 2, the "Các bài viết khác" links of page 1
  and the newer/older lists of 147 and 141.
- 149, 144, 137: Góc phụ huynh list (one page), home module (non-SEF URLs); 144, 137 also
  from the tag "Dinh dưỡng".

Traps
-----
1. Headline vs page heading: the vendor's article template prints the *menu item's* page
   heading as the page's only ``<h1>`` ("Tin tức - Thông báo"); the headline is the ``<h2
   itemprop="headline">``. ``<title>`` is "<headline> - MN Hoa Sen". Gold title: the h2.
2. Four URLs of one article: SEF, non-SEF ``option=com_content&view=article&id=…``, the tag
   pages' ``component/content/article/<id>-<alias>?catid=…&Itemid=101`` and (one category) the
   print view. No ``rel=canonical`` anywhere; ``og:url`` and ``<base href>`` echo the URL that
   was requested, so they do not tell the duplicates apart. Gold: the SEF path, the others in
   ``alt_paths``.
3. Three dates in the info block: "Được viết" (created, earlier: drafted the evening before),
   "Ngày đăng" (publish_up) and "Cập nhật mới nhất" (modified, later). Gold: "Ngày đăng". The
   vendor's override prints the ``<time datetime>`` attributes in UTC ("…T09:10:00+00:00"):
   the same instant; for id 121, published at local midnight ("… 2026 00:00"), the UTC attribute
   falls on the previous day (2026-10-14T17:00:00+00:00). Gold: the local day alone,
   "2026-10-15" (midnight is a day without a time).
4. Simple Image Gallery inside the text (146): each thumbnail is a ``transparent.gif`` spacer
   whose picture is a CSS ``background-image`` in ``/cache/jw_sig/``; the photo itself is only
   the ``<a class="sigFreeLink" href>`` around it. alt/title "Nhấp để xem ảnh lớn IMG_2041.jpg"
   is a file name, not a caption; the ``sigFreePrintMessage`` ("Xem thư viện ảnh trực tuyến
   tại: <url>") is not text. Gold: the four full-size hrefs, caption None, in order.
5. The vendor plugin's "Bài viết mới hơn:" / "Bài viết cũ hơn:" lists are appended *inside*
   ``div[itemprop=articleBody]``, after the byline (categories Hoạt động chuyên môn and Góc phụ
   huynh). Not body.
6. Word paste (143, 131, 137, 148): an in-body ``<style>`` block with Word's CSS and
   ``<!--[if gte mso 9]><xml>`` comments (no text), ``&nbsp;`` spacer paragraphs (no text),
   ``mso-list:Ignore`` list markers ("·" in the Symbol font, "1.", "2." …) that are no text:
   gold list items start at their words.
7. Pictures pasted from Word that point to the editor's own disk (``file:///C:/DOCUME~1/…/
   msohtmlclip1/01/clip_image003.jpg`` inside ``<!--[if !vml]-->``, 143): not the article's
   photos (nothing is served there). Gold: left out of ``images``.
8. Captions in a Word layout table (143): a 1-column ``MsoTableGrid`` with the picture in one
   row and the italic caption in the next. Gold: an image with that caption, the caption row is
   not a body paragraph — unlike the real data tables of 141 and 144, whose rows ARE body
   paragraphs ("cells | joined").
9. Email cloaking (149): the paragraph's e-mail address is replaced by the cloak plugin's
   ``<span id="cloak…">Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần
   kích hoạt JavaScript để xem nó.</span><script>…</script>``. Gold: the paragraph as served
   without scripts, i.e. ending with the notice sentence; no script text.
10. Pagebreak plugin (147): the article is split in two pages with a "Mục lục bài viết" box
   (links to page 1, ``?start=1`` and ``?showall=1`` "Tất cả các trang"), a "Trang 1 của 2"
   counter and "Trang trước / Trang sau" links; page 2 carries the second photo and the byline.
   Gold: the whole article (both pages) under the SEF path; ``?start=1`` and ``?showall=1`` in
   alt_paths; the box, the counter and the links are not text.
11. Bylines: "Viết bởi Quản trị Website" in the info block and ``<meta name="author">`` are the
   CMS account (nobody); the real author signs at the end ("Người viết: …", "Tin, ảnh: …",
   "Tin: … - Ảnh: …", a unit "Tổ Văn phòng", "ThS. …"). In 141 the info block prints the
   *created_by_alias* "Viết bởi Tổ chuyên môn Mẫu giáo": a unit signing, gold author as printed.
12. An official notice (148) pasted as a Word document: letterhead table, "Số: 58/TB-MNHS",
   "Bảo Lộc, ngày 01 tháng 12 năm 2026", "THÔNG BÁO / Về việc …", then "Nơi nhận" and the
   signer. Gold: date 2026-12-01 (letterhead, not "Ngày đăng" 02/12), author the signer.
13. Encodings: 139 is stored with JCE's entity encoding (every second non-ASCII character as
   ``&agrave;``/``&#7897;``), 149 was typed in decomposed Unicode (Unikey "Unicode tổ hợp")
   including its headline. Gold: NFC text. 139's headline has "GD&ĐT" (``GD&amp;ĐT``).
14. Full-text image (146): Joomla's "Full article image" is printed between the info block and
   the text, outside ``articleBody``; the listing shows a different "Intro image" thumbnail.
   Gold: the full-text image is the article's first photo (caption None); the intro image is
   not on the article page.
15. Pages in the article layout that are not articles: the intro page "Giới thiệu", the album
   "Thư viện ảnh" and two document entries (h2 headline, info block, a PDF line).

Gold decisions on ambiguous points
----------------------------------
- The gold reads the page as served, without running scripts (trap 9).
- A bold first paragraph is the sapo (146, 134, 147, 144); the others have none.
- ``<br>`` inside a paragraph (134) splits it: two gold paragraphs.
- Headings inside the text (149, 137) are paragraphs. List items are paragraphs.
- "Ảnh: Vũ Minh Khoa" under a photo (134): photographer, caption None. A caption printed in
  parentheses (131) loses them.
- "Nguồn: Ban Nữ công Công đoàn trường" (129) and "Theo Viện Dinh dưỡng Quốc gia" (144): source.
- The notice's letterhead, "THÔNG BÁO", "Về việc …", "Nơi nhận" block and signature are not body.
- Category: the menu/breadcrumb name ("Tin tức - Thông báo", "Hoạt động chuyên môn",
  "Góc phụ huynh").
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from dataclasses import dataclass

from crawler.demo.server import Request, Response
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

NAME = "joomla3_vn_vendor_template_mamnon"
PLATFORM = "Joomla 3.9 (com_content blog/list layouts, vendor template, JCE, Simple Image Gallery)"
START_PATH = "/"

SITE = "Trường Mầm non Hoa Sen"
SHORT = "MN Hoa Sen"
TPL = "/templates/mn_hoasen_tdw"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
MEDIA_V = "8f3c2a9d1b7e6f40a5c3d2e1f0b9a8c7"
HOME_ITEMID = 101
CLOAK = "Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần kích hoạt JavaScript để xem nó."

#: the pagebreak plugin's marker inside an article's blocks (split point of its pages)
PAGEBREAK = Raw('<hr class="system-pagebreak" title="Hoạt động mẫu" alt="Hoạt động mẫu" />')


@dataclass(frozen=True)
class Cat:
    alias: str
    name: str
    catid: int
    itemid: int
    layout: str  # "blog" or "list"
    per_page: int = 2
    links: int = 0
    nav: bool = False  # pagenav + newer/older lists
    print_icon: bool = False
    parent: str | None = None  # a menu separator above it (breadcrumb without link)


CATS = {
    c.alias: c
    for c in (
        Cat("tin-tuc-thong-bao", "Tin tức - Thông báo", 8, 102, "blog", per_page=2),
        Cat(
            "hoat-dong-chuyen-mon", "Hoạt động chuyên môn", 9, 105, "blog", per_page=2, links=2,
            nav=True, print_icon=True, parent="Chuyên môn",
        ),
        Cat("goc-phu-huynh", "Góc phụ huynh", 10, 107, "list", per_page=10, nav=True),
        Cat("van-ban", "Văn bản - Kế hoạch", 11, 106, "list", per_page=10, parent="Chuyên môn"),
    )
}

TAGS = {
    "3-le-hoi-su-kien": ("Lễ hội - Sự kiện", (146, 143)),
    "5-dinh-duong": ("Dinh dưỡng", (144, 137)),
}


# --- Word / JCE markup pieces ---------------------------------------------------------------

WORD_STYLE = """<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Normal</w:View>
  <w:Zoom>0</w:Zoom>
  <w:TrackMoves/>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>
  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>
  <w:LidThemeOther>VI</w:LidThemeOther>
  <w:LidThemeAsian>X-NONE</w:LidThemeAsian>
  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:roman;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	margin:0cm;
	margin-bottom:.0001pt;
	font-size:14.0pt;
	font-family:"Times New Roman","serif";
	mso-fareast-language:EN-US;}
 p.MsoListParagraph
	{mso-style-priority:34;
	margin-left:36.0pt;
	mso-add-space:auto;}
 table.MsoNormalTable
	{mso-style-name:"Table Normal";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;}
-->
</style>
"""

WORD_SPACER = Raw('<p class="MsoNormal" style="text-align: justify;"><span lang="VI" style="font-size: 14.0pt;">&nbsp;<o:p></o:p></span></p>')

CLIP_IMAGE = Raw(
    '<p class="MsoNormal" style="text-align: center;" align="center"><!--[if gte vml 1]><v:shape id="Picture_x0020_4"'
    ' o:spid="_x0000_i1026" type="#_x0000_t75" style="width:451.5pt;height:300.75pt;visibility:visible">'
    '<v:imagedata src="file:///C:/DOCUME~1/ADMIN/LOCALS~1/Temp/msohtmlclip1/01/clip_image003.jpg" o:title=""/>'
    "</v:shape><![endif]--><!--[if !vml]--><img width=\"602\" height=\"401\""
    ' src="file:///C:/DOCUME~1/ADMIN/LOCALS~1/Temp/msohtmlclip1/01/clip_image003.jpg"'
    ' v:shapes="Picture_x0020_4" /><!--[endif]--><span lang="VI" style="font-size: 14.0pt;"><o:p></o:p></span></p>'
)


def right(line: str, tag: str = "strong") -> Raw:
    """A closing line aligned right, as JCE writes it."""
    return Raw(f'<p style="text-align: right;"><{tag}>{esc(line)}</{tag}></p>')


def word_right(line: str) -> Raw:
    return Raw(
        '<p class="MsoNormal" style="text-align: right;" align="right"><b><i><span lang="VI"'
        f' style="font-size: 14.0pt; font-family: \'Times New Roman\',\'serif\';">{esc(line)}<o:p></o:p>'
        "</span></i></b></p>"
    )


# --- the stories ----------------------------------------------------------------------------

NOTICE_HEAD = Raw(
    '<table class="MsoNormalTable" style="width: 100%; border-collapse: collapse;" border="0" cellspacing="0" cellpadding="0">'
    "<tbody>"
    '<tr><td style="width: 40%; padding: 0cm 5.4pt;" valign="top"><p class="MsoNormal" align="center" style="text-align:center">'
    '<span lang="VI" style="font-size:13.0pt">UBND THÀNH PHỐ BẢO LỘC</span></p></td>'
    '<td style="width: 60%; padding: 0cm 5.4pt;" valign="top"><p class="MsoNormal" align="center" style="text-align:center">'
    '<b><span lang="VI" style="font-size:13.0pt">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</span></b></p></td></tr>'
    '<tr><td style="padding: 0cm 5.4pt;" valign="top"><p class="MsoNormal" align="center" style="text-align:center">'
    '<b><span lang="VI" style="font-size:13.0pt">TRƯỜNG MẦM NON HOA SEN</span></b></p></td>'
    '<td style="padding: 0cm 5.4pt;" valign="top"><p class="MsoNormal" align="center" style="text-align:center">'
    '<b><u><span lang="VI" style="font-size:14.0pt">Độc lập - Tự do - Hạnh phúc</span></u></b></p></td></tr>'
    '<tr><td style="padding: 0cm 5.4pt;" valign="top"><p class="MsoNormal" align="center" style="text-align:center">'
    '<span lang="VI" style="font-size:13.0pt">Số: 58/TB-MNHS</span></p></td>'
    '<td style="padding: 0cm 5.4pt;" valign="top"><p class="MsoNormal" align="center" style="text-align:center">'
    '<i><span lang="VI" style="font-size:14.0pt">Bảo Lộc, ngày 01 tháng 12 năm 2026</span></i></p></td></tr>'
    "</tbody></table>"
    '<p class="MsoNormal" align="center" style="text-align:center"><span lang="VI">&nbsp;<o:p></o:p></span></p>'
    '<p class="MsoNormal" align="center" style="text-align:center"><b><span lang="VI" style="font-size:14.0pt">THÔNG BÁO<o:p></o:p></span></b></p>'
    '<p class="MsoNormal" align="center" style="text-align:center"><b><span lang="VI" style="font-size:14.0pt">'
    "Về việc nghỉ Tết Dương lịch năm 2027 và kế hoạch đón trẻ sau kỳ nghỉ<o:p></o:p></span></b></p>"
    '<p class="MsoNormal" align="center" style="text-align:center"><span lang="VI">_______________<o:p></o:p></span></p>'
)

NOTICE_FOOT = Raw(
    '<table class="MsoNormalTable" style="width: 100%; border-collapse: collapse;" border="0" cellspacing="0" cellpadding="0">'
    '<tbody><tr><td style="width: 50%; padding: 0cm 5.4pt;" valign="top">'
    '<p class="MsoNormal"><b><i><span lang="VI" style="font-size:12.0pt">Nơi nhận:</span></i></b></p>'
    '<p class="MsoNormal"><span lang="VI" style="font-size:11.0pt">- Phòng GD&amp;ĐT (b/c);</span></p>'
    '<p class="MsoNormal"><span lang="VI" style="font-size:11.0pt">- CB, GV, NV nhà trường;</span></p>'
    '<p class="MsoNormal"><span lang="VI" style="font-size:11.0pt">- Phụ huynh (t/b);</span></p>'
    '<p class="MsoNormal"><span lang="VI" style="font-size:11.0pt">- Lưu: VT.</span></p></td>'
    '<td style="width: 50%; padding: 0cm 5.4pt;" valign="top">'
    '<p class="MsoNormal" align="center" style="text-align:center"><b><span lang="VI" style="font-size:14.0pt">HIỆU TRƯỞNG</span></b></p>'
    '<p class="MsoNormal" align="center" style="text-align:center"><i><span lang="VI" style="font-size:13.0pt">(Đã ký)</span></i></p>'
    '<p class="MsoNormal" align="center" style="text-align:center"><span lang="VI">&nbsp;</span></p>'
    '<p class="MsoNormal" align="center" style="text-align:center"><b><span lang="VI" style="font-size:14.0pt">Nguyễn Thị Minh Tâm</span></b></p>'
    "</td></tr></tbody></table>"
)

STORIES: list[Story] = [
    # ---- Tin tức - Thông báo (blog, 2 a page: 4 pages) ----
    Story(
        148, "thong-bao-lich-nghi-tet-duong-lich-nam-2027",
        "Thông báo lịch nghỉ Tết Dương lịch năm 2027", "tin-tuc-thong-bao", "2026-12-01",
        [
            Raw(WORD_STYLE),
            NOTICE_HEAD,
            P("Căn cứ Công văn số 1425/PGDĐT-VP ngày 27/11/2026 của Phòng Giáo dục và Đào tạo thành phố Bảo Lộc về việc nghỉ Tết Dương lịch năm 2027;"),
            P("Căn cứ tình hình thực tế của đơn vị, Trường Mầm non Hoa Sen thông báo đến toàn thể cán bộ, giáo viên, nhân viên và quý phụ huynh lịch nghỉ Tết Dương lịch năm 2027 như sau:"),
            P("1. Thời gian nghỉ: từ thứ Sáu ngày 01/01/2027 đến hết Chủ nhật ngày 03/01/2027 (03 ngày)."),
            P("2. Thời gian đón trẻ trở lại: 6 giờ 30 phút sáng thứ Hai, ngày 04/01/2027."),
            P("3. Trước khi nghỉ, các nhóm, lớp tổng vệ sinh phòng học, kiểm tra và ngắt điện các thiết bị; bộ phận bảo vệ trực 24/24 giờ, bảo đảm an toàn tài sản nhà trường trong những ngày nghỉ."),
            P("4. Bộ phận cấp dưỡng không nhận thực phẩm tươi sống trong ngày 31/12/2026; thực đơn tuần đầu tiên của năm 2027 được niêm yết tại bảng tin của trường."),
            P("Kính đề nghị quý phụ huynh quan tâm, chăm sóc và giữ an toàn cho các cháu trong những ngày nghỉ, hạn chế cho trẻ đến nơi đông người, giữ ấm cơ thể khi thời tiết Bảo Lộc về đêm trở lạnh."),
            WORD_SPACER,
            NOTICE_FOOT,
        ],
        authors=["Nguyễn Thị Minh Tâm"],
        opts={"pub": "2026-12-02 08:00", "created": "2026-12-01 16:45", "modified": "2026-12-02 08:05",
              "hits": 318, "style": "word"},
    ),
    Story(
        146, "truong-mam-non-hoa-sen-to-chuc-hoi-thi-be-kheo-tay-nam-hoc-2026-2027",
        "Trường Mầm non Hoa Sen tổ chức Hội thi “Bé khéo tay” năm học 2026 – 2027",
        "tin-tuc-thong-bao", "2026-11-28T16:10:00+07:00",
        [
            Img("/images/bai-viet/2026/11/be-kheo-tay-toan-canh.jpg", None, None, "fulltext"),
            P("Nhằm giúp trẻ phát triển sự khéo léo của đôi bàn tay, khả năng sáng tạo và tình yêu với cái đẹp, chiều ngày 27/11/2026, Trường Mầm non Hoa Sen đã tổ chức Hội thi “Bé khéo tay” dành cho trẻ các lớp mẫu giáo Nhỡ và mẫu giáo Lớn.", "lead"),
            P("Tham gia hội thi có 96 cháu đến từ 8 lớp, mỗi lớp cử 12 cháu. Ở khối mẫu giáo Nhỡ, các bé thi xâu vòng tặng mẹ, nặn các loại quả và dán tranh từ lá cây khô; khối mẫu giáo Lớn thi làm đồ chơi từ vật liệu tái chế, cắt dán bưu thiếp và trang trí khung ảnh bằng hạt, vỏ sò, giấy màu."),
            P("Trong thời gian 30 phút, các bé say sưa, hào hứng thể hiện ý tưởng của mình. Từ những vỏ hộp sữa, chai nhựa, nắp chai tưởng chừng bỏ đi, các bé đã tạo nên những chiếc ô tô, con lật đật, chậu hoa ngộ nghĩnh, đầy màu sắc."),
            P("Ban giám khảo gồm đại diện Ban giám hiệu, tổ trưởng các tổ chuyên môn và đại diện Ban đại diện cha mẹ trẻ em đã đánh giá sản phẩm dựa trên các tiêu chí: tính sáng tạo, tính thẩm mỹ, kỹ năng sử dụng dụng cụ và khả năng giới thiệu sản phẩm của trẻ."),
            P("Kết quả, Ban tổ chức đã trao 2 giải Nhất, 4 giải Nhì, 6 giải Ba và nhiều giải Khuyến khích cho các tập thể và cá nhân. Lớp Lá 2 và lớp Chồi 3 đạt giải Nhất toàn đoàn."),
            P("Phát biểu bế mạc hội thi, cô Nguyễn Thị Minh Tâm, Hiệu trưởng nhà trường, ghi nhận sự chuẩn bị chu đáo của giáo viên các lớp và mong muốn phụ huynh tiếp tục đồng hành, cùng con làm đồ chơi tại nhà từ những vật liệu sẵn có."),
            P("Toàn bộ sản phẩm dự thi được trưng bày tại sảnh nhà trường đến hết ngày 05/12/2026 để phụ huynh và các bé cùng tham quan."),
            Img("/images/thuvien/be-kheo-tay-2026/IMG_2041.jpg", None, None, "sig"),
            Img("/images/thuvien/be-kheo-tay-2026/IMG_2047.jpg", None, None, "sig"),
            Img("/images/thuvien/be-kheo-tay-2026/IMG_2053.jpg", None, None, "sig"),
            Img("/images/thuvien/be-kheo-tay-2026/IMG_2060.jpg", None, None, "sig"),
            right("Tin, ảnh: Lê Thị Ngọc Hân"),
        ],
        authors=["Lê Thị Ngọc Hân"], photographers=["Lê Thị Ngọc Hân"],
        summary="Nhằm giúp trẻ phát triển sự khéo léo của đôi bàn tay, khả năng sáng tạo và tình yêu với cái đẹp, chiều ngày 27/11/2026, Trường Mầm non Hoa Sen đã tổ chức Hội thi “Bé khéo tay” dành cho trẻ các lớp mẫu giáo Nhỡ và mẫu giáo Lớn.",
        opts={"pub": "2026-11-28 16:10", "created": "2026-11-27 21:05", "modified": "2026-12-02 08:40",
              "hits": 876, "style": "jce", "featured": True,
              "intro_img": "/images/bai-viet/2026/11/be-kheo-tay-intro.jpg"},
    ),
    Story(
        143, "am-ap-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Ấm áp lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11", "tin-tuc-thong-bao",
        "2026-11-20T10:30:00+07:00",
        [
            Raw(WORD_STYLE),
            P("Sáng ngày 19/11/2026, trong không khí phấn khởi của những ngày tháng 11 lịch sử, Trường Mầm non Hoa Sen long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)."),
            P("Đến dự buổi lễ có ông Trần Văn Hùng, Phó Trưởng phòng Giáo dục và Đào tạo thành phố Bảo Lộc; đại diện lãnh đạo Đảng ủy, UBND Phường 1; Ban đại diện cha mẹ trẻ em cùng các thế hệ nhà giáo đã từng công tác tại trường."),
            P("Mở đầu chương trình là các tiết mục văn nghệ đặc sắc do cô và trẻ các lớp biểu diễn: múa “Cô giáo em là hoa ê-ti-ban”, tốp ca “Bông hồng tặng cô”, hoạt cảnh “Ngày đầu tiên đi học”… mang đến cho buổi lễ không khí tươi vui, đầm ấm."),
            Img("/images/tintuc/2026/11/20-11-van-nghe.jpg",
                "Tiết mục múa của các bé lớp Lá 1 chào mừng Ngày Nhà giáo Việt Nam",
                "Tiết mục múa của các bé lớp Lá 1 chào mừng Ngày Nhà giáo Việt Nam", "wordtable"),
            WORD_SPACER,
            P("Ôn lại truyền thống ngày 20/11, cô Nguyễn Thị Minh Tâm, Hiệu trưởng nhà trường, điểm lại những kết quả nổi bật của năm học 2025 – 2026: nhà trường duy trì đạt chuẩn quốc gia mức độ 2, 100% trẻ được nuôi dưỡng, chăm sóc an toàn; tỷ lệ trẻ suy dinh dưỡng thể thấp còi giảm xuống còn 1,2%; có 5 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp thành phố."),
            P("Nhân dịp này, nhà trường đã trao Giấy khen của Chủ tịch UBND thành phố Bảo Lộc cho 3 tập thể lớp và 7 cá nhân có thành tích xuất sắc; đồng thời tặng quà tri ân các cô giáo đã nghỉ hưu."),
            CLIP_IMAGE,
            Img("/images/tintuc/2026/11/20-11-khen-thuong.jpg",
                "Ông Trần Văn Hùng trao Giấy khen cho các tập thể, cá nhân",
                "Ông Trần Văn Hùng trao Giấy khen cho các tập thể, cá nhân", "wordtable"),
            P("Thay mặt lãnh đạo ngành, ông Trần Văn Hùng ghi nhận, biểu dương những nỗ lực của tập thể cán bộ, giáo viên, nhân viên nhà trường và mong muốn mỗi thầy cô tiếp tục giữ vững lòng yêu nghề, mến trẻ, không ngừng học hỏi, đổi mới phương pháp chăm sóc, giáo dục trẻ."),
            P("Buổi lễ khép lại trong những bó hoa tươi thắm và lời chúc mừng chân thành của phụ huynh và các bé dành cho các cô giáo."),
            WORD_SPACER,
            word_right("Người viết: Phạm Thị Thanh Thủy - Tổ Văn phòng"),
        ],
        authors=["Phạm Thị Thanh Thủy"],
        opts={"pub": "2026-11-20 10:30", "created": "2026-11-19 20:12", "modified": "2026-11-21 07:55",
              "hits": 1204, "style": "word", "featured": True},
    ),
    Story(
        139, "doan-kiem-tra-cua-phong-gd-dt-thanh-pho-bao-loc-kiem-tra-cong-tac-ban-tru-tai-truong",
        "Đoàn kiểm tra của Phòng GD&ĐT thành phố Bảo Lộc kiểm tra công tác bán trú tại trường",
        "tin-tuc-thong-bao", "2026-11-12T14:45:00+07:00",
        [
            P("Chiều ngày 11/11/2026, đoàn kiểm tra của Phòng Giáo dục và Đào tạo thành phố Bảo Lộc do bà Hoàng Thị Lan, chuyên viên phụ trách bậc học mầm non, làm trưởng đoàn đã đến kiểm tra công tác tổ chức bán trú tại Trường Mầm non Hoa Sen."),
            P("Đoàn đã kiểm tra hồ sơ quản lý bán trú, sổ giao nhận thực phẩm, sổ kiểm thực ba bước và lưu mẫu thức ăn 24 giờ; đồng thời trực tiếp kiểm tra khu vực bếp ăn một chiều, kho bảo quản thực phẩm và quy trình chia ăn tại các lớp."),
            Img("/images/tintuc/2026/11/kiem-tra-ban-tru.jpg",
                "Đoàn kiểm tra làm việc tại khu vực bếp ăn của nhà trường",
                "Đoàn kiểm tra làm việc tại khu vực bếp ăn của nhà trường", "center"),
            P("Hiện nay, nhà trường tổ chức bán trú cho 312 trẻ với mức ăn 28.000 đồng/trẻ/ngày. Thực phẩm được hợp đồng với các cơ sở có giấy chứng nhận đủ điều kiện an toàn thực phẩm; rau xanh được lấy từ hợp tác xã rau an toàn Lộc Châu."),
            P("Qua kiểm tra, đoàn đánh giá cao việc xây dựng thực đơn theo mùa, cân đối các nhóm chất, phù hợp với độ tuổi; bếp ăn sạch sẽ, đồ dùng được sắp xếp khoa học. Đoàn cũng đề nghị nhà trường tiếp tục cập nhật phần mềm dinh dưỡng và bổ sung tủ lưu mẫu thức ăn cho điểm lẻ."),
            P("Tiếp thu ý kiến của đoàn, cô Hiệu trưởng Nguyễn Thị Minh Tâm cho biết nhà trường sẽ khắc phục những tồn tại trong tháng 11 và tiếp tục phối hợp chặt chẽ với phụ huynh trong việc giám sát bữa ăn của trẻ."),
            right("Tổ Văn phòng"),
        ],
        authors=["Tổ Văn phòng"],
        opts={"pub": "2026-11-12 14:45", "created": "2026-11-12 11:02", "modified": "2026-11-12 14:50",
              "hits": 412, "style": "entities"},
    ),
    Story(
        134, "ngay-hoi-be-voi-an-toan-giao-thong",
        "Ngày hội “Bé với an toàn giao thông”", "tin-tuc-thong-bao", "2026-10-30T08:20:00+07:00",
        [
            P("Sáng 29/10/2026, Trường Mầm non Hoa Sen phối hợp với Đội Cảnh sát giao thông – Trật tự Công an thành phố Bảo Lộc tổ chức Ngày hội “Bé với an toàn giao thông” cho gần 300 trẻ toàn trường.", "lead"),
            P("Tại ngày hội, các chiến sĩ cảnh sát giao thông đã hướng dẫn các bé nhận biết đèn tín hiệu, một số biển báo giao thông thường gặp và cách đi bộ qua đường an toàn cùng người lớn."),
            Img("/images/tintuc/2026/10/atgt-1.jpg", "Ảnh: Vũ Minh Khoa", None, "center"),
            P("Các bé hào hứng tham gia trò chơi “Đèn xanh, đèn đỏ”, thực hành đội mũ bảo hiểm đúng cách và ngồi ngay ngắn, bám chắc phía sau khi được bố mẹ chở bằng xe máy."),
            P("Khu vực sân trường được bố trí thành sa bàn giao thông thu nhỏ với vạch kẻ đường, biển báo, đèn tín hiệu; các bé lần lượt đóng vai người đi bộ, người điều khiển xe đạp, cảnh sát giao thông."),
            P("Nhà trường khuyến cáo quý phụ huynh:"),
            P("Luôn đội mũ bảo hiểm đạt chuẩn cho trẻ khi tham gia giao thông bằng xe máy, xe đạp điện; không để trẻ ngồi phía trước người điều khiển xe.", "br"),
            P("Thông qua ngày hội, nhà trường mong muốn hình thành ở trẻ ý thức chấp hành luật giao thông ngay từ nhỏ, để mỗi bé trở thành một “tuyên truyền viên nhỏ” nhắc nhở ông bà, bố mẹ đi đường an toàn."),
            right("Hoàng Thị Kim Oanh", "em"),
        ],
        authors=["Hoàng Thị Kim Oanh"], photographers=["Vũ Minh Khoa"],
        summary="Sáng 29/10/2026, Trường Mầm non Hoa Sen phối hợp với Đội Cảnh sát giao thông – Trật tự Công an thành phố Bảo Lộc tổ chức Ngày hội “Bé với an toàn giao thông” cho gần 300 trẻ toàn trường.",
        opts={"pub": "2026-10-30 08:20", "created": "2026-10-29 17:40", "modified": "2026-10-30 08:20",
              "hits": 389, "style": "jce"},
    ),
    Story(
        129, "chao-mung-ngay-phu-nu-viet-nam-20-10-be-lam-thiep-tang-ba-tang-me",
        "Chào mừng Ngày Phụ nữ Việt Nam 20/10: Bé làm thiệp tặng bà, tặng mẹ", "tin-tuc-thong-bao",
        "2026-10-20T09:15:00+07:00",
        [
            P("Hướng tới kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 – 20/10/2026), Công đoàn Trường Mầm non Hoa Sen đã tổ chức nhiều hoạt động thiết thực dành cho các cô giáo và các bé."),
            P("Trong tuần, các lớp tổ chức hoạt động “Bé làm thiệp tặng bà, tặng mẹ”. Với giấy màu, hồ dán, bút sáp và những bông hoa khô, các bé đã tự tay làm nên những tấm thiệp xinh xắn kèm lời chúc ngộ nghĩnh gửi đến bà, đến mẹ."),
            Img("/images/tintuc/2026/10/thiep-20-10.jpg", "Các bé lớp Mầm 2 khoe tấm thiệp tự làm",
                "Các bé lớp Mầm 2 khoe tấm thiệp tự làm", "center"),
            P("Chiều 19/10, Công đoàn nhà trường tổ chức hội thi cắm hoa nghệ thuật với chủ đề “Sắc màu phụ nữ Việt Nam” cho 6 tổ công đoàn. Mỗi tác phẩm là một câu chuyện về người phụ nữ Việt Nam đảm việc nước, giỏi việc nhà."),
            P("Kết thúc hội thi, giải Nhất thuộc về tổ Mẫu giáo Lớn với tác phẩm “Mẹ – Dòng sông yêu thương”; giải Nhì thuộc về tổ Nhà trẻ và tổ Văn phòng."),
            right("Nguồn: Ban Nữ công Công đoàn trường", "em"),
        ],
        source="Ban Nữ công Công đoàn trường",
        opts={"pub": "2026-10-20 09:15", "created": "2026-10-19 21:30", "modified": "2026-10-20 09:15",
              "hits": 502, "style": "jce"},
    ),
    Story(
        121, "dai-hoi-ban-dai-dien-cha-me-tre-em-nam-hoc-2026-2027",
        "Đại hội Ban đại diện cha mẹ trẻ em năm học 2026 – 2027", "tin-tuc-thong-bao", "2026-10-15",
        [
            P("Chiều ngày 14/10/2026, Trường Mầm non Hoa Sen tổ chức Đại hội Ban đại diện cha mẹ trẻ em năm học 2026 – 2027 với sự tham dự của 62 đại biểu là trưởng, phó ban đại diện cha mẹ trẻ các lớp."),
            P("Tại đại hội, đại diện Ban đại diện cha mẹ trẻ em nhiệm kỳ trước đã báo cáo kết quả hoạt động năm học 2025 – 2026, trong đó nổi bật là việc phối hợp cùng nhà trường cải tạo sân chơi cỏ nhân tạo, bổ sung đồ chơi ngoài trời và vận động trồng vườn rau cho bé."),
            P("Cô Nguyễn Thị Minh Tâm, Hiệu trưởng nhà trường, thông qua kế hoạch năm học 2026 – 2027 với các nhiệm vụ trọng tâm: nâng cao chất lượng bữa ăn bán trú, đẩy mạnh chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm”, tăng cường giáo dục kỹ năng sống và làm quen tiếng Anh cho trẻ 5 tuổi."),
            P("Đại hội đã thảo luận dân chủ, thẳng thắn và thống nhất bầu Ban đại diện cha mẹ trẻ em năm học 2026 – 2027 gồm 9 thành viên; ông Đặng Quốc Bảo, phụ huynh lớp Lá 3, được tín nhiệm bầu làm Trưởng ban."),
            P("Đại hội cũng thống nhất các khoản thu thỏa thuận theo đúng quy định của UBND tỉnh Lâm Đồng và quy chế công khai của nhà trường."),
        ],
        opts={"pub": "2026-10-15 00:00", "created": "2026-10-14 16:20", "modified": "2026-10-15 07:10",
              "hits": 355, "style": "jce"},
    ),
    # ---- Hoạt động chuyên môn (blog, 2 a page: 2 pages) ----
    Story(
        147, "chuyen-de-phat-trien-van-dong-cho-tre-mau-giao-cap-truong",
        "Chuyên đề “Phát triển vận động cho trẻ mẫu giáo” cấp trường", "hoat-dong-chuyen-mon",
        "2026-11-30T09:00:00+07:00",
        [
            P("Ngày 28/11/2026, Trường Mầm non Hoa Sen tổ chức chuyên đề “Phát triển vận động cho trẻ mẫu giáo” cấp trường với sự tham gia của toàn thể giáo viên các khối lớp và đại diện các trường mầm non trong cụm chuyên môn số 2.", "lead"),
            P("Chuyên đề được xây dựng từ thực tế: qua khảo sát đầu năm, vẫn còn 12% trẻ mẫu giáo Bé chưa đạt các chỉ số về vận động thô như bật xa, ném trúng đích, đi thăng bằng trên ghế thể dục."),
            P("Tổ chuyên môn đã đưa ra ba giải pháp trọng tâm: tổ chức hoạt động thể dục sáng theo nhạc thay đổi hằng tháng; tăng thời lượng chơi ngoài trời với các trò chơi dân gian; bổ sung đồ dùng vận động tự làm từ nguyên vật liệu sẵn có như lốp xe, ống nhựa, bao cát."),
            Img("/images/chuyenmon/2026/11/van-dong-1.jpg", "Giờ thể dục sáng của trẻ mẫu giáo Lớn",
                "Giờ thể dục sáng của trẻ mẫu giáo Lớn", "center"),
            PAGEBREAK,
            P("Tại chuyên đề, cô Trần Thị Bích Ngọc, giáo viên lớp Chồi 2, thực hiện hoạt động mẫu “Bật liên tục qua 5 vòng – Ném xa bằng một tay”. Tiết dạy được tổ chức theo hướng lấy trẻ làm trung tâm, trẻ được khởi động theo bài hát “Trời nắng, trời mưa”, sau đó tự khám phá cách bật qua các vòng đặt sát nhau."),
            P("Ở phần trò chơi củng cố “Chuyển bóng tiếp sức”, trẻ hào hứng thi đua theo đội, thể hiện tinh thần đồng đội và khả năng phối hợp vận động tốt."),
            Img("/images/chuyenmon/2026/11/van-dong-2.jpg",
                "Cô Trần Thị Bích Ngọc hướng dẫn trẻ bật liên tục qua vòng",
                "Cô Trần Thị Bích Ngọc hướng dẫn trẻ bật liên tục qua vòng", "center"),
            P("Trong phần thảo luận, giáo viên các trường trong cụm đã chia sẻ kinh nghiệm tổ chức góc vận động trong lớp, cách đánh giá sự tiến bộ của trẻ theo Bộ chuẩn phát triển trẻ em 5 tuổi."),
            P("Phát biểu kết luận, cô Võ Thị Hoài Thu, Phó Hiệu trưởng phụ trách chuyên môn, đề nghị các lớp đưa nội dung chuyên đề vào kế hoạch giáo dục hằng tháng, đồng thời phối hợp với phụ huynh khuyến khích trẻ vận động tại nhà, hạn chế cho trẻ xem điện thoại, ti vi."),
            right("Người viết: ThS. Võ Thị Hoài Thu"),
        ],
        authors=["Võ Thị Hoài Thu"],
        summary="Ngày 28/11/2026, Trường Mầm non Hoa Sen tổ chức chuyên đề “Phát triển vận động cho trẻ mẫu giáo” cấp trường với sự tham gia của toàn thể giáo viên các khối lớp và đại diện các trường mầm non trong cụm chuyên môn số 2.",
        opts={"pub": "2026-11-30 09:00", "created": "2026-11-29 15:30", "modified": "2026-11-30 09:12",
              "hits": 264, "style": "jce", "pages": ["Phát triển vận động cho trẻ", "Hoạt động mẫu"]},
    ),
    Story(
        141, "hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        "Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027", "hoat-dong-chuyen-mon",
        "2026-11-16T15:00:00+07:00",
        [
            P("Từ ngày 09/11 đến ngày 14/11/2026, Trường Mầm non Hoa Sen tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027. Đây là hoạt động thiết thực chào mừng Ngày Nhà giáo Việt Nam 20/11, đồng thời là dịp để giáo viên trao đổi, học tập kinh nghiệm lẫn nhau."),
            P("Hội thi có 14 giáo viên tham gia, mỗi giáo viên trải qua hai phần thi: phần thi kiến thức về Chương trình giáo dục mầm non và phần thi thực hành tổ chức một hoạt động giáo dục trên lớp."),
            Img("/images/chuyenmon/2026/11/gvdg-2026.jpg", None, None, "center"),
            P("Nhiều tiết dạy được đầu tư công phu, ứng dụng công nghệ thông tin hợp lý, sử dụng đồ dùng trực quan sinh động; giáo viên linh hoạt tạo tình huống để trẻ được trải nghiệm, khám phá."),
            P("Kết quả, có 9 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường, trong đó 3 giáo viên có điểm số cao nhất được chọn tham gia hội thi cấp thành phố:"),
            P("STT | Họ và tên | Lớp phụ trách | Điểm", "row"),
            P("1 | Trần Thị Bích Ngọc | Chồi 2 | 19,5", "row"),
            P("2 | Nguyễn Hoàng Yến | Lá 1 | 19,0", "row"),
            P("3 | Đỗ Thị Mỹ Linh | Mầm 3 | 18,75", "row"),
            P("Hội thi đã góp phần nâng cao chất lượng đội ngũ, tạo động lực để mỗi giáo viên không ngừng tự học, tự bồi dưỡng chuyên môn, nghiệp vụ."),
        ],
        authors=["Tổ chuyên môn Mẫu giáo"],
        opts={"pub": "2026-11-16 15:00", "created": "2026-11-15 10:20", "modified": "2026-11-17 08:00",
              "hits": 655, "style": "jce", "featured": True, "by": "Tổ chuyên môn Mẫu giáo"},
    ),
    Story(
        131, "sinh-hoat-chuyen-mon-cum-hoat-dong-lam-quen-chu-cai-e-e",
        "Sinh hoạt chuyên môn cụm: Hoạt động làm quen chữ cái e, ê", "hoat-dong-chuyen-mon",
        "2026-10-24T10:00:00+07:00",
        [
            Raw(WORD_STYLE),
            P("Thực hiện kế hoạch sinh hoạt chuyên môn cụm số 2 năm học 2026 – 2027, ngày 23/10/2026, Trường Mầm non Hoa Sen đăng cai tổ chức buổi sinh hoạt chuyên môn với nội dung “Hoạt động làm quen chữ cái e, ê” cho trẻ mẫu giáo 5 – 6 tuổi."),
            P("Tham dự buổi sinh hoạt có cán bộ quản lý và giáo viên dạy lớp mẫu giáo Lớn của 5 trường: Mầm non Hoa Sen, Mầm non Họa Mi, Mầm non Sơn Ca, Mầm non Tuổi Ngọc và Mẫu giáo Lộc Phát."),
            P("Tiết dạy do cô Nguyễn Hoàng Yến, giáo viên lớp Lá 1, thực hiện gồm ba phần:"),
            P("- Phần 1: Làm quen chữ e, ê qua trò chơi “Chiếc túi kỳ diệu” và hình ảnh quả me, con ếch;", "dash"),
            P("- Phần 2: So sánh chữ e và chữ ê, trẻ tìm điểm giống và khác nhau;", "dash"),
            P("- Phần 3: Trò chơi củng cố “Về đúng nhà”, “Ghép nét tạo chữ”.", "dash"),
            Img("/images/chuyenmon/2026/10/chu-cai-e-e.jpg",
                "(Trẻ lớp Lá 1 tham gia trò chơi “Ghép nét tạo chữ”)",
                "Trẻ lớp Lá 1 tham gia trò chơi “Ghép nét tạo chữ”", "center"),
            P("Trẻ hứng thú, tích cực tham gia, phát âm rõ ràng. Các trò chơi được lồng ghép nhẹ nhàng, giúp trẻ ghi nhớ chữ cái một cách tự nhiên, không gò bó."),
            P("Sau tiết dạy, các đơn vị đã thảo luận, góp ý và thống nhất một số biện pháp giúp trẻ hứng thú với hoạt động làm quen chữ viết, như xây dựng “góc chữ cái” mở, tận dụng chữ cái trong môi trường lớp học và khuyến khích trẻ “đọc” truyện tranh cùng bố mẹ."),
            WORD_SPACER,
            word_right("Tin: Nguyễn Hoàng Yến - Ảnh: Lương Văn Tài"),
        ],
        authors=["Nguyễn Hoàng Yến"], photographers=["Lương Văn Tài"],
        opts={"pub": "2026-10-24 10:00", "created": "2026-10-23 19:45", "modified": "2026-10-24 10:05",
              "hits": 241, "style": "word"},
    ),
    # ---- Góc phụ huynh (list layout, one page) ----
    Story(
        149, "phong-chong-benh-tay-chan-mieng-cho-tre-khi-thoi-tiet-chuyen-mua",
        "Phòng chống bệnh tay chân miệng cho trẻ khi thời tiết chuyển mùa", "goc-phu-huynh",
        "2026-12-03T14:30:00+07:00",
        [
            P("Thời điểm cuối năm, thời tiết tại Bảo Lộc thay đổi thất thường, sáng sớm và chiều tối sương mù, trưa nắng, độ ẩm cao. Đây là điều kiện thuận lợi cho vi rút gây bệnh tay chân miệng phát triển và lây lan trong cộng đồng, đặc biệt ở trẻ dưới 5 tuổi."),
            P("Bệnh lây chủ yếu qua đường tiêu hóa, qua tiếp xúc trực tiếp với nước bọt, dịch tiết mũi họng, phân của người bệnh hoặc đồ chơi, vật dụng bị nhiễm vi rút."),
            P("Dấu hiệu nhận biết", "h"),
            P("Trẻ sốt nhẹ, mệt mỏi, chán ăn; sau 1 – 2 ngày xuất hiện các vết loét đỏ hoặc phỏng nước ở miệng, lưỡi, lợi và các nốt phỏng nước ở lòng bàn tay, lòng bàn chân, gối, mông."),
            P("Cách phòng bệnh", "h"),
            P("Rửa tay thường xuyên bằng xà phòng dưới vòi nước sạch cho trẻ và người chăm sóc trẻ, nhất là trước khi chế biến thức ăn, trước khi cho trẻ ăn và sau khi thay tã, đi vệ sinh."),
            Img("/images/phuhuynh/2026/12/rua-tay.jpg", "Cô hướng dẫn trẻ rửa tay đúng cách bằng xà phòng",
                "Cô hướng dẫn trẻ rửa tay đúng cách bằng xà phòng", "center"),
            P("Vệ sinh đồ chơi, sàn nhà, tay nắm cửa bằng xà phòng hoặc dung dịch khử khuẩn thông thường; cho trẻ ăn chín, uống chín, không dùng chung khăn, cốc, thìa."),
            P("Khi trẻ có dấu hiệu nghi mắc bệnh, phụ huynh cần cho trẻ nghỉ học, đưa đến cơ sở y tế để được khám và điều trị kịp thời, đồng thời báo ngay cho giáo viên chủ nhiệm để nhà trường khử khuẩn lớp học."),
            P("Mọi thông tin cần tư vấn, phụ huynh vui lòng liên hệ phòng y tế nhà trường qua số điện thoại 0263.3864.215 hoặc email: " + CLOAK, "cloak"),
            right("Đinh Thị Phương – Nhân viên y tế"),
        ],
        authors=["Đinh Thị Phương"],
        opts={"pub": "2026-12-03 14:30", "created": "2026-12-03 10:15", "modified": "2026-12-04 07:30",
              "hits": 97, "style": "nfd"},
    ),
    Story(
        144, "goi-y-thuc-don-bua-sang-mua-lanh-cho-tre-mam-non",
        "Gợi ý thực đơn bữa sáng mùa lạnh cho trẻ mầm non", "goc-phu-huynh",
        "2026-11-24T07:30:00+07:00",
        [
            P("Khi trời trở lạnh, trẻ dễ bị cảm lạnh, ho, viêm họng và thường ăn kém hơn. Một bữa sáng ấm nóng, đủ chất sẽ giúp trẻ có năng lượng cho cả buổi học và tăng sức đề kháng.", "lead"),
            P("Bữa sáng nên cung cấp khoảng 25 – 30% nhu cầu năng lượng cả ngày của trẻ, có đủ bốn nhóm thực phẩm: chất bột đường, chất đạm, chất béo, vitamin và khoáng chất."),
            P("Dưới đây là gợi ý thực đơn bữa sáng trong tuần mà phụ huynh có thể tham khảo:"),
            P("Thứ | Món chính | Đồ uống", "row"),
            P("Thứ Hai | Cháo thịt bằm bí đỏ | Sữa tươi không đường", "row"),
            P("Thứ Ba | Bánh mì trứng ốp la, dưa leo | Sữa đậu nành", "row"),
            P("Thứ Tư | Phở gà | Nước cam ấm", "row"),
            P("Thứ Năm | Súp cua nấm rơm | Sữa chua", "row"),
            P("Thứ Sáu | Xôi đậu xanh, chà bông | Sữa tươi", "row"),
            P("Phụ huynh lưu ý không cho trẻ ăn đồ lạnh, uống nước đá vào buổi sáng; nên cho trẻ ăn trước khi đến trường ít nhất 30 phút và không ép trẻ ăn quá nhanh."),
            P("Với những trẻ ăn sáng tại trường, bộ phận nuôi dưỡng của nhà trường đã điều chỉnh thực đơn mùa đông với các món nước ấm, tăng cường rau củ màu vàng, cam giàu vitamin A."),
            right("Theo Viện Dinh dưỡng Quốc gia", "em"),
        ],
        source="Viện Dinh dưỡng Quốc gia",
        summary="Khi trời trở lạnh, trẻ dễ bị cảm lạnh, ho, viêm họng và thường ăn kém hơn. Một bữa sáng ấm nóng, đủ chất sẽ giúp trẻ có năng lượng cho cả buổi học và tăng sức đề kháng.",
        opts={"pub": "2026-11-24 07:30", "created": "2026-11-23 22:10", "modified": "2026-11-24 07:30",
              "hits": 433, "style": "jce"},
    ),
    Story(
        137, "lam-gi-khi-tre-bieng-an",
        "Làm gì khi trẻ biếng ăn?", "goc-phu-huynh", "2026-11-08T20:15:00+07:00",
        [
            Raw(WORD_STYLE),
            P("Biếng ăn là tình trạng khá phổ biến ở trẻ mầm non, khiến không ít phụ huynh lo lắng. Trẻ biếng ăn kéo dài dễ bị thiếu vi chất, chậm tăng cân, sức đề kháng giảm."),
            Img("/images/phuhuynh/2026/11/be-an-ngon.jpg", None, None, "plain"),
            P("Nguyên nhân thường gặp", "h"),
            P("Trẻ đang mắc bệnh hoặc mới ốm dậy, mọc răng, rối loạn tiêu hóa;", "bullet"),
            P("Chế độ ăn đơn điệu, chế biến không phù hợp với độ tuổi;", "bullet"),
            P("Trẻ ăn vặt, uống sữa quá sát bữa chính;", "bullet"),
            P("Không khí bữa ăn căng thẳng, trẻ bị ép ăn, vừa ăn vừa xem điện thoại.", "bullet"),
            P("Một số lời khuyên cho cha mẹ", "h"),
            P("Tạo không khí vui vẻ trong bữa ăn, không quát mắng hay ép trẻ ăn; mỗi bữa không kéo dài quá 30 phút.", "num:1"),
            P("Thay đổi món ăn thường xuyên, trình bày đẹp mắt, cho trẻ cùng tham gia chuẩn bị bữa ăn như nhặt rau, bày bát đũa.", "num:2"),
            P("Chia nhỏ bữa ăn, hạn chế đồ ngọt, nước ngọt, bánh kẹo trước bữa chính.", "num:3"),
            P("Cho trẻ vận động, chơi ngoài trời nhiều hơn để trẻ thấy đói và ăn ngon miệng.", "num:4"),
            P("Nếu trẻ biếng ăn kéo dài kèm theo sụt cân, phụ huynh nên đưa trẻ đi khám tại chuyên khoa dinh dưỡng để được tư vấn cụ thể."),
            WORD_SPACER,
            word_right("Bài viết: Trần Thị Mai Anh (GV lớp Chồi 1)"),
        ],
        authors=["Trần Thị Mai Anh"],
        opts={"pub": "2026-11-08 20:15", "created": "2026-11-08 20:01", "modified": "2026-11-09 06:45",
              "hits": 590, "style": "word"},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def cat_of(story: Story) -> Cat:
    return CATS[story.cat]


def sef_path(story: Story) -> str:
    return f"/index.php/{story.cat}/{story.id}-{story.slug}"


def nonsef_path(story: Story) -> str:
    c = cat_of(story)
    return f"/index.php?option=com_content&view=article&id={story.id}&catid={c.catid}&Itemid={c.itemid}"


def component_path(story: Story) -> str:
    return f"/index.php/component/content/article/{story.id}-{story.slug}?catid={cat_of(story).catid}&Itemid={HOME_ITEMID}"


def print_path(story: Story) -> str:
    return f"{sef_path(story)}?tmpl=component&print=1&layout=default"


def tags_of(story: Story) -> list[str]:
    return [key for key, (_, ids) in TAGS.items() if story.id in ids]


def alt_paths(story: Story) -> list[str]:
    alts = [nonsef_path(story)]
    if tags_of(story):
        alts.append(component_path(story))
    if cat_of(story).print_icon:
        alts.append(print_path(story))
    if "pages" in story.opts:
        alts += [f"{sef_path(story)}?start=1", f"{sef_path(story)}?showall=1"]
    return alts


# --- dates ----------------------------------------------------------------------------------

_TZ = _dt.timezone(_dt.timedelta(hours=7))
_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _parse(value: str) -> _dt.datetime:
    return _dt.datetime.strptime(value, "%Y-%m-%d %H:%M").replace(tzinfo=_TZ)


def long_vn(value: str) -> str:
    """Joomla's DATE_FORMAT_LC2 in the vi-VN pack: "Thứ bảy, 28 Tháng 11 2026 16:10"."""
    d = _parse(value)
    return f"{_WEEKDAYS[d.weekday()]}, {d:%d} Tháng {d.month} {d:%Y %H:%M}"


def utc_attr(value: str) -> str:
    """The vendor override's ``<time datetime>``: the instant in UTC."""
    return _parse(value).astimezone(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def short_vn(value: str, sep: str = "/") -> str:
    return _parse(value).strftime(f"%d{sep}%m{sep}%Y")


def by_date(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.opts["pub"], reverse=True)


def in_cat(alias: str) -> list[Story]:
    return by_date([s for s in STORIES if s.cat == alias])


# --- article text ---------------------------------------------------------------------------


def _t(story: Story, value: str) -> str:
    style = story.opts.get("style")
    if style == "entities":
        return text(value, entities=2)
    if style == "nfd":
        return text(value, nfd=True)
    return text(value)


def _word_p(inner: str, extra: str = "") -> str:
    return (
        '<p class="MsoNormal" style="margin-bottom: 6.0pt; text-align: justify; text-indent: 36.0pt;'
        f' line-height: 150%;{extra}"><span lang="VI" style="font-size: 14.0pt; line-height: 150%;'
        f" font-family: 'Times New Roman','serif';\">{inner}<o:p></o:p></span></p>"
    )


def _word_list(story: Story, p: P, first: bool, last: bool) -> str:
    kind = "First" if first else ("Last" if last else "Middle")
    if p.style == "bullet":
        marker = (
            '<span style="font-family: Symbol; mso-fareast-font-family: Symbol; mso-bidi-font-family: Symbol;">'
            '<span style="mso-list: Ignore;">·<span style="font: 7.0pt \'Times New Roman\';">'
            "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>"
        )
        lfo = "l0 level1 lfo1"
    else:
        number = p.style.split(":")[1]
        marker = (
            '<span lang="VI" style="font-size: 14.0pt;"><span style="mso-list: Ignore;">'
            f'{number}.<span style="font: 7.0pt \'Times New Roman\';">&nbsp;&nbsp;&nbsp;&nbsp; </span>'
            "</span></span>"
        )
        lfo = "l1 level1 lfo2"
    return (
        f'<p class="MsoListParagraphCxSp{kind}" style="margin-left: 36.0pt; text-align: justify;'
        f' text-indent: -18.0pt; mso-list: {lfo};"><!--[if !supportLists]-->{marker}<!--[endif]-->'
        f'<span lang="VI" style="font-size: 14.0pt;">{_t(story, p.text)}<o:p></o:p></span></p>'
    )


def _cloak(story: Story, p: P) -> str:
    before = p.text[: -len(CLOAK)]
    key = hashlib.md5(str(story.id).encode()).hexdigest()
    return (
        f'<p style="text-align: justify;">{_t(story, before)}<span id="cloak{key}">{CLOAK}</span>'
        "<script type='text/javascript'>\n"
        f"\t\t\t\tdocument.getElementById('cloak{key}').innerHTML = '';\n"
        "\t\t\t\tvar prefix = '&#109;a' + 'i&#108;' + '&#116;o';\n"
        "\t\t\t\tvar path = 'hr' + 'ef' + '=';\n"
        f"\t\t\t\tvar addy{key} = 'ytehoasen' + '&#64;';\n"
        f"\t\t\t\taddy{key} = addy{key} + 'gmail' + '&#46;' + 'com';\n"
        f"\t\t\t\tvar addy_text{key} = 'ytehoasen' + '&#64;' + 'gmail' + '&#46;' + 'com';"
        f"document.getElementById('cloak{key}').innerHTML += '<a ' + path + '\\'' + prefix + ':' + addy{key}"
        f" + '\\'>'+addy_text{key}+'<\\/a>';\n\t\t</script></p>"
    )


def _sig(story: Story, imgs: list[Img], page_url: str) -> str:
    gid = "sigFreeId" + hashlib.md5(f"{story.id}-gallery".encode()).hexdigest()[:10]
    items = []
    for img in imgs:
        fname = img.src.rsplit("/", 1)[1]
        thumb = f"/cache/jw_sig/jw_sig_cache_{gid[9:]}_{fname.lower()}"
        items.append(
            '\n\t<li class="sigFreeThumb">\n'
            f'\t\t<a href="{img.src}" class="sigFreeLink" style="width:200px;height:160px;"'
            f' title="Bạn đang xem ảnh {fname}" data-fresco-group="{gid}" target="_blank">\n'
            f'\t\t\t<img class="sigFreeImg" src="/plugins/content/jw_sig/jw_sig/includes/images/transparent.gif"'
            f' alt="Nhấp để xem ảnh lớn {fname}" title="Nhấp để xem ảnh lớn {fname}"'
            f" style=\"width:200px;height:160px;background-image:url('{thumb}');\" />\n"
            "\t\t</a>\n\t</li>"
        )
    return (
        '\n<!-- JoomlaWorks "Simple Image Gallery" Plugin (v4.1.0) starts here -->\n'
        f'<ul id="{gid}" class="sigFreeContainer sigFreeClassic">{"".join(items)}\n'
        '\t<li class="sigFreeClear">&nbsp;</li>\n</ul>\n'
        f'<div class="sigFreePrintMessage">Xem thư viện ảnh trực tuyến tại: <a href="{page_url}#{gid}">'
        f"{page_url}#{gid}</a></div>\n"
        '<!-- JoomlaWorks "Simple Image Gallery" Plugin (v4.1.0) ends here -->\n'
    )


def _img(story: Story, img: Img) -> str:
    style = story.opts.get("style")
    tag = f'<img src="{img.src}" alt="" width="600" height="400" />'
    if img.style == "wordtable":
        td = 'style="width: 467.5pt; padding: 0cm 5.4pt;" valign="top"'
        return (
            '<table class="MsoTableGrid" style="width: 100%; border-collapse: collapse; border: none;"'
            ' border="0" cellspacing="0" cellpadding="0"><tbody>'
            f'<tr><td {td}><p class="MsoNormal" style="text-align: center;" align="center">{tag}</p></td></tr>'
            f'<tr><td {td}><p class="MsoNormal" style="text-align: center;" align="center"><i><span lang="VI"'
            f' style="font-size: 12.0pt;">{_t(story, img.printed or "")}<o:p></o:p></span></i></p></td></tr>'
            "</tbody></table>"
        )
    if img.style == "plain":
        if style == "word":
            return f'<p class="MsoNormal" style="text-align: center;" align="center">{tag}<o:p></o:p></p>'
        return f'<p style="text-align: center;">{tag}</p>'
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed:
        out += f'\n<p style="text-align: center;"><em>{_t(story, img.printed)}</em></p>'
    return out


def _rows(story: Story, rows: list[P]) -> str:
    out = ['<table class="table table-bordered" style="width: 100%;" border="1" cellpadding="5"><tbody>']
    for i, row in enumerate(rows):
        cells = row.text.split(" | ")
        if i == 0:
            out.append("<tr>" + "".join(f'<td style="text-align: center;"><strong>{_t(story, c)}</strong></td>' for c in cells) + "</tr>")
        else:
            out.append("<tr>" + "".join(f"<td>{_t(story, c)}</td>" for c in cells) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def render_blocks(story: Story, blocks: list, page_url: str) -> str:
    """The article text as JCE stored it (fulltext image excluded: printed outside the text)."""
    style = story.opts.get("style")
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "fulltext":
                pass
            elif b.style == "sig":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "sig":
                    group.append(blocks[i])
                    i += 1
                out.append(_sig(story, group, page_url))
                continue
            else:
                out.append(_img(story, b))
        elif isinstance(b, P):
            if b.style == "row":
                rows = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                    rows.append(blocks[i])
                    i += 1
                out.append(_rows(story, rows))
                continue
            if b.style in ("bullet",) or b.style.startswith("num:"):
                group_kind = "bullet" if b.style == "bullet" else "num"
                j = i
                items = []
                while j < len(blocks) and isinstance(blocks[j], P) and (
                    blocks[j].style == "bullet" if group_kind == "bullet" else blocks[j].style.startswith("num:")
                ):
                    items.append(blocks[j])
                    j += 1
                for k, item in enumerate(items):
                    out.append(_word_list(story, item, k == 0, k == len(items) - 1))
                i = j
                continue
            if b.style == "cloak":
                out.append(_cloak(story, b))
            elif b.style == "br":
                continue_from = out.pop()
                # the editor pressed Shift+Enter: one <p>, two lines
                out.append(continue_from.replace("</p>", f"<br />{_t(story, b.text)}</p>", 1))
            elif b.style == "h":
                if style == "word":
                    out.append(_word_p(f"<b>{_t(story, b.text)}</b>"))
                else:
                    out.append(f"<h3>{_t(story, b.text)}</h3>")
            elif b.style == "lead":
                if style == "word":
                    out.append(_word_p(f"<b>{_t(story, b.text)}</b>"))
                else:
                    out.append(f'<p style="text-align: justify;"><strong>{_t(story, b.text)}</strong></p>')
            elif b.style == "dash":
                # a "- " the editor typed (not a Word list): it is text
                out.append(_word_p(_t(story, b.text).replace("- ", "-&nbsp;", 1), " text-indent: 18.0pt;"))
            elif style == "word":
                out.append(_word_p(_t(story, b.text)))
            else:
                out.append(f'<p style="text-align: justify;">{_t(story, b.text)}</p>')
        i += 1
    return "\n".join(out)


# --- the pages that are not articles --------------------------------------------------------

DOCS = [
    {
        "id": 112, "slug": "ke-hoach-thuc-hien-nhiem-vu-nam-hoc-2026-2027",
        "title": "Kế hoạch số 102/KH-MNHS thực hiện nhiệm vụ năm học 2026 – 2027",
        "number": "102/KH-MNHS", "issued": "15/09/2026", "pub": "2026-09-16 08:00",
        "file": "/images/vanban/2026/102-KH-MNHS-nhiem-vu-nam-hoc.pdf",
        "about": "Kế hoạch thực hiện nhiệm vụ năm học 2026 – 2027 của Trường Mầm non Hoa Sen",
    },
    {
        "id": 115, "slug": "quy-che-chi-tieu-noi-bo-nam-2026",
        "title": "Quy chế chi tiêu nội bộ năm 2026 (sửa đổi, bổ sung)",
        "number": "15/QC-MNHS", "issued": "28/09/2026", "pub": "2026-09-29 10:30",
        "file": "/images/vanban/2026/15-QC-MNHS-chi-tieu-noi-bo.pdf",
        "about": "Quy chế chi tiêu nội bộ năm 2026 của Trường Mầm non Hoa Sen (sửa đổi, bổ sung)",
    },
]
DOC_BY_ID = {d["id"]: d for d in DOCS}

INTRO_TEXT = [
    "Trường Mầm non Hoa Sen được thành lập năm 1998 trên cơ sở sáp nhập hai nhà trẻ của Phường 1, thị xã Bảo Lộc (nay là thành phố Bảo Lộc). Trường tọa lạc tại số 25 đường Lê Thị Pha, Phường 1, giữa trung tâm thành phố.",
    "Năm học 2026 – 2027, nhà trường có 12 nhóm, lớp với 318 trẻ, trong đó 2 nhóm trẻ 24 – 36 tháng và 10 lớp mẫu giáo; đội ngũ gồm 41 cán bộ, giáo viên, nhân viên, 100% giáo viên đạt trình độ chuẩn và trên chuẩn.",
    "Nhà trường được công nhận đạt chuẩn quốc gia mức độ 2 năm 2022 và kiểm định chất lượng giáo dục cấp độ 3; nhiều năm liền đạt danh hiệu Tập thể lao động xuất sắc, được UBND tỉnh Lâm Đồng tặng Bằng khen.",
    "Với phương châm “Tất cả vì trẻ thơ”, tập thể sư phạm nhà trường luôn nỗ lực xây dựng môi trường giáo dục an toàn, thân thiện, lấy trẻ làm trung tâm, để mỗi ngày đến trường là một ngày vui của bé.",
]

ALBUM = [f"/images/thuvien/hoat-dong-2026/DSC_{n:04d}.jpg" for n in (3105, 3112, 3127, 3140, 3166, 3181)]


# --- chrome ---------------------------------------------------------------------------------

MENU = [
    (101, "Trang chủ", "/", []),
    (103, "Giới thiệu", "/index.php/gioi-thieu", []),
    (102, "Tin tức - Thông báo", "/index.php/tin-tuc-thong-bao", []),
    (104, "Chuyên môn", None, [(105, "Hoạt động chuyên môn", "/index.php/hoat-dong-chuyen-mon"),
                              (106, "Văn bản - Kế hoạch", "/index.php/van-ban")]),
    (107, "Góc phụ huynh", "/index.php/goc-phu-huynh", []),
    (108, "Thư viện ảnh", "/index.php/thu-vien-anh", []),
    (109, "Liên hệ", "/index.php/lien-he", []),
]


def _menu(itemid: int) -> str:
    out = ['<ul class="nav menu mod-list" id="menu-ngang">']
    for mid, label, href, children in MENU:
        kids = [c[0] for c in children]
        cls = [f"item-{mid}"]
        if mid == HOME_ITEMID:
            cls.append("default")
        if itemid == mid or itemid in kids:
            cls += ["current", "active"] if itemid == mid else ["active"]
        if children:
            cls += ["divider", "deeper", "parent"]
            out.append(f'<li class="{" ".join(cls)}"><span class="separator ">{esc(label)}</span>')
            out.append('<ul class="nav-child unstyled small">')
            for cid, clabel, chref in children:
                ccls = f"item-{cid}" + (" current active" if cid == itemid else "")
                out.append(f'<li class="{ccls}"><a href="{chref}" >{esc(clabel)}</a></li>')
            out.append("</ul></li>")
        else:
            out.append(f'<li class="{" ".join(cls)}"><a href="{href}" >{esc(label)}</a></li>')
    out.append("</ul>")
    return "\n".join(out)


def _crumbs(trail: list[tuple[str, str | None]]) -> str:
    items = ['<li class="active"><span class="divider icon-location"></span>Bạn đang ở: &#160;</li>']
    full = [("Trang chủ", "/"), *trail]
    for pos, (label, href) in enumerate(full, 1):
        last = pos == len(full)
        if href and not last:
            inner = f'<a itemprop="item" href="{href}" class="pathway"><span itemprop="name">{esc(label)}</span></a>'
        else:
            inner = f'<span itemprop="name">{esc(label)}</span>'
        div = "" if last else '<span class="divider"><img src="/media/system/images/arrow.png" alt="" /></span>'
        cls = ' class="active"' if last else ""
        items.append(
            f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"{cls}>{inner}{div}'
            f'<meta itemprop="position" content="{pos}"></li>'
        )
    return (
        '<div aria-label="Đường dẫn" role="navigation"><ul itemscope itemtype="https://schema.org/BreadcrumbList"'
        ' class="breadcrumb">' + "".join(items) + "</ul></div>"
    )


def _latest() -> str:
    items = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{sef_path(s)}" itemprop="url">'
        f'<span itemprop="name">{esc(s.title)}</span></a></li>'
        for s in by_date(STORIES)[:5]
    )
    return f'<ul class="latestnews mod-list">{items}</ul>'


def _popular() -> str:
    top = sorted(STORIES, key=lambda s: s.opts["hits"], reverse=True)[:4]
    items = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{sef_path(s)}" itemprop="url">'
        f'<span itemprop="name">{esc(s.title)}</span></a></li>'
        for s in top
    )
    return f'<ul class="mostread mod-list">{items}</ul>'


def _module(title: str, inner: str, cls: str) -> str:
    return (
        f'<div class="moduletable{cls}"><h3 class="tieude-module"><span>{esc(title)}</span></h3>'
        f'<div class="noidung-module">{inner}</div></div>'
    )


def _footer_cloak() -> str:
    key = "f3a8d02b6c41e97a5d0c8b1e2f4a6c9d"
    return (
        f'<span id="cloak{key}">{CLOAK}</span><script type=\'text/javascript\'>\n'
        f"\t\t\t\tdocument.getElementById('cloak{key}').innerHTML = '';\n"
        "\t\t\t\tvar prefix = '&#109;a' + 'i&#108;' + '&#116;o';\n"
        f"\t\t\t\tvar addy{key} = 'mnhoasen.bl' + '&#64;' + 'lamdong' + '&#46;' + 'edu' + '&#46;' + 'vn';\n"
        f"\t\t\t\tdocument.getElementById('cloak{key}').innerHTML += '<a href=\\'' + prefix + ':' + addy{key} + '\\'>'+addy{key}+'<\\/a>';\n"
        "\t\t</script>"
    )


def shell(
    request: Request, *, title: str, itemid: int, body_class: str, main: str,
    trail: list[tuple[str, str | None]] | None, og: dict[str, str] | None = None,
    meta_author: str | None = None,
) -> Response:
    here = base_url(request) + request.target
    head_extra = ""
    if meta_author:
        head_extra += f'\n\t<meta name="author" content="{esc(meta_author)}" />'
    if og:
        head_extra += "".join(f'\n\t<meta property="og:{k}" content="{esc(v)}" />' for k, v in og.items())
    left = _module("Tin mới cập nhật", _latest(), " khoi-tinmoi") + _module(
        "Đọc nhiều nhất", _popular(), " khoi-docnhieu"
    )
    right_col = (
        _module(
            "Liên kết website",
            '<select class="lienket-select" onchange="if(this.value!=\'\')window.open(this.value)">'
            '<option value="">-- Chọn liên kết --</option>'
            '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
            '<option value="https://sgddt.lamdong.gov.vn">Sở GD&amp;ĐT Lâm Đồng</option>'
            '<option value="https://baoloc.lamdong.gov.vn">Cổng TTĐT thành phố Bảo Lộc</option>'
            "</select>",
            " khoi-lienket",
        )
        + _module(
            "Video clip",
            '<iframe width="100%" height="180" src="https://www.youtube.com/embed/kQm3wd7aXr0"'
            ' frameborder="0" allowfullscreen></iframe><p class="ten-video">Bé múa “Em yêu trường em”</p>',
            " khoi-video",
        )
        + _module(
            "Thống kê truy cập",
            '<div id="vvisit_counter116" class="vvisit_counter"><table class="vinaora_counter" style="width: 90%;">'
            '<tbody><tr><td><img src="/modules/mod_vvisit_counter/images/tbl/vonline.png" alt="Đang online" /></td>'
            '<td>Đang online</td><td align="right">17</td></tr>'
            '<tr><td><img src="/modules/mod_vvisit_counter/images/tbl/vtoday.png" alt="Hôm nay" /></td>'
            '<td>Hôm nay</td><td align="right">243</td></tr>'
            '<tr><td><img src="/modules/mod_vvisit_counter/images/tbl/vyesterday.png" alt="Hôm qua" /></td>'
            '<td>Hôm qua</td><td align="right">318</td></tr>'
            '<tr><td><img src="/modules/mod_vvisit_counter/images/tbl/vall.png" alt="Tổng truy cập" /></td>'
            '<td>Tổng truy cập</td><td align="right">1.284.567</td></tr></tbody></table>'
            '<div class="vvisit_counter_ip">IP của bạn: 113.172.xx.xx</div></div>',
            " khoi-thongke",
        )
    )
    crumbs = _crumbs(trail) if trail is not None else ""
    page = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="utf-8" />
	<base href="{esc(here)}" />
	<meta name="keywords" content="mầm non hoa sen, mầm non bảo lộc, giáo dục mầm non lâm đồng" />{head_extra}
	<meta name="description" content="Trường Mầm non Hoa Sen - Thành phố Bảo Lộc - Tỉnh Lâm Đồng" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{esc(title)}</title>
	<link href="{TPL}/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/media/jui/css/bootstrap.min.css?{MEDIA_V}" rel="stylesheet" />
	<link href="/plugins/content/jw_sig/jw_sig/tmpl/Classic/css/template.css" rel="stylesheet" />
	<link href="{TPL}/css/template.css?{MEDIA_V}" rel="stylesheet" />
	<script src="/media/jui/js/jquery.min.js?{MEDIA_V}"></script>
	<script src="/media/jui/js/jquery-noconflict.js?{MEDIA_V}"></script>
	<script src="/media/system/js/caption.js?{MEDIA_V}"></script>
	<script src="/media/jui/js/bootstrap.min.js?{MEDIA_V}"></script>
	<script>
jQuery(window).on('load',  function() {{
				new JCaption('img.caption');
			}});
	</script>
</head>
<body class="site {body_class} itemid-{itemid}">
<div id="fb-root"></div>
<div id="khung-trang" class="container">
	<header id="vitri-dautrang" class="header">
		<div class="dong-tren clearfix"><span class="ngay-hientai">{HEADER_DAY}</span>
		<span class="lienhe-nhanh">Hotline: 0263.3864.215</span></div>
		<div class="vitri-banner">
			<a href="/"><img src="{TPL}/images/logo-hoasen.png" alt="{SITE}" class="logo-truong" /></a>
			<div class="ten-donvi"><span class="donvi-chuquan">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ BẢO LỘC</span>
			<span class="ten-truong">TRƯỜNG MẦM NON HOA SEN</span></div>
		</div>
	</header>
	<nav class="vitri-menungang navigation" role="navigation">
{_menu(itemid)}
	</nav>
	<div class="vitri-timkiem">
		<div class="search"><form action="/index.php" method="post" class="form-inline" role="search">
		<label for="mod-search-searchword99" class="element-invisible">Tìm kiếm...</label>
		<input name="searchword" id="mod-search-searchword99" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="Tìm kiếm..." />
		<input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" />
		<input type="hidden" name="Itemid" value="{HOME_ITEMID}" /></form></div>
	</div>
	<div class="vitri-duongdan">{crumbs}</div>
	<div class="row-fluid vitri-giua">
		<aside id="cot-trai" class="span3 vitri-trai">{left}</aside>
		<main id="noidung-chinh" role="main" class="span6">
			<div id="system-message-container"></div>
{main}
		</main>
		<aside id="cot-phai" class="span3 vitri-phai">{right_col}</aside>
	</div>
	<footer id="vitri-chantrang" class="footer" role="contentinfo">
		<div class="thongtin-truong">
			<p><strong>TRƯỜNG MẦM NON HOA SEN - THÀNH PHỐ BẢO LỘC</strong></p>
			<p>Địa chỉ: Số 25 đường Lê Thị Pha, Phường 1, thành phố Bảo Lộc, tỉnh Lâm Đồng</p>
			<p>Điện thoại: 0263.3864.215 - Email: {_footer_cloak()}</p>
			<p>Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Thị Minh Tâm</p>
		</div>
		<p class="banquyen">&copy; 2026 {SITE}. Thiết kế bởi <a href="https://tdweb.vn" target="_blank" rel="noopener">TDWeb Đà Lạt</a></p>
		<p class="pull-right"><a href="#top" id="back-top">Lên đầu trang</a></p>
	</footer>
</div>
<script src="https://sp.zalo.me/plugins/sdk.js"></script>
</body>
</html>
"""
    return html_response(page)


# --- listings -------------------------------------------------------------------------------


def _intro(story: Story) -> str:
    first = next(b for b in story.blocks if isinstance(b, P))
    return render_blocks(story, [first], "")


def _blog_item(story: Story, cls: str) -> str:
    pub = story.opts["pub"]
    img = ""
    if story.opts.get("intro_img"):
        img = (
            f'<div class="pull-left item-image"><a href="{sef_path(story)}"><img src="{story.opts["intro_img"]}"'
            ' alt="" itemprop="thumbnailUrl" /></a></div>'
        )
    return f"""<div class="{cls}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
	<div class="page-header"><h2 itemprop="name"><a href="{sef_path(story)}" itemprop="url">{text(story.title, nfd=story.opts.get("style") == "nfd")}</a></h2></div>
	<dl class="article-info muted"><dt class="article-info-term">Thông tin chi tiết</dt>
	<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{utc_attr(pub)}" itemprop="datePublished">Ngày đăng: {short_vn(pub)}</time></dd>
	<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{story.opts["hits"]}" />Lượt xem: {story.opts["hits"]}</dd></dl>
	{img}
{_intro(story)}
	<p class="readmore"><a class="btn" href="{sef_path(story)}" itemprop="url" aria-label="Xem thêm: {esc(story.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> Xem thêm: {esc(story.title)}</a></p>
</div>"""


def _pagination(base: str, start: int, per: int, total: int) -> str:
    pages = -(-total // per)
    cur = start // per + 1

    def url(n: int) -> str:
        return f"{base}?limitstart=0" if n == 1 else f"{base}?start={(n - 1) * per}"

    items = []
    if cur == 1:
        items += ['<li class="disabled"><a><span class="icon-first" aria-hidden="true"></span></a></li>',
                  '<li class="disabled"><a><span class="icon-previous" aria-hidden="true"></span></a></li>']
    else:
        items += [f'<li><a title="Đầu" href="{url(1)}" class="hasTooltip pagenav" aria-label="Đến trang đầu"><span class="icon-first" aria-hidden="true"></span></a></li>',
                  f'<li><a title="Trước" href="{url(cur - 1)}" class="hasTooltip pagenav" aria-label="Đến trang trước"><span class="icon-previous" aria-hidden="true"></span></a></li>']
    for n in range(1, pages + 1):
        if n == cur:
            items.append(f'<li class="active hidden-phone"><a aria-current="true">{n}</a></li>')
        else:
            items.append(f'<li class="hidden-phone"><a title="{n}" href="{url(n)}" class="hasTooltip pagenav">{n}</a></li>')
    if cur == pages:
        items += ['<li class="disabled"><a><span class="icon-next" aria-hidden="true"></span></a></li>',
                  '<li class="disabled"><a><span class="icon-last" aria-hidden="true"></span></a></li>']
    else:
        items += [f'<li><a title="Tiếp" href="{url(cur + 1)}" class="hasTooltip pagenav" aria-label="Đến trang tiếp"><span class="icon-next" aria-hidden="true"></span></a></li>',
                  f'<li><a title="Cuối" href="{url(pages)}" class="hasTooltip pagenav" aria-label="Đến trang cuối"><span class="icon-last" aria-hidden="true"></span></a></li>']
    return (
        f'<div class="pagination"><p class="counter pull-right"> Trang {cur} của {pages} </p>'
        f'<nav role="navigation" aria-label="Phân trang"><ul class="pagination-list">{"".join(items)}</ul></nav></div>'
    )


def blog_page(request: Request, cat: Cat, start: int) -> Response:
    stories = in_cat(cat.alias)
    chunk = stories[start: start + cat.per_page]
    more = stories[start + cat.per_page: start + cat.per_page + cat.links]
    parts = [f'<div class="blog{" " + cat.alias}" itemscope itemtype="https://schema.org/Blog">',
             f'<div class="page-header"><h1> {esc(cat.name)} </h1></div>']
    if chunk:
        parts.append(f'<div class="items-leading clearfix">{_blog_item(chunk[0], "leading-0 clearfix")}</div>')
    for n, s in enumerate(chunk[1:]):
        parts.append(
            f'<div class="items-row cols-1 row-{n} row-fluid clearfix"><div class="span12">'
            f'{_blog_item(s, "item column-1")}</div></div>'
        )
    if more:
        links = "".join(f'<li><a href="{sef_path(s)}">{esc(s.title)}</a></li>' for s in more)
        parts.append(f'<div class="items-more"><h3>Các bài viết khác</h3><ol class="nav nav-tabs nav-stacked">{links}</ol></div>')
    if len(stories) > cat.per_page:
        parts.append(_pagination(f"/index.php/{cat.alias}", start, cat.per_page, len(stories)))
    parts.append("</div>")
    trail = [(cat.parent, None)] if cat.parent else []
    trail.append((cat.name, None))
    page_no = start // cat.per_page + 1
    title = cat.name + (f" - Trang {page_no}" if page_no > 1 else "") + f" - {SHORT}"
    return shell(request, title=title, itemid=cat.itemid, body_class="com_content view-category layout-blog no-task",
                 main="\n".join(parts), trail=trail)


def list_page(request: Request, cat: Cat) -> Response:
    if cat.alias == "van-ban":
        rows = [(f"/index.php/van-ban/{d['id']}-{d['slug']}", d["title"], d["pub"], 150 + d["id"]) for d in DOCS]
    else:
        rows = [(sef_path(s), s.title, s.opts["pub"], s.opts["hits"]) for s in in_cat(cat.alias)]
    body = []
    for n, (href, title, pub, hits) in enumerate(rows):
        body.append(
            f'<tr class="cat-list-row{n % 2}" ><td headers="categorylist_header_title" class="list-title">'
            f'<a href="{href}">{esc(title)}</a></td>'
            f'<td headers="categorylist_header_date" class="list-date small">{short_vn(pub, "-")}</td>'
            f'<td headers="categorylist_header_hits" class="list-hits"><span class="badge badge-info">Lượt xem: {hits}</span></td></tr>'
        )
    desc = {
        "goc-phu-huynh": "Chia sẻ kiến thức chăm sóc, nuôi dưỡng và giáo dục trẻ dành cho cha mẹ.",
        "van-ban": "Các văn bản, kế hoạch, quy chế của nhà trường.",
    }[cat.alias]
    order = "Joomla.tableOrdering('{0}','asc','', document.getElementById('adminForm'));return false;"
    main = f"""<div class="category-list{" " + cat.alias}">
<div class="page-header"><h1> {esc(cat.name)} </h1></div>
<div class="category-desc clearfix"><p>{esc(desc)}</p></div>
<form action="/index.php/{cat.alias}" method="post" name="adminForm" id="adminForm" class="form-inline">
	<fieldset class="filters btn-toolbar clearfix"><legend class="hide">Bộ lọc</legend>
	<div class="btn-group"><label class="filter-search-lbl element-invisible" for="filter-search">Lọc tiêu đề&#160;</label>
	<input type="text" name="filter-search" id="filter-search" value="" class="inputbox" onchange="document.adminForm.submit();" title="Tìm nội dung" placeholder="Lọc tiêu đề" /></div>
	<div class="btn-group pull-right"><label for="limit" class="element-invisible">Hiển thị #</label>
	<select id="limit" name="limit" class="inputbox input-mini" size="1" onchange="this.form.submit()">
	<option value="5">5</option><option value="10" selected="selected">10</option><option value="15">15</option><option value="20">20</option><option value="0">Tất cả</option></select></div>
	<input type="hidden" name="filter_order" value="" /><input type="hidden" name="filter_order_Dir" value="" />
	<input type="hidden" name="limitstart" value="" /><input type="hidden" name="task" value="" />
	<div class="clearfix"></div></fieldset>
<table class="category table table-striped table-bordered table-hover">
<caption class="hide">Danh sách bài viết trong danh mục {esc(cat.name)}</caption>
<thead><tr>
<th scope="col" id="categorylist_header_title"><a href="#" onclick="{order.format("a.title")}" class="hasPopover" title="Tiêu đề" data-content="Chọn để sắp xếp theo cột này" data-placement="top">Tiêu đề</a></th>
<th scope="col" id="categorylist_header_date"><a href="#" onclick="{order.format("a.publish_up")}" class="hasPopover" title="Ngày đăng" data-content="Chọn để sắp xếp theo cột này" data-placement="top">Ngày đăng</a></th>
<th scope="col" id="categorylist_header_hits"><a href="#" onclick="{order.format("a.hits")}" class="hasPopover" title="Lượt xem" data-content="Chọn để sắp xếp theo cột này" data-placement="top">Lượt xem</a></th>
</tr></thead>
<tbody>
{chr(10).join(body)}
</tbody></table>
</form></div>"""
    trail = [(cat.parent, None)] if cat.parent else []
    trail.append((cat.name, None))
    return shell(request, title=f"{cat.name} - {SHORT}", itemid=cat.itemid,
                 body_class="com_content view-category no-layout no-task", main=main, trail=trail)


def home_page(request: Request) -> Response:
    featured = by_date([s for s in STORIES if s.opts.get("featured")])
    parts = ['<div class="blog-featured" itemscope itemtype="https://schema.org/Blog">',
             f'<div class="items-leading clearfix">{_blog_item(featured[0], "leading-0 clearfix")}</div>',
             '<div class="items-row cols-2 row-0 row-fluid clearfix">']
    for n, s in enumerate(featured[1:], 1):
        parts.append(f'<div class="span6"><div class="item column-{n}">{_blog_item(s, "item-inner")}</div></div>')
    parts.append("</div></div>")
    parents = "".join(
        f'<li><a href="{esc(nonsef_path(s))}">{text(s.title, nfd=s.opts.get("style") == "nfd")}</a>'
        f' <span class="ngay">({short_vn(s.opts["pub"])})</span></li>'
        for s in in_cat("goc-phu-huynh")
    )
    notice = BY_ID[148]
    parts.append(
        _module("Góc phụ huynh", f'<ul class="tdw-dstin">{parents}</ul>'
                '<a class="xemtatca" href="/index.php/goc-phu-huynh">Xem tất cả »</a>', " khoi-gocphuhuynh")
    )
    parts.insert(0, (
        '<div class="tdw-thongbao-chay"><span class="nhan">Thông báo:</span><marquee behavior="scroll"'
        f' scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><a href="{sef_path(notice)}">'
        f"{esc(notice.title)}</a></marquee></div>"
    ))
    return shell(request, title=f"Trang chủ - {SITE}", itemid=HOME_ITEMID,
                 body_class="com_content view-featured no-layout no-task", main="\n".join(parts), trail=None)


def tag_page(request: Request, key: str) -> Response:
    name, ids = TAGS[key]
    items = []
    for n, sid in enumerate(ids):
        s = BY_ID[sid]
        first = next(b for b in s.blocks if isinstance(b, P)).text
        teaser = first if len(first) < 200 else first[:197].rsplit(" ", 1)[0] + "..."
        items.append(
            f'<li class="cat-list-row{n % 2} clearfix"><h3><a href="{esc(component_path(s))}">{esc(s.title)}</a></h3>'
            f'<span class="tag-body">{esc(teaser)}</span></li>'
        )
    main = f"""<div class="tag-category">
<h2> {esc(name)} </h2>
<form action="/index.php/component/tags/tag/{key}" method="post" name="adminForm" id="adminForm" class="form-inline">
<ul class="category list-striped">
{chr(10).join(items)}
</ul>
<input type="hidden" name="limitstart" value="" /><input type="hidden" name="task" value="" />
</form></div>"""
    return shell(request, title=f"{name} - {SHORT}", itemid=HOME_ITEMID,
                 body_class="com_tags view-tag no-layout no-task", main=main, trail=[(name, None)])


# --- the article page -----------------------------------------------------------------------


def _info(story: Story) -> str:
    o = story.opts
    by = o.get("by", "Quản trị Website")
    c = cat_of(story)

    def dd(cls: str, prop: str, label: str, value: str) -> str:
        return (
            f'<dd class="{cls}"><span class="icon-calendar" aria-hidden="true"></span> <time datetime="{utc_attr(value)}"'
            f' itemprop="{prop}">{label}: {long_vn(value)}</time></dd>'
        )

    return f"""<dl class="article-info muted">
	<dt class="article-info-term">Thông tin chi tiết</dt>
	<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user" aria-hidden="true"></span> Viết bởi <span itemprop="name">{esc(by)}</span></dd>
	<dd class="category-name"><span class="icon-folder-open" aria-hidden="true"></span> Danh mục: <a href="/index.php/{c.alias}" itemprop="genre">{esc(c.name)}</a></dd>
	{dd("create", "dateCreated", "Được viết", o["created"])}
	{dd("published", "datePublished", "Ngày đăng", o["pub"])}
	{dd("modified", "dateModified", "Cập nhật mới nhất", o["modified"])}
	<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span> <meta itemprop="interactionCount" content="UserPageVisits:{o["hits"]}" /> Lượt xem: {o["hits"]}</dd>
</dl>"""


def _neighbours(story: Story) -> tuple[list[Story], list[Story]]:
    stories = in_cat(story.cat)
    i = stories.index(story)
    return stories[:i][::-1][:5], stories[i + 1: i + 6]


def _lists(story: Story) -> str:
    newer, older = _neighbours(story)
    out = ['<div class="tdw-tinkhac">']
    for label, group, cls in (("Bài viết mới hơn:", newer, "tinkhac-moi"), ("Bài viết cũ hơn:", older, "tinkhac-cu")):
        if not group:
            continue
        items = "".join(
            f'<li><a href="{sef_path(s)}">{esc(s.title)}</a> <span class="ngay-tin">- {short_vn(s.opts["pub"])}</span></li>'
            for s in group
        )
        out.append(f'<div class="{cls}"><p class="tieude-tinkhac"><strong>{label}</strong></p><ul class="ds-tinkhac">{items}</ul></div>')
    out.append("</div>")
    return "\n".join(out)


def _pagenav(story: Story) -> str:
    newer, older = _neighbours(story)
    items = []
    if newer:
        s = newer[0]
        items.append(
            f'<li class="previous"><a class="hasTooltip" title="{esc(s.title)}" aria-label="Bài viết trước: {esc(s.title)}"'
            f' href="{sef_path(s)}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span>'
            ' <span aria-hidden="true">Trước</span></a></li>'
        )
    if older:
        s = older[0]
        items.append(
            f'<li class="next"><a class="hasTooltip" title="{esc(s.title)}" aria-label="Bài viết tiếp theo: {esc(s.title)}"'
            f' href="{sef_path(s)}" rel="next"><span aria-hidden="true">Tiếp</span>'
            ' <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
        )
    return f'<ul class="pager pagenav">{"".join(items)}</ul>'


def _tags(story: Story) -> str:
    keys = tags_of(story)
    if not keys:
        return ""
    items = "".join(
        f'<li class="tag-{key.split("-")[0]} tag-list{n}" itemprop="keywords"><a href="/index.php/component/tags/tag/{key}"'
        f' class="label label-info">{esc(TAGS[key][0])}</a></li>'
        for n, key in enumerate(keys)
    )
    return f'<div class="tdw-tukhoa"><span class="nhan-tukhoa">Từ khóa:</span> <ul class="tags inline">{items}</ul></div>'


def _split_pages(story: Story) -> list[list]:
    pages: list[list] = [[]]
    for b in story.blocks:
        if b is PAGEBREAK:
            pages.append([])
        else:
            pages[-1].append(b)
    return pages


def article_main(request: Request, story: Story, *, page: int | None = 0, printing: bool = False) -> str:
    """The component's output; ``page`` None = showall."""
    c = cat_of(story)
    here = base_url(request) + request.target
    sef = sef_path(story)
    pages = _split_pages(story)
    blocks = [b for p in pages for b in p] if page is None else pages[page]
    body = render_blocks(story, blocks, here)
    if c.nav and (page is None or page == len(pages) - 1):
        body += "\n" + _lists(story)
    parts = []
    if not printing:
        parts.append(f'<div class="page-header tieude-trang"><h1> {esc(c.name)} </h1></div>')
    title_html = text(story.title, nfd=story.opts.get("style") == "nfd")
    parts.append('<div class="item-page" itemscope itemtype="https://schema.org/Article">')
    parts.append('\t<meta itemprop="inLanguage" content="vi-VN" />')
    parts.append(f'\t<div class="page-header"><h2 itemprop="headline">{title_html}</h2></div>')
    if c.print_icon and not printing:
        parts.append(
            f'<div class="icons"><div class="btn-group pull-right"><button class="btn dropdown-toggle" type="button"'
            f' id="dropdownMenuButton-{story.id}" aria-label="Công cụ người dùng" data-toggle="dropdown" aria-haspopup="true"'
            ' aria-expanded="false"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button>'
            f'<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{story.id}"><li class="print-icon">'
            f'<a href="{esc(print_path(story))}" title="In bài viết &lt; {esc(story.title)} &gt;" onclick="window.open(this.href,\'win2\','
            "'status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no');"
            ' return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span> In</a></li></ul></div></div>'
        )
    if printing:
        parts.append('<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;">'
                     '<span class="icon-print" aria-hidden="true"></span> In</a></div>')
    parts.append(_info(story))
    full = next((b for b in story.blocks if isinstance(b, Img) and b.style == "fulltext"), None)
    if full is not None:
        parts.append(f'<div class="pull-none item-image"> <img src="{full.src}" alt="" itemprop="image"/> </div>')
    if len(pages) > 1:
        titles = story.opts["pages"]
        toc = [f'<li class="{"active" if page == 0 else ""}"><a href="{sef}" class="toclink{" active" if page == 0 else ""}">{esc(titles[0])}</a></li>']
        toc += [f'<li class="{"active" if page == n else ""}"><a href="{sef}?start={n}" class="toclink">{esc(t)}</a></li>'
                for n, t in enumerate(titles[1:], 1)]
        toc.append(f'<li class="{"active" if page is None else ""}"><a href="{sef}?showall=1" class="toclink">Tất cả các trang</a></li>')
        parts.append(f'<div class="pull-right article-index"><h3>Mục lục bài viết</h3><ul class="nav nav-tabs nav-stacked">{"".join(toc)}</ul></div>')
    parts.append(f'\t<div itemprop="articleBody">\n{body}\n\t</div>')
    if len(pages) > 1 and page is not None:
        nav = []
        if page > 0:
            prev = sef if page == 1 else f"{sef}?start={page - 1}"
            nav.append(f'<li class="previous"><a href="{prev}" title="Trang trước">&lt;&lt; Trang trước</a></li>')
        if page < len(pages) - 1:
            nav.append(f'<li class="next"><a href="{sef}?start={page + 1}" title="Trang sau">Trang sau &gt;&gt;</a></li>')
        parts.append(f'<div class="pager"><ul>{"".join(nav)}</ul></div>')
        parts.append(f'<div class="pagenavcounter">Trang {page + 1} của {len(pages)}</div>')
    if not printing:
        parts.append(_tags(story))
        parts.append(
            '<div class="tdw-chiase"><span class="nhan-chiase">Chia sẻ:</span> '
            f'<div class="fb-like" data-href="{esc(here)}" data-layout="button_count" data-action="like" data-size="small" data-share="true"></div> '
            f'<div class="zalo-share-button" data-href="{esc(here)}" data-oaid="579745863508352884" data-layout="2" data-color="blue" data-customize="false"></div></div>'
        )
        if c.nav:
            parts.append(_pagenav(story))
    parts.append("</div>")
    return "\n".join(parts)


def article_page(request: Request, story: Story, *, page: int | None = 0) -> Response:
    c = cat_of(story)
    here = base_url(request) + request.target
    title = story.title
    if page:
        title += f" - {story.opts['pages'][page]}"
    images = story.images
    og = {"type": "article", "title": story.title, "url": here, "site_name": SITE}
    if images:
        og["image"] = base_url(request) + images[0].src
    trail = [(c.parent, None)] if c.parent else []
    trail += [(c.name, f"/index.php/{c.alias}"), (story.title, None)]
    return shell(request, title=f"{title} - {SHORT}", itemid=c.itemid,
                 body_class="com_content view-article no-layout no-task", main=article_main(request, story, page=page),
                 trail=trail, og=og, meta_author="Quản trị Website")


def print_page(request: Request, story: Story) -> Response:
    page = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
	<meta charset="utf-8" />
	<base href="{esc(base_url(request) + request.target)}" />
	<meta name="robots" content="noindex, nofollow" />
	<meta name="author" content="Quản trị Website" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{esc(story.title)} - {SHORT}</title>
	<link href="{TPL}/css/template.css?{MEDIA_V}" rel="stylesheet" />
	<link href="/media/jui/css/bootstrap.min.css?{MEDIA_V}" rel="stylesheet" />
</head>
<body class="contentpane modal">
	<div id="system-message-container"></div>
{article_main(request, story, page=None, printing=True)}
</body>
</html>
"""
    return html_response(page)


# --- the other pages in the article layout --------------------------------------------------


def _plain_item(title: str, inner: str, info: str = "") -> str:
    return (
        '<div class="item-page" itemscope itemtype="https://schema.org/Article">'
        '<meta itemprop="inLanguage" content="vi-VN" />'
        f'<div class="page-header"><h2 itemprop="headline">{esc(title)}</h2></div>{info}'
        f'<div itemprop="articleBody">{inner}</div></div>'
    )


def intro_page(request: Request) -> Response:
    inner = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in INTRO_TEXT)
    inner = '<p style="text-align: center;"><img src="/images/gioithieu/toan-canh-truong.jpg" alt="Toàn cảnh trường" width="600" height="380" /></p>' + inner
    return shell(request, title=f"Giới thiệu - {SHORT}", itemid=103,
                 body_class="com_content view-article no-layout no-task",
                 main=_plain_item("Giới thiệu chung về Trường Mầm non Hoa Sen", inner), trail=[("Giới thiệu", None)])


def album_page(request: Request) -> Response:
    album = Story(95, "thu-vien-anh", "Hình ảnh hoạt động của bé", "tin-tuc-thong-bao", None,
                  [Img(src, None, None, "sig") for src in ALBUM])
    here = base_url(request) + request.target
    inner = "<p>Một số hình ảnh hoạt động vui chơi, học tập của các bé trong học kỳ I năm học 2026 – 2027.</p>"
    inner += render_blocks(album, album.blocks, here)
    return shell(request, title=f"Thư viện ảnh - {SHORT}", itemid=108,
                 body_class="com_content view-article no-layout no-task",
                 main=_plain_item(album.title, inner), trail=[("Thư viện ảnh", None)])


def doc_page(request: Request, doc: dict) -> Response:
    info = (
        '<dl class="article-info muted"><dt class="article-info-term">Thông tin chi tiết</dt>'
        f'<dd class="published"><span class="icon-calendar" aria-hidden="true"></span> <time datetime="{utc_attr(doc["pub"])}"'
        f' itemprop="datePublished">Ngày đăng: {long_vn(doc["pub"])}</time></dd></dl>'
    )
    fname = doc["file"].rsplit("/", 1)[1]
    inner = (
        '<table class="table table-bordered tdw-vanban"><tbody>'
        f'<tr><td style="width: 30%;"><strong>Số ký hiệu</strong></td><td>{esc(doc["number"])}</td></tr>'
        f'<tr><td><strong>Ngày ban hành</strong></td><td>{doc["issued"]}</td></tr>'
        '<tr><td><strong>Cơ quan ban hành</strong></td><td>Trường Mầm non Hoa Sen</td></tr>'
        f'<tr><td><strong>Trích yếu</strong></td><td>{esc(doc["about"])}</td></tr>'
        f'<tr><td><strong>Tệp đính kèm</strong></td><td><a href="{doc["file"]}" target="_blank">'
        f'<img src="/media/media/images/mime-icon-16/pdf.png" alt="" /> {fname}</a></td></tr>'
        "</tbody></table>"
    )
    cat = CATS["van-ban"]
    return shell(request, title=f"{doc['title']} - {SHORT}", itemid=cat.itemid,
                 body_class="com_content view-article no-layout no-task",
                 main=f'<div class="page-header tieude-trang"><h1> {esc(cat.name)} </h1></div>' + _plain_item(doc["title"], inner, info),
                 trail=[("Chuyên môn", None), (cat.name, "/index.php/van-ban"), (doc["title"], None)])


def contact_page(request: Request) -> Response:
    sent = ""
    if request.method == "POST":
        sent = '<div class="alert alert-message"><a class="close" data-dismiss="alert">×</a><div>Cảm ơn bạn đã gửi thư.</div></div>'
    main = f"""{sent}<div class="contact" itemscope itemtype="https://schema.org/Person">
<div class="page-header"><h2><span class="contact-name" itemprop="name">Trường Mầm non Hoa Sen</span></h2></div>
<h3>Thông tin liên hệ</h3>
<div class="contact-address dl-horizontal" itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
<dl><dt><span class="jicons-icons"><img src="/media/contacts/images/con_address.png" alt="Địa chỉ: " /></span></dt>
<dd><span class="contact-street" itemprop="streetAddress">Số 25 đường Lê Thị Pha, Phường 1<br /></span></dd>
<dd><span class="contact-suburb" itemprop="addressLocality">Thành phố Bảo Lộc<br /></span></dd>
<dd><span class="contact-state" itemprop="addressRegion">Tỉnh Lâm Đồng<br /></span></dd>
<dt><span class="jicons-icons"><img src="/media/contacts/images/con_tel.png" alt="Điện thoại: " /></span></dt>
<dd><span class="contact-telephone" itemprop="telephone">0263.3864.215</span></dd></dl></div>
<h3>Gửi thư</h3>
<div class="contact-form">
<form id="contact-form" action="/index.php/lien-he" method="post" class="form-validate form-horizontal well">
<fieldset><legend>Gửi Email. Tất cả các ô có dấu sao là bắt buộc.</legend>
<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="hasPopover required">Tên<span class="star">&#160;*</span></label></div>
<div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="required" size="30" required aria-required="true" /></div></div>
<div class="control-group"><div class="control-label"><label for="jform_contact_email" class="required">Email<span class="star">&#160;*</span></label></div>
<div class="controls"><input type="email" name="jform[contact_email]" class="validate-email required" id="jform_contact_email" value="" size="30" required /></div></div>
<div class="control-group"><div class="control-label"><label for="jform_contact_emailmsg" class="required">Tiêu đề<span class="star">&#160;*</span></label></div>
<div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" size="60" required /></div></div>
<div class="control-group"><div class="control-label"><label for="jform_contact_message" class="required">Nội dung<span class="star">&#160;*</span></label></div>
<div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" required></textarea></div></div>
</fieldset>
<div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Gửi Email</button>
<input type="hidden" name="option" value="com_contact" /><input type="hidden" name="task" value="contact.submit" />
<input type="hidden" name="return" value="" /><input type="hidden" name="id" value="1:truong-mam-non-hoa-sen" />
<input type="hidden" name="a3f9c8e27b1d4e6f0a2b5c7d9e1f3a5b" value="1" /></div></div>
</form></div></div>"""
    return shell(request, title=f"Liên hệ - {SHORT}", itemid=109, body_class="com_contact view-contact no-layout no-task",
                 main=main, trail=[("Liên hệ", None)])


# --- routing --------------------------------------------------------------------------------

_ARTICLE = re.compile(r"/index\.php/([a-z-]+)/(\d+)-([a-z0-9-]+)")
_COMPONENT = re.compile(r"/index\.php/component/content/article/(\d+)-([a-z0-9-]+)")
_TAG = re.compile(r"/index\.php/component/tags/tag/(\d+-[a-z-]+)")
_STATIC_ROOTS = ("/images/", "/templates/", "/media/", "/cache/", "/plugins/", "/modules/")


def _int(value: str | None) -> int | None:
    return int(value) if value is not None and value.isdigit() else None


class JoomlaSite:
    """Routes of the Joomla 3 site (SEF with index.php, plus the non-SEF forms it still answers)."""

    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path.startswith(_STATIC_ROOTS) or path == "/favicon.ico":
            if path.endswith(".pdf") and any(d["file"] == path for d in DOCS):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if request.method == "POST" and path not in ("/index.php/lien-he", "/index.php/goc-phu-huynh", "/index.php/van-ban"):
            return None
        if path == "/":
            return home_page(request) if not request.query else None
        if path == "/index.php":
            if not request.query:
                return home_page(request)
            return self._nonsef(request, params)
        if path.startswith("/index.php/"):
            alias = path[len("/index.php/"):]
            if alias in CATS:
                return self._listing(request, CATS[alias], params)
            fixed = {"gioi-thieu": intro_page, "thu-vien-anh": album_page, "lien-he": contact_page}
            if alias in fixed:
                return fixed[alias](request) if not request.query else None
        if m := _COMPONENT.fullmatch(path):
            story = BY_ID.get(int(m[1]))
            if story is None or story.slug != m[2] or set(params) - {"catid", "Itemid"}:
                return None
            if _int(params.get("catid")) != cat_of(story).catid or _int(params.get("Itemid")) is None:
                return None
            return article_page(request, story)
        if m := _TAG.fullmatch(path):
            return tag_page(request, m[1]) if m[1] in TAGS and not request.query else None
        if m := _ARTICLE.fullmatch(path):
            return self._article(request, m[1], int(m[2]), m[3], params)
        return None

    def _nonsef(self, request: Request, params: dict[str, str]) -> Response | None:
        if params.get("option") != "com_content" or params.get("view") != "article":
            return None
        if set(params) - {"option", "view", "id", "catid", "Itemid"}:
            return None
        story = BY_ID.get(_int(params.get("id")) or 0)
        if story is None:
            return None
        if "catid" in params and _int(params["catid"]) != cat_of(story).catid:
            return None
        if "Itemid" in params and _int(params["Itemid"]) is None:
            return None
        return article_page(request, story)

    def _listing(self, request: Request, cat: Cat, params: dict[str, str]) -> Response | None:
        if cat.layout == "list":
            if request.query and params != {"limitstart": "0"}:
                return None
            return list_page(request, cat)
        total = len(in_cat(cat.alias))
        if not params or params == {"limitstart": "0"} or params == {"start": "0"}:
            start = 0
        elif set(params) == {"start"} and _int(params["start"]) is not None:
            start = int(params["start"])
        else:
            return None
        if start >= total:
            return None
        return blog_page(request, cat, start)

    def _article(self, request: Request, alias: str, sid: int, slug: str, params: dict[str, str]) -> Response | None:
        if alias == "van-ban":
            doc = DOC_BY_ID.get(sid)
            if doc is None or doc["slug"] != slug or request.query:
                return None
            return doc_page(request, doc)
        story = BY_ID.get(sid)
        if story is None or story.cat != alias or story.slug != slug:
            return None
        if not params:
            return article_page(request, story)
        if cat_of(story).print_icon and params == {"tmpl": "component", "print": "1", "layout": "default"}:
            return print_page(request, story)
        if "pages" in story.opts:
            if params == {"showall": "1"}:
                return article_page(request, story, page=None)
            if set(params) == {"start"} and _int(params["start"]) is not None:
                n = int(params["start"])
                if 0 < n < len(story.opts["pages"]):
                    return article_page(request, story, page=n)
        return None


def build_site() -> JoomlaSite:
    return JoomlaSite()


GOLD = [gold_record(s, sef_path(s), cat_of(s).name, alt_paths=alt_paths(s)) for s in STORIES]

NON_ARTICLES = [
    "/index.php/gioi-thieu",
    "/index.php/lien-he",
    "/index.php/thu-vien-anh",
    *[f"/index.php/van-ban/{d['id']}-{d['slug']}" for d in DOCS],
]
