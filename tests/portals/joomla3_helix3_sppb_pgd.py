"""Phòng Giáo dục và Đào tạo huyện Yên Thành (Nghệ An) on Joomla 3.10 + Helix3 + SP Page Builder 3.

Platform
--------
Joomla 3.10 with the JoomShaper Helix3 template (``shaper_helix3``: ``#sp-top-bar``,
``#sp-header`` with the logo *inside an* ``<h1>``, ``sp-megamenu-parent`` menu with
``sp-dropdown`` panels, ``#sp-page-title`` holding the menu item's heading and the breadcrumb,
``#sp-main-body`` with ``#sp-component`` and ``#sp-right`` ``sp-module`` boxes, ``#sp-bottom``,
``#sp-footer`` and an off-canvas copy of the menu). The home page is an SP Page Builder 3 page
(``#sp-page-builder .page-content`` with ``sppb-section`` / ``sppb-addon-*`` blocks: carousel,
articles addons, module addon, feature boxes, video). Articles are com_content; categories use
the blog layout (leading + intro columns + "items-more" title links) or, for notices, the list
layout (table + filter/limit form). Site language vi-VN with its month names in words
("03 Tháng Mười Hai 2026"). The "Content - Page Break", "Content - Vote", "Content - Email
Cloaking" and "Content - Load Modules" plugins are on; JCH Optimize lazy-loads images inside
article text. SEF URLs without suffix, ``<base href>`` printed on every page, no rel=canonical.

URL scheme
----------
- ``/``: SP Page Builder home (``com-sppagebuilder view-page``, Itemid 101).
- ``/tin-tuc-su-kien`` (catid 8, Itemid 435, blog: 1 leading + 2 intro a page, 2 "items-more"
  links), ``/hoat-dong-chuyen-mon`` (catid 9, Itemid 436, blog: 2 intro a page, no links),
  ``/thong-bao`` (catid 11, Itemid 438, list layout). Pages: ``?start=<n>``; the page-1 links
  printed on page 2+ are ``?limitstart=0`` (Joomla 3's well-known duplicate). Feeds
  ``?format=feed&type=rss|atom``.
- Articles: ``/<menu-alias>/<id>-<alias>`` (canonical, no tag says so); the SPPB articles addon
  on the home links ``/component/content/article/<id>-<alias>?catid=<n>&Itemid=101``; a custom
  HTML module links one notice as ``/index.php?option=com_content&view=article&id=<id>:<alias>
  &catid=11&Itemid=438``; print ``?tmpl=component&print=1`` (rel=nofollow); the vote form
  posts to ``?hitcount=0``; the paged article adds ``?showall=&start=1``, ``?showall=1``,
  ``?showall=&limitstart=`` and ``?showall=&start=0``.
- Not articles: ``/gioi-thieu`` and ``/gioi-thieu/co-cau-to-chuc`` (single-article menu items
  rendered by the same com_content template, no info block), ``/lien-he`` (com_contact),
  ``/thu-vien-anh`` (an SPPB gallery page: one album), ``/van-ban`` (Phoca Download list of
  documents with PDF links).

How each gold article is reached
--------------------------------
- Tin tức - Sự kiện (112, 110, 107, 104, 101, 96): page 1 shows 112 (leading), 110, 107
  (intro) and 104, 101 as bare title links in ``div.items-more``; page 2 (``?start=3``)
  shows 104, 101, 96: **96 is on page 2 only**. The home's SPPB addon links 112, 110, 107,
  104 in the ``/component/…`` form; the sidebar "Tin mới"/"Đọc nhiều" modules link some;
  the widget inside 107 links 110, 104, 101. Nothing else links 96.
- Hoạt động chuyên môn (111, 108, 103, 98): page 1 has 111, 108; page 2 (``?start=2``) has
  103, 98 (also chained by the article pagenav "Trước/Tiếp", which this category shows).
- Thông báo (113, 106, 99): one list page; the home's module addon and "Tiêu điểm" custom
  module link 113 and 106.

Traps
-----
1. Headings (Helix3): the only ``<h1>`` is the logo (an image, alt "Phòng GD&ĐT Yên Thành");
   the first ``<h2>`` is ``#sp-page-title``'s menu heading ("Tin tức - Sự kiện"); the headline
   is the second ``<h2 itemprop="name">`` in ``.entry-header``; ``<title>`` adds " - Phòng
   GD&ĐT Yên Thành" (and the page break's title on page 2). Gold title: the ``.entry-header``
   headline.
2. Four URLs of one article (menu route, ``/component/content/article/…?catid&Itemid=101``
   from the SPPB home, ``/index.php?option=com_content…`` from a custom HTML module, the print
   view) plus ``?hitcount=0`` of the vote form; the component form even lacks the page title and
   breadcrumb (Itemid 101 has them off). Gold: one record at the menu route, the rest in
   ``alt_paths``. Listing ``?limitstart=0`` is the listing's page 1 again.
3. Page break (108): the article is split in two pages by the Page Break plugin: a "Mục lục
   bài viết" TOC (``?showall=&limitstart=``, ``?showall=&start=1``, ``?showall=1``) before the
   text, "Trang 1 của 2" inside ``itemprop="articleBody"`` before the text, a "< Trước /
   Tiếp >>" pager after it, next to the pagenav's own "Trước/Tiếp" between articles. Gold: one
   record at the menu route whose body is **both pages** in order (as ``?showall=1`` and the
   print view show it); the page titles in the TOC and the counter are not body; page 2's byline
   names the author; the variants are alt_paths.
4. Load-module widget inside the text (107): the editor's ``{loadmodule
   mod_articles_category}`` prints a "Bài viết cùng chuyên mục:" label and a list of other
   articles **with their dates** in the middle of ``articleBody``; the text goes on after it.
   Gold: label and list are not body, their dates not the article's; the paragraphs after it
   are body.
5. JCaption captions (112, 110, 111 full image; 96 inline): Joomla prints a photo's caption
   only as the ``title`` of ``<img class="caption">`` (caption.js draws it under the photo); the
   full-article image sits *above* the headline, outside ``articleBody``; its ``alt`` is a file
   name and never the caption. Gold: the full image is the article's first image, caption =
   the title attribute ("Ảnh: Đinh Thị Thanh" -> no caption, photographer); an image with
   only an alt has no caption (104).
6. JCH Optimize lazy loading: images inside the text are ``<img src="data:image/svg+xml;…"
   data-src="/images/…" class="jch-lazyload">`` followed by a ``<noscript><img src=…>``
   copy. Gold: the ``data-src`` photo once; the placeholder and the noscript copy are not
   further images.
7. Email cloaking (106): the address in a sentence is replaced by a ``<span id="cloak…">``
   holding the no-JS notice "Địa chỉ email này đang được bảo vệ khỏi chương trình thu thập
   thư điện tử…" and a script that writes the address. Gold: the sentence as a reader sees it,
   with the address ``thanhtra.pgdyenthanh@nghean.edu.vn``; the notice and script are not text.
8. Bylines: "Viết bởi" in the info block is the CMS account ("Quản trị", nobody) except where
   the editor filled in created_by_alias (110: "Hồ Thị Mai Lan" is the author); the real
   bylines close the text, right-aligned: "Tin, ảnh: X", "Tin: X - Ảnh: Y", "<name> (Trường
   …)", "<name> - Chuyên viên …", units alone ("Bộ phận Tiểu học", "Văn phòng Phòng GD&ĐT").
9. Dates: the info block prints weekday and month in words ("Thứ Năm, 03 Tháng Mười Hai 2026
   15:20", ``<time datetime>`` with +07:00); category A prints "Cập nhật lần cuối" (later)
   *below* the text; Thông báo prints "Ngày tạo" (earlier draft date) right after "Ngày
   đăng"; 101 was published at "00:00". Gold: "Ngày đăng" (publish_up) with its time, the day
   alone for 00:00; the notice 113 takes its letterhead day (README), not its "Ngày đăng".
10. Word paste debris (104, 103): ``<!--[if gte mso 9]><xml>…`` comments and a live
    ``<style>`` element with Word's "Style Definitions" CSS inside ``articleBody``; ``MsoNormal``
    paragraphs in ``<span style="font-family: 'Times New Roman'…">``; 103 also has two
    paragraphs typed in decomposed Unicode (NFD). Gold: CSS and XML are no text; text NFC.
11. Photo tables (110, 103): the editor put photo and caption in a two-row table (JCE). Gold:
    an image with its caption, the caption row is not a body "table row" paragraph; a real
    data table (101, medal table) is body, one paragraph a row, cells joined by " | ".
12. Vote plugin (B): "Đánh giá bài viết" stars, a select 1–5 and "Đánh giá" button between
    the info block and the text; a file-attachment line with a PDF icon closes 106. Gold: not
    body; the PDF icon is not an image.

Gold decisions on ambiguous points
----------------------------------
- 112, 110, 103, 108: the bold first paragraph is the sapo (summary and first body paragraph).
- Headings inside the text ("1. Tiết dạy minh họa", "1. Đối tượng dự thi") are body paragraphs.
- 108: body = page 1 + page 2 (no break title); path = menu route; alt_paths list the page
  views, the show-all view and the print view.
- 106: the cloaked address is text (what the reader reads), the no-JS notice is not.
- 107: the "Bài viết cùng chuyên mục:" label is part of the widget the editor inserted, not text.
- 104: "Nguồn: Cổng TTĐT huyện Yên Thành" closes the text -> source; no author.
- 113: official notice; letterhead, "THÔNG BÁO / Về việc …", "Nơi nhận" and the signer block are
  not body; author "Phan Văn Lương"; date "2026-12-04" (the letterhead; "Ngày đăng" says the
  5th at 07:50).
- The modified date is never the publication date; "Ngày tạo" neither.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
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

NAME = "joomla3_helix3_sppb_pgd"
PLATFORM = "Joomla 3.10 + Helix3 (JoomShaper) + SP Page Builder 3"
START_PATH = "/"

SITE = "Phòng GD&ĐT Yên Thành"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
HOME_ITEMID = 101

_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
_MONTHS = {
    1: "Tháng Một", 2: "Tháng Hai", 3: "Tháng Ba", 4: "Tháng Tư", 5: "Tháng Năm", 6: "Tháng Sáu",
    7: "Tháng Bảy", 8: "Tháng Tám", 9: "Tháng Chín", 10: "Tháng Mười", 11: "Tháng Mười Một",
    12: "Tháng Mười Hai",
}
_SEL = ' selected="selected"'
_LAZY_SVG = (
    "data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHZpZXdCb3g9"
    "IjAgMCA4MDAgNTMzIj48L3N2Zz4="
)


def _dt(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M")


def date_lc2(value: str) -> str:
    """DATE_FORMAT_LC2 of the site's vi-VN pack: "Thứ Năm, 03 Tháng Mười Hai 2026 15:20"."""
    d = _dt(value)
    return f"{_WEEKDAYS[d.weekday()]}, {d.day:02d} {_MONTHS[d.month]} {d.year} {d:%H:%M}"


def date_lc3(value: str) -> str:
    """DATE_FORMAT_LC3: "03 Tháng Mười Hai 2026"."""
    d = _dt(value)
    return f"{d.day:02d} {_MONTHS[d.month]} {d.year}"


def date_iso(value: str) -> str:
    return _dt(value).strftime("%Y-%m-%dT%H:%M:%S+07:00")


# --- categories -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Cat:
    key: str
    alias: str
    title: str
    catid: int
    itemid: int
    layout: str  # "blog" | "list"
    per_page: int
    leading: int = 0
    links: int = 0
    info_split: bool = True  # modified date below the text
    show_create: bool = False
    vote: bool = False
    pagenav: bool = False


CATS = {
    "tin": Cat("tin", "tin-tuc-su-kien", "Tin tức - Sự kiện", 8, 435, "blog", 3, leading=1, links=2),
    "cm": Cat(
        "cm", "hoat-dong-chuyen-mon", "Hoạt động chuyên môn", 9, 436, "blog", 2,
        info_split=False, vote=True, pagenav=True,
    ),
    "tb": Cat("tb", "thong-bao", "Thông báo", 11, 438, "list", 20, info_split=False, show_create=True),
}


# --- markup helpers for the text --------------------------------------------------------------


def byline_right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


WORD_JUNK = Raw(
    "<!--[if gte mso 9]><xml>\n <w:WordDocument>\n  <w:View>Normal</w:View>\n  <w:Zoom>0</w:Zoom>\n"
    "  <w:TrackMoves/>\n  <w:TrackFormatting/>\n  <w:PunctuationKerning/>\n"
    "  <w:ValidateAgainstSchemas/>\n  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>\n"
    "  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>\n  <w:LidThemeOther>VI</w:LidThemeOther>\n"
    "  <w:LidThemeAsian>X-NONE</w:LidThemeAsian>\n </w:WordDocument>\n</xml><![endif]-->"
    '<style type="text/css">\n<!--\n /* Style Definitions */\n p.MsoNormal, li.MsoNormal, '
    'div.MsoNormal\n\t{mso-style-unhide:no; mso-style-qformat:yes; mso-style-parent:"";\n\t'
    'margin:0cm; margin-bottom:.0001pt; mso-pagination:widow-orphan;\n\tfont-size:14.0pt; '
    'font-family:"Times New Roman","serif"; mso-fareast-font-family:"Times New Roman";}\n'
    "table.MsoNormalTable\n\t{mso-style-name:\"Table Normal\"; mso-tstyle-rowband-size:0;"
    " mso-padding-alt:0cm 5.4pt 0cm 5.4pt;}\n-->\n</style>"
)


def load_module_widget(items: list[tuple[str, str, str]]) -> Raw:
    """What ``{loadmodule mod_articles_category,Cùng chuyên mục}`` prints (style "none")."""
    lis = "".join(
        f'\n\t<li>\n\t\t<a class="mod-articles-category-title " href="{href}">{esc(title)}</a>\n'
        f'\t\t<span class="mod-articles-category-date">{esc(day)}</span>\n\t</li>'
        for href, title, day in items
    )
    return Raw(
        '<p><strong><span style="color: #0000ff;">Bài viết cùng chuyên mục:</span></strong></p>\n'
        f'<ul class="category-module mod-list">{lis}\n</ul>'
    )


def cloak(email: str) -> str:
    """The Email Cloaking plugin's markup for one address (Joomla 3.10)."""
    rand = hashlib.md5(email.encode()).hexdigest()
    user, domain = email.split("@")
    dparts = domain.split(".")
    addy = "'" + user + "' + '&#64;';\n\t\t\t\taddy" + rand + " = addy" + rand + " + " + " + '&#46;' + ".join(
        f"'{p}'" for p in dparts
    )
    text_js = f"'{user}' + '&#64;' + " + " + '&#46;' + ".join(f"'{p}'" for p in dparts)
    return (
        f'<span id="cloak{rand}">Địa chỉ email này đang được bảo vệ khỏi chương trình thu thập thư '
        f"điện tử (spambots). Bạn cần kích hoạt JavaScript để xem nó.</span>"
        f"<script type='text/javascript'>\n\t\t\t\tdocument.getElementById('cloak{rand}').innerHTML = '';\n"
        f"\t\t\t\tvar prefix = '&#109;a' + 'i&#108;' + '&#116;o';\n"
        f"\t\t\t\tvar path = 'hr' + 'ef' + '=';\n"
        f"\t\t\t\tvar addy{rand} = {addy};\n"
        f"\t\t\t\tvar addy_text{rand} = {text_js};"
        f"document.getElementById('cloak{rand}').innerHTML += '<a ' + path + '\\'' + prefix + ':' "
        f"+ addy{rand} + '\\'>'+addy_text{rand}+'<\\/a>';\n\t\t</script>"
    )


# --- the thirteen articles ------------------------------------------------------------------

A1 = Story(
    id=112,
    slug="hoi-nghi-trien-khai-nhiem-vu-chuyen-doi-so-trong-cac-co-so-giao-duc-nam-hoc-2026-2027",
    title="Hội nghị triển khai nhiệm vụ chuyển đổi số trong các cơ sở giáo dục năm học 2026 - 2027",
    cat="tin",
    published_at="2026-12-03T15:20:00+07:00",
    blocks=[
        Img(
            "/images/tin-tuc/2026/12/hoi-nghi-chuyen-doi-so-01.jpg",
            printed="Đồng chí Phan Văn Lương, Trưởng phòng GD&ĐT phát biểu chỉ đạo tại hội nghị",
            caption="Đồng chí Phan Văn Lương, Trưởng phòng GD&ĐT phát biểu chỉ đạo tại hội nghị",
            style="full",
        ),
        P(
            "Sáng ngày 03/12/2026, Phòng Giáo dục và Đào tạo huyện Yên Thành tổ chức Hội nghị triển "
            "khai nhiệm vụ chuyển đổi số trong các cơ sở giáo dục năm học 2026 - 2027. Tham dự hội "
            "nghị có đại diện lãnh đạo UBND huyện, lãnh đạo Phòng GD&ĐT cùng hơn 120 cán bộ quản "
            "lý, nhân viên phụ trách công nghệ thông tin của các trường mầm non, tiểu học và THCS "
            "trên địa bàn.",
            style="b",
        ),
        P(
            "Năm học 2025 - 2026, công tác chuyển đổi số của ngành Giáo dục Yên Thành đạt nhiều kết "
            "quả tích cực. 100% trường học sử dụng sổ điểm điện tử, học bạ số đã được triển khai thí "
            "điểm tại 42 trường tiểu học; hệ thống cơ sở dữ liệu ngành được cập nhật đầy đủ, đúng "
            "tiến độ. Nhiều trường đã chủ động xây dựng kho học liệu số dùng chung, tổ chức dạy học "
            "kết hợp trực tuyến hiệu quả."
        ),
        P(
            "Bên cạnh những kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như: hạ tầng mạng "
            "ở một số trường vùng khó khăn chưa đáp ứng yêu cầu; kỹ năng số của một bộ phận giáo "
            "viên còn hạn chế; việc khai thác dữ liệu phục vụ công tác quản lý, chỉ đạo chưa thường "
            "xuyên."
        ),
        Img(
            "/images/tin-tuc/2026/12/hoi-nghi-chuyen-doi-so-02.jpg",
            printed="Quang cảnh hội nghị",
            caption="Quang cảnh hội nghị",
            style="lazy-em",
        ),
        P(
            "Tại hội nghị, đồng chí Nguyễn Thị Hằng, Phó Trưởng phòng GD&ĐT đã quán triệt Kế hoạch "
            "số 215/KH-PGDĐT về thực hiện nhiệm vụ chuyển đổi số năm học 2026 - 2027, trong đó tập "
            "trung vào ba nhóm nhiệm vụ trọng tâm: hoàn thiện hạ tầng và dữ liệu; chuyển đổi số "
            "trong quản trị nhà trường; chuyển đổi số trong hoạt động dạy, học và kiểm tra, đánh giá."
        ),
        P(
            "Phát biểu chỉ đạo, đồng chí Phan Văn Lương, Trưởng phòng GD&ĐT đề nghị các đơn vị xác "
            "định chuyển đổi số là nhiệm vụ thường xuyên, gắn với trách nhiệm của người đứng đầu; "
            "mỗi trường cần cử cán bộ phụ trách, xây dựng lộ trình cụ thể và báo cáo kết quả định "
            "kỳ hằng tháng về Phòng qua hệ thống quản lý văn bản điều hành."
        ),
        P(
            "Dịp này, Phòng GD&ĐT đã trao giấy khen cho 8 tập thể có thành tích xuất sắc trong "
            "triển khai học bạ số và cơ sở dữ liệu ngành năm học 2025 - 2026."
        ),
        byline_right("<strong>Tin, ảnh: Trần Minh Đức</strong>"),
    ],
    authors=["Trần Minh Đức"],
    photographers=["Trần Minh Đức"],
    summary=(
        "Sáng ngày 03/12/2026, Phòng Giáo dục và Đào tạo huyện Yên Thành tổ chức Hội nghị triển "
        "khai nhiệm vụ chuyển đổi số trong các cơ sở giáo dục năm học 2026 - 2027. Tham dự hội "
        "nghị có đại diện lãnh đạo UBND huyện, lãnh đạo Phòng GD&ĐT cùng hơn 120 cán bộ quản "
        "lý, nhân viên phụ trách công nghệ thông tin của các trường mầm non, tiểu học và THCS "
        "trên địa bàn."
    ),
    opts={
        "pub": "2026-12-03 15:20",
        "modified": "2026-12-04 08:02",
        "thumb": "/images/tin-tuc/2026/12/thumb-hoi-nghi-cds.jpg",
        "alt": "hoi-nghi-chuyen-doi-so-01",
    },
)

A2 = Story(
    id=110,
    slug="truong-thcs-ly-nhat-quang-don-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-2",
    title="Trường THCS Lý Nhật Quang đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 2",
    cat="tin",
    published_at="2026-11-30T09:40:00+07:00",
    blocks=[
        Img(
            "/images/tin-tuc/2026/11/ly-nhat-quang-chuan-qg.jpg",
            printed="Lãnh đạo huyện trao Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 cho "
            "Trường THCS Lý Nhật Quang",
            caption="Lãnh đạo huyện trao Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 cho "
            "Trường THCS Lý Nhật Quang",
            style="full",
        ),
        P(
            "Ngày 28/11/2026, Trường THCS Lý Nhật Quang (xã Đô Thành) long trọng tổ chức lễ đón "
            "Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 và kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam.",
            style="b",
        ),
        P(
            "Trường THCS Lý Nhật Quang được thành lập năm 1994, mang tên danh nhân Lý Nhật Quang – "
            "người có công khai phá, xây dựng vùng đất Nghệ An thời Lý. Hiện nay trường có 18 lớp "
            "với 712 học sinh, 38 cán bộ, giáo viên, nhân viên; 100% giáo viên đạt chuẩn, trong đó "
            "86% trên chuẩn về trình độ đào tạo."
        ),
        P(
            "Trong 5 năm qua, chất lượng giáo dục toàn diện của nhà trường không ngừng được nâng "
            "lên. Tỷ lệ học sinh lên lớp thẳng hằng năm đạt trên 98%; tỷ lệ thi đỗ vào lớp 10 THPT "
            "công lập luôn nằm trong nhóm 5 trường dẫn đầu huyện. Năm học 2025 - 2026, nhà trường "
            "có 27 em đạt giải học sinh giỏi cấp huyện, 6 em đạt giải cấp tỉnh."
        ),
        Img(
            "/images/tin-tuc/2026/11/ly-nhat-quang-co-so-vat-chat.jpg",
            printed="Khu nhà học bộ môn mới được đưa vào sử dụng từ tháng 9/2026",
            caption="Khu nhà học bộ môn mới được đưa vào sử dụng từ tháng 9/2026",
            style="table",
        ),
        P(
            "Cơ sở vật chất được đầu tư đồng bộ theo hướng hiện đại với 18 phòng học kiên cố, 6 "
            "phòng học bộ môn, thư viện đạt chuẩn và nhà đa năng. Được sự quan tâm của UBND huyện, "
            "Đảng ủy, chính quyền xã Đô Thành cùng sự đóng góp của phụ huynh, nhà trường đã huy "
            "động hơn 4,2 tỷ đồng cho công tác xây dựng trường chuẩn."
        ),
        P(
            "Phát biểu tại buổi lễ, đại diện lãnh đạo UBND huyện ghi nhận, biểu dương những nỗ lực "
            "của tập thể cán bộ, giáo viên, nhân viên nhà trường và đề nghị trường tiếp tục duy "
            "trì, nâng cao các tiêu chuẩn đã đạt được, phấn đấu trở thành đơn vị điển hình về đổi "
            "mới phương pháp dạy học của huyện."
        ),
        P(
            "Nhân dịp này, Ban đại diện cha mẹ học sinh và các thế hệ cựu học sinh đã trao tặng nhà "
            "trường 30 suất học bổng cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập."
        ),
    ],
    authors=["Hồ Thị Mai Lan"],
    summary=(
        "Ngày 28/11/2026, Trường THCS Lý Nhật Quang (xã Đô Thành) long trọng tổ chức lễ đón "
        "Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 và kỷ niệm 44 năm Ngày Nhà giáo "
        "Việt Nam."
    ),
    opts={
        "pub": "2026-11-30 09:40",
        "modified": "2026-12-02 14:47",
        "by": "Hồ Thị Mai Lan",
        "thumb": "/images/tin-tuc/2026/11/thumb-ly-nhat-quang.jpg",
        "alt": "ly nhat quang chuan qg",
    },
)

A4 = Story(
    id=104,
    slug="gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-va-ton-vinh-nha-giao-tieu-bieu",
    title="Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11 và tôn vinh nhà giáo tiêu biểu",
    cat="tin",
    published_at="2026-11-18T10:25:00+07:00",
    blocks=[
        Img("/images/tin-tuc/2026/11/gap-mat-20-11.jpg", style="full"),
        WORD_JUNK,
        P(
            "Chiều 17/11/2026, UBND huyện Yên Thành tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam (20/11/1982 – 20/11/2026) và tôn vinh các nhà giáo tiêu biểu năm học 2025 - "
            "2026.",
            style="mso",
        ),
        P(
            "Toàn huyện hiện có 112 trường học với gần 3.900 cán bộ, giáo viên, nhân viên. Năm học "
            "vừa qua, ngành Giáo dục huyện tiếp tục giữ vững vị trí trong tốp đầu của tỉnh; có 96 "
            "học sinh đạt giải học sinh giỏi cấp tỉnh, trong đó có 4 giải Nhất; 92/112 trường đạt "
            "chuẩn quốc gia, tỷ lệ 82,1%.",
            style="mso",
        ),
        P(
            "Phát biểu tại buổi gặp mặt, lãnh đạo huyện gửi lời chúc mừng tới đội ngũ nhà giáo, cán "
            "bộ quản lý giáo dục, đồng thời đề nghị toàn ngành tiếp tục đổi mới mạnh mẽ phương pháp "
            "dạy học, nâng cao chất lượng giáo dục mũi nhọn và đại trà, quan tâm hơn nữa đến công "
            "tác giáo dục đạo đức, kỹ năng sống cho học sinh.",
            style="mso",
        ),
        P(
            "Dịp này, UBND huyện đã tặng giấy khen cho 45 nhà giáo tiêu biểu, 12 tập thể có thành "
            "tích xuất sắc trong năm học 2025 - 2026; Phòng GD&ĐT trao 60 suất quà cho các thầy cô "
            "giáo đã nghỉ hưu có hoàn cảnh khó khăn.",
            style="mso",
        ),
        byline_right("<em>Nguồn: Cổng TTĐT huyện Yên Thành</em>"),
    ],
    source="Cổng TTĐT huyện Yên Thành",
    opts={
        "pub": "2026-11-18 10:25",
        "modified": "2026-11-20 07:15",
        "thumb": "/images/tin-tuc/2026/11/thumb-gap-mat-20-11.jpg",
        "alt": "Lãnh đạo huyện Yên Thành tặng hoa chúc mừng các thầy cô giáo nhân ngày 20/11",
    },
)

A5 = Story(
    id=101,
    slug="ket-qua-giai-co-vua-hoc-sinh-cap-huyen-nam-hoc-2026-2027",
    title="Kết quả Giải Cờ vua học sinh cấp huyện năm học 2026 - 2027",
    cat="tin",
    published_at="2026-11-10",
    blocks=[
        P(
            "Từ ngày 07 đến 08/11/2026, tại nhà đa năng Trường THCS Hồ Tông Thốc, Phòng GD&ĐT Yên "
            "Thành tổ chức Giải Cờ vua học sinh cấp huyện năm học 2026 - 2027."
        ),
        P(
            "Giải thu hút 248 vận động viên đến từ 38 trường tiểu học và 35 trường THCS, thi đấu ở "
            "các nội dung cờ tiêu chuẩn và cờ nhanh theo từng lứa tuổi. Các ván đấu diễn ra sôi "
            "nổi, đúng luật, thể hiện tinh thần thi đấu cao thượng của các em học sinh."
        ),
        P("Kết quả toàn đoàn của các đơn vị dẫn đầu:"),
        P("TT | Đơn vị | HCV | HCB | HCĐ", style="row"),
        P("1 | THCS Hồ Tông Thốc | 4 | 2 | 3", style="row"),
        P("2 | TH Thị trấn | 3 | 3 | 1", style="row"),
        P("3 | THCS Lý Nhật Quang | 2 | 1 | 4", style="row"),
        P(
            "Ban tổ chức đã lựa chọn 16 vận động viên có thành tích cao nhất để thành lập đội tuyển "
            "tham dự Giải Cờ vua học sinh tỉnh Nghệ An dự kiến tổ chức vào tháng 01/2027."
        ),
    ],
    opts={
        "pub": "2026-11-10 00:00",
        "modified": "2026-11-10 16:32",
        "thumb": "/images/tin-tuc/2026/11/thumb-co-vua.jpg",
    },
)

A6 = Story(
    id=96,
    slug="khai-giang-lop-boi-duong-can-bo-quan-ly-truong-mam-non-nam-2026",
    title="Khai giảng lớp bồi dưỡng cán bộ quản lý trường mầm non năm 2026",
    cat="tin",
    published_at="2026-10-27T09:45:00+07:00",
    blocks=[
        P(
            "Sáng 26/10/2026, tại Trung tâm Chính trị huyện, Phòng GD&ĐT Yên Thành khai giảng lớp "
            "bồi dưỡng nghiệp vụ quản lý cho 64 cán bộ quản lý các trường mầm non trên địa bàn "
            "huyện."
        ),
        Img(
            "/images/tin-tuc/2026/10/khai-giang-boi-duong-mn.JPG",
            printed="Ảnh: Đinh Thị Thanh",
            caption=None,
            style="jcap",
        ),
        P(
            "Trong thời gian 5 ngày, các học viên được nghiên cứu các chuyên đề: quản trị nhà "
            "trường theo hướng tự chủ; xây dựng kế hoạch giáo dục nhà trường; quản lý chất lượng "
            "chăm sóc, nuôi dưỡng trẻ và bảo đảm an toàn thực phẩm; ứng dụng công nghệ thông tin "
            "trong quản lý."
        ),
        P(
            "Các chuyên đề do giảng viên Trường Đại học Vinh và cán bộ Phòng GD&ĐT trực tiếp giảng "
            "dạy, kết hợp giữa lý thuyết với thực hành, trao đổi kinh nghiệm thực tế tại đơn vị."
        ),
        P(
            "Kết thúc khóa học, học viên sẽ viết thu hoạch và được cấp giấy chứng nhận hoàn thành "
            "chương trình bồi dưỡng."
        ),
    ],
    photographers=["Đinh Thị Thanh"],
    opts={
        "pub": "2026-10-27 09:45",
        "modified": "2026-10-27 10:02",
        "thumb": "/images/tin-tuc/2026/10/thumb-khai-giang-mn.jpg",
    },
)

A3 = Story(
    id=107,
    slug="ngay-hoi-doc-sach-cap-huyen-thu-hut-hon-2-000-hoc-sinh-tieu-hoc",
    title="Ngày hội đọc sách cấp huyện thu hút hơn 2.000 học sinh tiểu học",
    cat="tin",
    published_at="2026-11-24T16:10:00+07:00",
    blocks=[
        P(
            "Hưởng ứng phong trào xây dựng văn hóa đọc trong trường học, ngày 22/11/2026, Phòng "
            "GD&ĐT Yên Thành phối hợp với Trường Tiểu học Hợp Thành tổ chức Ngày hội đọc sách cấp "
            "huyện năm 2026 với chủ đề “Sách – người bạn đồng hành”."
        ),
        P(
            "Ngày hội có sự tham gia của hơn 2.000 học sinh, giáo viên đến từ 36 trường tiểu học "
            "trong toàn huyện. Các đơn vị đã trưng bày 36 gian sách với hàng nghìn đầu sách thuộc "
            "nhiều thể loại: truyện thiếu nhi, sách khoa học, sách kỹ năng sống, sách về lịch sử, "
            "văn hóa quê hương Yên Thành."
        ),
        Img(
            "/images/tin-tuc/2026/11/ngay-hoi-doc-sach-1.jpg",
            printed="Học sinh tham quan các gian trưng bày sách",
            caption="Học sinh tham quan các gian trưng bày sách",
            style="lazy-em",
        ),
        P(
            "Điểm nhấn của ngày hội là phần thi “Đại sứ văn hóa đọc” với sự tham gia của 12 thí "
            "sinh xuất sắc. Các em đã tự tin giới thiệu những cuốn sách yêu thích, chia sẻ những "
            "bài học ý nghĩa rút ra từ trang sách bằng lời kể sinh động, hấp dẫn."
        ),
        load_module_widget(
            [
                (
                    f"/tin-tuc-su-kien/{A2.id}-{A2.slug}",
                    A2.title,
                    date_lc3(A2.opts["pub"]),
                ),
                (
                    f"/tin-tuc-su-kien/{A4.id}-{A4.slug}",
                    A4.title,
                    date_lc3(A4.opts["pub"]),
                ),
                (
                    f"/tin-tuc-su-kien/{A5.id}-{A5.slug}",
                    A5.title,
                    date_lc3(A5.opts["pub"]),
                ),
            ]
        ),
        P(
            "Bên cạnh đó, các hoạt động vẽ tranh theo sách, sân khấu hóa tác phẩm văn học, trò "
            "chơi ô chữ về sách đã thu hút đông đảo học sinh tham gia, tạo không khí vui tươi, bổ "
            "ích."
        ),
        Img(
            "/images/tin-tuc/2026/11/ngay-hoi-doc-sach-2.jpg",
            printed="(Tiết mục sân khấu hóa truyện “Dế Mèn phiêu lưu ký” của học sinh Trường TH "
            "Bắc Thành)",
            caption="Tiết mục sân khấu hóa truyện “Dế Mèn phiêu lưu ký” của học sinh Trường TH "
            "Bắc Thành",
            style="lazy-em",
        ),
        P(
            "Kết thúc ngày hội, Ban tổ chức đã trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 6 giải "
            "Khuyến khích cho các thí sinh phần thi “Đại sứ văn hóa đọc”; trao giải gian trưng bày "
            "ấn tượng cho Trường TH Hợp Thành, TH Bắc Thành và TH Thị trấn."
        ),
        P(
            "Thông qua ngày hội, Phòng GD&ĐT mong muốn khơi dậy niềm đam mê đọc sách trong học "
            "sinh, góp phần hình thành thói quen đọc, nâng cao chất lượng giáo dục toàn diện."
        ),
        byline_right("<em><strong>Nguyễn Thị Hương Giang</strong> (Trường TH Hợp Thành)</em>"),
    ],
    authors=["Nguyễn Thị Hương Giang"],
    opts={
        "pub": "2026-11-24 16:10",
        "modified": "2026-11-25 09:30",
        "thumb": "/images/tin-tuc/2026/11/thumb-doc-sach.jpg",
    },
)

B1 = Story(
    id=111,
    slug="chuyen-de-day-hoc-mon-tieng-viet-lop-4-theo-chuong-trinh-gdpt-2018-tai-truong-th-bac-thanh",
    title="Chuyên đề dạy học môn Tiếng Việt lớp 4 theo Chương trình GDPT 2018 tại Trường TH Bắc Thành",
    cat="cm",
    published_at="2026-12-01T10:05:00+07:00",
    blocks=[
        Img(
            "/images/chuyen-mon/2026/12/chuyen-de-tieng-viet-4.jpg",
            printed="Tiết dạy minh họa của cô giáo Phạm Thị Hoài, lớp 4A",
            caption="Tiết dạy minh họa của cô giáo Phạm Thị Hoài, lớp 4A",
            style="full",
        ),
        P(
            "Nhằm nâng cao chất lượng dạy học môn Tiếng Việt lớp 4 theo Chương trình giáo dục phổ "
            "thông 2018, ngày 28/11/2026, Phòng GD&ĐT Yên Thành tổ chức chuyên đề cấp huyện tại "
            "Trường Tiểu học Bắc Thành."
        ),
        P(
            "Tham dự chuyên đề có đại diện lãnh đạo Phòng GD&ĐT, chuyên viên phụ trách bậc tiểu "
            "học, hiệu trưởng hoặc phó hiệu trưởng phụ trách chuyên môn cùng giáo viên dạy lớp 4 "
            "của các trường tiểu học trong huyện."
        ),
        P("1. Tiết dạy minh họa", style="h"),
        P(
            "Hai tiết dạy minh họa bài “Đọc: Nghệ sĩ trống” và “Luyện từ và câu: Biện pháp nhân "
            "hóa” được thiết kế theo hướng phát triển năng lực, phẩm chất học sinh. Giáo viên tổ "
            "chức linh hoạt các hoạt động nhóm, trò chơi học tập, giúp học sinh chủ động khám phá "
            "kiến thức."
        ),
        P("2. Thảo luận, rút kinh nghiệm", style="h"),
        P(
            "Trong phần thảo luận, các đại biểu tập trung trao đổi về cách tổ chức hoạt động đọc "
            "mở rộng, kỹ thuật đặt câu hỏi phát triển tư duy và cách đánh giá thường xuyên bằng "
            "nhận xét đối với học sinh lớp 4."
        ),
        P(
            "Kết luận chuyên đề, đồng chí Nguyễn Thị Hằng, Phó Trưởng phòng GD&ĐT yêu cầu các "
            "trường tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học, vận dụng linh hoạt nội "
            "dung chuyên đề vào thực tiễn dạy học tại đơn vị."
        ),
        byline_right("<strong>Bộ phận Tiểu học</strong>"),
    ],
    authors=["Bộ phận Tiểu học"],
    opts={
        "pub": "2026-12-01 10:05",
        "thumb": "/images/chuyen-mon/2026/12/thumb-tieng-viet-4.jpg",
        "alt": "chuyen-de-tieng-viet-4",
        "rating": (4, 7),
    },
)

B2_SAPO = (
    "Sau gần ba tuần diễn ra (từ 03 đến 21/11/2026), Hội thi giáo viên dạy giỏi cấp huyện bậc THCS "
    "năm học 2026 - 2027 đã khép lại với 87 giáo viên được công nhận danh hiệu giáo viên dạy giỏi "
    "cấp huyện."
)
B2 = Story(
    id=108,
    slug="ket-qua-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-thcs-nam-hoc-2026-2027",
    title="Kết quả Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 - 2027",
    cat="cm",
    published_at="2026-11-26T14:00:00+07:00",
    blocks=[
        P(B2_SAPO, style="b"),
        P(
            "Hội thi có 112 giáo viên thuộc 35 trường THCS tham gia ở 9 môn học: Ngữ văn, Toán, Khoa "
            "học tự nhiên, Lịch sử và Địa lý, Tiếng Anh, Giáo dục công dân, Tin học, Công nghệ và "
            "Giáo dục thể chất."
        ),
        P(
            "Mỗi giáo viên dự thi trải qua hai phần: trình bày biện pháp nâng cao chất lượng giảng "
            "dạy và thực hành hai tiết dạy trên lớp, trong đó có một tiết dạy theo chủ đề do giáo "
            "viên tự chọn và một tiết dạy do Ban tổ chức bốc thăm."
        ),
        Img(
            "/images/chuyen-mon/2026/11/gvdg-thcs-1.jpg",
            printed="Một tiết dạy môn Khoa học tự nhiên tại hội thi",
            caption="Một tiết dạy môn Khoa học tự nhiên tại hội thi",
            style="lazy-em",
        ),
        P(
            "Nhìn chung, các tiết dạy được chuẩn bị công phu, vận dụng hiệu quả các phương pháp, kỹ "
            "thuật dạy học tích cực; nhiều giáo viên ứng dụng tốt công nghệ thông tin, học liệu số, "
            "tạo hứng thú cho học sinh."
        ),
        # ---- page break here (see opts["pagebreak"]) ----
        P(
            "Ban tổ chức đã công nhận 87 giáo viên dạy giỏi cấp huyện, trong đó 15 giáo viên có "
            "thành tích xuất sắc được đề nghị tham dự Hội thi giáo viên dạy giỏi cấp tỉnh. Một số "
            "giáo viên đạt điểm cao nhất:"
        ),
        P("Cô giáo Nguyễn Thị Thu Trang, Trường THCS Hồ Tông Thốc, môn Ngữ văn;", style="li"),
        P("Thầy giáo Hoàng Văn Nam, Trường THCS Lý Nhật Quang, môn Toán;", style="li"),
        P("Cô giáo Trần Thị Phương, Trường THCS Phan Đăng Lưu, môn Tiếng Anh;", style="li"),
        P("Thầy giáo Lê Đình Hùng, Trường THCS Bảo Thành, môn Khoa học tự nhiên.", style="li"),
        P(
            "Các đơn vị có tỷ lệ giáo viên đạt danh hiệu cao gồm: THCS Hồ Tông Thốc, THCS Lý Nhật "
            "Quang, THCS Phan Đăng Lưu, THCS Bảo Thành và THCS Thị trấn."
        ),
        byline_right("<strong>Đặng Quốc Việt</strong> - Chuyên viên Phòng GD&amp;ĐT"),
    ],
    authors=["Đặng Quốc Việt"],
    summary=B2_SAPO,
    opts={
        "pub": "2026-11-26 14:00",
        "thumb": "/images/chuyen-mon/2026/11/thumb-gvdg-thcs.jpg",
        "pagebreak": (5, "Danh sách giáo viên đạt thành tích cao"),
        "rating": (5, 12),
    },
)

B3_SAPO = (
    "Ngày 12/11/2026, Trường Mầm non Hoa Thành tổ chức chuyên đề cấp cụm “Xây dựng môi trường "
    "giáo dục lấy trẻ làm trung tâm” với sự tham gia của cán bộ quản lý, giáo viên 9 trường mầm "
    "non cụm Thị trấn."
)
B3 = Story(
    id=103,
    slug="truong-mam-non-hoa-thanh-to-chuc-chuyen-de-xay-dung-moi-truong-giao-duc-lay-tre-lam-trung-tam",
    title="Trường Mầm non Hoa Thành tổ chức chuyên đề “Xây dựng môi trường giáo dục lấy trẻ làm "
    "trung tâm”",
    cat="cm",
    published_at="2026-11-13T16:30:00+07:00",
    blocks=[
        WORD_JUNK,
        P(B3_SAPO, style="b"),
        P(
            "Tại chuyên đề, các đại biểu được tham quan môi trường lớp học, khu vui chơi ngoài trời, "
            "các góc hoạt động được nhà trường bố trí khoa học, sử dụng nhiều nguyên vật liệu sẵn "
            "có ở địa phương như tre, nứa, rơm, vỏ ngao, sỏi đá.",
            style="nfd",
        ),
        Img(
            "/images/chuyen-mon/2026/11/mn-hoa-thanh-1.jpg",
            printed="Góc hoạt động ngoài trời của lớp Mẫu giáo lớn A1",
            caption="Góc hoạt động ngoài trời của lớp Mẫu giáo lớn A1",
            style="table",
        ),
        P(
            "Hai hoạt động minh họa “Khám phá: Một số loại rau quen thuộc” và “Trò chơi dân gian: "
            "Mèo đuổi chuột” được giáo viên tổ chức nhẹ nhàng, tự nhiên; trẻ được trải nghiệm, tự "
            "lựa chọn hoạt động và mạnh dạn bày tỏ ý kiến.",
            style="nfd",
        ),
        Img(
            "/images/chuyen-mon/2026/11/mn-hoa-thanh-2.jpg",
            printed="Trẻ hào hứng tham gia trò chơi dân gian",
            caption="Trẻ hào hứng tham gia trò chơi dân gian",
            style="table",
        ),
        P(
            "Sau phần tham quan, dự giờ, các đại biểu đã thảo luận, chia sẻ kinh nghiệm xây dựng môi "
            "trường giáo dục phù hợp với điều kiện thực tế của từng đơn vị, đặc biệt là cách tận "
            "dụng không gian hành lang, sân trường.",
            style="mso",
        ),
        P(
            "Chuyên đề là dịp để các trường trong cụm học hỏi lẫn nhau, góp phần thực hiện hiệu quả "
            "chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm” giai đoạn 2021 - 2025 và "
            "những năm tiếp theo.",
            style="mso",
        ),
        byline_right("<strong><em>Tin: Lê Thị Thu Hà - Ảnh: Nguyễn Văn Tùng</em></strong>"),
    ],
    authors=["Lê Thị Thu Hà"],
    photographers=["Nguyễn Văn Tùng"],
    summary=B3_SAPO,
    opts={
        "pub": "2026-11-13 16:30",
        "thumb": "/images/chuyen-mon/2026/11/thumb-mn-hoa-thanh.jpg",
        "rating": (5, 3),
    },
)

B4 = Story(
    id=98,
    slug="tap-huan-su-dung-thiet-bi-day-hoc-mon-khoa-hoc-tu-nhien-cho-giao-vien-thcs",
    title="Tập huấn sử dụng thiết bị dạy học môn Khoa học tự nhiên cho giáo viên THCS",
    cat="cm",
    published_at="2026-10-30T08:00:00+07:00",
    blocks=[
        P(
            "Trong hai ngày 28 và 29/10/2026, Phòng GD&ĐT Yên Thành phối hợp với Công ty cổ phần "
            "Sách và Thiết bị giáo dục miền Bắc tổ chức tập huấn sử dụng thiết bị dạy học tối "
            "thiểu môn Khoa học tự nhiên cho 96 giáo viên THCS."
        ),
        P("Nội dung tập huấn gồm:"),
        P(
            "Giới thiệu danh mục thiết bị dạy học tối thiểu môn Khoa học tự nhiên lớp 6, 7, 8, 9;",
            style="li",
        ),
        P(
            "Hướng dẫn lắp đặt, sử dụng và bảo quản các bộ thí nghiệm phần Vật lý, Hóa học, Sinh "
            "học;",
            style="li",
        ),
        P("Thực hành thiết kế bài dạy có sử dụng thiết bị thí nghiệm và cảm biến số.", style="li"),
        P(
            "Qua đợt tập huấn, giáo viên nắm vững tính năng, cách sử dụng thiết bị, từ đó vận dụng "
            "hiệu quả vào dạy học, góp phần nâng cao chất lượng môn học."
        ),
    ],
    opts={
        "pub": "2026-10-30 08:00",
        "thumb": "/images/chuyen-mon/2026/10/thumb-tap-huan-khtn.jpg",
        "rating": (0, 0),
    },
)

C1 = Story(
    id=113,
    slug="thong-bao-to-chuc-hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-huyen-bac-tieu-hoc",
    title="Thông báo tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp huyện bậc tiểu học năm học "
    "2026 - 2027",
    cat="tb",
    published_at="2026-12-04",
    blocks=[
        Raw(
            '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
            '<td style="width: 42%; text-align: center; vertical-align: top;">UBND HUYỆN YÊN THÀNH'
            "<br /><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong><br />Số: 518/TB-PGDĐT</td>"
            '<td style="text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI CHỦ '
            "NGHĨA VIỆT NAM</strong><br /><strong>Độc lập - Tự do - Hạnh phúc</strong><br /><em>"
            "Yên Thành, ngày 04 tháng 12 năm 2026</em></td></tr></tbody></table>\n"
            '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br /><strong>Về việc tổ '
            "chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp huyện bậc tiểu học năm học 2026 - 2027"
            "</strong></p>"
        ),
        P(
            "Căn cứ Thông tư số 22/2019/TT-BGDĐT ngày 20/12/2019 của Bộ Giáo dục và Đào tạo ban "
            "hành Quy định về Hội thi giáo viên dạy giỏi cơ sở giáo dục mầm non; giáo viên dạy "
            "giỏi, giáo viên chủ nhiệm lớp giỏi cơ sở giáo dục phổ thông;",
            style="i",
        ),
        P(
            "Căn cứ Kế hoạch số 198/KH-PGDĐT ngày 15/9/2026 của Phòng GD&ĐT Yên Thành về thực hiện "
            "nhiệm vụ năm học 2026 - 2027,",
            style="i",
        ),
        P(
            "Phòng GD&ĐT thông báo tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp huyện bậc tiểu "
            "học năm học 2026 - 2027 như sau:"
        ),
        P("1. Đối tượng dự thi", style="h"),
        P(
            "Giáo viên đang làm công tác chủ nhiệm lớp tại các trường tiểu học trên địa bàn huyện, "
            "đã đạt danh hiệu giáo viên chủ nhiệm lớp giỏi cấp trường năm học 2025 - 2026 hoặc năm "
            "học 2026 - 2027. Mỗi trường cử tối thiểu 01 giáo viên, tối đa 03 giáo viên tham gia."
        ),
        P("2. Thời gian, địa điểm", style="h"),
        P(
            "- Đăng ký dự thi: các trường gửi danh sách về Phòng GD&ĐT (qua bộ phận Tiểu học) trước "
            "ngày 15/12/2026."
        ),
        P(
            "- Thi trình bày biện pháp: từ ngày 05/01/2027 đến ngày 09/01/2027 tại Trường Tiểu học "
            "Thị trấn.",
            style="brjoin",
        ),
        P("3. Tổ chức thực hiện", style="h"),
        P(
            "Hiệu trưởng các trường tiểu học triển khai thông báo này đến toàn thể giáo viên, tạo "
            "điều kiện để giáo viên tham gia hội thi đạt kết quả cao. Trong quá trình thực hiện, "
            "nếu có vướng mắc, liên hệ đồng chí Nguyễn Thị Hằng, Phó Trưởng phòng, số điện thoại "
            "0912 345 678 để được hướng dẫn."
        ),
        Raw(
            '<table style="width: 100%;" border="0"><tbody><tr><td style="width: 50%; vertical-align:'
            ' top;"><strong><em>Nơi nhận:</em></strong><br />- Các trường TH (để t/h);<br />- Lãnh '
            "đạo Phòng (để c/đ);<br />- Website Phòng;<br />- Lưu: VT, TH.</td>"
            '<td style="text-align: center; vertical-align: top;"><strong>TRƯỞNG PHÒNG</strong>'
            "<br /><br /><em>(Đã ký)</em><br /><br /><strong>Phan Văn Lương</strong></td></tr>"
            "</tbody></table>"
        ),
    ],
    authors=["Phan Văn Lương"],
    opts={"pub": "2026-12-05 07:50", "created": "2026-12-04 17:20"},
)

C2 = Story(
    id=106,
    slug="thong-bao-tuyen-chon-cong-tac-vien-thanh-tra-chuyen-mon-nam-hoc-2026-2027",
    title="Thông báo tuyển chọn cộng tác viên thanh tra chuyên môn năm học 2026 - 2027",
    cat="tb",
    published_at="2026-11-23T10:30:00+07:00",
    blocks=[
        P(
            "Thực hiện kế hoạch công tác thanh tra, kiểm tra năm học 2026 - 2027, Phòng GD&ĐT Yên "
            "Thành thông báo tuyển chọn bổ sung cộng tác viên thanh tra chuyên môn ở các bậc học "
            "mầm non, tiểu học và THCS."
        ),
        P(
            "Tiêu chuẩn: là cán bộ quản lý hoặc giáo viên có phẩm chất chính trị, đạo đức tốt; có "
            "trình độ chuẩn được đào tạo trở lên; có ít nhất 5 năm trực tiếp giảng dạy; đạt danh "
            "hiệu giáo viên dạy giỏi cấp huyện trở lên trong 3 năm gần nhất."
        ),
        P(
            "Số lượng dự kiến: mầm non 10 người, tiểu học 15 người, THCS 20 người (chia theo các môn "
            "học)."
        ),
        P(
            "Hồ sơ gồm đơn đăng ký và bản nhận xét của thủ trưởng đơn vị, gửi về Phòng GD&ĐT (qua "
            "bộ phận Thanh tra) trước ngày 05/12/2026; bản mềm gửi vào địa chỉ email "
            "thanhtra.pgdyenthanh@nghean.edu.vn.",
            style="cloak:thanhtra.pgdyenthanh@nghean.edu.vn",
        ),
        P(
            "Đề nghị thủ trưởng các đơn vị thông báo rộng rãi đến cán bộ, giáo viên và lựa chọn, "
            "giới thiệu những người đủ tiêu chuẩn."
        ),
        Raw(
            '<p><img src="/media/media/images/mime-icon-16/pdf.png" alt="pdf" width="16" height="16"'
            ' /> <a href="/images/van-ban/2026/11/mau-don-dang-ky-ctv-thanh-tra.pdf" target="_blank"'
            ' rel="noopener">Tải về: Mẫu đơn đăng ký cộng tác viên thanh tra '
            "(mau-don-dang-ky-ctv-thanh-tra.pdf)</a></p>"
        ),
    ],
    opts={"pub": "2026-11-23 10:30", "created": "2026-11-21 09:12", "modified": "2026-11-24 15:06"},
)

C3 = Story(
    id=99,
    slug="thong-bao-lich-kiem-tra-ho-so-pho-cap-giao-duc-xoa-mu-chu-nam-2026",
    title="Thông báo lịch kiểm tra hồ sơ phổ cập giáo dục, xóa mù chữ năm 2026",
    cat="tb",
    published_at="2026-11-02T14:15:00+07:00",
    blocks=[
        P(
            "Căn cứ kế hoạch kiểm tra công nhận phổ cập giáo dục, xóa mù chữ năm 2026 của UBND "
            "huyện, Phòng GD&ĐT thông báo lịch kiểm tra hồ sơ tại các xã, thị trấn như sau:"
        ),
        P("Cụm 1 (Thị trấn, Hoa Thành, Đô Thành, Phúc Thành): ngày 10 và 11/11/2026;", style="ol"),
        P("Cụm 2 (Bắc Thành, Nam Thành, Trung Thành, Xuân Thành): ngày 12 và 13/11/2026;", style="ol"),
        P("Cụm 3 (Hợp Thành, Sơn Thành, Bảo Thành, Công Thành): ngày 16 và 17/11/2026.", style="ol"),
        P(
            "Hồ sơ kiểm tra gồm: sổ theo dõi phổ cập giáo dục, phiếu điều tra hộ gia đình, biểu "
            "thống kê và báo cáo quá trình thực hiện năm 2026. Đề nghị Ban chỉ đạo phổ cập giáo dục "
            "các xã, thị trấn chuẩn bị đầy đủ hồ sơ theo quy định."
        ),
        byline_right("<strong><em>Văn phòng Phòng GD&amp;ĐT</em></strong>"),
    ],
    authors=["Văn phòng Phòng GD&ĐT"],
    opts={"pub": "2026-11-02 14:15", "created": "2026-11-02 14:05"},
)

STORIES: list[Story] = [A1, A2, A3, A4, A5, A6, B1, B2, B3, B4, C1, C2, C3]
BY_ID = {s.id: s for s in STORIES}


def _sorted(cat: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == cat), key=lambda s: s.opts["pub"], reverse=True)


def art_path(story: Story) -> str:
    return f"/{CATS[story.cat].alias}/{story.id}-{story.slug}"


def component_path(story: Story) -> str:
    return f"/component/content/article/{story.id}-{story.slug}?catid={CATS[story.cat].catid}&Itemid={HOME_ITEMID}"


def index_php_path(story: Story) -> str:
    c = CATS[story.cat]
    return (
        f"/index.php?option=com_content&view=article&id={story.id}:{story.slug}"
        f"&catid={c.catid}&Itemid={c.itemid}"
    )


#: articles the home's SPPB addon links in the /component/ form
HOME_COMPONENT = [A1, A2, A3, A4]
#: the notice the "Tiêu điểm" custom module links as index.php?option=…
INDEX_PHP = [C1]
#: "Đọc nhiều" (fixed by hits)
POPULAR = [A2, A3, B3, C2, A4]


def _pb_paths(story: Story) -> list[str]:
    p = art_path(story)
    return [f"{p}?showall=&start=1", f"{p}?showall=1", f"{p}?showall=&limitstart=", f"{p}?showall=&start=0"]


def alt_paths(story: Story) -> list[str]:
    p = art_path(story)
    alts = [f"{p}?tmpl=component&print=1"]
    if story in HOME_COMPONENT:
        alts.append(component_path(story))
    if story in INDEX_PHP:
        alts.append(index_php_path(story))
    if CATS[story.cat].vote:
        alts.append(f"{p}?hitcount=0")
    if "pagebreak" in story.opts:
        alts += _pb_paths(story)
    return alts


GOLD = [
    gold_record(s, art_path(s), CATS[s.cat].title, alt_paths=alt_paths(s)) for s in STORIES
]

NON_ARTICLES = ["/gioi-thieu", "/gioi-thieu/co-cau-to-chuc", "/lien-he", "/thu-vien-anh", "/van-ban"]


# --- rendering of the article text ------------------------------------------------------------


def _img_tag(img: Img, *, lazy: bool, alt: str = "", cls: str = "", title: str | None = None) -> str:
    t = f' title="{esc(title)}"' if title else ""
    c = f' class="{cls}"' if cls else ""
    if not lazy:
        return f'<img{c}{t} src="{esc(img.src)}" alt="{esc(alt)}" />'
    lc = f"{cls} jch-lazyload".strip()
    return (
        f'<img class="{lc}"{t} src="{_LAZY_SVG}" data-src="{esc(img.src)}" alt="{esc(alt)}" '
        f'width="800" height="533" /><noscript><img{c}{t} src="{esc(img.src)}" alt="{esc(alt)}" '
        f'width="800" height="533" /></noscript>'
    )


def _alt_for(img: Img) -> str:
    return img.src.rsplit("/", 1)[-1].rsplit(".", 1)[0]


def _para(p: P) -> str:
    t = text(p.text, nfd=p.style == "nfd")
    if p.style == "b":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if p.style == "mso":
        return (
            '<p class="MsoNormal" style="margin-bottom: 6.0pt; text-align: justify; text-indent: '
            '36.0pt; line-height: 130%;"><span style="font-size: 14.0pt; line-height: 130%; '
            f"font-family: 'Times New Roman','serif';\">{t}<o:p></o:p></span></p>"
        )
    if p.style == "h":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if p.style == "i":
        return f'<p style="text-align: justify; text-indent: 30px;"><em>{t}</em></p>'
    if p.style.startswith("cloak:"):
        email = p.style.split(":", 1)[1]
        before, after = p.text.split(email)
        return f'<p style="text-align: justify;">{text(before)}{cloak(email)}{text(after)}</p>'
    return f'<p style="text-align: justify;">{t}</p>'


def _image(img: Img) -> str:
    alt = _alt_for(img)
    if img.style == "lazy-em":
        out = f'<p style="text-align: center;">{_img_tag(img, lazy=True, alt=alt)}</p>'
        if img.printed:
            out += f'\n<p style="text-align: center;"><em>{text(img.printed)}</em></p>'
        return out
    if img.style == "table":
        return (
            '<table class="tbl-anh" style="margin-left: auto; margin-right: auto; width: 90%;" '
            'border="0" cellpadding="3"><tbody>\n<tr><td style="text-align: center;">'
            f"{_img_tag(img, lazy=True, alt=alt)}</td></tr>\n"
            '<tr><td style="text-align: center;"><span style="font-size: 10pt;"><em>'
            f"{text(img.printed or '')}</em></span></td></tr>\n</tbody></table>"
        )
    if img.style == "jcap":
        return (
            '<p style="text-align: center;">'
            f"{_img_tag(img, lazy=False, alt=alt, cls='caption', title=img.printed)}</p>"
        )
    return f'<p style="text-align: center;">{_img_tag(img, lazy=True, alt=alt)}</p>'


def render_blocks(blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "ol", "row"):
            style = b.style
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                group.append(blocks[i])
                i += 1
            if style == "row":
                rows = []
                for n, r in enumerate(group):
                    tag = "th" if n == 0 else "td"
                    cells = "".join(
                        f'<{tag} style="border: 1px solid #999; padding: 3px;">{text(c)}</{tag}>'
                        for c in r.text.split(" | ")
                    )
                    rows.append(f"<tr>{cells}</tr>")
                out.append(
                    '<table style="border-collapse: collapse; width: 80%; margin-left: auto; '
                    'margin-right: auto;" border="1"><tbody>\n' + "\n".join(rows) + "\n</tbody></table>"
                )
            else:
                tag = "ul" if style == "li" else "ol"
                lis = "".join(f'\n<li style="text-align: justify;">{text(r.text)}</li>' for r in group)
                out.append(f"<{tag}>{lis}\n</{tag}>")
            continue
        if isinstance(b, P) and b.style == "brjoin" and out and out[-1].endswith("</p>"):
            out[-1] = out[-1][: -len("</p>")] + f"<br />{text(b.text)}</p>"
        elif isinstance(b, P):
            out.append(_para(b))
        elif isinstance(b, Img):
            if b.style != "full":
                out.append(_image(b))
        else:
            out.append(b.html)
        i += 1
    return "\n".join(out)


def full_image(story: Story) -> str:
    img = next((b for b in story.blocks if isinstance(b, Img) and b.style == "full"), None)
    if img is None:
        return ""
    alt = story.opts.get("alt", "")
    cap = f' class="caption" title="{esc(img.printed)}"' if img.printed else ""
    return (
        f'\n\t<div class="entry-image full-image"> <img{cap}\n\t src="{esc(img.src)}" '
        f'alt="{esc(alt)}" itemprop="image"/> </div>'
    )


# --- chrome ---------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu", "Giới thiệu", [("/gioi-thieu/co-cau-to-chuc", "Cơ cấu tổ chức")]),
    ("/tin-tuc-su-kien", "Tin tức - Sự kiện", []),
    ("/hoat-dong-chuyen-mon", "Hoạt động chuyên môn", []),
    ("/thong-bao", "Thông báo", []),
    ("/van-ban", "Văn bản", []),
    ("/thu-vien-anh", "Thư viện ảnh", []),
    ("/lien-he", "Liên hệ", []),
]


def _menu(active: str) -> str:
    items = []
    for href, label, children in MENU:
        cls = "sp-menu-item"
        if children:
            cls += " sp-has-child"
        if href == active:
            cls += " current-item active"
        sub = ""
        if children:
            subs = "".join(
                f'<li class="sp-menu-item"><a  href="{h}" >{esc(t)}</a></li>' for h, t in children
            )
            sub = (
                '<div class="sp-dropdown sp-dropdown-main sp-menu-right" style="width: 240px;">'
                f'<div class="sp-dropdown-inner"><ul class="sp-dropdown-items">{subs}</ul></div></div>'
            )
        items.append(f'<li class="{cls}"><a  href="{href}" >{esc(label)}</a>{sub}</li>')
    return '<ul class="sp-megamenu-parent menu-fade hidden-sm hidden-xs">' + "".join(items) + "</ul>"


def _offcanvas_menu(active: str) -> str:
    lis = []
    for n, (href, label, children) in enumerate(MENU):
        cls = f"item-{101 + n * 3}" + (" current active" if href == active else "")
        sub = ""
        if children:
            sub = '<ul class="nav-child unstyled small">' + "".join(
                f'<li class="item-{120 + k}"><a href="{h}" >{esc(t)}</a></li>'
                for k, (h, t) in enumerate(children)
            ) + "</ul>"
            cls += " deeper parent"
        lis.append(f'<li class="{cls}"><a href="{href}" >{esc(label)}</a>{sub}</li>')
    return '<ul class="nav menu">' + "".join(lis) + "</ul>"


def _module(title: str, content: str, extra: str = "") -> str:
    return (
        f'<div class="sp-module {extra}"><h3 class="sp-module-title">{esc(title)}</h3>'
        f'<div class="sp-module-content">{content}</div></div>'
    )


def latest_module() -> str:
    latest = sorted(STORIES, key=lambda s: s.opts["pub"], reverse=True)[:5]
    lis = "".join(
        f'\n\t<li itemscope itemtype="https://schema.org/Article">\n\t\t<a href="{art_path(s)}" '
        f'itemprop="url">\n\t\t\t<span itemprop="name">\n\t\t\t\t{esc(s.title)}\t\t\t</span>\n\t\t</a>'
        "\n\t</li>"
        for s in latest
    )
    return _module("Tin mới", f'<ul class="latestnews">{lis}\n</ul>')


def popular_module() -> str:
    lis = "".join(
        f'\n\t<li itemscope itemtype="https://schema.org/Article">\n\t\t<a href="{art_path(s)}" '
        f'itemprop="url">\n\t\t\t<span itemprop="name">\n\t\t\t\t{esc(s.title)}\t\t\t</span>\n\t\t</a>'
        "\n\t</li>"
        for s in POPULAR
    )
    return _module("Đọc nhiều", f'<ul class="mostread mod-list">{lis}\n</ul>')


def links_module() -> str:
    options = "".join(
        f'<option value="{u}">{esc(t)}</option>'
        for u, t in [
            ("https://moet.gov.vn", "Bộ Giáo dục và Đào tạo"),
            ("https://nghean.edu.vn", "Sở GD&ĐT Nghệ An"),
            ("https://yenthanh.nghean.gov.vn", "Cổng TTĐT huyện Yên Thành"),
            ("https://temis.csdl.edu.vn", "Hệ thống TEMIS"),
        ]
    )
    return _module(
        "Liên kết website",
        '<div class="custom"><select class="form-control" onchange="if(this.value) window.open(this.value)">'
        f'<option value="">-- Chọn liên kết --</option>{options}</select>'
        '<p style="text-align: center; margin-top: 10px;"><a href="https://csdl.moet.gov.vn" '
        'target="_blank" rel="noopener"><img src="/images/banner/csdl-nganh.png" alt="CSDL ngành" '
        'width="260" height="70" /></a></p></div>',
    )


def counter_module() -> str:
    rows = [
        ("vtoday", "Hôm nay", "312"),
        ("vyesterday", "Hôm qua", "845"),
        ("vweek", "Tuần này", "2.914"),
        ("vmonth", "Tháng này", "3.601"),
        ("vall", "Tất cả", "1.284.517"),
    ]
    trs = "".join(
        f'<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/tbl/{k}.png" alt="{esc(t)}"'
        f' title="{esc(t)}" /></td><td>{esc(t)}</td><td align="right">{v}</td></tr>'
        for k, t, v in rows
    )
    return _module(
        "Thống kê truy cập",
        "<!-- Vinaora Visitors Counter >> http://vinaora.com/ -->\n"
        '<div id="vvisit_counter105" class="vvisit_counter vacenter">'
        '<div class="vdigit_counter"><span class="vdigit-1" title="Vinaora Visitors Counter">1</span>'
        '<span class="vdigit-2">2</span><span class="vdigit-8">8</span><span class="vdigit-4">4</span>'
        '<span class="vdigit-5">5</span><span class="vdigit-1">1</span><span class="vdigit-7">7</span>'
        f'</div><div class="vrows"><table cellpadding="0" cellspacing="0" style="width: 90%;"><tbody>'
        f"{trs}</tbody></table></div>"
        '<div class="vstats_online">Đang trực tuyến: <strong>27</strong></div>'
        '<div class="vfclear"></div></div>\n<!-- Vinaora Visitors Counter -->',
        extra="vvisit",
    )


def sidebar() -> str:
    return (
        '<div id="sp-right" class="col-sm-4 col-md-4"><div class="sp-column class2">'
        + latest_module()
        + popular_module()
        + links_module()
        + counter_module()
        + "</div></div>"
    )


def _head(req: Request, title: str, *, desc: str, og: str = "", feeds: str = "") -> str:
    base = base_url(req)
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" dir="ltr">
<head>
	<meta http-equiv="X-UA-Compatible" content="IE=edge">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link href="/images/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<base href="{esc(base + req.target)}" />
	<meta http-equiv="content-type" content="text/html; charset=utf-8" />
	<meta name="keywords" content="phòng giáo dục yên thành, pgd yên thành, giáo dục nghệ an" />
	<meta name="description" content="{esc(desc)}" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{esc(title)}</title>
{feeds}	<link href="/templates/shaper_helix3/css/bootstrap.min.css" rel="stylesheet" type="text/css" />
	<link href="/templates/shaper_helix3/css/font-awesome.min.css" rel="stylesheet" type="text/css" />
	<link href="/templates/shaper_helix3/css/template.css" rel="stylesheet" type="text/css" />
	<link href="/templates/shaper_helix3/css/presets/preset2.css" rel="stylesheet" type="text/css" class="preset" />
	<link href="/templates/shaper_helix3/css/frontend-edit.css" rel="stylesheet" type="text/css" />
	<style type="text/css">
#sp-top-bar{{ background-color:#0b4f9c;color:#ffffff; }}#sp-header{{ background-color:#ffffff; }}
#sp-bottom{{ background-color:#0b4f9c;padding:40px 0px; }}
	</style>
	<script src="/media/jui/js/jquery.min.js?5a6c0d1e2b" type="text/javascript"></script>
	<script src="/media/jui/js/jquery-noconflict.js?5a6c0d1e2b" type="text/javascript"></script>
	<script src="/media/system/js/caption.js?5a6c0d1e2b" type="text/javascript"></script>
	<script src="/templates/shaper_helix3/js/bootstrap.min.js" type="text/javascript"></script>
	<script src="/templates/shaper_helix3/js/main.js" type="text/javascript"></script>
	<script type="text/javascript">
jQuery(window).on('load',  function() {{
				new JCaption('img.caption');
			}});
var sp_preloader = '0';
var sp_gotop = '1';
var sp_offanimation = 'default';
	</script>
{og}</head>"""


def _top(active: str) -> str:
    return f"""
<body class="site com-content view-article no-layout no-task vi-vn ltr sticky-header layout-fluid off-canvas-menu-init">
	<div class="body-wrapper">
		<div class="body-innerwrapper">
<section id="sp-top-bar"><div class="container"><div class="row"><div id="sp-top1" class="col-sm-6 col-md-6"><div class="sp-column "><ul class="sp-contact-info"><li class="sp-contact-phone"><i class="fa fa-phone" aria-hidden="true"></i> <a href="tel:02383863215">0238 3863 215</a></li><li class="sp-contact-email"><i class="fa fa-envelope" aria-hidden="true"></i> <a href="mailto:pgdyenthanh@nghean.edu.vn">pgdyenthanh@nghean.edu.vn</a></li></ul></div></div><div id="sp-top2" class="col-sm-6 col-md-6"><div class="sp-column "><div class="sp-module "><div class="sp-module-content">

<div class="custom"  >
	<p style="text-align: right;"><i class="fa fa-calendar"></i> {HEADER_TODAY}</p></div>
</div></div><ul class="social-icons"><li><a target="_blank" href="https://www.facebook.com/pgdyenthanh" aria-label="facebook"><i class="fa fa-facebook"></i></a></li><li><a target="_blank" href="https://www.youtube.com/@pgdyenthanh" aria-label="youtube"><i class="fa fa-youtube"></i></a></li></ul></div></div></div></div></section>
<header id="sp-header"><div class="container"><div class="row"><div id="sp-logo" class="col-xs-8 col-sm-3 col-md-3"><div class="sp-column "><div class="logo"><a href="/"><h1><img class="sp-default-logo hidden-xs" src="/images/logo/logo-pgd-yen-thanh.png" alt="{esc(SITE)}"><img class="sp-default-logo visible-xs" src="/images/logo/logo-pgd-yen-thanh-mobile.png" alt="{esc(SITE)}"></h1></a></div></div></div><div id="sp-menu" class="col-xs-4 col-sm-9 col-md-9"><div class="sp-column ">			<div class='sp-megamenu-wrapper'>
				<a id="offcanvas-toggler" class="visible-sm visible-xs" aria-label="Menu" href="#"><i class="fa fa-bars" aria-hidden="true" title="Menu"></i></a>
				{_menu(active)}			</div>
		</div></div></div></div></header>"""


def _page_title(heading: str, crumbs: list[tuple[str | None, str]]) -> str:
    lis = ['<li><i class="fa fa-home"></i></li>']
    for n, (href, label) in enumerate(crumbs):
        if href and n < len(crumbs) - 1:
            lis.append(f'<li><a href="{href}" class="pathway">{esc(label)}</a></li>')
        else:
            lis.append(f'<li class="active">{esc(label)}</li>')
    return (
        '<section id="sp-page-title"><div class="row"><div id="sp-title" class="col-sm-12 col-md-12">'
        '<div class="sp-column "><div class="sp-page-title"><div class="container">'
        f'<h2>{esc(heading)}</h2>\n<ol class="breadcrumb">\n\t' + "\n\t".join(lis) + "\n</ol>\n"
        "</div></div></div></div></div></section>"
    )


def _bottom() -> str:
    return """
<section id="sp-bottom"><div class="container"><div class="row"><div id="sp-bottom1" class="col-sm-6 col-md-4"><div class="sp-column "><div class="sp-module "><h3 class="sp-module-title">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO YÊN THÀNH</h3><div class="sp-module-content">

<div class="custom"  >
	<p><i class="fa fa-map-marker"></i> Địa chỉ: Khối 2, thị trấn Yên Thành, huyện Yên Thành, tỉnh Nghệ An</p>
<p><i class="fa fa-phone"></i> Điện thoại: 0238 3863 215 - Fax: 0238 3863 216</p>
<p><i class="fa fa-envelope"></i> Email: <a href="mailto:pgdyenthanh@nghean.edu.vn">pgdyenthanh@nghean.edu.vn</a></p></div>
</div></div></div></div><div id="sp-bottom2" class="col-sm-6 col-md-4"><div class="sp-column "><div class="sp-module "><h3 class="sp-module-title">Liên kết nhanh</h3><div class="sp-module-content"><ul class="nav menu">
<li class="item-150"><a href="/van-ban" >Văn bản chỉ đạo</a></li><li class="item-151"><a href="/thu-vien-anh" >Thư viện ảnh</a></li><li class="item-152"><a href="https://nghean.edu.vn" target="_blank" rel="noopener noreferrer">Sở GD&amp;ĐT Nghệ An</a></li></ul>
</div></div></div></div><div id="sp-bottom3" class="col-sm-12 col-md-4"><div class="sp-column "><div class="sp-module "><h3 class="sp-module-title">Bản đồ</h3><div class="sp-module-content">

<div class="custom"  >
	<p><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d30218.6!2d105.46!3d18.99" width="100%" height="180" frameborder="0" style="border:0;" allowfullscreen=""></iframe></p></div>
</div></div></div></div></div></div></section>
<footer id="sp-footer"><div class="container"><div class="row"><div id="sp-footer1" class="col-sm-12 col-md-12"><div class="sp-column "><span class="sp-copyright">© 2026 Phòng Giáo dục và Đào tạo huyện Yên Thành. Chịu trách nhiệm chính: Trưởng phòng Phan Văn Lương. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</span></div></div></div></div></footer>"""


def _end(active: str) -> str:
    return f"""
		</div> <!-- /.body-innerwrapper -->
	</div> <!-- /.body-innerwrapper -->
	<!-- Off Canvas Menu -->
	<div class="offcanvas-menu">
		<a href="#" class="close-offcanvas" aria-label="Close"><i class="fa fa-remove" aria-hidden="true" title="Đóng"></i></a>
		<div class="offcanvas-inner">
			<div class="sp-module "><h3 class="sp-module-title">Menu</h3><div class="sp-module-content">{_offcanvas_menu(active)}</div></div>
		</div>
	</div>
	<a href="javascript:void(0)" class="scrollup" aria-label="Go To Top">&nbsp;</a>
</body>
</html>"""


def layout(
    req: Request,
    *,
    title: str,
    desc: str,
    active: str,
    main: str,
    page_title: str | None = None,
    crumbs: list[tuple[str | None, str]] | None = None,
    og: str = "",
    feeds: str = "",
    with_sidebar: bool = True,
    body_class: str = "",
) -> Response:
    doc = _head(req, title, desc=desc, og=og, feeds=feeds) + _top(active)
    if body_class:
        doc = doc.replace("com-content view-article", body_class, 1)
    if page_title is not None:
        doc += _page_title(page_title, crumbs or [])
    col = "col-sm-8 col-md-8" if with_sidebar else "col-sm-12 col-md-12"
    doc += (
        '\n<section id="sp-main-body"><div class="container"><div class="row">'
        f'<div id="sp-component" class="{col}"><div class="sp-column "><div id="system-message-container">'
        f"\n\t</div>\n{main}\n</div></div>"
        + (sidebar() if with_sidebar else "")
        + "</div></div></section>"
    )
    doc += _bottom() + _end(active)
    return html(doc)


# --- article view ---------------------------------------------------------------------------


def _info_dd_author(story: Story) -> str:
    name = story.opts.get("by", "Quản trị")
    return (
        '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">\n'
        f'\t<i class="fa fa-user"></i>\n\t<span itemprop="name" data-toggle="tooltip" title="Viết bởi ">'
        f"{esc(name)}</span>\t</dd>"
    )


def _info_dd_cat(cat: Cat) -> str:
    return (
        '<dd class="category-name">\n\t<i class="fa fa-folder-open-o"></i>\n'
        f'\t<a href="/{cat.alias}" itemprop="genre" data-toggle="tooltip" title="Danh mục bài viết">'
        f"{esc(cat.title)}</a>\t</dd>"
    )


def _info_dd_date(kind: str, value: str) -> str:
    icon, prop, tip, label = {
        "published": ("fa-calendar-o", "datePublished", "Ngày đăng", ""),
        "create": ("fa-clock-o", "dateCreated", "Ngày tạo", "Ngày tạo: "),
        "modified": ("fa-calendar", "dateModified", "Ngày sửa", "Cập nhật lần cuối: "),
    }[kind]
    return (
        f'<dd class="{kind}">\n\t<i class="fa {icon}"></i>\n'
        f'\t<time datetime="{date_iso(value)}" itemprop="{prop}" data-toggle="tooltip" title="{tip}">\n'
        f"\t\t{label}{esc(date_lc2(value))}\t</time>\n</dd>"
    )


def _info_dd_hits(story: Story) -> str:
    return (
        '<dd class="hits">\n\t<span class="fa fa-eye"></span>\n'
        f'\t<meta itemprop="interactionCount" content="UserPageVisits:{story.views()}" />\n'
        f"\tLượt xem: {story.views()}</dd>"
    )


def info_above(story: Story, *, listing: bool = False) -> str:
    cat = CATS[story.cat]
    dds = [_info_dd_author(story), _info_dd_cat(cat), _info_dd_date("published", story.opts["pub"])]
    if not listing and not cat.info_split:
        if cat.show_create and "created" in story.opts:
            dds.append(_info_dd_date("create", story.opts["created"]))
        if "modified" in story.opts:
            dds.append(_info_dd_date("modified", story.opts["modified"]))
        dds.append(_info_dd_hits(story))
    return (
        '<dl class="article-info">\n\n\t\t\n\t\t\t<dt class="article-info-term"></dt>\t\n\t\t\t\t\n'
        + "\n".join(dds)
        + "\n\t\t\t\n\t\t\t</dl>"
    )


def info_below(story: Story) -> str:
    cat = CATS[story.cat]
    if not cat.info_split:
        return ""
    dds = []
    if "modified" in story.opts:
        dds.append(_info_dd_date("modified", story.opts["modified"]))
    dds.append(_info_dd_hits(story))
    return '\n<dl class="article-info muted">\n' + "\n".join(dds) + "\n</dl>"


def _vote(story: Story) -> str:
    rating, count = story.opts.get("rating", (0, 0))
    stars = "".join(
        f'<span class="content_vote_star {"" if n < rating else "empty"}"><span class="fa fa-star'
        f'{"" if n < rating else "-o"}"></span></span>'
        for n in range(5)
    )
    opts = "".join(
        f'<option value="{n}"{_SEL if n == 5 else ""}>{n}</option>' for n in range(1, 6)
    )
    return (
        f'<div class="content_rating" role="img" aria-label="Đánh giá: {rating} / 5">\n'
        f'\t<p class="unseen element-invisible" itemprop="aggregateRating" itemscope itemtype='
        f'"https://schema.org/AggregateRating">Đánh giá người dùng:&#160;&#160;<span itemprop='
        f'"ratingValue">{rating}</span>&#160;/&#160;<span itemprop="bestRating">5</span><meta '
        f'itemprop="ratingCount" content="{count}" /><meta itemprop="worstRating" content="1" /></p>\n'
        f"\t{stars}\n</div>\n"
        f'<form method="post" action="{art_path(story)}?hitcount=0" class="form-inline">\n'
        '\t<span class="content_vote">\n\t\t<label class="unseen element-invisible" for='
        f'"content_vote_{story.id}">Vui lòng đánh giá</label>\n\t\t<select id="content_vote_{story.id}"'
        f' name="user_rating">{opts}</select>\n\t\t&#160;<input class="btn btn-mini" type="submit" '
        'name="submit_vote" value="Đánh giá" />\n\t\t<input type="hidden" name="task" value='
        '"article.vote" />\n\t\t<input type="hidden" name="hitcount" value="0" />\n\t\t<input '
        f'type="hidden" name="url" value="{art_path(story)}" />\n\t\t<input type="hidden" name='
        f'"{hashlib.md5(str(story.id).encode()).hexdigest()}" value="1" />\n\t</span>\n</form>'
    )


def _icons(story: Story) -> str:
    return (
        '<div class="icons">\n\t\t\t\t<div class="btn-group pull-right">\n'
        f'\t\t\t\t<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{story.id}" '
        'aria-label="Công cụ người dùng" data-toggle="dropdown" aria-haspopup="true" aria-expanded='
        '"false">\n\t\t\t\t\t<span class="icon-cog" aria-hidden="true"></span>\n\t\t\t\t\t<span '
        'class="caret" aria-hidden="true"></span>\n\t\t\t\t</button>\n'
        f'\t\t\t\t<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{story.id}">\n'
        f'\t\t\t\t\t<li class="print-icon"> <a href="{art_path(story)}?tmpl=component&amp;print=1" '
        f'title="In bài viết &lt; {esc(story.title)} &gt;" onclick="window.open(this.href,\'win2\','
        "'status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,"
        "height=480,directories=no,location=no'); return false;\" rel=\"nofollow\">\t\t\t"
        '<span class="icon-print" aria-hidden="true"></span>\n\t\tIn\t</a> </li>\n'
        "\t\t\t\t</ul>\n\t\t\t\t</div>\n\t\t\t</div>"
    )


def _share(req: Request, story: Story) -> str:
    url = base_url(req) + art_path(story)
    return (
        '<div class="helix-social-share">\n\t<div class="helix-social-share-icon">\n\t\t<ul>\n'
        '\t\t\t<li>\n\t\t\t\t<div class="facebook" data-toggle="tooltip" data-placement="top" '
        'title="Chia sẻ lên Facebook">\n\t\t\t\t\t<a class="facebook" onClick="window.open('
        f"'https://www.facebook.com/sharer.php?u={url}','Facebook','width=600,height=300'); return "
        f'false;" href="https://www.facebook.com/sharer.php?u={url}"><i class="fa fa-facebook"></i>'
        "</a>\n\t\t\t\t</div>\n\t\t\t</li>\n\t\t\t<li>\n\t\t\t\t<div class=\"twitter\" title=\"Chia "
        f'sẻ lên Twitter\">\n\t\t\t\t\t<a class="twitter" href="https://twitter.com/share?url={url}'
        f'&amp;text={esc(story.title)}"><i class="fa fa-twitter"></i></a>\n\t\t\t\t</div>\n'
        "\t\t\t</li>\n\t\t</ul>\n\t</div>\n</div>"
    )


def _pagenav(story: Story) -> str:
    cat = CATS[story.cat]
    if not cat.pagenav:
        return ""
    items = _sorted(story.cat)
    i = items.index(story)
    lis = []
    if i > 0:
        prev = items[i - 1]
        lis.append(
            f'<li class="previous">\n\t\t<a class="hasTooltip" title="{esc(prev.title)}" aria-label='
            f'"Bài trước: {esc(prev.title)}" href="{art_path(prev)}" rel="prev">\n\t\t\t<span '
            'class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước'
            "</span>\t\t</a>\n\t</li>"
        )
    if i < len(items) - 1:
        nxt = items[i + 1]
        lis.append(
            f'<li class="next">\n\t\t<a class="hasTooltip" title="{esc(nxt.title)}" aria-label='
            f'"Bài tiếp: {esc(nxt.title)}" href="{art_path(nxt)}" rel="next">\n\t\t\t<span '
            'aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true">'
            "</span>\t\t</a>\n\t</li>"
        )
    return '\n<ul class="pager pagenav">\n\t' + "\n\t".join(lis) + "\n</ul>"


def _pb_toc(story: Story, active: int | str) -> str:
    p = art_path(story)
    _, pb_title = story.opts["pagebreak"]
    entries = [
        (f"{p}?showall=&amp;limitstart=", story.title, 0),
        (f"{p}?showall=&amp;start=1", pb_title, 1),
        (f"{p}?showall=1", "Tất cả các trang", "all"),
    ]
    lis = "".join(
        f'\n\t\t<li class="{"toclink active" if key == active else ""}">\n\t\t\t<a href="{href}" '
        f'class="toclink{" active" if key == active else ""}">\n\t\t\t\t{esc(label)}\t\t\t</a>\n\t\t</li>'
        for href, label, key in entries
    )
    return (
        '<div class="pull-right article-index">\n\t\t<h3>Mục lục bài viết</h3>\n\t\t<ul class="nav '
        f'nav-tabs nav-stacked">{lis}\n\t\t</ul>\n</div>\n'
    )


def _pb_body(story: Story, page: int | str) -> str:
    """The article text as the Page Break plugin prints it for one page or all pages."""
    cut, _ = story.opts["pagebreak"]
    p = art_path(story)
    first, second = story.blocks[:cut], story.blocks[cut:]
    if page == "all":
        return render_blocks(first) + "\n<br />\n" + render_blocks(second)
    text_html = render_blocks(first if page == 0 else second)
    if page == 0:
        prev = "&lt;&lt; Trước"
        nxt = f'<a href="{p}?showall=&amp;start=1">Tiếp&#160;&gt;&gt;</a>'
    else:
        prev = f'<a href="{p}?showall=&amp;start=0">&lt;&lt;&#160;Trước</a>'
        nxt = "Tiếp &gt;&gt;"
    return (
        f'<div class="pagenavcounter">Trang {page + 1} của 2</div>\n{text_html}'
        f'<div class="pager"><ul><li>{prev} </li><li>{nxt}</li></ul></div>'
    )


def article_body_html(story: Story, pb_page: int | str | None) -> tuple[str, str]:
    """(toc, text) for the article view."""
    if "pagebreak" in story.opts:
        page = 0 if pb_page is None else pb_page
        return _pb_toc(story, page), _pb_body(story, page)
    return "", render_blocks(story.blocks)


def article_view(req: Request, story: Story, *, pb_page: int | str | None = None, via: str = "menu") -> Response:
    cat = CATS[story.cat]
    toc, body = article_body_html(story, pb_page)
    vote = _vote(story) if cat.vote else ""
    main = f"""<article class="item item-page" itemscope itemtype="http://schema.org/Article">
	<meta itemprop="inLanguage" content="vi-VN" />
	{full_image(story)}
	<div class="entry-header">
		{info_above(story)}
					<h2 itemprop="name">
				{esc(story.title)}			</h2>
							</div>

					{_icons(story)}
			{vote}
	{toc}
				<div itemprop="articleBody">
		{body}	</div>
{info_below(story)}
	{_share(req, story)}
				{_pagenav(story)}
	<div id="sp-comments"></div>
</article>"""
    title = story.title
    if isinstance(pb_page, int) and pb_page == 1:
        title += " - " + story.opts["pagebreak"][1]
    first_p = next((b.text for b in story.blocks if isinstance(b, P)), "")
    og = (
        f'\t<meta property="og:url" content="{esc(base_url(req) + req.path)}" />\n'
        '\t<meta property="og:type" content="article" />\n'
        f'\t<meta property="og:title" content="{esc(story.title)}" />\n'
        f'\t<meta property="og:description" content="{esc(first_p[:152])}..." />\n'
    )
    img = next((b for b in story.blocks if isinstance(b, Img) and b.style == "full"), None)
    if img:
        og += f'\t<meta property="og:image" content="{esc(base_url(req) + img.src)}" />\n'
    page_title = None if via == "component" else cat.title
    return layout(
        req,
        title=f"{title} - {SITE}",
        desc=first_p[:160],
        active="/" if via == "component" else f"/{cat.alias}",
        main=main,
        page_title=page_title,
        crumbs=[("/", "Trang chủ"), (f"/{cat.alias}", cat.title), (None, story.title)],
        og=og,
        body_class=f"com-content view-article itemid-{HOME_ITEMID if via == 'component' else cat.itemid}",
    )


def print_view(req: Request, story: Story) -> Response:
    cat = CATS[story.cat]
    body = _pb_body(story, "all") if "pagebreak" in story.opts else render_blocks(story.blocks)
    doc = f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" dir="ltr">
<head>
	<base href="{esc(base_url(req) + req.target)}" />
	<meta http-equiv="content-type" content="text/html; charset=utf-8" />
	<meta name="robots" content="noindex, nofollow" />
	<title>{esc(story.title)} - {esc(SITE)}</title>
	<link href="/templates/shaper_helix3/css/bootstrap.min.css" rel="stylesheet" type="text/css" />
	<script src="/media/system/js/caption.js?5a6c0d1e2b" type="text/javascript"></script>
</head>
<body class="contentpane modal">
	<div id="system-message-container">
	</div>
	<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="vi-VN" />
		<div id="pop-print" class="btn hidden-print">
			<a href="#" onclick="window.print();return false;"><span class="icon-print" aria-hidden="true"></span>In</a>
		</div>
		<div class="clearfix"> </div>
	<div class="page-header">
		<h2 itemprop="headline">{esc(story.title)}</h2>
	</div>
	{info_above(story)}
	{full_image(story)}
	<div itemprop="articleBody">
		{body}	</div>
	</div>
</body>
</html>"""
    del cat
    return html(doc)


# --- listings -------------------------------------------------------------------------------


def _blog_item(story: Story, *, cls: str) -> str:
    p = art_path(story)
    first = next(b for b in story.blocks if isinstance(b, P))
    thumb = story.opts.get("thumb")
    img = (
        f'<div class="entry-image intro-image">\n\t\t<a href="{p}"><img\n\t\t\tsrc="{esc(thumb)}" '
        f'alt="{esc(_alt_for(Img(thumb)))}" itemprop="thumbnailUrl"/></a>\n\t</div>'
        if thumb
        else ""
    )
    return f"""<div class="{cls}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
	{img}
<div class="entry-header">
	{info_above(story, listing=True)}
			<h2 itemprop="name">
					<a href="{p}" itemprop="url">
				{esc(story.title)}</a>
			</h2>
		</div>

 {_para(first)}
	<p class="readmore">
		<a class="btn btn-default" href="{p}" itemprop="url" aria-label="Đọc thêm:  {esc(story.title)}">
			Đọc thêm: {esc(story.title[:40])}...		</a>
	</p>
</div>"""


def _pagination(cat: Cat, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return f"/{cat.alias}?limitstart=0" if n == 0 else f"/{cat.alias}?start={n * cat.per_page}"

    lis = []
    if page > 0:
        lis.append(f'<li><a title="Bắt đầu" href="{href(0)}" class="hasTooltip pagenav">Bắt đầu</a></li>')
        lis.append(f'<li><a title="Trước" href="{href(page - 1)}" class="hasTooltip pagenav">Trước</a></li>')
    else:
        lis.append('<li class="disabled"><a>Bắt đầu</a></li><li class="disabled"><a>Trước</a></li>')
    for n in range(pages):
        if n == page:
            lis.append(f'<li class="active"><a>{n + 1}</a></li>')
        else:
            lis.append(f'<li><a title="{n + 1}" href="{href(n)}" class="hasTooltip pagenav">{n + 1}</a></li>')
    if page < pages - 1:
        lis.append(f'<li><a title="Tiếp" href="{href(page + 1)}" class="hasTooltip pagenav">Tiếp</a></li>')
        lis.append(f'<li><a title="Cuối" href="{href(pages - 1)}" class="hasTooltip pagenav">Cuối</a></li>')
    else:
        lis.append('<li class="disabled"><a>Tiếp</a></li><li class="disabled"><a>Cuối</a></li>')
    return (
        '<div class="pagination-wrapper">\n\t\t\t\t\t<p class="counter pull-right">\n\t\t\t\t'
        f"Trang {page + 1} của {pages}\t\t\t</p>\n\t\t\t\t<ul class=\"pagination\">"
        + "".join(lis)
        + "</ul>\t</div>"
    )


def _feeds(cat: Cat) -> str:
    return (
        f'\t<link href="/{cat.alias}?format=feed&amp;type=rss" rel="alternate" '
        'type="application/rss+xml" title="RSS 2.0" />\n'
        f'\t<link href="/{cat.alias}?format=feed&amp;type=atom" rel="alternate" '
        'type="application/atom+xml" title="Atom 1.0" />\n'
    )


def blog_view(req: Request, cat: Cat, start: int) -> Response | None:
    items = _sorted(cat.key)
    pages = (len(items) + cat.per_page - 1) // cat.per_page
    if start % cat.per_page or not 0 <= start < len(items):
        return None
    page = start // cat.per_page
    shown = items[start : start + cat.per_page]
    more = items[start + cat.per_page : start + cat.per_page + cat.links]
    parts = ['<div class="blog" itemscope itemtype="https://schema.org/Blog">']
    leading, intro = shown[: cat.leading], shown[cat.leading :]
    if leading:
        parts.append('<div class="items-leading clearfix">')
        parts += [_blog_item(s, cls=f"leading-{n} clearfix") for n, s in enumerate(leading)]
        parts.append("</div>")
    for r in range(0, len(intro), 2):
        cols = "".join(
            f'<div class="col-sm-6">\n\t<article class="item column-{k + 1}">'
            + _blog_item(s, cls="item-inner")
            + "</article>\n</div>"
            for k, s in enumerate(intro[r : r + 2])
        )
        parts.append(f'<div class="items-row row-{r // 2} row clearfix">{cols}</div>')
    if more:
        lis = "".join(f'\n\t<li>\n\t\t<a href="{art_path(s)}">\n\t\t\t{esc(s.title)}</a>\n\t</li>' for s in more)
        parts.append(f'<div class="items-more">\n<ol class="nav nav-tabs nav-stacked">{lis}\n</ol>\n</div>')
    parts.append(_pagination(cat, page, pages))
    parts.append("</div>")
    title = cat.title + (f" - Trang {page + 1}" if page else "")
    return layout(
        req,
        title=f"{title} - {SITE}",
        desc=f"{cat.title} - {SITE}",
        active=f"/{cat.alias}",
        main="\n".join(parts),
        page_title=cat.title,
        crumbs=[("/", "Trang chủ"), (None, cat.title)],
        feeds=_feeds(cat),
        body_class=f"com-content view-category layout-blog itemid-{cat.itemid}",
    )


def list_view(req: Request, cat: Cat, limit: int) -> Response:
    items = _sorted(cat.key)
    shown = items if limit == 0 else items[:limit]
    rows = "".join(
        f'\n\t\t<tr class="cat-list-row{n % 2}" >\n\t\t\t<td headers="categorylist_header_title" '
        f'class="list-title">\n\t\t\t\t<a href="{art_path(s)}">\n\t\t\t\t\t{esc(s.title)}\t\t\t\t</a>'
        f'\n\t\t\t</td>\n\t\t\t<td headers="categorylist_header_date" class="list-date small">\n'
        f"\t\t\t\t{esc(date_lc3(s.opts['pub']))}\t\t\t</td>\n\t\t\t<td headers="
        f'"categorylist_header_hits" class="list-hits">\n\t\t\t\t<span class="badge badge-info">'
        f"\n\t\t\t\t\tLượt xem: {s.views()}\t\t\t\t</span>\n\t\t\t</td>\n\t\t</tr>"
        for n, s in enumerate(shown)
    )
    opts = "".join(
        f'<option value="{v}"{_SEL if v == limit else ""}>{"Tất cả" if v == 0 else v}</option>'
        for v in (5, 10, 15, 20, 25, 30, 50, 100, 0)
    )
    main = f"""<div class="category-list">
<div>
	<div class="content-category">
<form action="/{cat.alias}" method="post" name="adminForm" id="adminForm" class="form-inline">
	<fieldset class="filters btn-toolbar clearfix">
		<legend class="hide">Bộ lọc</legend>
					<div class="btn-group">
				<label class="filter-search-lbl element-invisible" for="filter-search">Bộ lọc tiêu đề&#160;</label>
				<input type="text" name="filter-search" id="filter-search" value="" class="inputbox" onchange="document.adminForm.submit();" title="Nhập toàn bộ hoặc một phần tiêu đề để tìm kiếm." placeholder="Bộ lọc tiêu đề" />
			</div>
					<div class="btn-group pull-right">
				<label for="limit" class="element-invisible">Hiển thị #</label>
				<select id="limit" name="limit" class="inputbox input-mini" size="1" onchange="this.form.submit()">{opts}</select>
			</div>
		<input type="hidden" name="filter_order" value="" />
		<input type="hidden" name="filter_order_Dir" value="" />
		<input type="hidden" name="limitstart" value="" />
		<input type="hidden" name="task" value="" />
	</fieldset>
	<table class="category table table-striped table-bordered table-hover">
		<caption class="hide">Danh sách bài viết trong chuyên mục {esc(cat.title)}</caption>
		<thead>
			<tr>
				<th scope="col" id="categorylist_header_title"><a href="#" onclick="Joomla.tableOrdering('a.title','asc','', document.getElementById('adminForm'));return false;" class="hasPopover" title="Tiêu đề" data-content="Chọn để sắp xếp theo cột này" data-placement="top">Tiêu đề</a></th>
				<th scope="col" id="categorylist_header_date"><a href="#" onclick="Joomla.tableOrdering('a.publish_up','asc','');return false;" class="hasPopover" title="Ngày đăng" data-placement="top">Ngày đăng</a></th>
				<th scope="col" id="categorylist_header_hits"><a href="#" onclick="Joomla.tableOrdering('a.hits','asc','');return false;" class="hasPopover" title="Lượt xem" data-placement="top">Lượt xem</a></th>
			</tr>
		</thead>
		<tbody>{rows}
		</tbody>
	</table>
</form>
	</div>
</div>
</div>"""
    return layout(
        req,
        title=f"{cat.title} - {SITE}",
        desc=f"{cat.title} - {SITE}",
        active=f"/{cat.alias}",
        main=main,
        page_title=cat.title,
        crumbs=[("/", "Trang chủ"), (None, cat.title)],
        feeds=_feeds(cat),
        body_class=f"com-content view-category layout-default itemid-{cat.itemid}",
    )


def feed_view(req: Request, cat: Cat, kind: str) -> Response:
    base = base_url(req)
    items = _sorted(cat.key)[:10]
    if kind == "rss":
        entries = "".join(
            f"\n\t\t<item>\n\t\t\t<title>{esc(s.title)}</title>\n\t\t\t<link>{base}{art_path(s)}</link>"
            f'\n\t\t\t<guid isPermaLink="true">{base}{art_path(s)}</guid>\n\t\t\t<description><![CDATA['
            f"{_para(next(b for b in s.blocks if isinstance(b, P)))}]]></description>\n\t\t\t"
            f"<author>pgdyenthanh@nghean.edu.vn (Quản trị)</author>\n\t\t\t<category>{esc(cat.title)}"
            f"</category>\n\t\t\t<pubDate>{_dt(s.opts['pub']):%a, %d %b %Y %H:%M:%S} +0700</pubDate>"
            "\n\t\t</item>"
            for s in items
        )
        body = (
            '<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source Content '
            'Management" -->\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n\t<channel>'
            f"\n\t\t<title>{esc(cat.title)}</title>\n\t\t<description><![CDATA[{esc(SITE)}]]></description>"
            f"\n\t\t<link>{base}/{cat.alias}</link>\n\t\t<language>vi-vn</language>{entries}\n\t</channel>\n</rss>"
        )
        ctype = "application/rss+xml; charset=utf-8"
    else:
        entries = "".join(
            f"\n\t<entry>\n\t\t<title>{esc(s.title)}</title>\n\t\t<link rel=\"alternate\" type=\"text/html\" "
            f'href="{base}{art_path(s)}"/>\n\t\t<published>{date_iso(s.opts["pub"])}</published>\n'
            f"\t\t<updated>{date_iso(s.opts.get('modified', s.opts['pub']))}</updated>\n\t\t<id>{base}"
            f"{art_path(s)}</id>\n\t\t<author>\n\t\t\t<name>Quản trị</name>\n\t\t</author>\n\t</entry>"
            for s in items
        )
        body = (
            '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
            f'xml:lang="vi-vn">\n\t<title type="text">{esc(cat.title)}</title>\n\t<link rel="alternate" '
            f'type="text/html" href="{base}/{cat.alias}"/>\n\t<id>{base}/{cat.alias}</id>{entries}\n</feed>'
        )
        ctype = "application/atom+xml; charset=utf-8"
    return Response(200, body, {"Content-Type": ctype})


# --- the SP Page Builder home ---------------------------------------------------------------


def _sppb_section(sid: str, cols: list[tuple[int, str]], title: str = "") -> str:
    heading = (
        f'<div class="sppb-section-title sppb-text-left"><h3 class="sppb-title-heading">{esc(title)}</h3></div>'
        if title
        else ""
    )
    colhtml = "".join(
        f'<div class="sppb-col-md-{w}" id="column-wrap-id-{sid}{n}"><div id="column-id-{sid}{n}" '
        f'class="sppb-column"><div class="sppb-column-addons">{content}</div></div></div>'
        for n, (w, content) in enumerate(cols)
    )
    return (
        f'<section id="section-id-{sid}" class="sppb-section"><div class="sppb-row-container">{heading}'
        f'<div class="sppb-row">{colhtml}</div></div></section>'
    )


def _addon(aid: str, cls: str, inner: str, title: str = "") -> str:
    t = f'<h3 class="sppb-addon-title">{esc(title)}</h3>' if title else ""
    return (
        f'<div id="sppb-addon-wrapper-{aid}" class="sppb-addon-wrapper"><div id="sppb-addon-{aid}" '
        f'class="clearfix"><div class="sppb-addon {cls}">{t}<div class="sppb-addon-content">{inner}'
        "</div></div></div></div>"
    )


def _sppb_article(s: Story, link: str) -> str:
    cat = CATS[s.cat]
    first = next(b.text for b in s.blocks if isinstance(b, P))
    intro = first[:140].rsplit(" ", 1)[0] + "..."
    thumb = s.opts.get("thumb", "/images/no-image.jpg")
    return (
        '<div class="sppb-col-sm-6"><div class="sppb-addon-article">'
        f'<a href="{esc(link)}" itemprop="url"><img class="sppb-img-responsive" src="{esc(thumb)}" '
        f'alt="{esc(s.title)}" itemprop="thumbnailUrl"></a><div class="sppb-article-info-wrap">'
        f'<h3><a href="{esc(link)}" itemprop="url">{esc(s.title)}</a></h3>'
        f'<div class="sppb-article-meta"><span class="sppb-meta-date" itemprop="datePublished">'
        f"{esc(date_lc3(s.opts['pub']))}</span><span class=\"sppb-meta-category\"><a href=\"/{cat.alias}\" "
        f'itemprop="genre">{esc(cat.title)}</a></span></div><div class="sppb-article-introtext">{esc(intro)}'
        f'</div><a class="sppb-readmore" href="{esc(link)}" itemprop="url">Xem tiếp</a></div></div></div>'
    )


def home(req: Request) -> Response:
    slides = "".join(
        f'<div class="sppb-item{" active" if n == 0 else ""}"><img src="{esc(src)}" alt="{esc(alt)}">'
        f'<div class="sppb-carousel-item-inner"><div class="sppb-carousel-caption"><div class='
        f'"sppb-carousel-pro-text"><h2>{esc(h)}</h2><a href="{href}" class="sppb-btn sppb-btn-primary '
        'sppb-btn-sm">Xem chi tiết</a></div></div></div></div>'
        for n, (src, alt, h, href) in enumerate(
            [
                ("/images/slide/slide-chuyen-doi-so.jpg", "slide 1", "Đẩy mạnh chuyển đổi số trong giáo dục",
                 art_path(A1)),
                ("/images/slide/slide-20-11.jpg", "slide 2", "Chào mừng Ngày Nhà giáo Việt Nam 20/11",
                 art_path(A4)),
                ("/images/slide/slide-truong-hoc.jpg", "slide 3", "Xây dựng trường học hạnh phúc", "/gioi-thieu"),
            ]
        )
    )
    carousel = _addon(
        "1605001",
        "sppb-carousel sppb-slide",
        f'<div id="sppb-carousel-1605001" data-interval="5000" class="sppb-carousel sppb-slide" '
        f'data-sppb-ride="sppb-carousel"><ol class="sppb-carousel-indicators"><li data-sppb-target='
        '"#sppb-carousel-1605001" class="active" data-sppb-slide-to="0"></li><li data-sppb-target='
        '"#sppb-carousel-1605001" data-sppb-slide-to="1"></li><li data-sppb-target="#sppb-carousel-'
        f'1605001" data-sppb-slide-to="2"></li></ol><div class="sppb-carousel-inner">{slides}</div>'
        '<a href="#sppb-carousel-1605001" class="sppb-carousel-arrow left sppb-carousel-control" '
        'data-slide="prev" aria-label="Trước"><i class="fa fa-chevron-left"></i></a><a href="#sppb-'
        'carousel-1605001" class="sppb-carousel-arrow right sppb-carousel-control" data-slide="next" '
        'aria-label="Tiếp"><i class="fa fa-chevron-right"></i></a></div>',
    )
    news = _addon(
        "1605002",
        "sppb-addon-articles",
        '<div class="sppb-row">' + "".join(_sppb_article(s, component_path(s)) for s in HOME_COMPONENT) + "</div>",
        title="Tin tức - Sự kiện",
    )
    cm_items = _sorted("cm")[:2]
    cm = _addon(
        "1605003",
        "sppb-addon-articles",
        '<div class="sppb-row">' + "".join(_sppb_article(s, art_path(s)) for s in cm_items) + "</div>",
        title="Hoạt động chuyên môn",
    )
    notices = "".join(
        f'\n\t<li>\n\t\t<a class="mod-articles-category-title " href="{art_path(s)}">{esc(s.title)}</a>'
        f'\n\t\t<span class="mod-articles-category-date">{esc(date_lc3(s.opts["pub"]))}</span>\n\t</li>'
        for s in _sorted("tb")[:2]
    )
    notice_mod = _addon(
        "1605004",
        "sppb-addon-module",
        f'<div class="sp-module "><h3 class="sp-module-title">Thông báo</h3><div class="sp-module-content">'
        f'<ul class="category-module mod-list">{notices}\n</ul><p class="xem-tat-ca"><a href="/thong-bao">'
        "Xem tất cả »</a></p></div></div>",
    )
    focus = _addon(
        "1605005",
        "sppb-addon-module",
        '<div class="sp-module tieu-diem"><h3 class="sp-module-title">Tiêu điểm</h3><div class='
        '"sp-module-content"><div class="custom tieu-diem"><p><img src="/images/icon/new.gif" alt="" />'
        f' <a href="{esc(index_php_path(C1))}"><strong>{esc(C1.title)}</strong></a></p></div></div></div>',
    )
    features = "".join(
        f'<div class="sppb-col-md-3"><div class="sppb-addon sppb-addon-feature sppb-text-center">'
        f'<div class="sppb-addon-content"><span class="sppb-icon"><a href="{href}"><i class="fa {icon}">'
        f'</i></a></span><h3 class="sppb-feature-box-title"><a href="{href}">{esc(t)}</a></h3><div '
        f'class="sppb-addon-text">{esc(d)}</div></div></div></div>'
        for href, icon, t, d in [
            ("/gioi-thieu", "fa-university", "Giới thiệu", "Chức năng, nhiệm vụ của Phòng"),
            ("/van-ban", "fa-file-text-o", "Văn bản", "Văn bản chỉ đạo, điều hành"),
            ("/thu-vien-anh", "fa-picture-o", "Thư viện ảnh", "Hình ảnh hoạt động"),
            ("/lien-he", "fa-envelope-o", "Liên hệ", "Gửi ý kiến, phản ánh"),
        ]
    )
    video = _addon(
        "1605006",
        "sppb-addon-video",
        '<div class="sppb-video-block sppb-embed-responsive sppb-embed-responsive-16by9"><iframe class='
        '"sppb-embed-responsive-item" src="https://www.youtube-nocookie.com/embed/q7mZ8Yk2XkE?iv_load_policy=3'
        '&amp;rel=0" webkitAllowFullScreen mozallowfullscreen allowFullScreen></iframe></div>',
        title="Video hoạt động",
    )
    welcome = _addon(
        "1605007",
        "sppb-addon-text-block sppb-text-left",
        "<p>Phòng Giáo dục và Đào tạo huyện Yên Thành là cơ quan chuyên môn thuộc UBND huyện, tham mưu "
        "giúp UBND huyện quản lý nhà nước về giáo dục và đào tạo trên địa bàn với 112 trường mầm non, "
        'tiểu học và trung học cơ sở.</p><p><a href="/gioi-thieu">Xem thêm »</a></p>',
        title="Chào mừng quý vị đến với website Phòng GD&ĐT Yên Thành",
    )
    main = (
        '<div id="sp-page-builder" class="sp-page-builder  page-1">\n\n\t\n\t<div class="page-content">\n'
        + _sppb_section("1605100", [(12, carousel)])
        + _sppb_section("1605200", [(8, news + cm), (4, notice_mod + focus + latest_module() + counter_module())])
        + f'<section id="section-id-1605300" class="sppb-section sppb-section-features"><div class='
        f'"sppb-row-container"><div class="sppb-row">{features}</div></div></section>'
        + _sppb_section("1605400", [(6, welcome), (6, video)])
        + "\n\t</div>\n</div>"
    )
    return layout(
        req,
        title=f"Trang chủ - {SITE}",
        desc="Cổng thông tin điện tử Phòng Giáo dục và Đào tạo huyện Yên Thành, tỉnh Nghệ An",
        active="/",
        main=main,
        with_sidebar=False,
        body_class=f"com-sppagebuilder view-page itemid-{HOME_ITEMID}",
    )


# --- pages that are not articles ------------------------------------------------------------


def _single_article(req: Request, *, path: str, title: str, body: str, crumbs: list) -> Response:
    main = f"""<article class="item item-page" itemscope itemtype="http://schema.org/Article">
	<meta itemprop="inLanguage" content="vi-VN" />
	<div class="entry-header">
					<h2 itemprop="name">
				{esc(title)}			</h2>
							</div>
				<div itemprop="articleBody">
		{body}	</div>
</article>"""
    return layout(
        req,
        title=f"{title} - {SITE}",
        desc=title,
        active="/gioi-thieu",
        main=main,
        page_title="Giới thiệu",
        crumbs=crumbs,
        body_class="com-content view-article itemid-437",
    )


def intro_page(req: Request) -> Response:
    body = "\n".join(
        f'<p style="text-align: justify;">{esc(t)}</p>'
        for t in [
            "Phòng Giáo dục và Đào tạo huyện Yên Thành là cơ quan chuyên môn thuộc Ủy ban nhân dân "
            "huyện, có chức năng tham mưu, giúp UBND huyện thực hiện chức năng quản lý nhà nước về "
            "giáo dục và đào tạo trên địa bàn huyện.",
            "Phòng GD&ĐT chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của UBND huyện, "
            "đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Sở Giáo dục "
            "và Đào tạo Nghệ An.",
            "Năm học 2026 - 2027, toàn huyện có 40 trường mầm non, 38 trường tiểu học, 34 trường "
            "THCS với hơn 62.000 học sinh và gần 3.900 cán bộ, giáo viên, nhân viên.",
        ]
    )
    return _single_article(
        req, path="/gioi-thieu", title="Giới thiệu chung về Phòng Giáo dục và Đào tạo Yên Thành", body=body,
        crumbs=[("/", "Trang chủ"), (None, "Giới thiệu")],
    )


def structure_page(req: Request) -> Response:
    rows = [
        ("Phan Văn Lương", "Trưởng phòng", "Phụ trách chung, công tác tổ chức cán bộ, tài chính"),
        ("Nguyễn Thị Hằng", "Phó Trưởng phòng", "Phụ trách bậc Mầm non, Tiểu học"),
        ("Đặng Quốc Việt", "Phó Trưởng phòng", "Phụ trách bậc THCS, thanh tra, kiểm định chất lượng"),
    ]
    trs = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>" for a, b, c in rows)
    body = (
        '<p style="text-align: justify;">Lãnh đạo Phòng Giáo dục và Đào tạo huyện Yên Thành gồm Trưởng '
        "phòng và các Phó Trưởng phòng; các bộ phận chuyên môn: Mầm non, Tiểu học, THCS, Văn phòng, "
        "Thanh tra - Kiểm định.</p>"
        '<table class="table table-bordered" border="1"><thead><tr><th>Họ và tên</th><th>Chức vụ</th>'
        f"<th>Nhiệm vụ</th></tr></thead><tbody>{trs}</tbody></table>"
    )
    return _single_article(
        req, path="/gioi-thieu/co-cau-to-chuc", title="Cơ cấu tổ chức", body=body,
        crumbs=[("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu"), (None, "Cơ cấu tổ chức")],
    )


def contact_page(req: Request) -> Response:
    main = f"""<div class="contact" itemscope itemtype="https://schema.org/Person">
	<div class="page-header"><h2><span class="contact-name" itemprop="name">Phòng Giáo dục và Đào tạo Yên Thành</span></h2></div>
	<h3>Liên hệ</h3>
	<dl class="contact-address dl-horizontal" itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
		<dt><span class="jicons-icons"><img src="/media/contacts/images/con_address.png" alt="Địa chỉ: " /></span></dt>
		<dd><span class="contact-street" itemprop="streetAddress">Khối 2, thị trấn Yên Thành<br /></span></dd>
		<dd><span class="contact-suburb" itemprop="addressLocality">Huyện Yên Thành, tỉnh Nghệ An<br /></span></dd>
		<dt><span class="jicons-icons"><img src="/media/contacts/images/con_tel.png" alt="Điện thoại: " /></span></dt>
		<dd><span class="contact-telephone" itemprop="telephone">0238 3863 215</span></dd>
		<dt><span class="jicons-icons"><img src="/media/contacts/images/emailButton.png" alt="Email: " /></span></dt>
		<dd><span class="contact-emailto">{cloak("pgdyenthanh@nghean.edu.vn")}</span></dd>
	</dl>
	<h3>Mẫu liên hệ</h3>
	<div class="contact-form">
		<form id="contact-form" action="/lien-he" method="post" class="form-validate form-horizontal well">
			<fieldset>
				<legend>Gửi email. Các trường có dấu (*) là bắt buộc.</legend>
				<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="hasPopover required">Họ tên<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="required" size="30" required aria-required="true" /></div></div>
				<div class="control-group"><div class="control-label"><label for="jform_contact_email">Email<span class="star">&#160;*</span></label></div><div class="controls"><input type="email" name="jform[contact_email]" class="validate-email required" id="jform_contact_email" value="" size="30" required /></div></div>
				<div class="control-group"><div class="control-label"><label for="jform_contact_emailmsg">Chủ đề<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" size="60" required /></div></div>
				<div class="control-group"><div class="control-label"><label for="jform_contact_message">Nội dung<span class="star">&#160;*</span></label></div><div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" required></textarea></div></div>
			</fieldset>
			<div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Gửi email</button>
				<input type="hidden" name="option" value="com_contact" />
				<input type="hidden" name="task" value="contact.submit" />
				<input type="hidden" name="return" value="" />
				<input type="hidden" name="id" value="1:phong-gd-dt-yen-thanh" />
				<input type="hidden" name="{hashlib.md5(b"contact").hexdigest()}" value="1" />
			</div></div>
		</form>
	</div>
</div>"""
    return layout(
        req,
        title=f"Liên hệ - {SITE}",
        desc="Liên hệ Phòng GD&ĐT Yên Thành",
        active="/lien-he",
        main=main,
        page_title="Liên hệ",
        crumbs=[("/", "Trang chủ"), (None, "Liên hệ")],
        body_class="com-contact view-contact itemid-440",
    )


def gallery_page(req: Request) -> Response:
    photos = [
        ("/images/thu-vien-anh/hoi-thi-gvdg-2026/anh-01.jpg", "Khai mạc hội thi"),
        ("/images/thu-vien-anh/hoi-thi-gvdg-2026/anh-02.jpg", "Tiết dạy môn Toán"),
        ("/images/thu-vien-anh/hoi-thi-gvdg-2026/anh-03.jpg", "Tiết dạy môn Ngữ văn"),
        ("/images/thu-vien-anh/hoi-thi-gvdg-2026/anh-04.jpg", "Ban giám khảo chấm thi"),
        ("/images/thu-vien-anh/hoi-thi-gvdg-2026/anh-05.jpg", "Trao giải cho giáo viên xuất sắc"),
        ("/images/thu-vien-anh/hoi-thi-gvdg-2026/anh-06.jpg", "Chụp ảnh lưu niệm"),
    ]
    items = "".join(
        f'<li><a class="sppb-gallery-btn" href="{src}" data-title="{esc(t)}"><img class="sppb-img-responsive" '
        f'src="{src}" alt="{esc(t)}" width="200" height="150"></a></li>'
        for src, t in photos
    )
    gal = _addon(
        "1606001",
        "sppb-addon-gallery",
        f'<ul class="sppb-gallery clearfix gallery-item-">{items}</ul>',
        title="Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 - 2027",
    )
    main = (
        '<div id="sp-page-builder" class="sp-page-builder  page-4"><div class="page-content">'
        + _sppb_section("1606100", [(12, gal)])
        + "</div></div>"
    )
    return layout(
        req,
        title=f"Thư viện ảnh - {SITE}",
        desc="Thư viện ảnh",
        active="/thu-vien-anh",
        main=main,
        page_title="Thư viện ảnh",
        crumbs=[("/", "Trang chủ"), (None, "Thư viện ảnh")],
        body_class="com-sppagebuilder view-page itemid-441",
    )


DOCS = [
    ("15", "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027", "ke-hoach-nhiem-vu-nam-hoc-2026-2027.pdf",
     "15-09-2026"),
    ("16", "Kế hoạch chuyển đổi số năm học 2026 - 2027", "ke-hoach-215-chuyen-doi-so.pdf", "28-11-2026"),
    ("17", "Công văn hướng dẫn thi giáo viên chủ nhiệm lớp giỏi bậc tiểu học", "cv-518-gvcn-gioi.pdf",
     "04-12-2026"),
]


def docs_page(req: Request) -> Response:
    rows = "".join(
        f'<div class="pd-filebox"><div class="pd-filenamebox"><div class="pd-title">{esc(t)}</div>'
        f'<div class="pd-filename"><div class="pd-float"><img src="/media/com_phocadownload/images/mime/16/'
        f'icon-pdf.png" alt="" /></div><div class="pd-document16">{esc(f)}</div></div></div>'
        f'<div class="pd-buttons"><div class="pd-button-download"><a class="btn btn-success" href="'
        f'/images/van-ban/2026/{f}">Tải về</a></div></div><div class="pd-date-orig">Ngày: {d}</div>'
        '<div class="pd-cb"></div></div>'
        for _i, t, f, d in DOCS
    )
    main = (
        '<div id="phoca-dl-category-box" class="pd-category-view"><div class="pd-category">'
        "<h3 class=\"pd-ctitle\">Văn bản của Phòng</h3>"
        f"{rows}</div></div>"
    )
    return layout(
        req,
        title=f"Văn bản - {SITE}",
        desc="Văn bản chỉ đạo, điều hành",
        active="/van-ban",
        main=main,
        page_title="Văn bản",
        crumbs=[("/", "Trang chủ"), (None, "Văn bản")],
        body_class="com-phocadownload view-category itemid-439",
    )


# --- routing --------------------------------------------------------------------------------

_ART = re.compile(r"^/([a-z0-9-]+)/(\d+)-([a-z0-9-]+)$")
_COMPONENT = re.compile(r"^/component/content/article/(\d+)-([a-z0-9-]+)$")
_STATIC_ROOTS = ("/images/", "/templates/", "/media/", "/modules/", "/components/", "/plugins/")


def _qs(query: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(query, keep_blank_values=True).items()}


class Site:
    def respond(self, req: Request) -> Response | None:
        path = req.path
        if path.startswith(_STATIC_ROOTS):
            if path.lower().endswith(".pdf") and path.startswith("/images/van-ban/"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        q = _qs(req.query)
        if req.method == "POST" and path == "/lien-he":
            return contact_page(req)
        if path == "/" and not req.query:
            return home(req)
        if path == "/index.php":
            return self._index_php(req, q)
        if not req.query:
            page = {
                "/gioi-thieu": intro_page,
                "/gioi-thieu/co-cau-to-chuc": structure_page,
                "/lien-he": contact_page,
                "/thu-vien-anh": gallery_page,
                "/van-ban": docs_page,
            }.get(path)
            if page:
                return page(req)
        for cat in CATS.values():
            if path == f"/{cat.alias}":
                return self._category(req, cat, q)
        m = _COMPONENT.match(path)
        if m:
            story = BY_ID.get(int(m.group(1)))
            if story is None or story.slug != m.group(2):
                return None
            if q and set(q) - {"catid", "Itemid"}:
                return None
            return article_view(req, story, via="component")
        m = _ART.match(path)
        if m:
            story = BY_ID.get(int(m.group(2)))
            if story is None or story.slug != m.group(3) or CATS[story.cat].alias != m.group(1):
                return None
            return self._article(req, story, q)
        return None

    def _index_php(self, req: Request, q: dict[str, str]) -> Response | None:
        if not q:
            return home(req)
        if q.get("option") == "com_content" and q.get("view") == "article":
            sid, _, slug = q.get("id", "").partition(":")
            story = BY_ID.get(int(sid)) if sid.isdigit() else None
            if story is None or (slug and slug != story.slug):
                return None
            return article_view(req, story)
        return None

    def _category(self, req: Request, cat: Cat, q: dict[str, str]) -> Response | None:
        if q.get("format") == "feed" and q.get("type") in ("rss", "atom") and len(q) == 2:
            return feed_view(req, cat, q["type"])
        if cat.layout == "list":
            form = req.form if req.method == "POST" else {}
            allowed = {"limit", "limitstart", "start", "filter-search", "filter_order", "filter_order_Dir", "task"}
            if set(q) - allowed:
                return None
            raw = form.get("limit", q.get("limit", "20"))
            limit = int(raw) if raw.isdigit() else 20
            return list_view(req, cat, limit)
        if not q:
            return blog_view(req, cat, 0)
        if set(q) == {"limitstart"} and q["limitstart"] == "0":
            return blog_view(req, cat, 0)
        if set(q) == {"start"} and q["start"].isdigit():
            return blog_view(req, cat, int(q["start"]))
        return None

    def _article(self, req: Request, story: Story, q: dict[str, str]) -> Response | None:
        if not q:
            return article_view(req, story)
        if q == {"tmpl": "component", "print": "1"} or q == {"tmpl": "component", "print": "1", "layout": "default"}:
            return print_view(req, story)
        if q == {"hitcount": "0"} and CATS[story.cat].vote:
            return article_view(req, story)
        if "pagebreak" in story.opts and "showall" in q:
            if q == {"showall": "1"}:
                return article_view(req, story, pb_page="all")
            if q == {"showall": "", "limitstart": ""} or q == {"showall": "", "start": "0"}:
                return article_view(req, story, pb_page=0)
            if q == {"showall": "", "start": "1"}:
                return article_view(req, story, pb_page=1)
        return None


def build_site() -> Site:
    return Site()
