"""Trường Chính trị tỉnh Hà Tĩnh on Joomla 2.5 with a Vietnamese vendor template (blind fixture).

Platform
--------
Joomla! 2.5 (``<meta name="generator" content="Joomla! - Open Source Content Management">``),
still running in 2026, with the vendor template ``tct_hatinh`` (a layout of numbered
``#vt-…``/``cot-…`` boxes, modules in the "xhtml" chrome with their class suffix glued to
``moduletable``). SEF URLs are on, URL rewriting is off (so every path keeps ``/index.php/``),
the .html suffix is on, and the "System - SEF" plugin is *disabled*: the template prints its own
``<base href="http://host/">`` (JURI::base()) and relies on it for relative links.

URL scheme
----------
- home = com_content "featured" view: ``/`` (also ``/index.php``), pages ``/index.php?start=5``;
  page 1 is linked back as ``/index.php?limitstart=0``.
- article (canonical = routed through its category's menu item):
  ``/index.php/<menu-alias>/<catid>-<cat-alias>/<id>-<alias>.html``; a category with no menu item
  routes under the home item: ``/index.php/14-thong-bao/188-<alias>.html``.
- the same article under another menu item (``/index.php/<other-menu>/<catid>-…/<id>-….html`` or
  under home ``/index.php/<catid>-…/<id>-….html``): Joomla's router only reads the last two
  segments, so any of the three menu contexts serves the article.
- non-SEF: ``/index.php?option=com_content&view=article&id=<n>:<alias>&catid=<n>:<cat>&Itemid=<n>``.
- print view: ``<article URL>?tmpl=component&print=1&page=``; the vote form posts to
  ``<article URL>?hitcount=0`` (also served on GET).
- pagebreak article: ``?limitstart=1`` (page 2), ``?limitstart=0`` (page 1 again), ``?showall=1``.
- categories: ``/index.php/tin-tuc-su-kien`` and ``/index.php/nghien-cuu-khoa-hoc`` are
  "List all categories" views; the category blogs are ``/index.php/<menu>/<catid>-<cat-alias>``
  with ``?start=<n>`` (page 1 linked as ``?limitstart=0``).
- other pages: ``/index.php/gioi-thieu/lich-su-phat-trien``, ``/index.php/gioi-thieu/co-cau-to-chuc``
  (single-article menu items), ``/index.php/van-ban-tai-lieu`` (Phoca Download, files on
  ``?download=<n>:<alias>``), ``/index.php/thu-vien-anh`` (album), ``/index.php/lien-he``
  (com_contact), ``/robots.txt`` (Joomla 2.5's own, which disallows /images/).

Page templates
--------------
- featured home: ``div.blog-featured`` > ``div.items-leading`` > ``div.leading-0``, then
  ``div.items-row.cols-2.row-N`` > ``div.item.column-N``, then ``div.items-more`` ("Các bài viết
  khác…", an ``<ol>`` of links to the next page's first items), then ``div.pagination`` with
  ``p.counter`` "Trang 1 của 2". The featured menu item has "Linked titles: No": an item's only
  link is its "Xem tiếp ›" read-more, which Joomla prints only when the article has a full text.
  Featured ordering is the manual "featured ordering", not the date.
- category blog: ``div.blog`` with the menu's ``<h1>`` page heading, ``h2 > span.subheading-category``,
  ``div.category-desc``, leading/intro items with linked titles and "Đọc thêm: <title>".
- article: ``div.item-page``: ``<h1>`` = the *menu item's* page heading ("Tin tức - Sự kiện"),
  ``<h2><a>`` = the headline, ``ul.actions`` (print icon, rel=nofollow), ``dl.article-info``
  ("Chi tiết", "Danh mục cha:", "Chuyên mục:", "Ngày tạo …", "Cập nhật lần cuối …", on one
  article "Ngày đăng …", "Viết bởi …", "Lượt truy cập: N"), the vote plugin's rating and form,
  ``div.img-fulltext-left``, then the text *directly* inside ``div.item-page`` (no wrapper),
  then the vendor's AddThis bar, still inside ``div.item-page``.
- dates as the vi-VN language pack prints DATE_FORMAT_LC2 "l, d F Y H:i":
  "Thứ năm, 03 Tháng Mười Hai 2026 14:30" (month *names*, "Tháng Mười Một" = November).
- chrome: banner, header clock "Thứ Bảy, 05/12/2026", horizontal mod_menu with drop-downs
  (a "Giới thiệu" separator, "URL" items typed relative), breadcrumbs "Bạn đang ở: …", left column
  (Thông báo marquee, Tin mới cập nhật, search form), right column (Đọc nhiều, Liên kết website
  select, Thăm dò ý kiến poll form, Thống kê truy cập counter), footer with address and phones.

How each gold article is reached
--------------------------------
Featured (manual order) page 1: 187 (leading), 186, 182, 184 (printed in full, NO link), 181;
"Các bài viết khác": 179, 183. Featured page 2 (``?start=5``): 179, 183, 188, 177.
Category "Tin hoạt động" (5 a page): 187, 184, 181, 179, 172 | page 2: 168 (only there).
Category "Đào tạo - Bồi dưỡng": 186, 183, 170. Category "Trao đổi nghiên cứu" (2 a page):
182, 177 | page 2: 166 (only there). Category "Thông báo" (no menu item, ``/index.php/14-thong-bao``):
188. Sidebar "Tin mới cập nhật" (relative non-SEF links): 188, 187, 186, 184, 183; sidebar
"Thông báo": 188 (relative non-SEF); "Đọc nhiều": 187, 170, 177 (routed through the page's own
menu item). 172 is reached only from page 1 of its category, 168 and 166 only from page 2.

Traps
-----
1. ``<base href>`` at the site root, with relative links (kind: URL resolution). The vendor
   modules print non-SEF links typed relative (``index.php?option=com_content&…``), the menu's
   "URL" items are ``index.php/tin-tuc-su-kien/8-tin-hoat-dong``, one article links another with
   ``index.php/14-thong-bao/188-….html`` and every content image is ``images/…``. Resolved
   against the page's own path (``/index.php/tin-tuc-su-kien/8-tin-hoat-dong/…``) they 404.
   Gold: image paths are ``/images/…`` (resolved against the base); the non-SEF forms are
   alt_paths of their articles.
2. One article, many menu paths (kind: router-made duplicates, no canonical link printed). The
   "Đọc nhiều" module routes with the *active* Itemid: on the home page 187 is
   ``/index.php/8-tin-hoat-dong/187-….html``, on research pages it is
   ``/index.php/nghien-cuu-khoa-hoc/8-tin-hoat-dong/187-….html``. Gold: one record per article,
   path = the category-menu route; every served menu variant, the non-SEF form, the print view
   and the ``?hitcount=0`` vote target go into alt_paths.
3. The ``<h1>`` is the menu item's page heading ("Tin tức - Sự kiện", "Nghiên cứu khoa học"), the
   headline is the ``<h2>`` under it (kind: headline not in h1); ``<title>`` appends the site name.
   Gold title = the ``<h2>`` text.
4. Featured home: "Linked titles: No" and an article without full text (184) is printed there in
   full with no link at all; its page is found only via its category (kind: a listing that shows a
   whole article). Gold: 184's page is the article; the home is a listing. Featured ordering is
   manual: the newest article (188) sits on page 2, below older ones.
5. Pagebreak plugin (kind: one article split over pages): 182 prints "Mục lục bài viết", "Trang 1
   của 2" and "Tiếp >>" to ``?limitstart=1``; ``?showall=1`` prints it whole. Gold: one record at the
   first page's URL; body = both pages' text in order; ``?limitstart=0/1`` and ``?showall=1`` are
   alt_paths; the TOC, the counter and the page navigation are not body.
6. Email cloaking plugin (kind: script output inside a sentence): in 183 the address is written by
   ``<script>document.write(…)`` and followed by the no-JS notice "Địa chỉ email này đang được bảo
   vệ khỏi chương trình thư rác, bạn cần kích hoạt JavaScript để xem nó.". Gold: neither the script
   nor the notice is text; the sentence reads on around them ("…qua thư điện tử trong giờ hành
   chính.").
7. Content-plugin residue (kind: unprocessed or processed plugin tags in the text): 177 carries a
   literal ``{gallery}2026/hoi-thao-nghien-cuu-thuc-te{/gallery}`` paragraph (the gallery plugin is
   disabled); 183 has ``{loadposition cungchuyenmuc}`` rendered as a module ("Cùng chuyên mục" with
   links) in the middle of its text. Gold: neither is body.
8. Captions only in an attribute (Joomla's caption.js): the full-text image and some inline images
   are ``<img class="caption" title="…">``; the visible caption is made by JavaScript at load time;
   ``alt`` holds a file-name-like string. Gold caption = the ``title``; an image without class
   "caption" and without a line under it has caption None.
9. Dates: "Tháng Mười Một" vs "Tháng Mười" (a prefix), day names in lower case ("Thứ năm"). Each
   article prints "Ngày tạo" and a later "Cập nhật lần cuối"; 181 also prints "Ngày đăng" (its
   scheduled publication, two days after creation). Gold = "Ngày đăng" when printed, else
   "Ngày tạo"; never "Cập nhật lần cuối", never the header clock. The notice 188 follows the house
   rule for official documents (the letterhead's day).
10. Word paste (kind: non-text elements inside the text): 179 has a ``<style>`` block with Word's
    "Style Definitions" and ``<xml>`` leftovers, ``<o:p>`` tags and empty ``&nbsp;`` paragraphs
    between its paragraphs. Gold: none of that is text.
11. Bylines four ways: "Viết bởi Quản trị viên" (a CMS account, also in ``<meta name="author">``)
    -> nobody; "Viết bởi ThS. Trần Quốc Việt" (created_by_alias, 186) -> "Trần Quốc Việt"; a
    right-aligned line at the end ("Tin, ảnh: Đức Thắng", "Tin: Hoàng Anh - Ảnh: Minh Đức",
    "Lê Thị Thu Hằng - Khoa Lý luận cơ sở", a unit "Phòng Tổ chức - Hành chính"); the research
    articles' author at the *top* ("ThS. Nguyễn Thị Minh Nguyệt" + a unit line under a ``<br>``).
12. Encodings: 172 was saved by JCE with named/numeric entities (``&agrave;``, ``&#7897;``); 170
    was typed decomposed (NFD). Gold text is NFC.
13. Category: the article prints "Danh mục cha: Tin tức - Sự kiện" and "Chuyên mục: Tin hoạt
    động", the breadcrumb shows the menu item then the category. Gold category = the article's own
    category ("Tin hoạt động"), never the parent or the menu heading.

Gold decisions on ambiguous points
----------------------------------
- published_at: "Ngày đăng" over "Ngày tạo" (see trap 9); times are printed, so ISO with +07:00.
- The email-cloak notice is the plugin's, not the editor's: dropped with its scripts; the address
  itself is never printed as text, so it is not in the gold either.
- A multi-page article is one article; its page-2 URL is an alt_path (it serves part of the same
  article), its body is the whole text as ``?showall=1`` prints it.
- "Xem thêm: <link>" under 187's text is not body; "(Theo Báo Hà Tĩnh)" closing 170 is its source
  "Báo Hà Tĩnh"; "Nguồn: Báo Hà Tĩnh điện tử" closing 168 is its source.
- The research articles' unit line under the author ("Giảng viên Khoa Xây dựng Đảng") is neither
  body nor author.
- "Ảnh: Minh Đức" under a photo: caption None, "Minh Đức" is a photographer.
- Intro pages (Lịch sử phát triển, Cơ cấu tổ chức) are rendered as com_content articles but are
  not articles (NON_ARTICLES), like the contact page, the document list and the album.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import parse_qsl

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

NAME = "joomla25_featured_tct"
PLATFORM = "Joomla 2.5 (com_content featured home, category blogs, SEF .html with index.php, vendor template)"
START_PATH = "/"

SITE_NAME = "Trường Chính trị tỉnh Hà Tĩnh"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
TEMPLATE = "tct_hatinh"


# --- menus and categories ----------------------------------------------------------------------


@dataclass(frozen=True)
class Menu:
    itemid: int
    alias: str  # "" = the home item (its alias never shows in routes)
    title: str
    heading: str | None  # the page heading printed as <h1> on its pages


MENUS = {
    "": Menu(101, "", "Trang chủ", None),
    "tin-tuc-su-kien": Menu(102, "tin-tuc-su-kien", "Tin tức - Sự kiện", "Tin tức - Sự kiện"),
    "nghien-cuu-khoa-hoc": Menu(104, "nghien-cuu-khoa-hoc", "Nghiên cứu khoa học", "Nghiên cứu khoa học"),
}
ITEMID_MENU = {m.itemid: key for key, m in MENUS.items()}


@dataclass(frozen=True)
class Cat:
    id: int
    alias: str
    title: str
    menu: str  # menu key whose route the category's articles take
    parent: str | None  # parent category title (the "Danh mục cha")
    desc: str
    leading: int
    intro: int

    @property
    def per_page(self) -> int:
        return self.leading + self.intro

    def route(self, menu: str | None = None) -> str:
        m = self.menu if menu is None else menu
        return f"/index.php/{m}/{self.id}-{self.alias}" if m else f"/index.php/{self.id}-{self.alias}"


CATS = {
    8: Cat(8, "tin-hoat-dong", "Tin hoạt động", "tin-tuc-su-kien", "Tin tức - Sự kiện",
           "Tin về các hoạt động của Nhà trường, các khoa, phòng và đoàn thể.", 1, 4),
    9: Cat(9, "dao-tao-boi-duong", "Đào tạo - Bồi dưỡng", "tin-tuc-su-kien", "Tin tức - Sự kiện",
           "Khai giảng, bế giảng và các hoạt động đào tạo, bồi dưỡng cán bộ.", 1, 4),
    12: Cat(12, "trao-doi-nghien-cuu", "Trao đổi nghiên cứu", "nghien-cuu-khoa-hoc", "Nghiên cứu khoa học",
            "Bài viết trao đổi, nghiên cứu của cán bộ, giảng viên Nhà trường.", 0, 2),
    13: Cat(13, "de-tai-sang-kien", "Đề tài - Sáng kiến", "nghien-cuu-khoa-hoc", "Nghiên cứu khoa học",
            "Đề tài khoa học, sáng kiến kinh nghiệm cấp trường.", 0, 2),
    14: Cat(14, "thong-bao", "Thông báo", "", None, "", 1, 4),
}
#: parent categories behind the two "List all categories" menu items
PARENTS = {"tin-tuc-su-kien": [8, 9], "nghien-cuu-khoa-hoc": [12, 13]}

# --- the 13 articles -------------------------------------------------------------------------

BYLINE_R = '<p style="text-align: right;"><strong>{}</strong></p>'


def _cloak() -> str:
    """plg_content_emailcloak's output for qldt@truongchinhtri.hatinh.gov.vn (mode: as link)."""
    return (
        "<script type='text/javascript'>\n <!--\n var prefix = '&#109;a' + 'i&#108;' + '&#116;o';\n"
        " var path = 'hr' + 'ef' + '=';\n var addy58214 = 'ql&#100;t' + '&#64;';\n"
        " addy58214 = addy58214 + 'tr&#117;ongch&#105;nhtr&#105;' + '&#46;' + 'h&#97;t&#105;nh' + '&#46;'"
        " + 'g&#111;v' + '&#46;' + 'vn';\n document.write('<a ' + path + '\\'' + prefix + ':' + addy58214"
        " + '\\'>');\n document.write(addy58214);\n document.write('<\\/a>');\n //-->\\n </script>"
        "<script type='text/javascript'>\n <!--\n document.write('<span style=\\'display: none;\\'>');\n"
        " //-->\n </script>Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần kích hoạt"
        " JavaScript để xem nó.\n <script type='text/javascript'>\n <!--\n document.write('</');\n"
        " document.write('span>');\n //-->\n </script>"
    )


WORD_JUNK = (
    "<!--[if gte mso 9]><xml> <w:WordDocument> <w:View>Normal</w:View> <w:Zoom>0</w:Zoom>"
    " <w:TrackMoves /> <w:TrackFormatting /> <w:PunctuationKerning /> <w:ValidateAgainstSchemas />"
    " <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid> <w:IgnoreMixedContent>false</w:IgnoreMixedContent>"
    " <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText> <w:DoNotPromoteQF />"
    " <w:LidThemeOther>EN-US</w:LidThemeOther> </w:WordDocument> </xml><![endif]-->\n"
    '<style type="text/css">\n<!--\n /* Style Definitions */\n table.MsoNormalTable\n'
    '\t{mso-style-name:"Table Normal";\n\tmso-tstyle-rowband-size:0;\n\tmso-tstyle-colband-size:0;\n'
    '\tmso-style-noshow:yes;\n\tmso-style-priority:99;\n\tmso-style-parent:"";\n'
    '\tmso-padding-alt:0cm 5.4pt 0cm 5.4pt;\n\tmso-para-margin:0cm;\n\tfont-size:11.0pt;\n'
    '\tfont-family:"Calibri","sans-serif";}\n-->\n</style>\n'
)

NBSP_P = '<p class="MsoNormal"><span style="font-size: 14.0pt;"><o:p>&nbsp;</o:p></span></p>'

STORIES: list[Story] = [
    Story(
        id=187,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-84-tai-huong-khe",
        title="Khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 84 hệ không tập trung tại huyện Hương Khê",
        cat="Tin hoạt động",
        published_at="2026-12-03T14:30:00+07:00",
        authors=["Đức Thắng"],
        photographers=["Đức Thắng"],
        summary=(
            "Sáng ngày 03/12/2026, tại Trung tâm Chính trị huyện Hương Khê, Trường Chính trị tỉnh Hà Tĩnh "
            "phối hợp với Ban Thường vụ Huyện ủy Hương Khê tổ chức khai giảng lớp Trung cấp lý luận chính "
            "trị - hành chính khóa 84, hệ không tập trung."
        ),
        blocks=[
            Img("images/tintuc/2026/12/khai-giang-k84-huong-khe-1.jpg",
                "Đồng chí Nguyễn Văn Thành, Phó Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
                "Đồng chí Nguyễn Văn Thành, Phó Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
                style="fulltext"),
            P("Sáng ngày 03/12/2026, tại Trung tâm Chính trị huyện Hương Khê, Trường Chính trị tỉnh Hà Tĩnh "
              "phối hợp với Ban Thường vụ Huyện ủy Hương Khê tổ chức khai giảng lớp Trung cấp lý luận chính "
              "trị - hành chính khóa 84, hệ không tập trung.", "b"),
            P("Dự lễ khai giảng có đồng chí Nguyễn Văn Thành, Phó Hiệu trưởng Trường Chính trị tỉnh; đồng chí "
              "Lê Đình Khánh, Phó Bí thư Thường trực Huyện ủy Hương Khê; đại diện lãnh đạo Ban Tổ chức Huyện "
              "ủy, Trung tâm Chính trị huyện cùng 86 học viên của lớp."),
            P("Học viên lớp học là cán bộ, công chức đang công tác tại các xã, thị trấn, các phòng, ban, ngành, "
              "đoàn thể cấp huyện và một số đơn vị sự nghiệp trên địa bàn huyện Hương Khê. Đây là lực lượng "
              "nòng cốt trong hệ thống chính trị cơ sở, trực tiếp triển khai các chủ trương, nghị quyết của "
              "Đảng, chính sách, pháp luật của Nhà nước tại địa phương."),
            Img("images/tintuc/2026/12/khai-giang-k84-huong-khe-2.jpg",
                "Toàn cảnh lễ khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 84",
                "Toàn cảnh lễ khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 84"),
            P("Phát biểu khai giảng, đồng chí Nguyễn Văn Thành nhấn mạnh: “Chương trình trung cấp lý luận "
              "chính trị - hành chính trang bị cho người học hệ thống kiến thức cơ bản về chủ nghĩa Mác - "
              "Lênin, tư tưởng Hồ Chí Minh, đường lối của Đảng và những kỹ năng cần thiết trong lãnh đạo, "
              "quản lý ở cơ sở. Mỗi học viên cần xác định rõ động cơ, thái độ học tập đúng đắn”."),
            P("Theo kế hoạch, lớp học được tổ chức trong thời gian 18 tháng, học tập trung vào các ngày cuối "
              "tuần. Bên cạnh các học phần trên lớp, học viên sẽ đi nghiên cứu thực tế tại một số địa phương "
              "trong tỉnh và hoàn thành bài tập tình huống cuối khóa."),
            P("Nhà trường đề nghị Trung tâm Chính trị huyện phối hợp chặt chẽ trong công tác quản lý học viên, "
              "bảo đảm cơ sở vật chất, tài liệu học tập; đồng thời đề nghị các cơ quan, đơn vị cử cán bộ đi "
              "học tạo điều kiện về thời gian để học viên hoàn thành chương trình."),
            P("Thay mặt học viên, đồng chí Phan Thị Thảo, công chức Văn phòng - Thống kê xã Phúc Trạch hứa sẽ "
              "chấp hành nghiêm quy chế học tập, phát huy tinh thần tự học, vận dụng kiến thức vào thực tiễn "
              "công tác tại địa phương."),
            Raw('<p><em>Xem thêm: <a href="index.php/14-thong-bao/188-thong-bao-chieu-sinh-lop-trung-cap-'
                'llct-hc-he-tap-trung-khoa-85.html">Thông báo chiêu sinh lớp Trung cấp lý luận chính trị - '
                'hành chính hệ tập trung, khóa 85</a></em></p>'),
            Raw(BYLINE_R.format("Tin, ảnh: Đức Thắng")),
        ],
        opts=dict(catid=8, created="2026-12-03 14:30", modified="2026-12-03 16:05", intro_n=2,
                  thumb="images/tintuc/2026/12/thumb-khai-giang-k84.jpg"),
    ),
    Story(
        id=186,
        slug="be-giang-lop-boi-duong-nghiep-vu-cong-tac-mat-tran-cho-can-bo-co-so-nam-2026",
        title="Bế giảng lớp bồi dưỡng nghiệp vụ công tác Mặt trận cho cán bộ cơ sở năm 2026",
        cat="Đào tạo - Bồi dưỡng",
        published_at="2026-12-01T09:15:00+07:00",
        authors=["Trần Quốc Việt"],
        blocks=[
            P("Ngày 30/11/2026, Trường Chính trị tỉnh Hà Tĩnh phối hợp với Ban Thường trực Ủy ban MTTQ Việt "
              "Nam tỉnh tổ chức bế giảng lớp bồi dưỡng nghiệp vụ công tác Mặt trận cho cán bộ cơ sở năm 2026."),
            P("Sau 10 ngày học tập, 80 học viên là chủ tịch, phó chủ tịch Ủy ban MTTQ các xã, phường, thị trấn "
              "đã được trang bị những nội dung cơ bản về công tác Mặt trận trong giai đoạn mới: tập hợp, xây "
              "dựng khối đại đoàn kết toàn dân tộc; giám sát và phản biện xã hội; tham gia góp ý xây dựng Đảng, "
              "xây dựng chính quyền; kỹ năng tổ chức các cuộc vận động, phong trào thi đua ở khu dân cư."),
            Img("images/tintuc/2026/12/be-giang-mat-tran-2026.jpg",
                "Lãnh đạo Nhà trường và Ủy ban MTTQ tỉnh trao giấy chứng nhận cho học viên",
                "Lãnh đạo Nhà trường và Ủy ban MTTQ tỉnh trao giấy chứng nhận cho học viên", style="jcap"),
            P("Kết quả học tập của lớp như sau:"),
            P("Xếp loại | Số học viên | Tỷ lệ", "th"),
            P("Giỏi | 27 | 33,75%", "tr"),
            P("Khá | 49 | 61,25%", "tr"),
            P("Trung bình | 4 | 5,0%", "tr"),
            P("Phát biểu bế giảng, đại diện lãnh đạo Nhà trường đánh giá cao tinh thần, thái độ học tập của học "
              "viên; đề nghị mỗi học viên sau khi trở về địa phương tiếp tục nghiên cứu, vận dụng linh hoạt "
              "kiến thức đã học, góp phần nâng cao chất lượng hoạt động của Mặt trận ở cơ sở."),
            P("Dịp này, Ủy ban MTTQ tỉnh tặng giấy khen cho 5 học viên có thành tích xuất sắc trong khóa học."),
        ],
        opts=dict(catid=9, created="2026-12-01 09:15", modified="2026-12-01 10:40", intro_n=2,
                  by="ThS. Trần Quốc Việt", thumb="images/tintuc/2026/12/thumb-be-giang-mat-tran.jpg"),
    ),
    Story(
        id=182,
        slug="van-dung-tu-tuong-ho-chi-minh-ve-dan-la-goc-trong-xay-dung-nong-thon-moi-o-ha-tinh",
        title="Vận dụng tư tưởng Hồ Chí Minh về “dân là gốc” trong xây dựng nông thôn mới ở Hà Tĩnh hiện nay",
        cat="Trao đổi nghiên cứu",
        published_at="2026-11-23T15:10:00+07:00",
        authors=["Nguyễn Thị Minh Nguyệt"],
        summary=(
            "Tư tưởng Hồ Chí Minh về “dân là gốc” là sợi chỉ đỏ xuyên suốt trong đường lối của Đảng ta. Quán "
            "triệt tư tưởng đó, Hà Tĩnh đã phát huy vai trò chủ thể của Nhân dân trong xây dựng nông thôn mới, "
            "tạo nên những kết quả quan trọng."
        ),
        blocks=[
            Raw('<p style="text-align: right;"><strong><em>ThS. Nguyễn Thị Minh Nguyệt</em></strong><br />'
                "<em>Giảng viên Khoa Xây dựng Đảng</em></p>"),
            P("Tư tưởng Hồ Chí Minh về “dân là gốc” là sợi chỉ đỏ xuyên suốt trong đường lối của Đảng ta. Quán "
              "triệt tư tưởng đó, Hà Tĩnh đã phát huy vai trò chủ thể của Nhân dân trong xây dựng nông thôn mới, "
              "tạo nên những kết quả quan trọng.", "b"),
            P("1. Tư tưởng Hồ Chí Minh về “dân là gốc”", "h3"),
            P("Chủ tịch Hồ Chí Minh khẳng định: “Gốc có vững cây mới bền. Xây lầu thắng lợi trên nền nhân "
              "dân”.[1] Theo Người, dân là chủ thể của mọi quyền lực, mọi lợi ích đều vì dân và mọi công việc "
              "đều phải dựa vào dân mới thành công."),
            P("Người chỉ rõ: “Dễ mười lần không dân cũng chịu, khó trăm lần dân liệu cũng xong”.[2] Đây là bài "
              "học về phương pháp vận động quần chúng: phải làm cho dân hiểu, dân tin, dân làm theo; không áp "
              "đặt, không làm thay dân."),
            P("Tư tưởng ấy được Đảng ta cụ thể hóa thành phương châm “dân biết, dân bàn, dân làm, dân kiểm tra, "
              "dân giám sát, dân thụ hưởng”, trở thành nguyên tắc chỉ đạo trong Chương trình mục tiêu quốc gia "
              "xây dựng nông thôn mới."),
            P("2. Thực trạng và giải pháp ở Hà Tĩnh", "h3"),
            P("Sau hơn 15 năm triển khai, Hà Tĩnh là một trong những địa phương dẫn đầu khu vực Bắc Trung Bộ "
              "về xây dựng nông thôn mới. Nhân dân đã hiến hàng triệu mét vuông đất, đóng góp hàng nghìn ngày "
              "công để làm đường giao thông, kênh mương nội đồng, nhà văn hóa thôn."),
            P("Tuy vậy, ở một số nơi, việc phát huy vai trò của người dân còn mang tính hình thức; công tác "
              "tuyên truyền chưa thật sự sâu sát; một bộ phận người dân còn tâm lý trông chờ, ỷ lại vào sự hỗ "
              "trợ của Nhà nước."),
            P("Để tiếp tục vận dụng tư tưởng “dân là gốc” trong giai đoạn tới, cần tập trung một số giải pháp:"),
            P("Một là, đổi mới nội dung, phương thức tuyên truyền, vận động, lấy khu dân cư làm địa bàn, lấy "
              "kết quả cụ thể làm thước đo."),
            P("Hai là, thực hiện tốt quy chế dân chủ ở cơ sở, công khai minh bạch các khoản đóng góp và kết "
              "quả sử dụng nguồn lực."),
            P("Ba là, nâng cao năng lực, trách nhiệm của đội ngũ cán bộ cơ sở, nhất là người đứng đầu, gần dân, "
              "hiểu dân, nói đi đôi với làm."),
            P("Tài liệu tham khảo:", "pb"),
            P("[1] Hồ Chí Minh: Toàn tập, Nxb Chính trị quốc gia Sự thật, Hà Nội, 2011, t.15, tr.349."),
            P("[2] Hồ Chí Minh: Toàn tập, Sđd, t.15, tr.280."),
        ],
        opts=dict(catid=12, created="2026-11-23 15:10", modified="2026-11-24 08:20", intro_n=2,
                  break_at=6, page_titles=["Vận dụng tư tưởng Hồ Chí Minh về “dân là gốc”",
                                           "Thực trạng và giải pháp"],
                  thumb="images/nghiencuu/thumb-dan-la-goc.jpg"),
    ),
    Story(
        id=184,
        slug="chi-bo-khoa-ly-luan-co-so-sinh-hoat-chuyen-de-quy-iv-nam-2026",
        title="Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề quý IV năm 2026",
        cat="Tin hoạt động",
        published_at="2026-11-27T16:20:00+07:00",
        authors=["Lê Thị Thu Hằng"],
        blocks=[
            P("Chiều ngày 26/11/2026, Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề quý IV với chủ đề "
              "“Nâng cao trách nhiệm nêu gương của đảng viên là giảng viên trong giai đoạn hiện nay”.", "plain"),
            P("Tại buổi sinh hoạt, các đồng chí đảng viên đã thảo luận sôi nổi về những biểu hiện cụ thể của "
              "việc nêu gương trong giảng dạy, nghiên cứu khoa học và trong sinh hoạt tại nơi cư trú.", "plain"),
            P("Chi bộ thống nhất mỗi đảng viên đăng ký ít nhất một việc làm cụ thể để thực hiện trong năm "
              "2027, gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.", "plain"),
            P("Kết thúc buổi sinh hoạt, đồng chí Bí thư Chi bộ đề nghị các đảng viên tiếp tục đổi mới phương "
              "pháp giảng dạy, tăng cường liên hệ thực tiễn của tỉnh trong từng bài giảng.", "plain"),
            Raw('<p style="text-align: right;"><strong>Lê Thị Thu Hằng - Khoa Lý luận cơ sở</strong></p>'),
        ],
        opts=dict(catid=8, created="2026-11-27 16:20", modified="2026-11-28 07:45"),
    ),
    Story(
        id=181,
        slug="doan-cong-tac-truong-chinh-tri-tinh-ha-tinh-hoc-tap-kinh-nghiem-tai-quang-binh",
        title="Đoàn công tác Trường Chính trị tỉnh Hà Tĩnh học tập kinh nghiệm tại Trường Chính trị tỉnh Quảng Bình",
        cat="Tin hoạt động",
        published_at="2026-11-20T07:30:00+07:00",
        authors=["Hoàng Anh"],
        photographers=["Minh Đức"],
        blocks=[
            P("Từ ngày 17 đến 18/11/2026, đoàn công tác Trường Chính trị tỉnh Hà Tĩnh do đồng chí Nguyễn Văn "
              "Sơn, Hiệu trưởng làm trưởng đoàn đã đến thăm, học tập kinh nghiệm tại Trường Chính trị tỉnh "
              "Quảng Bình."),
            P("Tại buổi làm việc, hai bên đã trao đổi kinh nghiệm về đổi mới nội dung, chương trình, phương "
              "pháp giảng dạy; công tác quản lý học viên; việc xây dựng trường chính trị đạt chuẩn mức 1 theo "
              "Quy định của Ban Bí thư."),
            Img("images/tintuc/2026/11/hoc-tap-kinh-nghiem-quang-binh.jpg",
                "Hai đoàn chụp ảnh lưu niệm tại Trường Chính trị tỉnh Quảng Bình",
                "Hai đoàn chụp ảnh lưu niệm tại Trường Chính trị tỉnh Quảng Bình", style="jcap"),
            P("Đoàn đặc biệt quan tâm đến mô hình giảng viên đi thực tế cơ sở theo chuyên đề, mô hình “lớp học "
              "thông minh” ứng dụng công nghệ số trong quản lý đào tạo và việc số hóa tài liệu thư viện.", "br"),
            P("Đây là những kinh nghiệm quý để Nhà trường nghiên cứu, vận dụng phù hợp với điều kiện thực tế."),
            P("Dịp này, đoàn đã đến dâng hương tại Khu lưu niệm Đại tướng Võ Nguyên Giáp ở xã Lộc Thủy, huyện "
              "Lệ Thủy."),
            Raw('<p style="text-align: right;"><strong>Tin: Hoàng Anh - Ảnh: Minh Đức</strong></p>'),
        ],
        opts=dict(catid=8, created="2026-11-18 16:40", modified="2026-11-20 08:02", published="2026-11-20 07:30",
                  intro_n=1, thumb="images/tintuc/2026/11/thumb-quang-binh.jpg"),
    ),
    Story(
        id=179,
        slug="truong-chinh-tri-tinh-gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Trường Chính trị tỉnh gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="Tin hoạt động",
        published_at="2026-11-19T10:45:00+07:00",
        authors=["Phòng Tổ chức - Hành chính"],
        photographers=["Minh Đức"],
        blocks=[
            Raw(WORD_JUNK),
            P("Sáng 19/11/2026, Trường Chính trị tỉnh Hà Tĩnh tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt "
              "Nam (20/11/1982 - 20/11/2026). Tham dự có các đồng chí nguyên lãnh đạo Nhà trường qua các thời "
              "kỳ, các thầy giáo, cô giáo đã nghỉ hưu cùng toàn thể cán bộ, viên chức, người lao động.", "mso"),
            Raw(NBSP_P),
            P("Ôn lại truyền thống, đồng chí Hiệu trưởng nêu rõ: trải qua hơn 75 năm xây dựng và phát triển, "
              "các thế hệ cán bộ, giảng viên Nhà trường luôn đoàn kết, khắc phục khó khăn, hoàn thành tốt nhiệm "
              "vụ đào tạo, bồi dưỡng đội ngũ cán bộ của tỉnh.", "mso"),
            Img("images/tintuc/2026/11/ky-niem-20-11-2026-1.jpg", "Ảnh: Minh Đức", None, style="next"),
            P("Năm học 2025 - 2026, Nhà trường đã mở 42 lớp với hơn 3.100 học viên; 100% giảng viên thực hiện "
              "đi thực tế cơ sở theo quy định; nhiều giảng viên đạt giải cao tại Hội thi giảng viên dạy giỏi "
              "các trường chính trị khu vực Bắc Trung Bộ.", "mso"),
            Raw(NBSP_P),
            P("Tại buổi gặp mặt, Nhà trường đã trao giấy khen của Hiệu trưởng cho 12 cá nhân có thành tích "
              "xuất sắc trong năm học và tặng hoa chúc mừng các nhà giáo lão thành.", "mso"),
            Img("images/tintuc/2026/11/ky-niem-20-11-2026-2.jpg",
                "Các nhà giáo lão thành nhận hoa chúc mừng của Nhà trường",
                "Các nhà giáo lão thành nhận hoa chúc mừng của Nhà trường", style="next"),
            P("Thay mặt các nhà giáo đã nghỉ hưu, thầy giáo Trần Đình Lục bày tỏ niềm vui khi chứng kiến sự "
              "trưởng thành của Nhà trường và mong muốn thế hệ trẻ tiếp tục giữ gìn, phát huy truyền thống "
              "“Tôn sư trọng đạo”.", "mso"),
            Raw('<p class="MsoNormal" style="text-align: right;" align="right"><b><span style="font-size: '
                '14.0pt;">Phòng Tổ chức - Hành chính<o:p></o:p></span></b></p>'),
        ],
        opts=dict(catid=8, created="2026-11-19 10:45", modified="2026-11-21 09:12", intro_n=2,
                  thumb="images/tintuc/2026/11/thumb-20-11.jpg"),
    ),
    Story(
        id=183,
        slug="khai-giang-lop-boi-duong-chuc-danh-bi-thu-pho-bi-thu-dang-uy-cap-xa-nam-2026",
        title="Khai giảng lớp bồi dưỡng chức danh Bí thư, Phó Bí thư đảng ủy cấp xã năm 2026",
        cat="Đào tạo - Bồi dưỡng",
        published_at="2026-11-24T10:00:00+07:00",
        authors=["Hoàng Anh"],
        blocks=[
            Img("images/tintuc/2026/11/boi-duong-bi-thu-xa.jpg", None, None, style="fulltext"),
            P("Ngày 24/11/2026, Trường Chính trị tỉnh khai giảng lớp bồi dưỡng chức danh Bí thư, Phó Bí thư "
              "đảng ủy cấp xã năm 2026 cho 65 học viên đến từ các huyện, thị xã, thành phố trong tỉnh."),
            P("Lớp học được tổ chức theo chương trình của Ban Tổ chức Trung ương, gồm các chuyên đề về kỹ năng "
              "lãnh đạo, quản lý; xây dựng và tổ chức thực hiện nghị quyết; công tác kiểm tra, giám sát; xử lý "
              "tình huống phát sinh ở cơ sở; chuyển đổi số trong hoạt động của cấp ủy."),
            # {loadposition cungchuyenmuc} typed in its own paragraph: the module lands inside the <p>
            Raw('<p><div class="moduletable_cungchuyenmuc">\n<h3>Cùng chuyên mục</h3>\n<ul class="latestnews">\n'
                "{loadposition_links}</ul>\n</div></p>"),
            P("Phương pháp bồi dưỡng chú trọng trao đổi, thảo luận, thực hành tình huống; mỗi học viên xây "
              "dựng một kế hoạch hành động cụ thể để triển khai tại đơn vị sau khóa học."),
            P("Các cơ quan, đơn vị có nhu cầu tham khảo tài liệu của lớp học liên hệ Phòng Quản lý đào tạo - "
              "Nghiên cứu khoa học, điện thoại 0239.3855.246 hoặc qua thư điện tử trong giờ hành chính.",
              "cloak"),
            Raw(BYLINE_R.format("Hoàng Anh")),
        ],
        opts=dict(catid=9, created="2026-11-24 10:00", modified="2026-11-24 14:18", intro_n=2,
                  cloak_after="qua thư điện tử", thumb="images/tintuc/2026/11/thumb-bi-thu-xa.jpg"),
    ),
    Story(
        id=188,
        slug="thong-bao-chieu-sinh-lop-trung-cap-llct-hc-he-tap-trung-khoa-85",
        title="Thông báo chiêu sinh lớp Trung cấp lý luận chính trị - hành chính hệ tập trung, khóa 85",
        cat="Thông báo",
        published_at="2026-12-02",
        authors=["Võ Thị Hồng Nhung"],
        blocks=[
            Raw('<table style="width: 100%;" border="0" cellpadding="0"><tbody><tr>'
                '<td style="text-align: center; width: 40%;"><strong>TỈNH ỦY HÀ TĨNH</strong><br />'
                "<strong>TRƯỜNG CHÍNH TRỊ TỈNH</strong><br />*<br />Số: 215-TB/TCT</td>"
                '<td style="text-align: center;"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong><br /><br />'
                "<em>Hà Tĩnh, ngày 02 tháng 12 năm 2026</em></td></tr></tbody></table>"),
            Raw('<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
                "<strong>Chiêu sinh lớp Trung cấp lý luận chính trị - hành chính hệ tập trung, khóa 85</strong></p>"),
            P("Thực hiện Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027 đã được Ban Thường vụ Tỉnh ủy phê duyệt, "
              "Trường Chính trị tỉnh thông báo chiêu sinh lớp Trung cấp lý luận chính trị - hành chính hệ tập "
              "trung, khóa 85 như sau:"),
            P("1. Đối tượng, tiêu chuẩn", "pb"),
            P("Cán bộ, công chức, viên chức trong quy hoạch các chức danh lãnh đạo, quản lý cấp phòng và tương "
              "đương ở cấp tỉnh, cấp huyện; cán bộ chủ chốt cấp xã; có trình độ chuyên môn từ trung cấp trở "
              "lên; tuổi đời không quá 45 đối với nam và không quá 40 đối với nữ tính đến thời điểm nhập học."),
            P("2. Thời gian, địa điểm", "pb"),
            P("Lớp học khai giảng vào ngày 04/01/2027, thời gian đào tạo 8 tháng, học tập trung tại Trường "
              "Chính trị tỉnh Hà Tĩnh."),
            P("3. Hồ sơ đăng ký", "pb"),
            P("- Quyết định cử đi học của cơ quan có thẩm quyền;", "plain"),
            P("- Bản sao bằng tốt nghiệp chuyên môn và lý lịch trích ngang theo mẫu của Nhà trường.", "plain"),
            P("Hồ sơ gửi về Phòng Quản lý đào tạo - Nghiên cứu khoa học trước ngày 25/12/2026. Đề nghị các "
              "huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy quan tâm, phối hợp thực hiện."),
            Raw('<table style="width: 100%;" border="0"><tbody><tr><td style="width: 50%; vertical-align: top;">'
                "<strong><em>Nơi nhận:</em></strong><br />- Các huyện ủy, thị ủy, thành ủy,<br />"
                "&nbsp; đảng ủy trực thuộc Tỉnh ủy;<br />- Ban Tổ chức Tỉnh ủy;<br />- Lưu VP, QLĐT.</td>"
                '<td style="text-align: center; vertical-align: top;"><strong>K/T HIỆU TRƯỞNG<br />'
                "PHÓ HIỆU TRƯỞNG</strong><br /><br /><br /><br /><strong>Võ Thị Hồng Nhung</strong></td>"
                "</tr></tbody></table>"),
        ],
        opts=dict(catid=14, created="2026-12-04 08:00", modified="2026-12-04 08:00", intro_n=2,
                  thumb="images/thongbao/thumb-chieu-sinh.jpg"),
    ),
    Story(
        id=177,
        slug="hoi-thao-khoa-hoc-nang-cao-chat-luong-viet-thu-hoach-nghien-cuu-thuc-te",
        title="Hội thảo khoa học “Nâng cao chất lượng viết thu hoạch nghiên cứu thực tế của học viên hệ trung "
              "cấp lý luận chính trị - hành chính”",
        cat="Trao đổi nghiên cứu",
        published_at="2026-11-12T15:00:00+07:00",
        authors=["Thanh Loan"],
        photographers=["Thanh Loan"],
        blocks=[
            P("Ngày 12/11/2026, Trường Chính trị tỉnh tổ chức Hội thảo khoa học cấp trường “Nâng cao chất "
              "lượng viết thu hoạch nghiên cứu thực tế của học viên hệ trung cấp lý luận chính trị - hành "
              "chính”. Hội thảo nhận được 18 tham luận của cán bộ, giảng viên trong trường và các trung tâm "
              "chính trị cấp huyện."),
            P("Các tham luận đã chỉ ra những hạn chế phổ biến trong bài thu hoạch của học viên như: nội dung "
              "còn chung chung, số liệu thiếu cập nhật, phần giải pháp chưa gắn với thực tiễn đơn vị; một số "
              "bài còn sao chép tài liệu."),
            Img("images/nghiencuu/2026/hoi-thao-thu-hoach-1.jpg",
                "Quang cảnh Hội thảo", "Quang cảnh Hội thảo", style="jcap"),
            P("Từ đó, các đại biểu đề xuất đổi mới khâu hướng dẫn đề cương, tăng cường vai trò của giảng viên "
              "hướng dẫn, xây dựng tiêu chí chấm điểm rõ ràng và ứng dụng phần mềm kiểm tra trùng lặp."),
            Raw("<p>{gallery}2026/hoi-thao-nghien-cuu-thuc-te{/gallery}</p>"),
            P("Kết luận hội thảo, đồng chí Phó Hiệu trưởng giao Phòng Quản lý đào tạo - Nghiên cứu khoa học "
              "tổng hợp ý kiến, tham mưu ban hành hướng dẫn mới áp dụng từ các khóa học năm 2027."),
            Raw(BYLINE_R.format("Tin, ảnh: Thanh Loan")),
        ],
        opts=dict(catid=12, created="2026-11-12 15:00", modified="2026-11-13 07:58", intro_n=1,
                  thumb="images/nghiencuu/2026/thumb-hoi-thao.jpg"),
    ),
    Story(
        id=172,
        slug="cong-doan-truong-to-chuc-giai-bong-chuyen-hoi-chao-mung-ngay-phu-nu-viet-nam",
        title="Công đoàn Trường tổ chức giải bóng chuyền hơi chào mừng Ngày Phụ nữ Việt Nam 20/10",
        cat="Tin hoạt động",
        published_at="2026-10-19T09:30:00+07:00",
        authors=["Nguyễn Thị Hoài Thu"],
        blocks=[
            P("Chào mừng kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026), "
              "Công đoàn Trường Chính trị tỉnh tổ chức giải bóng chuyền hơi nữ dành cho cán bộ, viên chức, "
              "người lao động."),
            P("Giải đấu có sự tham gia của 6 đội đến từ các khoa, phòng. Trong hai ngày thi đấu, các vận động "
              "viên đã mang đến những trận đấu hấp dẫn, thể hiện tinh thần đoàn kết, giao lưu học hỏi."),
            Img("images/tintuc/2026/10/bong-chuyen-hoi-20-10.jpg",
                "Trận chung kết giữa đội Khoa Nhà nước và pháp luật và đội Phòng Tổ chức - Hành chính",
                "Trận chung kết giữa đội Khoa Nhà nước và pháp luật và đội Phòng Tổ chức - Hành chính"),
            P("Kết quả chung cuộc:"),
            P("Giải Nhất: đội Khoa Nhà nước và pháp luật;", "li"),
            P("Giải Nhì: đội Phòng Tổ chức - Hành chính;", "li"),
            P("Giải Ba: đội Khoa Lý luận cơ sở và đội Phòng Quản lý đào tạo - Nghiên cứu khoa học.", "li"),
            P("Ban Tổ chức cũng trao giải phong cách cho đội Khoa Xây dựng Đảng và giải vận động viên xuất "
              "sắc nhất cho chị Hoàng Thị Mai."),
            Raw('<p style="text-align: right;"><em><strong>Nguyễn Thị Hoài Thu</strong> (Công đoàn Trường)</em></p>'),
        ],
        opts=dict(catid=8, created="2026-10-19 09:30", modified="2026-10-20 15:11", intro_n=1, entities=1,
                  thumb="images/tintuc/2026/10/thumb-bong-chuyen.jpg"),
    ),
    Story(
        id=170,
        slug="ha-tinh-hon-300-hoc-vien-hoan-thanh-chuong-trinh-trung-cap-llct-hc-nam-2026",
        title="Hà Tĩnh: Hơn 300 học viên hoàn thành chương trình Trung cấp lý luận chính trị - hành chính năm 2026",
        cat="Đào tạo - Bồi dưỡng",
        published_at="2026-10-15T14:00:00+07:00",
        authors=["Phan Trâm"],
        source="Báo Hà Tĩnh",
        blocks=[
            P("Trong tháng 10/2026, Trường Chính trị tỉnh Hà Tĩnh đã tổ chức bế giảng và trao bằng tốt nghiệp "
              "cho 5 lớp Trung cấp lý luận chính trị - hành chính với tổng số 318 học viên."),
            P("Các lớp được tổ chức tại Nhà trường và các trung tâm chính trị huyện Can Lộc, Thạch Hà, Kỳ Anh, "
              "Đức Thọ. Tỷ lệ học viên tốt nghiệp đạt 99,4%, trong đó 28,6% xếp loại giỏi."),
            Img("images/tintuc/2026/10/trao-bang-tot-nghiep-k80.jpg",
                "Trao bằng tốt nghiệp cho học viên lớp K80 tại huyện Can Lộc",
                "Trao bằng tốt nghiệp cho học viên lớp K80 tại huyện Can Lộc", style="tbl"),
            P("Năm 2026, Nhà trường chú trọng đổi mới phương pháp đánh giá kết quả học tập theo hướng kiểm tra "
              "kỹ năng vận dụng, xử lý tình huống; bài tập tình huống cuối khóa được giao gắn với nhiệm vụ "
              "chính trị của từng địa phương, đơn vị."),
            P("Đến nay, đội ngũ cán bộ chủ chốt cấp xã của tỉnh cơ bản đạt chuẩn về trình độ lý luận chính trị "
              "theo quy định."),
            Raw('<p style="text-align: right;"><strong>Phan Trâm</strong></p>'
                '<p style="text-align: right;"><em>(Theo Báo Hà Tĩnh)</em></p>'),
        ],
        opts=dict(catid=9, created="2026-10-15 14:00", modified="2026-10-16 08:30", intro_n=1, nfd=True,
                  thumb="images/tintuc/2026/10/thumb-tot-nghiep.jpg"),
    ),
    Story(
        id=168,
        slug="2026-10-08-02-15-33",
        title="Trường Chính trị tỉnh Hà Tĩnh triển khai nhiệm vụ năm học 2026 - 2027",
        cat="Tin hoạt động",
        published_at="2026-10-08T09:15:00+07:00",
        authors=["Thu Hà"],
        source="Báo Hà Tĩnh điện tử",
        blocks=[
            P("Sáng 7/10, Trường Chính trị tỉnh Hà Tĩnh tổ chức hội nghị tổng kết năm học 2025 - 2026, triển "
              "khai nhiệm vụ năm học 2026 - 2027."),
            P("Năm học 2025 - 2026, Nhà trường đã hoàn thành toàn diện các chỉ tiêu, nhiệm vụ; chất lượng đào "
              "tạo, bồi dưỡng được nâng lên; công tác nghiên cứu khoa học có nhiều chuyển biến với 2 đề tài "
              "cấp tỉnh được nghiệm thu."),
            P("Một số chỉ tiêu chủ yếu năm học 2026 - 2027:"),
            P("Chỉ tiêu | Kế hoạch", "th"),
            P("Số lớp đào tạo, bồi dưỡng | 45 lớp", "tr"),
            P("Số học viên | 3.300 học viên", "tr"),
            P("Đề tài, sáng kiến cấp trường | 10", "tr"),
            P("Phát biểu chỉ đạo hội nghị, đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy đề nghị Nhà trường tiếp tục "
              "đổi mới mạnh mẽ nội dung, phương pháp giảng dạy, gắn lý luận với thực tiễn; chuẩn bị tốt các "
              "điều kiện để giữ vững danh hiệu trường chính trị chuẩn mức 1."),
            Raw('<p style="text-align: right;"><strong>Thu Hà</strong></p>'
                '<p style="text-align: right;"><em>Nguồn: Báo Hà Tĩnh điện tử</em></p>'),
        ],
        opts=dict(catid=8, created="2026-10-08 09:15", modified="2026-10-08 10:02", intro_n=1,
                  thumb="images/tintuc/2026/10/thumb-nam-hoc.jpg"),
    ),
    Story(
        id=166,
        slug="mot-so-giai-phap-nang-cao-chat-luong-sinh-hoat-chi-bo-thon-to-dan-pho",
        title="Một số giải pháp nâng cao chất lượng sinh hoạt chi bộ thôn, tổ dân phố trên địa bàn tỉnh Hà Tĩnh",
        cat="Trao đổi nghiên cứu",
        published_at="2026-10-06T08:45:00+07:00",
        authors=["Phan Văn Hùng"],
        blocks=[
            P("Chi bộ thôn, tổ dân phố là nơi trực tiếp đưa nghị quyết của Đảng vào cuộc sống. Chất lượng "
              "sinh hoạt chi bộ quyết định năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng."),
            P("Thực trạng", "h4"),
            P("Những năm qua, các chi bộ thôn, tổ dân phố ở Hà Tĩnh cơ bản duy trì nền nếp sinh hoạt định kỳ; "
              "nhiều chi bộ đã lựa chọn nội dung sinh hoạt chuyên đề sát với thực tế như xây dựng khu dân cư "
              "kiểu mẫu, chuyển đổi cơ cấu cây trồng, giữ gìn an ninh trật tự."),
            P("Tuy nhiên, ở không ít chi bộ, nội dung sinh hoạt còn đơn điệu, nặng về thông báo tình hình; "
              "tính chiến đấu trong tự phê bình và phê bình chưa cao; tỷ lệ đảng viên cao tuổi được miễn sinh "
              "hoạt lớn, ảnh hưởng đến không khí sinh hoạt."),
            P("Giải pháp", "h4"),
            P("Thứ nhất, cấp ủy cấp xã cần hướng dẫn cụ thể nội dung sinh hoạt hằng tháng, phân công cấp ủy "
              "viên dự và chỉ đạo sinh hoạt ở các chi bộ yếu."),
            P("Thứ hai, nâng cao năng lực của bí thư chi bộ thông qua bồi dưỡng kỹ năng chuẩn bị, điều hành "
              "sinh hoạt và xử lý tình huống."),
            P("Thứ ba, đa dạng hóa hình thức sinh hoạt chuyên đề, mời các ngành chuyên môn cùng tham gia, khuyến "
              "khích đảng viên trẻ đóng góp ý kiến."),
            P("Thứ tư, gắn đánh giá chất lượng sinh hoạt chi bộ với đánh giá, xếp loại tổ chức đảng và đảng "
              "viên cuối năm."),
            Raw('<p style="text-align: right;"><strong>TS. Phan Văn Hùng</strong> - Phó Trưởng khoa Xây dựng Đảng</p>'),
        ],
        opts=dict(catid=12, created="2026-10-06 08:45", modified="2026-10-06 08:45", intro_n=1,
                  thumb="images/nghiencuu/thumb-sinh-hoat-chi-bo.jpg"),
    ),
]
BY_ID = {s.id: s for s in STORIES}

#: the featured view's manual "featured ordering"
FEATURED = [187, 186, 182, 184, 181, 179, 183, 188, 177]
FEATURED_LEADING, FEATURED_INTRO, FEATURED_LINKS = 1, 4, 2
#: vendor sidebar "Tin mới cập nhật" and "Đọc nhiều"
LATEST = [188, 187, 186, 184, 183]
POPULAR = [187, 170, 177]

# --- dates as the vi-VN pack prints them -------------------------------------------------------

_DAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
_MONTHS = ["Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
           "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai"]


def jdate(value: str) -> str:
    """DATE_FORMAT_LC2 "l, d F Y H:i" in vi-VN: "Thứ năm, 03 Tháng Mười Hai 2026 14:30"."""
    d = _dt.datetime.strptime(value, "%Y-%m-%d %H:%M")
    return f"{_DAYS[d.weekday()]}, {d:%d} {_MONTHS[d.month - 1]} {d:%Y %H:%M}"


def publish_up(story: Story) -> str:
    return story.opts.get("published") or story.opts["created"]


# --- routes ---------------------------------------------------------------------------------


def cat_of(story: Story) -> Cat:
    return CATS[story.opts["catid"]]


def sef(story: Story, menu: str | None = None) -> str:
    cat = cat_of(story)
    m = cat.menu if menu is None else menu
    tail = f"{cat.id}-{cat.alias}/{story.id}-{story.slug}.html"
    return f"/index.php/{m}/{tail}" if m else f"/index.php/{tail}"


def nonsef(story: Story) -> str:
    """The vendor modules' hand-built link (relative: it relies on <base href>)."""
    cat = cat_of(story)
    itemid = MENUS[cat.menu].itemid
    return (f"index.php?option=com_content&view=article&id={story.id}:{story.slug}"
            f"&catid={cat.id}:{cat.alias}&Itemid={itemid}")


PRINT_Q = "tmpl=component&print=1&page="


def variants(story: Story) -> list[str]:
    """Every target that serves the article (canonical first)."""
    out: list[str] = []
    queries = ["", "?" + PRINT_Q, "?hitcount=0"]
    if "break_at" in story.opts:
        queries += ["?showall=1", "?limitstart=0", "?limitstart=1"]
    for menu in [cat_of(story).menu, *[m for m in MENUS if m != cat_of(story).menu]]:
        for q in queries:
            out.append(sef(story, menu) + q)
    out.append("/" + nonsef(story))
    return out


# --- article text ---------------------------------------------------------------------------


def tx(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")), entities=story.opts.get("entities", 0))


def _alt(src: str) -> str:
    return src.rsplit("/", 1)[-1].rsplit(".", 1)[0]


def render_img(story: Story, img: Img) -> str:
    src = esc(img.src)
    if img.style == "fulltext":
        cap = f'class="caption" title="{esc(img.printed)}" ' if img.printed else ""
        return f'<div class="img-fulltext-left">\n<img {cap}src="{src}" alt="{_alt(img.src)}"/>\n</div>\n'
    if img.style == "jcap":
        return (f'<p style="text-align: center;"><img class="caption" src="{src}" alt="{_alt(img.src)}" '
                f'title="{esc(img.printed or "")}" width="550" height="366" style="border: 0;" /></p>\n')
    if img.style == "tbl":
        return ('<table class="tbl_anh" style="margin-left: auto; margin-right: auto;" border="0" '
                f'cellpadding="3"><tbody><tr><td><img src="{src}" alt="{_alt(img.src)}" width="500" /></td></tr>'
                f'<tr><td style="text-align: center; background-color: #f2f2f2;"><span style="font-size: 9pt;">'
                f"<em>{tx(story, img.printed or '')}</em></span></td></tr></tbody></table>\n")
    line = ""
    if img.printed:
        line = (f'<p style="text-align: center;"><span style="font-size: 10pt;"><em>{tx(story, img.printed)}'
                "</em></span></p>\n")
    return f'<p style="text-align: center;"><img src="{src}" alt="{_alt(img.src)}" width="550" /></p>\n{line}'


def _para(story: Story, p: P) -> str:
    t = tx(story, p.text)
    if p.style == "cloak":
        marker = story.opts["cloak_after"]
        before, after = p.text.split(marker, 1)
        t = tx(story, before + marker) + " " + _cloak() + "\n" + tx(story, after.lstrip())
        return f'<p style="text-align: justify;">{t}</p>'
    if p.style == "plain":
        return f"<p>{t}</p>"
    if p.style == "b":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if p.style == "pb":
        return f"<p><strong>{t}</strong></p>"
    if p.style in ("h3", "h4"):
        return f"<{p.style}>{t}</{p.style}>"
    if p.style == "mso":
        return ('<p class="MsoNormal" style="margin-bottom: 6.0pt; text-align: justify; text-indent: 36.0pt; '
                'line-height: 130%;"><span lang="VI" style="font-size: 14.0pt; line-height: 130%; '
                f'font-family: &quot;Times New Roman&quot;,&quot;serif&quot;;">{t}<o:p></o:p></span></p>')
    return f'<p style="text-align: justify;">{t}</p>'


def render_blocks(story: Story, blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html.replace("{loadposition_links}", _loadposition_links()))
        elif isinstance(b, Img):
            if b.style != "fulltext":
                out.append(render_img(story, b))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{tx(story, blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        elif b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                tag = "strong" if blocks[i].style == "th" else "span"
                cells = "".join(f'<td style="border: 1px solid #999;"><{tag}>{tx(story, c)}</{tag}></td>'
                                for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append('<table style="width: 90%; border-collapse: collapse;" border="1" cellpadding="4" '
                       'align="center"><tbody>' + "".join(rows) + "</tbody></table>")
            continue
        elif b.style == "br":
            parts = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                parts.append(tx(story, blocks[i].text))
                i += 1
            if i < len(blocks):
                parts.append(tx(story, blocks[i].text))
            out.append('<p style="text-align: justify;">' + "<br />\n".join(parts) + "</p>")
        else:
            out.append(_para(story, b))
        i += 1
    return "\n".join(out) + "\n"


def _loadposition_links() -> str:
    return "".join(f'<li><a href="{sef(BY_ID[i])}">{text(BY_ID[i].title)}</a></li>\n' for i in (186, 170))


def intro_blocks(story: Story) -> list:
    n = story.opts.get("intro_n")
    return story.blocks if n is None else story.blocks[:n]


def has_fulltext(story: Story) -> bool:
    return story.opts.get("intro_n") is not None


def story_title(story: Story) -> str:
    return tx(story, story.title)

# --- chrome ---------------------------------------------------------------------------------


def _head(request: Request, title: str, *, author: str | None = None, desc: str | None = None) -> str:
    meta_author = f'  <meta name="author" content="{esc(author)}" />\n' if author else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" dir="ltr">
<head>
  <base href="{base_url(request)}/" />
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="keywords" content="trường chính trị, hà tĩnh, lý luận chính trị, đào tạo cán bộ" />
  <meta name="rights" content="Trường Chính trị tỉnh Hà Tĩnh" />
{meta_author}  <meta name="description" content="{esc(desc or 'Trang thông tin điện tử Trường Chính trị tỉnh Hà Tĩnh')}" />
  <meta name="generator" content="Joomla! - Open Source Content Management" />
  <title>{esc(title)}</title>
  <link href="/templates/{TEMPLATE}/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
  <link rel="stylesheet" href="/templates/system/css/system.css" type="text/css" />
  <link rel="stylesheet" href="/templates/{TEMPLATE}/css/template.css" type="text/css" />
  <script src="/media/system/js/mootools-core.js" type="text/javascript"></script>
  <script src="/media/system/js/core.js" type="text/javascript"></script>
  <script src="/media/system/js/caption.js" type="text/javascript"></script>
  <script type="text/javascript">
window.addEvent('load', function() {{
\t\t\t\tnew JCaption('img.caption');
\t\t\t}});
  </script>
</head>
"""


def _menu(active: str) -> str:
    def cls(key: str, extra: str = "") -> str:
        cur = " current active" if key == active else ""
        return f'class="item-{key_itemid[key]}{cur}{extra}"'

    key_itemid = {"": 101, "tin-tuc-su-kien": 102, "gioi-thieu": 103, "nghien-cuu-khoa-hoc": 104,
                  "van-ban-tai-lieu": 106, "thu-vien-anh": 107, "lien-he": 108}
    return f"""<ul class="menu" id="vtmenu-ngang">
<li {cls("")}><a href="/" >Trang chủ</a></li><li {cls("gioi-thieu", " deeper parent")}><span class="separator">Giới thiệu</span><ul><li class="item-109"><a href="/index.php/gioi-thieu/lich-su-phat-trien" >Lịch sử phát triển</a></li><li class="item-110"><a href="/index.php/gioi-thieu/co-cau-to-chuc" >Cơ cấu tổ chức</a></li></ul></li><li {cls("tin-tuc-su-kien", " deeper parent")}><a href="/index.php/tin-tuc-su-kien" >Tin tức - Sự kiện</a><ul><li class="item-111"><a href="index.php/tin-tuc-su-kien/8-tin-hoat-dong" >Tin hoạt động</a></li><li class="item-112"><a href="index.php/tin-tuc-su-kien/9-dao-tao-boi-duong" >Đào tạo - Bồi dưỡng</a></li><li class="item-113"><a href="index.php/14-thong-bao" >Thông báo</a></li></ul></li><li {cls("nghien-cuu-khoa-hoc", " deeper parent")}><a href="/index.php/nghien-cuu-khoa-hoc" >Nghiên cứu khoa học</a><ul><li class="item-114"><a href="index.php/nghien-cuu-khoa-hoc/12-trao-doi-nghien-cuu" >Trao đổi nghiên cứu</a></li><li class="item-115"><a href="index.php/nghien-cuu-khoa-hoc/13-de-tai-sang-kien" >Đề tài - Sáng kiến</a></li></ul></li><li {cls("van-ban-tai-lieu")}><a href="/index.php/van-ban-tai-lieu" >Văn bản - Tài liệu</a></li><li {cls("thu-vien-anh")}><a href="/index.php/thu-vien-anh" >Thư viện ảnh</a></li><li {cls("lien-he")}><a href="/index.php/lien-he" >Liên hệ</a></li><li class="item-116"><a href="http://hatinh.dcs.vn" target="_blank" >Cổng TTĐT Đảng bộ tỉnh</a></li></ul>
"""


def _crumbs(items: list[tuple[str, str | None]]) -> str:
    arrow = ' <img src="/media/system/images/arrow.png" alt=""  /> '
    parts = []
    for label, href in items:
        parts.append(f'<a href="{href}" class="pathway">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return ('<div class="breadcrumbs">\n<span class="showHere">Bạn đang ở: </span>'
            + arrow.join(parts) + "</div>\n")


def _module(suffix: str, title: str, body: str) -> str:
    return f'<div class="moduletable{suffix}">\n<h3>{title}</h3>\n{body}\n</div>\n'


def _left() -> str:
    d1 = BY_ID[188]
    notice = (f'<marquee behavior="scroll" direction="up" scrollamount="1" onmouseover="this.stop()" '
              f'onmouseout="this.start()" height="160"><ul class="tb-list">'
              f'<li><img src="/templates/{TEMPLATE}/images/new.gif" alt="" /> <a href="{esc(nonsef(d1))}">'
              f"{text(d1.title)}</a> <span class=\"tb-ngay\">(04/12)</span></li></ul></marquee>"
              '<div class="xemtatca"><a href="index.php/14-thong-bao">Xem tất cả »</a></div>')
    latest = "".join(
        f'<li><a href="{esc(nonsef(BY_ID[i]))}">{story_title(BY_ID[i])}</a></li>\n' for i in LATEST)
    search = ('<form action="/index.php" method="post">\n<div class="search_tct">\n'
              '<label for="mod-search-searchword">Tìm kiếm...</label><input name="searchword" '
              'id="mod-search-searchword" maxlength="20"  class="inputbox_tct" type="text" size="20" '
              'value="Tìm kiếm..."  onblur="if (this.value==\'\') this.value=\'Tìm kiếm...\';" '
              'onfocus="if (this.value==\'Tìm kiếm...\') this.value=\'\';" /><input type="submit" '
              'value="Tìm" class="button_tct" onclick="this.form.searchword.focus();"/>'
              '\t<input type="hidden" name="task" value="search" />\n\t<input type="hidden" name="option" '
              'value="com_search" />\n\t<input type="hidden" name="Itemid" value="101" />\n</div>\n</form>')
    return ('<div id="cot-trai">\n' + _module("_timkiem", "Tìm kiếm", search)
            + _module("_thongbao", "Thông báo", notice)
            + _module("_tinmoi", "Tin mới cập nhật", f'<ul class="tinmoi_tct">\n{latest}</ul>')
            + _module("_video", "Video clip",
                      '<iframe width="220" height="165" src="https://www.youtube.com/embed/tct-hatinh-2026" '
                      'frameborder="0" allowfullscreen></iframe>')
            + "</div>\n")


def _right(ctx: str | None) -> str:
    parts = ['<div id="cot-phai">\n']
    if ctx is not None:
        prefix = ctx
        items = "".join(
            f'<li><a href="{sef(BY_ID[i], prefix)}">{story_title(BY_ID[i])}</a></li>\n' for i in POPULAR)
        parts.append(_module("_docnhieu", "Đọc nhiều", f'<ul class="mostread_tct">\n{items}</ul>'))
    parts.append(_module("_lienket", "Liên kết website", (
        '<select name="lienket" onchange="if(this.value!=\'\') window.open(this.value);" style="width:200px">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="http://hatinh.gov.vn">Cổng TTĐT tỉnh Hà Tĩnh</option>'
        '<option value="http://baohatinh.vn">Báo Hà Tĩnh</option>'
        '<option value="http://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>'
        '<option value="http://tuyengiao.vn">Ban Tuyên giáo Trung ương</option></select>')))
    parts.append(_module("_binhchon", "Thăm dò ý kiến", (
        '<form action="index.php" method="post" name="form2">\n<p class="poll">Bạn đánh giá thế nào về '
        "trang thông tin điện tử của Nhà trường?</p>\n"
        '<input type="radio" name="voteid" id="voteid1" value="1" /><label for="voteid1">Rất hữu ích</label><br />'
        '<input type="radio" name="voteid" id="voteid2" value="2" /><label for="voteid2">Hữu ích</label><br />'
        '<input type="radio" name="voteid" id="voteid3" value="3" /><label for="voteid3">Chưa hữu ích</label><br />'
        '<input type="submit" name="task_button" class="button" value="Bình chọn" />\n'
        '<input type="hidden" name="option" value="com_poll" /><input type="hidden" name="id" value="1" />'
        "\n</form>")))
    parts.append(_module("_thongke", "Thống kê truy cập", (
        '<div id="vvisit_counter_tct"><table cellpadding="0" cellspacing="0" style="width: 90%;"><tbody>'
        '<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/tct/vtoday.png" alt="" /></td>'
        "<td>Hôm nay</td><td align=\"right\">318</td></tr>"
        '<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/tct/vyesterday.png" alt="" /></td>'
        "<td>Hôm qua</td><td align=\"right\">472</td></tr>"
        '<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/tct/vweek.png" alt="" /></td>'
        "<td>Tuần này</td><td align=\"right\">2.106</td></tr>"
        '<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/tct/vall.png" alt="" /></td>'
        "<td>Tổng truy cập</td><td align=\"right\">1.254.876</td></tr></tbody></table>"
        '<div style="text-align: center;">Đang online: 23</div></div>')))
    parts.append("</div>\n")
    return "".join(parts)


FOOTER = """<div id="vt-footer">
<div class="footer-menu"><a href="/">Trang chủ</a> | <a href="/index.php/gioi-thieu/lich-su-phat-trien">Giới thiệu</a> | <a href="/index.php/lien-he">Liên hệ</a></div>
<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH HÀ TĨNH</strong></p>
<p>Địa chỉ: Số 128, đường Hà Huy Tập, phường Nam Hà, thành phố Hà Tĩnh, tỉnh Hà Tĩnh</p>
<p>Điện thoại: 0239.3855.134 - Fax: 0239.3855.246</p>
<p>Chịu trách nhiệm nội dung: Nguyễn Văn Sơn - Hiệu trưởng</p>
<p>Bản quyền © 2013 - 2026 Trường Chính trị tỉnh Hà Tĩnh. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="thietke">Thiết kế: Công ty TNHH Giải pháp phần mềm Hồng Lam</p>
</div>
"""


def page(request: Request, *, title: str, main: str, active: str, ctx: str | None,
         author: str | None = None, desc: str | None = None) -> str:
    return (_head(request, title, author=author, desc=desc)
            + '<body id="tct-body" class="trang-' + (active or "chu") + '">\n<div id="vt-wrapper">\n'
            + '<div id="vt-header"><div class="banner"><a href="/"><img src="/templates/' + TEMPLATE
            + '/images/banner.jpg" alt="Trường Chính trị tỉnh Hà Tĩnh" width="1000" height="150" /></a></div>\n'
            + f'<div class="ngay-gio" id="clock_tct">{HEADER_DAY}</div></div>\n'
            + '<div id="vt-mainmenu">\n' + _menu(active) + "</div>\n"
            + '<div id="vt-container">\n' + _left()
            + '<div id="tct-giua"><div class="khung-giua">\n' + main + "</div></div>\n"
            + _right(ctx) + '<div class="clr"></div>\n</div>\n' + FOOTER + "</div>\n</body>\n</html>\n")

# --- com_content pieces ---------------------------------------------------------------------


def _raw_title(story: Story) -> str:
    return unicodedata.normalize("NFD", story.title) if story.opts.get("nfd") else story.title


def _hits(story: Story) -> int:
    return story.views()


def _article_info(story: Story, *, listing: bool) -> str:
    cat = cat_of(story)
    rows = ['<dl class="article-info">', '<dt class="article-info-term">Chi tiết</dt>']
    if listing:
        rows.append(f'<dd class="category-name">Chuyên mục: <a href="{cat.route()}">{esc(cat.title)}</a></dd>')
        rows.append(f'<dd class="published">Ngày đăng {jdate(publish_up(story))}</dd>')
    else:
        if cat.parent:
            rows.append(f'<dd class="parent-category-name">Danh mục cha: <a href="/index.php/{cat.menu}">'
                        f"{esc(cat.parent)}</a></dd>")
        rows.append(f'<dd class="category-name">Chuyên mục: <a href="{cat.route()}">{esc(cat.title)}</a></dd>')
        rows.append(f'<dd class="create">Ngày tạo {jdate(story.opts["created"])}</dd>')
        rows.append(f'<dd class="modified">Cập nhật lần cuối {jdate(story.opts["modified"])}</dd>')
        if story.opts.get("published"):
            rows.append(f'<dd class="published">Ngày đăng {jdate(story.opts["published"])}</dd>')
        rows.append(f'<dd class="createdby">Viết bởi {esc(story.opts.get("by", "Quản trị viên"))}</dd>')
    rows.append(f'<dd class="hits">Lượt truy cập: {_hits(story)}</dd>')
    rows.append("</dl>")
    return "\n".join(rows) + "\n"


def _vote(request: Request, story: Story) -> str:
    stars = 3 + story.id % 3
    imgs = ('<img src="/media/system/images/rating_star.png" alt=""  />' * stars
            + '<img src="/media/system/images/rating_star_blank.png" alt=""  />' * (5 - stars))
    url = base_url(request) + request.path + "?hitcount=0"
    radios = "".join(f'<input type="radio" title="Bình chọn {n} sao" name="user_rating" value="{n}" />'
                     for n in range(1, 6))
    return (f'<span class="content_rating">Đánh giá của người dùng: {imgs}&#160;/&#160;{2 + story.id % 7}</span>\n'
            f'<br />\n<form method="post" action="{esc(url)}">\n<span class="content_vote">\nTệ{radios}'
            '&#160;Tốt nhất&#160;\n<input class="button" type="submit" name="submit_vote" value="Bình chọn" />\n'
            '<input type="hidden" name="task" value="article.vote" />\n'
            '<input type="hidden" name="hitcount" value="0" />\n'
            f'<input type="hidden" name="url" value="{esc(url)}" />\n'
            '<input type="hidden" name="5b1f0c9e2a7d43e8b6a1c0d9f3e27a64" value="1" />\n</span>\n</form>\n')


ADDTHIS = """<div class="tct-tienich">
<!-- AddThis Button BEGIN -->
<div class="addthis_toolbox addthis_default_style ">
<a class="addthis_button_facebook_like" fb:like:layout="button_count"></a>
<a class="addthis_button_tweet"></a>
<a class="addthis_button_google_plusone" g:plusone:size="medium"></a>
<a class="addthis_counter addthis_pill_style"></a>
</div>
<script type="text/javascript" src="//s7.addthis.com/js/300/addthis_widget.js#pubid=ra-4f0c7d2e3b9a1c55"></script>
<!-- AddThis Button END -->
<div class="quaylai"><a href="javascript:history.go(-1)">« Quay lại</a> &nbsp; <a href="#vt-wrapper">Lên đầu trang</a></div>
</div>
"""


def _pb_parts(story: Story) -> tuple[list, list]:
    k = story.opts["break_at"]
    return story.blocks[:k], story.blocks[k:]


def article_body(request: Request, story: Story, ctx: str, mode: str) -> str:
    """The item-page for one article. ``mode``: "" | "print" | "page0" | "page1" | "showall"."""
    menu = MENUS[ctx]
    canon = sef(story)
    out = ['<div class="item-page">\n']
    if menu.heading and mode != "print":
        out.append(f"<h1>\n\t{esc(menu.heading)}\n</h1>\n")
    out.append(f'<h2>\n\t\t\t<a href="{canon}">\n\t\t{story_title(story)}</a>\n\t\t</h2>\n')
    if mode == "print":
        out.append('<ul class="actions">\n<li>\n<a href="#" onclick="window.print();return false;">'
                   '<img src="/media/system/images/printButton.png" alt="In"  /></a>\n</li>\n</ul>\n')
    else:
        out.append(
            '<ul class="actions">\n<li class="print-icon">\n'
            f'<a href="{canon}?{esc(PRINT_Q)}" title="In" onclick="window.open(this.href,\'win2\',\'status=no,'
            "toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,"
            f'location=no\'); return false;" rel="nofollow"><img src="/media/system/images/printButton.png" '
            'alt="In"  /></a>\n</li>\n</ul>\n')
    out.append(_article_info(story, listing=False))
    if mode != "print":
        out.append(_vote(request, story))
    blocks = story.blocks
    paged = "break_at" in story.opts and mode in ("", "page0", "page1", "showall")
    if paged:
        first, second = _pb_parts(story)
        titles = story.opts["page_titles"]
        current = {"": 0, "page0": 0, "page1": 1, "showall": 2}[mode]
        toc = ['<div id="article-index">', "<h3>Mục lục bài viết</h3>", "<ul>"]
        for n, (label, href) in enumerate([(titles[0], canon), (titles[1], canon + "?limitstart=1"),
                                           ("Tất cả các trang", canon + "?showall=1")]):
            active = " active" if n == current else ""
            toc.append(f'<li>\n\t\t\t<a href="{href}" class="toclink{active}">{esc(label)}</a>\n\t\t</li>')
        toc += ["</ul>", "</div>"]
        out.append("\n".join(toc) + "\n")
        if current < 2:
            out.append(f'<div class="pagenavcounter">Trang {current + 1} của 2</div>\n')
        blocks = {0: first, 1: second, 2: story.blocks}[current]
    full_img = next((b for b in story.blocks if isinstance(b, Img) and b.style == "fulltext"), None)
    if full_img and mode != "page1":
        out.append(render_img(story, full_img))
    if "break_at" in story.opts and mode in ("print", "showall"):
        # showall: the plugin drops the <hr class="system-pagebreak">; the text runs on
        first, second = _pb_parts(story)
        out.append(render_blocks(story, first) + render_blocks(story, second))
    else:
        out.append(render_blocks(story, blocks))
    if paged and mode != "showall":
        if mode == "page1":
            nav = (f'<li><a href="{canon}?limitstart=0" title="&lt;&lt; Trước">&lt;&lt; Trước</a></li>'
                   "<li>Tiếp &gt;&gt;</li>")
        else:
            nav = (f"<li>&lt;&lt; Trước </li><li><a href=\"{canon}?limitstart=1\" title=\"Tiếp &gt;&gt;\">"
                   "Tiếp &gt;&gt;</a></li>")
        out.append(f'<div class="pagination">\n<ul>{nav}</ul>\n</div>\n')
    if mode != "print":
        out.append(ADDTHIS)
    out.append("</div>\n")
    return "".join(out)


def article_page(request: Request, story: Story, ctx: str, mode: str) -> Response:
    cat = cat_of(story)
    title = _raw_title(story)
    if mode == "page1":
        title += " - " + story.opts["page_titles"][1]
    author = story.opts.get("by", "Quản trị viên")
    main = article_body(request, story, ctx, mode)
    if mode == "print":
        doc = (_head(request, f"{title} - {SITE_NAME}", author=author)
               + '<body class="contentpane">\n<div id="system-message-container">\n</div>\n' + main
               + "</body>\n</html>\n")
        return html(doc)
    crumbs = [("Trang chủ", "/")]
    if ctx:
        crumbs.append((MENUS[ctx].title, f"/index.php/{ctx}"))
    crumbs += [(cat.title, cat.route()), (title, None)]
    return html(page(request, title=f"{title} - {SITE_NAME}", main=_crumbs(crumbs) + main,
                     active=ctx, ctx=ctx, author=author))


# --- listings -------------------------------------------------------------------------------


def _blog_item(story: Story, *, featured: bool, css: str) -> str:
    link = sef(story)
    title = story_title(story)
    if featured:
        head = f"<h2>\n\t\t\t{title}\n\t\t</h2>\n"
    else:
        head = f'<h2>\n\t\t\t<a href="{link}">\n\t\t\t{title}</a>\n\t\t</h2>\n'
    parts = [f'<div class="{css}">\n', head, _article_info(story, listing=True)]
    if has_fulltext(story) and story.opts.get("thumb"):
        parts.append(f'<div class="img-intro-left">\n<img src="{story.opts["thumb"]}" alt=""/>\n</div>\n')
    parts.append(render_blocks(story, intro_blocks(story)))
    if has_fulltext(story):
        label = "Xem tiếp ›" if featured else f"Đọc thêm: {title}"
        parts.append(f'<p class="readmore">\n\t\t\t\t<a href="{link}">\n\t\t\t\t\t{label}</a>\n\t\t</p>\n')
    parts.append('<div class="item-separator"></div>\n</div>\n')
    return "".join(parts)


def _pagination(route: str, total: int, per: int, start: int) -> str:
    pages = (total + per - 1) // per
    if pages <= 1:
        return ""
    cur = start // per

    def href(k: int) -> str:
        return f"{route}?limitstart=0" if k == 0 else f"{route}?start={k * per}"

    def li(label: str, k: int | None, css: str = "") -> str:
        c = f' class="{css}"' if css else ""
        if k is None or k == cur:
            return f'<li{c}><span class="pagenav">{label}</span></li>'
        return f'<li{c}><a title="{label}" href="{href(k)}" class="pagenav">{label}</a></li>'

    items = [li("Bắt đầu", 0 if cur else None, "pagination-start"),
             li("Trước", cur - 1 if cur else None, "pagination-prev")]
    items += [li(str(k + 1), k) for k in range(pages)]
    items += [li("Tiếp", cur + 1 if cur + 1 < pages else None, "pagination-next"),
              li("Cuối", pages - 1 if cur + 1 < pages else None, "pagination-end")]
    return (f'<div class="pagination">\n<p class="counter">\nTrang {cur + 1} của {pages}</p>\n<ul>'
            + "".join(items) + "</ul>\n</div>\n")


def _grid(stories: list[Story], leading: int, featured: bool) -> str:
    out = []
    lead, rest = stories[:leading], stories[leading:]
    if lead:
        out.append('<div class="items-leading">\n')
        out += [_blog_item(s, featured=featured, css=f"leading-{n}") for n, s in enumerate(lead)]
        out.append("</div>\n")
    cols = 2 if featured else 1
    for r in range(0, len(rest), cols):
        row = rest[r:r + cols]
        out.append(f'<div class="items-row cols-{cols} row-{r // cols}">\n')
        out += [_blog_item(s, featured=featured, css=f"item column-{c + 1}") for c, s in enumerate(row)]
        out.append('<span class="row-separator"></span>\n</div>\n')
    return "".join(out)


def featured_page(request: Request, start: int) -> Response:
    per = FEATURED_LEADING + FEATURED_INTRO
    shown = [BY_ID[i] for i in FEATURED[start:start + per]]
    more = [BY_ID[i] for i in FEATURED[start + per:start + per + FEATURED_LINKS]]
    main = ['<div class="blog-featured">\n', _grid(shown, FEATURED_LEADING, True)]
    if more:
        lis = "".join(f'\t<li>\n\t\t<a href="{sef(s)}">\n\t\t\t{story_title(s)}</a>\n\t</li>\n' for s in more)
        main.append(f'<div class="items-more">\n<h3>Các bài viết khác...</h3>\n<ol>\n{lis}</ol>\n</div>\n')
    main.append(_pagination("/index.php", len(FEATURED), per, start))
    main.append("</div>\n")
    return html(page(request, title=f"Trang chủ - {SITE_NAME}", main="".join(main), active="", ctx=""))


def _cat_stories(cat: Cat) -> list[Story]:
    return sorted((s for s in STORIES if s.opts["catid"] == cat.id), key=lambda s: publish_up(s), reverse=True)


def category_page(request: Request, cat: Cat, start: int) -> Response:
    stories = _cat_stories(cat)
    menu = MENUS[cat.menu]
    main = ['<div class="blog">\n']
    if menu.heading:
        main.append(f"<h1>\n\t{esc(menu.heading)}\n</h1>\n")
    main.append(f'<h2>\n\t<span class="subheading-category">{esc(cat.title)}</span>\n</h2>\n')
    if cat.desc:
        main.append(f'<div class="category-desc">\n\t<p>{esc(cat.desc)}</p>\n<div class="clr"></div>\n</div>\n')
    if stories:
        main.append(_grid(stories[start:start + cat.per_page], cat.leading, False))
    else:
        main.append("<p>Chưa có bài viết nào trong chuyên mục này.</p>\n")
    main.append(_pagination(cat.route(), len(stories), cat.per_page, start))
    main.append("</div>\n")
    crumbs = [("Trang chủ", "/")]
    if cat.menu:
        crumbs.append((menu.title, f"/index.php/{cat.menu}"))
    crumbs.append((cat.title, None))
    return html(page(request, title=f"{cat.title} - {SITE_NAME}", main=_crumbs(crumbs) + "".join(main),
                     active=cat.menu, ctx=cat.menu))


def categories_page(request: Request, menu_key: str) -> Response:
    menu = MENUS[menu_key]
    lis = []
    for n, cid in enumerate(PARENTS[menu_key]):
        cat = CATS[cid]
        first = ' class="first"' if n == 0 else ""
        lis.append(f'<li{first}>\n<span class="item-title"><a href="{cat.route()}">\n\t{esc(cat.title)}</a>\n'
                   f'</span>\n<div class="category-desc">\n\t<p>{esc(cat.desc)}</p>\n</div>\n'
                   f"<dl><dt>\n\tSố bài viết:</dt>\n<dd>{len(_cat_stories(cat))}</dd>\n</dl>\n</li>\n")
    main = (f'<div class="categories-list">\n<h1>\n\t{esc(menu.heading or menu.title)}\n</h1>\n<ul>\n'
            + "".join(lis) + "</ul>\n</div>\n")
    crumbs = [("Trang chủ", "/"), (menu.title, None)]
    return html(page(request, title=f"{menu.title} - {SITE_NAME}", main=_crumbs(crumbs) + main,
                     active=menu_key, ctx=menu_key))


# --- pages that are not articles ------------------------------------------------------------


def _static_article(request: Request, path_label: str, heading: str, body: str) -> Response:
    """A single-article menu item (intro pages): com_content's article view, icons and info hidden."""
    main = (_crumbs([("Trang chủ", "/"), ("Giới thiệu", None), (path_label, None)])
            + f'<div class="item-page">\n<h2>\n\t\t\t{esc(heading)}\t\t</h2>\n{body}</div>\n')
    return html(page(request, title=f"{path_label} - {SITE_NAME}", main=main, active="gioi-thieu", ctx=None))


def history_page(request: Request) -> Response:
    body = "".join(f'<p style="text-align: justify;">{esc(t)}</p>\n' for t in [
        "Trường Chính trị tỉnh Hà Tĩnh tiền thân là Trường Đảng tỉnh Hà Tĩnh, được thành lập năm 1949 trong "
        "những năm kháng chiến chống thực dân Pháp.",
        "Năm 1976, khi hợp nhất tỉnh Nghệ Tĩnh, Trường được hợp nhất thành Trường Đảng Nguyễn Ái Quốc Nghệ "
        "Tĩnh. Năm 1991, tỉnh Hà Tĩnh được tái lập, Trường Đảng tỉnh Hà Tĩnh được thành lập lại; năm 1995 "
        "đổi tên thành Trường Chính trị tỉnh Hà Tĩnh.",
        "Trải qua hơn 75 năm xây dựng và phát triển, Nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn lượt "
        "cán bộ cho hệ thống chính trị của tỉnh. Nhà trường vinh dự được Đảng, Nhà nước tặng thưởng Huân "
        "chương Lao động hạng Nhất, Huân chương Độc lập hạng Ba.",
        "Năm 2023, Trường Chính trị tỉnh Hà Tĩnh được công nhận đạt chuẩn mức 1 theo Quy định số 09-QĐi/TW "
        "của Ban Bí thư.",
    ])
    return _static_article(request, "Lịch sử phát triển", "Lịch sử hình thành và phát triển", body)


def structure_page(request: Request) -> Response:
    rows = [("Ban Giám hiệu", "Hiệu trưởng và 02 Phó Hiệu trưởng"),
            ("Phòng Tổ chức - Hành chính", "Tổ chức cán bộ, hành chính, quản trị, tài vụ"),
            ("Phòng Quản lý đào tạo - Nghiên cứu khoa học", "Quản lý đào tạo, bồi dưỡng và nghiên cứu khoa học"),
            ("Khoa Xây dựng Đảng", "Giảng dạy các học phần xây dựng Đảng"),
            ("Khoa Lý luận cơ sở", "Giảng dạy các học phần lý luận Mác - Lênin, tư tưởng Hồ Chí Minh"),
            ("Khoa Nhà nước và pháp luật", "Giảng dạy các học phần nhà nước, pháp luật, quản lý hành chính")]
    table = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in rows)
    body = ('<p>Cơ cấu tổ chức của Trường Chính trị tỉnh Hà Tĩnh gồm Ban Giám hiệu, 02 phòng và 03 khoa:</p>\n'
            '<table border="1" cellpadding="5" style="border-collapse: collapse; width: 100%;"><tbody>'
            "<tr><td><strong>Đơn vị</strong></td><td><strong>Chức năng</strong></td></tr>"
            f"{table}</tbody></table>\n")
    return _static_article(request, "Cơ cấu tổ chức", "Cơ cấu tổ chức", body)


DOCS = {
    12: ("ke-hoach-dao-tao-boi-duong-nam-2027", "Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027", "02/12/2026"),
    11: ("quy-che-hoc-vien-he-trung-cap", "Quy chế học viên hệ trung cấp lý luận chính trị - hành chính",
         "15/10/2026"),
}


def documents_page(request: Request) -> Response:
    rows = "".join(
        f'<div class="pd-filebox"><div class="pd-filenameicon" style="background: url(\'/media/com_phocadownload/'
        f'images/mime/16/icon-pdf.png\') 0 center no-repeat;"><div class="pd-filename"><div class="pd-document16">'
        f'<div class="pd-float">{esc(title)}</div></div></div></div><div class="pd-buttons"><div class="pd-button-'
        f'download"><a class="" href="/index.php/van-ban-tai-lieu?download={n}:{alias}">Tải về</a></div></div>'
        f'<div class="pd-date-info">Ngày: {day}</div><div class="pd-cb"></div></div>\n'
        for n, (alias, title, day) in DOCS.items())
    main = (_crumbs([("Trang chủ", "/"), ("Văn bản - Tài liệu", None)])
            + '<div id="phoca-dl-category-box" class="pd-category-view">\n<h1>Văn bản - Tài liệu</h1>\n'
            + rows + "</div>\n")
    return html(page(request, title=f"Văn bản - Tài liệu - {SITE_NAME}", main=main, active="van-ban-tai-lieu",
                     ctx=None))


def album_page(request: Request) -> Response:
    pics = "".join(
        f'<div class="phocagallery-box-file" style="height:158px; width:120px;"><center><div class="phocagallery-'
        f'box-file-first"><a class="modal-button" title="{esc(t)}" href="/images/phocagallery/ky-niem-20-11/{n}.jpg"'
        f' rel="{{handler: \'image\', size: {{x: 200, y: 150}}, overlayOpacity: 0.3}}"><img src="/images/'
        f'phocagallery/ky-niem-20-11/thumbs/phoca_thumb_m_{n}.jpg" alt="{esc(t)}" width="100" height="100" />'
        f'</a></div></center><div class="phocaname">{esc(t)}</div></div>\n'
        for n, t in [(1, "Gặp mặt kỷ niệm 20/11"), (2, "Tặng hoa các nhà giáo lão thành"),
                     (3, "Trao giấy khen năm học 2025 - 2026"), (4, "Chụp ảnh lưu niệm")])
    main = (_crumbs([("Trang chủ", "/"), ("Thư viện ảnh", None)])
            + '<div id="phocagallery" class="pg-category-view">\n<h1>Thư viện ảnh</h1>\n'
            + '<div id="pg-icons"></div>\n<h2>Kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026</h2>\n' + pics
            + '<div style="clear:both"></div>\n</div>\n')
    return html(page(request, title=f"Thư viện ảnh - {SITE_NAME}", main=main, active="thu-vien-anh", ctx=None))


def contact_page(request: Request) -> Response:
    main = (_crumbs([("Trang chủ", "/"), ("Liên hệ", None)])
            + '<div class="contact">\n<h1>Liên hệ</h1>\n<h2><span class="contact-name">Trường Chính trị tỉnh Hà '
            'Tĩnh</span></h2>\n<div class="contact-address"><address>\n<span class="contact-street">Số 128, '
            'đường Hà Huy Tập, phường Nam Hà</span><br />\n<span class="contact-suburb">thành phố Hà Tĩnh</span>'
            '<br />\n<span class="contact-state">Hà Tĩnh</span>\n</address>\n<span class="contact-telephone">'
            "Điện thoại: 0239.3855.134</span><br />\n</div>\n"
            '<form id="contact-form" action="/index.php/lien-he" method="post" class="form-validate">\n'
            "<fieldset><legend>Gửi email cho chúng tôi</legend>\n"
            '<label for="jform_contact_name">Họ tên</label><input type="text" name="jform[contact_name]" '
            'id="jform_contact_name" value="" class="required" size="30"/>\n'
            '<label for="jform_contact_email">Email</label><input type="email" name="jform[contact_email]" '
            'id="jform_contact_email" value="" size="30"/>\n'
            '<label for="jform_contact_message">Nội dung</label><textarea name="jform[contact_message]" '
            'id="jform_contact_message" cols="50" rows="10"></textarea>\n'
            '<button class="button validate" type="submit">Gửi email</button>\n'
            '<input type="hidden" name="option" value="com_contact" />\n'
            '<input type="hidden" name="task" value="contact.submit" />\n'
            '<input type="hidden" name="id" value="1:truong-chinh-tri-tinh-ha-tinh" />\n'
            "</fieldset>\n</form>\n</div>\n")
    return html(page(request, title=f"Liên hệ - {SITE_NAME}", main=main, active="lien-he", ctx=None))


ROBOTS = """# If the Joomla site is installed within a folder such as at
# e.g. www.example.com/joomla/ the robots.txt file MUST be
# moved to the site root at e.g. www.example.com/robots.txt
# AND the joomla folder name MUST be prefixed to the disallowed
# path, e.g. the Disallow rule for the /administrator/ folder
# MUST be changed to read Disallow: /joomla/administrator/
#
# For more information about the robots.txt standard, see:
# http://www.robotstxt.org/orig.html
#
# For syntax checking, see:
# http://www.sxw.org.uk/computing/robots/check.html

User-agent: *
Disallow: /administrator/
Disallow: /cache/
Disallow: /cli/
Disallow: /components/
Disallow: /images/
Disallow: /includes/
Disallow: /installation/
Disallow: /language/
Disallow: /libraries/
Disallow: /logs/
Disallow: /media/
Disallow: /modules/
Disallow: /plugins/
Disallow: /templates/
Disallow: /tmp/
"""

NON_ARTICLES = [
    "/index.php/gioi-thieu/lich-su-phat-trien",
    "/index.php/gioi-thieu/co-cau-to-chuc",
    "/index.php/van-ban-tai-lieu",
    "/index.php/thu-vien-anh",
    "/index.php/lien-he",
]

# --- the site -------------------------------------------------------------------------------

_ARTICLE_RE = re.compile(
    r"/index\.php/(?:(tin-tuc-su-kien|nghien-cuu-khoa-hoc)/)?(\d+)-([a-z0-9-]+)/(\d+)-([a-z0-9-]+)\.html")
_STATIC_PREFIXES = ("/images/", "/templates/", "/media/", "/modules/")
_ARTICLE_QUERIES = {
    (): "",
    (("page", ""), ("print", "1"), ("tmpl", "component")): "print",
    (("hitcount", "0"),): "",
}
_PAGEBREAK_QUERIES = {(("showall", "1"),): "showall", (("limitstart", "0"),): "page0",
                      (("limitstart", "1"),): "page1"}


def _mode(story: Story, params: dict[str, str]) -> str | None:
    key = tuple(sorted(params.items()))
    if key in _ARTICLE_QUERIES:
        return _ARTICLE_QUERIES[key]
    if "break_at" in story.opts:
        return _PAGEBREAK_QUERIES.get(key)
    return None


def _start(params: dict[str, str], total: int, per: int) -> int | None:
    if not params:
        return 0
    if len(params) != 1 or not ({"start", "limitstart"} & set(params)):
        return None
    raw = params.get("start", params.get("limitstart", ""))
    if not raw.isdigit():
        return None
    start = int(raw)
    return start if start % per == 0 and start < max(total, 1) else None


class Joomla25Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = dict(parse_qsl(request.query, keep_blank_values=True))
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if path.startswith(_STATIC_PREFIXES) or path == "/favicon.ico":
            return static_file(path)
        m = _ARTICLE_RE.fullmatch(path)
        if m:
            menu, catid, cat_alias, sid, slug = m.groups()
            story = BY_ID.get(int(sid))
            if not story or story.slug != slug or story.opts["catid"] != int(catid):
                return None
            if cat_of(story).alias != cat_alias:
                return None
            mode = _mode(story, params)
            if mode is None:
                return None
            return article_page(request, story, menu or "", mode)
        if request.method == "POST":
            return None
        if path in ("/", "/index.php"):
            if params.get("option") == "com_content" and params.get("view") == "article":
                return self._nonsef(request, params)
            per = FEATURED_LEADING + FEATURED_INTRO
            start = _start(params, len(FEATURED), per)
            return None if start is None else featured_page(request, start)
        for menu_key in PARENTS:
            if path == f"/index.php/{menu_key}" and not params:
                return categories_page(request, menu_key)
        for cat in CATS.values():
            if path == cat.route():
                start = _start(params, len(_cat_stories(cat)), cat.per_page)
                return None if start is None else category_page(request, cat, start)
        if params:
            if path == "/index.php/van-ban-tai-lieu" and set(params) == {"download"}:
                n, _, alias = params["download"].partition(":")
                if n.isdigit() and int(n) in DOCS and DOCS[int(n)][0] == alias:
                    return Response(200, PDF, {"Content-Type": "application/pdf", "Content-Disposition":
                                               f'attachment; filename="{alias}.pdf"'})
            return None
        pages = {
            "/index.php/gioi-thieu/lich-su-phat-trien": history_page,
            "/index.php/gioi-thieu/co-cau-to-chuc": structure_page,
            "/index.php/van-ban-tai-lieu": documents_page,
            "/index.php/thu-vien-anh": album_page,
            "/index.php/lien-he": contact_page,
        }
        handler = pages.get(path)
        return handler(request) if handler else None

    def _nonsef(self, request: Request, params: dict[str, str]) -> Response | None:
        allowed = {"option", "view", "id", "catid", "Itemid", "tmpl", "print", "page", "hitcount"}
        if not set(params) <= allowed:
            return None
        sid, _, slug = params.get("id", "").partition(":")
        story = BY_ID.get(int(sid)) if sid.isdigit() else None
        if not story or (slug and slug != story.slug):
            return None
        itemid = params.get("Itemid", "101")
        ctx = ITEMID_MENU.get(int(itemid)) if itemid.isdigit() else None
        if ctx is None:
            return None
        mode = "print" if params.get("print") == "1" and params.get("tmpl") == "component" else ""
        return article_page(request, story, ctx, mode)


def build_site() -> Joomla25Site:
    return Joomla25Site()


GOLD = [
    gold_record(s, sef(s), s.cat, canonical_path=sef(s), alt_paths=[v for v in variants(s) if v != sef(s)],
                image_page="/")
    for s in STORIES
]
