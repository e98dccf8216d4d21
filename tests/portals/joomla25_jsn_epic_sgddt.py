"""Fixture portal: Sở Giáo dục và Đào tạo tỉnh Kon Tum on Joomla 2.5 with a JoomlaShine JSN Epic template.

Platform
--------
Joomla 2.5 (still running in 2026), template ``jsn_epic_free`` with 1.5-era overrides: a three-column
layout table (``td#jsn-leftsidecontent`` / ``td#jsn-maincontent`` / ``td#jsn-rightsidecontent``),
left modules in Joomla's "table" chrome (``table.moduletable_menu`` with a ``<th>`` title), right
modules in ``div.jsn-modulecontainer`` boxes, articles in two ``table.contentpaneopen``, the menu
item's heading in ``div.componentheading``, Joomla 2.5's ``dl.article-info`` ("Chi tiết /
Chuyên mục / Ngày tạo / Ngày cập nhật / Ngày đăng / Viết bởi / Lượt xem"), the vote plugin, the
pagebreak plugin, the e-mail cloaking plugin, the caption script (``new JCaption('img.caption')``),
``<base href>`` set to the requested URL. UTF-8 throughout. Header clock "Thứ Bảy, 05/12/2026".

URL scheme (search-engine-friendly URLs without mod_rewrite)
-------------------------------------------------------------
- ``/`` (and ``/index.php``): the featured blog (4 featured articles, "Đọc thêm: …" links) and a
  "Tin hoạt động" box whose "Xem tiếp »" goes to ``…/8-tin-hoat-dong?limitstart=0``.
- ``/index.php/tin-tuc``, ``/index.php/thong-tin``: category lists of the menu items' subcategories.
- ``/index.php/<menu>/<cat-id>-<cat-alias>``: a category. Blog layout for
  ``/index.php/tin-tuc/8-tin-hoat-dong`` (3 a page: 1 leading + 2 intro, then "Xem thêm các bài
  viết..." with the next 2 titles) and ``/index.php/tin-tuc/10-chuyen-mon-nghiep-vu`` (2 a page);
  Joomla 2.5 pagination "Trang 1 / 3", "Đầu / Trước / 1 2 3 / Tiếp / Cuối", page 1 linked as
  ``?limitstart=0``, the others as ``?start=N`` (both parameters are served for every page).
  ``/index.php/thong-tin/12-thong-bao`` is a list layout (table "Tiêu đề | Ngày tạo | Lượt xem").
- ``/index.php/<menu>/<cat-id>-<cat-alias>/<id>-<alias>``: an article (the gold path). Also served:
  ``?tmpl=component&print=1&page=`` (print view, ``rel="nofollow"`` icon), ``?hitcount=0`` (the vote
  form's action), and for the pagebreak article ``?showall=&limitstart=N`` / ``?showall=1&limitstart=``.
- ``/index.php?option=com_content&view=article&id=N&catid=M&Itemid=K``: non-SEF links printed by the
  "Tin mới" module; ``/index.php?option=com_content&task=view&id=N&Itemid=K``: a Joomla 1.5 link left
  in an old article. Both serve the article and print ``<link rel="canonical">`` to the SEF URL (as
  2.5's System - SEF plugin does when the request differs from the routed URL).
- ``/index.php/component/mailto/?tmpl=component&template=jsn_epic_free&link=<sha1>``: "send to a
  friend" form (``rel="nofollow"``), not an article, not in NON_ARTICLES (a tool, not a page).
- ``/index.php/van-ban`` (document list) and ``/index.php/van-ban/<id>-<alias>`` (document entries),
  ``/index.php/gioi-thieu``, ``/index.php/gioi-thieu/co-cau-to-chuc``, ``/index.php/lien-he``,
  ``/index.php/thu-vien-anh`` and its Phoca-like album ``/index.php/thu-vien-anh/category/2-…``.
- Files under ``/images/stories/…`` (photos as ``/images/stories/2026/12/<file>.jpg``, attachments as
  ``/images/stories/file/…pdf``), ``/media/…``, ``/templates/…``, ``/modules/…``.

Page templates
--------------
Article: ``div.componentheading`` (the MENU item's heading "Tin tức - Sự kiện" /
"Thông tin - Thông báo"), then ``table.contentpaneopen`` with ``td.contentheading`` holding the
headline as a link to itself plus two ``td.buttonheading`` icons (print, e-mail), then a second
``table.contentpaneopen``: row 1 the ``dl.article-info``, row 2 ``td.jsn-article-content`` with the
vote form, the text, then ``span.article_separator``, item navigation ("< Trước / Tiếp >", Thông
báo only) and the module "Các bài viết khác" (4 newest of the category, the article itself included,
dates in parentheses). Side columns: main menu, "Thông báo" marquee, "Liên kết website" select,
visitor counter ("Hôm nay / Hôm qua / Tổng truy cập / Đang online"), "Tin mới", "Đọc nhiều nhất",
poll, banners. Footer with address, phone, a cloaked e-mail, copyright.

How each gold article is reached
--------------------------------
- Tin hoạt động (cat 8, 7 articles, newest first): page 1 shows 412, 410, 409 and links 405, 401
  under "Xem thêm các bài viết..."; page 2 (``?start=3``) shows 405, 401, 398 and links 393; page 3
  (``?start=6``) shows 393. Titles are NOT linked in this blog (link_titles = No): only the
  "Đọc thêm" links lead to articles. 398 and 393 are reachable only from page 2+ (393 then links 398
  by its Joomla 1.5 URL). 409 has no "read more" at all (see Traps).
- Chuyên môn - Nghiệp vụ (cat 10): page 1 shows 411, 403 (linked titles), page 2 (``?start=2``)
  shows 396 (also in the "Các bài viết khác" box of the category's articles).
- Thông báo (cat 12): one list page with 413, 408, 400; also the left "Thông báo" marquee.
- Home: featured 413, 412, 411, 410; "Tin mới" (non-SEF) 413, 412, 411, 410, 409, 408; "Đọc nhiều
  nhất" 413, 410, 412, 403, 405.

Traps
-----
1. Headline not in a heading. The only ``<h1>`` is the site's logo text ("SỞ GIÁO DỤC VÀ ĐÀO TẠO
   TỈNH KON TUM"); ``div.componentheading`` prints the menu item ("Tin tức - Sự kiện"), the headline is
   the link inside ``td.contentheading``; ``<title>`` appends " - Sở GD&ĐT Kon Tum"; h3s are module
   titles and "Mục lục bài viết". Gold ``title`` = the contentheading text, as printed.
2. Three dates in the info list, and the publication date is not the first. Joomla 2.5 prints
   "Ngày tạo" (created), "Ngày cập nhật" (modified), then "Ngày đăng" (publish_up), in the vi-VN
   format "Thứ sáu, 04 Tháng 12 2026 06:45" (day number BEFORE "Tháng", month as a number, no
   "ngày"). 412 was created 03/12 16:20, modified 05/12, published 04/12 06:45 -> gold
   "2026-12-04T06:45:00+07:00"; 410 was created 01/12 21:12, published 02/12 15:10 -> 15:10.
   The Thông báo category prints only "Ngày tạo": that is the date (408, 400). 393 is published at
   "00:00" -> the day alone "2026-10-28".
3. "Viết bởi" holds either a CMS account or Joomla's created_by_alias. Accounts ("Quản trị viên",
   "sgddt", "gdtrh_sgd") are nobody; the alias is a byline: "Y Thanh (Trường PTDTNT tỉnh)" ->
   ["Y Thanh"], "ThS. Đặng Thị Mai Phương" -> ["Đặng Thị Mai Phương"], "Hồng Nhung" -> ["Hồng
   Nhung"], "Văn phòng Sở" (409, a unit) -> ["Văn phòng Sở"]. When the slot is an account, the real
   author signs at the end of the text (right-aligned "Minh Hiếu", "Minh Thư", "Minh Tâm", "Văn
   phòng Sở", "Phòng GDTrH-GDTX", "Tin, ảnh: Quang Huy", "Bài: Thu Hà - Ảnh: Minh Đức").
   ``<meta name="author">`` always names the account (Joomla's MetaAuthor), never the byline.
4. Captions only in a ``title`` attribute. Joomla 2.5's full-text image (412) and editor images with
   ``class="caption"`` (405, 396) carry their caption in ``title``; ``caption.js`` draws it under the
   photo in the browser, the static HTML has no caption line. ``alt`` is the file name (JCE's
   default). Gold ``caption`` = the title text.
5. E-mail cloaking inside the text. 411's last paragraph ends with an address that Joomla's cloak
   writes with ``document.write`` (``var addyNNNN = 'gdtrh.sgddt' + '&#64;'; …``), followed by the
   no-script notice "Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần kích hoạt
   JavaScript để xem nó." Gold: the paragraph as a browser shows it, "…, email:
   gdtrh.sgddt@kontum.gov.vn"; neither the notice nor the script is text.
6. Multi-page article ({pagebreak}). 403 is split into three pages with a "Mục lục bài viết" box
   (article title, "Các giải pháp đã triển khai", "Kết quả và bài học kinh nghiệm", "Tất cả các
   trang"), a "Trang 1 / 3" counter and "<< Trước / Tiếp >>" links (``?showall=&limitstart=N``);
   ``?showall=1&limitstart=`` and the print view show it whole. Gold: ONE article at its SEF URL,
   body = all three pages in order (the editor's bold section headings "I. THỰC TRẠNG", "II. …",
   "III. …" are paragraphs of the text); the box, counter and page links are not text; the image
   of page 2 is the article's image; every page URL is in ``alt_paths``.
7. An article without a link on its own listing. Tin hoạt động shows unlinked titles, and Joomla
   prints "Đọc thêm" only when an article has a full text: 409 is short (intro only), so page 1
   prints its whole text under an unlinked ``<h2>`` and no link to it at all. It is reached through
   the "Tin mới" module's non-SEF URL or the "Các bài viết khác" box. The listing is not an article.
8. Word paste with ``<style>`` inside the text cell (410): a ``<!--[if gte mso 9]><xml>…`` comment
   and an uncommented ``<style>`` ("/* Font Definitions */ @font-face …", which a text_content()
   would print), ``p.MsoNormal`` with ``<span style="font-family:&quot;Times New Roman&quot;…">``,
   ``<o:p></o:p>`` and CRLF breaks inside sentences. Gold: the sentences only, whitespace collapsed.
9. Layout tables inside the text: a photo and its caption as two rows of a borderless table (410,
   396). Gold: one image with that caption; those rows are not table-row paragraphs. A real data
   table (408, bordered, header row) IS text: each row a paragraph, cells joined by " | ".
10. Widgets inside the text cell. The vote plugin's form ("Đánh giá của người dùng: … Kém … Tốt nhất
    [Đánh giá]") sits between the info list and the text; a module loaded by {loadposition} ("Văn bản
    mới ban hành", two document links) sits in the middle of 405's text. Neither is text.
11. Duplicates of one article: SEF URL (gold), non-SEF ``option=com_content&view=article&id=…``
    (the "Tin mới" module, with rel=canonical to the SEF URL), the 1.5-era ``task=view`` link (398),
    print view ``?tmpl=component&print=1&page=`` and ``?hitcount=0``. All in ``alt_paths``.
12. Dates that are not the article's: the "Tin mới" module prints each date in UTC (412 appears as
    "(03/12/2026)"; the article says 04/12 06:45), the footer copyright and the header clock.
    Gold dates come from the article's own info list (or letterhead, below).
13. README kinds, for completeness: 413 is an official notice (letterhead table "UBND TỈNH KON TUM |
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 2318/TB-SGDĐT", "Kon Tum, ngày 01 tháng 12 năm 2026",
    "THÔNG BÁO" + subject, "Nơi nhận" and "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / (Đã ký) / Nguyễn Văn
    Lực") -> date "2026-12-01", author ["Nguyễn Văn Lực"], letterhead/subject/closing not text, the
    "Phụ lục …" PDF link not text; 398's text is decomposed Unicode (NFD, Unikey "tổ hợp") -> gold
    NFC; 400's text is written with character references (``&agrave;``, ``&#7897;``) -> decoded;
    393 splits a paragraph with ``<br />`` -> two paragraphs; 401 ends with "Nguồn: Báo Kon Tum" ->
    source "Báo Kon Tum", and its only photo line is "(Ảnh: Hồng Nhung)" -> caption None,
    photographer "Hồng Nhung"; 393's "Xem thêm: <link>" and 408's "Tệp đính kèm: …pdf" are not text.

Gold decisions on ambiguous points
----------------------------------
- ``category`` is the article's category as the breadcrumb prints it ("Tin hoạt động",
  "Chuyên môn - Nghiệp vụ", "Thông báo"), not the menu item above it ("Tin tức - Sự kiện").
- ``summary``: only where the text opens with a bold lead paragraph (412, 410, 401, 403); the blog's
  intro text and the meta description (always the site's own) are not sapos.
- A caption drawn by Joomla's caption script from ``title`` counts as printed (trap 4); the ``alt``
  file name never does.
- The cloaked address is text (trap 5): the reader of the page sees it in that sentence.
- Created_by_alias with a unit in parentheses: the name only ("Y Thanh"); an alias that is a unit
  ("Văn phòng Sở") is kept as printed. A right-aligned signature AND an account in "Viết bởi":
  the signature wins.
- 413: the letterhead day (01/12) is the date, not "Ngày tạo 04/12 08:05".
- The pagebreak article's part pages, its showall view, print views, ``?hitcount=0`` and the
  non-SEF/legacy URLs are ``alt_paths`` of their article; the mailto form is nobody's alt path.
- Listings (home, category blogs and lists, ``?start=`` / ``?limitstart=`` variants), the document
  list, the album index, the search page and the mailto form are not articles; NON_ARTICLES lists
  the intro, organisation, contact, two document entries and the album.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta

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

NAME = "joomla25_jsn_epic_sgddt"
PLATFORM = "Joomla 2.5 + JoomlaShine JSN Epic template (SEF URLs without mod_rewrite)"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Kon Tum"
SITE_TITLE = "Sở GD&ĐT Kon Tum"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
SITE_DESC = "Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Kon Tum"
TEMPLATE = "jsn_epic_free"


# --- categories and menu items ---------------------------------------------------------------


@dataclass(frozen=True)
class Cat:
    id: int
    alias: str
    title: str
    menu: str
    itemid: int
    menu_title: str
    layout: str  # "blog" | "list"
    per_page: int
    more_links: int
    link_titles: bool
    show_vote: bool
    show_nav: bool

    @property
    def path(self) -> str:
        return f"/index.php/{self.menu}/{self.id}-{self.alias}"


CATS = {
    8: Cat(8, "tin-hoat-dong", "Tin hoạt động", "tin-tuc", 110, "Tin tức - Sự kiện", "blog", 3, 2,
           False, True, False),
    10: Cat(10, "chuyen-mon-nghiep-vu", "Chuyên môn - Nghiệp vụ", "tin-tuc", 110, "Tin tức - Sự kiện",
            "blog", 2, 0, True, True, False),
    12: Cat(12, "thong-bao", "Thông báo", "thong-tin", 120, "Thông tin - Thông báo", "list", 10, 0,
            True, False, True),
}
MENU_TITLES = {"tin-tuc": "Tin tức - Sự kiện", "thong-tin": "Thông tin - Thông báo"}

_DAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _dt(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M")


def jdate(stamp: str) -> str:
    """Joomla 2.5 vi-VN DATE_FORMAT_LC2 ("l, d F Y H:i"): "Thứ sáu, 04 Tháng 12 2026 06:45"."""
    dt = _dt(stamp)
    return f"{_DAYS[dt.weekday()]}, {dt:%d} Tháng {dt.month} {dt:%Y %H:%M}"


# --- pieces of article markup ----------------------------------------------------------------

WORD_JUNK = """<!--[if gte mso 9]><xml>
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
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>EN-US</w:LidThemeOther>
  <w:LidThemeAsian>X-NONE</w:LidThemeAsian>
  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>
 </w:WordDocument>
</xml><![endif]-->
<style type="text/css">
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;
	mso-font-charset:1;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	margin:0in;
	margin-bottom:.0001pt;
	font-size:14.0pt;
	font-family:"Times New Roman","serif";
	mso-fareast-language:EN-US;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:"Table Normal";
	mso-tstyle-rowband-size:0;
	mso-style-noshow:yes;
	font-family:"Times New Roman","serif";}
</style>
<![endif]-->"""


def email_cloak(address: str, seed: int) -> str:
    """Joomla 1.5/2.5 JHtml::_('email.cloak'): the address exists only in document.write calls."""
    local, domain = address.split("@")
    parts = "' + '&#46;' + '".join(domain.split("."))
    n = 10000 + seed * 7919 % 89999
    return (
        "\n <script type='text/javascript'>\n <!--\n"
        " var prefix = '&#109;a' + 'i&#108;' + '&#116;o';\n"
        " var path = 'hr' + 'ef' + '=';\n"
        f" var addy{n} = '{local}' + '&#64;';\n"
        f" addy{n} = addy{n} + '{parts}';\n"
        f" document.write('<a ' + path + '\\'' + prefix + ':' + addy{n} + '\\'>');\n"
        f" document.write(addy{n});\n"
        " document.write('<\\/a>');\n"
        " //-->\n </script><script type='text/javascript'>\n <!--\n"
        " document.write('<span style=\\'display: none;\\'>');\n"
        " //-->\n </script>Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, "
        "bạn cần kích hoạt JavaScript để xem nó.\n"
        " <script type='text/javascript'>\n <!--\n"
        " document.write('</');\n document.write('span>');\n //-->\n </script>"
    )


def pagebreak(title: str) -> Raw:
    """An editor's {pagebreak}: Joomla stores it as an <hr> with the page's title."""
    return Raw(f'<hr title="{esc(title)}" alt="{esc(title)}" class="system-pagebreak" />')


def _is_break(block: object) -> bool:
    return isinstance(block, Raw) and 'class="system-pagebreak"' in block.html


def _break_title(block: Raw) -> str:
    start = block.html.index('title="') + 7
    return block.html[start : block.html.index('"', start)].replace("&quot;", '"').replace("&amp;", "&")


def right(line: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{esc(line)}</{tag}></p>')


# --- the articles ----------------------------------------------------------------------------

A1 = Story(
    id=412,
    slug="so-gd-t-trien-khai-nhiem-vu-chuyen-doi-so-nam-hoc-2026-2027",
    title="Sở GD&ĐT triển khai nhiệm vụ chuyển đổi số năm học 2026 - 2027",
    cat="Tin hoạt động",
    published_at="2026-12-04T06:45:00+07:00",
    summary=(
        "Sáng ngày 03/12, Sở Giáo dục và Đào tạo (GD&ĐT) tỉnh Kon Tum tổ chức Hội nghị triển khai "
        "nhiệm vụ chuyển đổi số trong ngành Giáo dục năm học 2026 - 2027 theo hình thức trực tiếp "
        "kết hợp trực tuyến đến 10 điểm cầu các huyện, thành phố."
    ),
    authors=["Minh Hiếu"],
    blocks=[
        Img(
            "/images/stories/2026/12/hoi-nghi-chuyen-doi-so.jpg",
            printed="Đồng chí Nguyễn Văn Lực, Phó Giám đốc Sở GD&ĐT phát biểu chỉ đạo tại Hội nghị",
            caption="Đồng chí Nguyễn Văn Lực, Phó Giám đốc Sở GD&ĐT phát biểu chỉ đạo tại Hội nghị",
            style="full",
        ),
        P(
            "Sáng ngày 03/12, Sở Giáo dục và Đào tạo (GD&ĐT) tỉnh Kon Tum tổ chức Hội nghị triển khai "
            "nhiệm vụ chuyển đổi số trong ngành Giáo dục năm học 2026 - 2027 theo hình thức trực tiếp "
            "kết hợp trực tuyến đến 10 điểm cầu các huyện, thành phố.",
            "lead",
        ),
        P(
            "Tham dự Hội nghị có đồng chí Nguyễn Văn Lực, Phó Giám đốc Sở GD&ĐT; lãnh đạo các phòng "
            "chuyên môn thuộc Sở; lãnh đạo Phòng GD&ĐT các huyện, thành phố; hiệu trưởng các trường "
            "trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên và cán bộ phụ "
            "trách công nghệ thông tin của các đơn vị."
        ),
        P(
            "Tại Hội nghị, đại diện Văn phòng Sở đã quán triệt Kế hoạch chuyển đổi số của ngành, trong "
            "đó tập trung vào ba nhóm nhiệm vụ trọng tâm: hoàn thiện hạ tầng và cơ sở dữ liệu ngành; số "
            "hóa hồ sơ, học bạ và văn bằng, chứng chỉ; đẩy mạnh ứng dụng công nghệ thông tin trong đổi "
            "mới phương pháp dạy học và kiểm tra, đánh giá."
        ),
        P(
            "Theo báo cáo, đến hết tháng 11/2026, 100% cơ sở giáo dục trên địa bàn tỉnh đã cập nhật dữ "
            "liệu lên cơ sở dữ liệu ngành; 212/245 trường thực hiện học bạ số đối với học sinh tiểu học "
            "và trung học cơ sở; việc thanh toán không dùng tiền mặt được triển khai tại 96% trường học."
        ),
        P(
            "Bên cạnh kết quả đạt được, Hội nghị cũng chỉ ra một số khó khăn như hạ tầng mạng ở các xã "
            "vùng sâu, vùng xa của các huyện Tu Mơ Rông, Kon Plông, Ia H’Drai chưa ổn định; một bộ phận "
            "giáo viên lớn tuổi còn lúng túng khi sử dụng các phần mềm quản lý."
        ),
        P(
            "Phát biểu chỉ đạo, đồng chí Phó Giám đốc Sở đề nghị các đơn vị xác định chuyển đổi số là "
            "nhiệm vụ thường xuyên, gắn với trách nhiệm của người đứng đầu; chủ động bố trí kinh phí, "
            "huy động nguồn lực xã hội hóa để nâng cấp thiết bị; đồng thời tăng cường bồi dưỡng kỹ năng "
            "số cho đội ngũ cán bộ quản lý, giáo viên."
        ),
        P(
            "Dịp này, Sở GD&ĐT đã trao Giấy khen cho 05 tập thể có thành tích xuất sắc trong triển khai "
            "học bạ số năm học 2025 - 2026."
        ),
        right("Minh Hiếu"),
    ],
    opts={
        "catid": 8, "created": "2026-12-03 16:20", "modified": "2026-12-05 07:02",
        "published": "2026-12-04 06:45", "by": "Quản trị viên", "featured": True, "hits": 1284,
        "votes": (4.5, 6), "thumb": True,
    },
)

A2 = Story(
    id=410,
    slug="32-hoc-sinh-vao-doi-tuyen-du-thi-chon-hoc-sinh-gioi-quoc-gia-nam-2027",
    title="32 học sinh vào đội tuyển dự thi chọn học sinh giỏi quốc gia năm 2027",
    cat="Tin hoạt động",
    published_at="2026-12-02T15:10:00+07:00",
    summary=(
        "Sau 02 ngày thi tuyển nghiêm túc, Sở GD&ĐT tỉnh Kon Tum đã công bố danh sách 32 học sinh "
        "trúng tuyển vào đội tuyển của tỉnh dự Kỳ thi chọn học sinh giỏi quốc gia trung học phổ thông "
        "năm 2027."
    ),
    authors=["Quang Huy"],
    photographers=["Quang Huy"],
    blocks=[
        Raw(WORD_JUNK),
        P(
            "Sau 02 ngày thi tuyển nghiêm túc, Sở GD&ĐT tỉnh Kon Tum đã công bố danh sách 32 học sinh "
            "trúng tuyển vào đội tuyển của tỉnh dự Kỳ thi chọn học sinh giỏi quốc gia trung học phổ "
            "thông năm 2027.",
            "mso-lead",
        ),
        P(
            "Kỳ thi chọn đội tuyển được tổ chức trong hai ngày 25 và 26/11/2026 tại Trường THPT chuyên "
            "Nguyễn Tất Thành với 118 thí sinh đến từ 09 trường THPT trên địa bàn tỉnh tham dự, ở 10 "
            "môn thi: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh và "
            "Tiếng Pháp.",
            "mso",
        ),
        P(
            "Kết quả, 32 thí sinh có điểm cao nhất ở các môn được chọn vào đội tuyển, trong đó Trường "
            "THPT chuyên Nguyễn Tất Thành có 27 em, Trường THPT Kon Tum có 03 em, Trường THPT Trần Quốc "
            "Tuấn và Trường THPT Ngô Mây mỗi trường có 01 em.",
            "mso",
        ),
        Img(
            "/images/stories/2026/12/doi-tuyen-hsg-qg.jpg",
            printed="Học sinh Trường THPT chuyên Nguyễn Tất Thành trong giờ ôn luyện đội tuyển",
            caption="Học sinh Trường THPT chuyên Nguyễn Tất Thành trong giờ ôn luyện đội tuyển",
            style="table",
        ),
        P(
            "Ngay sau khi có kết quả, Sở GD&ĐT đã giao Trường THPT chuyên Nguyễn Tất Thành xây dựng kế "
            "hoạch bồi dưỡng đội tuyển, mời các chuyên gia, giảng viên của Trường Đại học Sư phạm - Đại "
            "học Đà Nẵng và Trường Đại học Quy Nhơn tham gia giảng dạy các chuyên đề nâng cao.",
            "mso",
        ),
        P(
            "Năm học 2025 - 2026, đội tuyển học sinh giỏi quốc gia của tỉnh đạt 14 giải, gồm 01 giải "
            "Nhì, 05 giải Ba và 08 giải Khuyến khích, là năm có số lượng giải cao nhất từ trước đến nay.",
            "mso",
        ),
        P(
            "Kỳ thi chọn học sinh giỏi quốc gia THPT năm 2027 dự kiến được tổ chức vào cuối tháng "
            "12/2026.",
            "mso",
        ),
        Raw(
            '<p class="MsoNormal" align="right" style="text-align:right;line-height:150%"><b>'
            '<span style="font-size:13.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,'
            '&quot;serif&quot;">Tin, ảnh: Quang Huy<o:p></o:p></span></b></p>'
        ),
    ],
    opts={
        "catid": 8, "created": "2026-12-01 21:12", "published": "2026-12-02 15:10", "by": "sgddt",
        "featured": True, "hits": 1530, "votes": (5.0, 3), "thumb": True,
    },
)

A3 = Story(
    id=409,
    slug="doan-kiem-tra-cua-bo-gd-t-lam-viec-ve-cong-tac-pho-cap-giao-duc",
    title="Đoàn kiểm tra của Bộ GD&ĐT làm việc về công tác phổ cập giáo dục tại Kon Tum",
    cat="Tin hoạt động",
    published_at="2026-11-30T14:00:00+07:00",
    authors=["Văn phòng Sở"],
    blocks=[
        P(
            "Chiều ngày 30/11, Đoàn kiểm tra của Bộ GD&ĐT do ông Trần Đức Minh, Phó Vụ trưởng Vụ Giáo "
            "dục Thường xuyên làm trưởng đoàn đã có buổi làm việc với Sở GD&ĐT tỉnh Kon Tum về kết quả "
            "thực hiện phổ cập giáo dục, xóa mù chữ giai đoạn 2021 - 2026."
        ),
        P(
            "Theo báo cáo của Sở GD&ĐT, đến nay 10/10 huyện, thành phố duy trì đạt chuẩn phổ cập giáo "
            "dục mầm non cho trẻ em 5 tuổi; 102/102 xã, phường, thị trấn đạt chuẩn phổ cập giáo dục "
            "tiểu học mức độ 2 trở lên; tỉ lệ người trong độ tuổi 15 - 60 biết chữ đạt 98,7%."
        ),
        P(
            "Đoàn kiểm tra ghi nhận những nỗ lực của ngành Giáo dục tỉnh trong điều kiện địa bàn rộng, "
            "dân cư phân tán, tỉ lệ đồng bào dân tộc thiểu số cao; đồng thời đề nghị Sở tiếp tục rà "
            "soát, cập nhật số liệu điều tra trên hệ thống phần mềm phổ cập giáo dục, xóa mù chữ bảo "
            "đảm chính xác, đồng bộ."
        ),
    ],
    opts={
        "catid": 8, "published": "2026-11-30 14:00", "by": "Văn phòng Sở", "readmore": False,
        "hits": 402, "votes": (0, 0),
    },
)

VB_MODULE = Raw(
    '<div class="moduletable_vbmoi">\n<h3>Văn bản mới ban hành</h3>\n<ul class="latestnews_vbmoi">\n'
    '<li><a href="/index.php/van-ban/221-cong-van-so-2145-sgddt-gdtrh-ve-viec-huong-dan-kiem-tra-'
    'danh-gia-hoc-ky-i">Công văn số 2145/SGDĐT-GDTrH về việc hướng dẫn kiểm tra, đánh giá học kỳ I '
    "năm học 2026 - 2027</a></li>\n"
    '<li><a href="/index.php/van-ban/218-quyet-dinh-so-1032-qd-sgddt-ban-hanh-ke-hoach-thoi-gian-'
    'nam-hoc-2026-2027">Quyết định số 1032/QĐ-SGDĐT ban hành Kế hoạch thời gian năm học 2026 - 2027'
    "</a></li>\n</ul>\n</div>"
)

A4 = Story(
    id=405,
    slug="truong-ptdtnt-tinh-to-chuc-hoi-thao-chao-mung-ngay-nha-giao-viet-nam-20-11",
    title="Trường PTDTNT tỉnh tổ chức Hội thao chào mừng Ngày Nhà giáo Việt Nam 20/11",
    cat="Tin hoạt động",
    published_at="2026-11-21T10:25:00+07:00",
    authors=["Y Thanh"],
    blocks=[
        P(
            "Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), trong hai ngày "
            "18 và 19/11, Trường Phổ thông Dân tộc nội trú tỉnh đã tổ chức Hội thao dành cho cán bộ, "
            "giáo viên, nhân viên và học sinh toàn trường."
        ),
        P(
            "Hội thao gồm các môn: bóng đá nam, bóng chuyền hơi nữ, kéo co, đẩy gậy và các trò chơi dân "
            "gian như ném còn, đi cà kheo, nhảy bao bố. Đây là những môn thể thao gần gũi, gắn với đời "
            "sống văn hóa của đồng bào các dân tộc Xơ Đăng, Ba Na, Gia Rai, Giẻ Triêng."
        ),
        Img(
            "/images/stories/2026/11/hoi-thao-dtnt-1.jpg",
            printed="Thi đấu môn kéo co giữa các chi đoàn khối 10",
            caption="Thi đấu môn kéo co giữa các chi đoàn khối 10",
            style="jscap",
        ),
        P(
            "Với tinh thần “Đoàn kết - Trung thực - Cao thượng”, hơn 400 vận động viên đến từ 16 chi "
            "đoàn lớp và tổ công đoàn đã thi đấu sôi nổi, hấp dẫn, mang lại nhiều tiết mục cổ vũ đặc "
            "sắc."
        ),
        P(
            "Kết thúc Hội thao, Ban tổ chức đã trao 24 giải cho các tập thể và cá nhân; giải Nhất toàn "
            "đoàn thuộc về Chi đoàn lớp 11A2."
        ),
        Img(
            "/images/stories/2026/11/hoi-thao-dtnt-2.jpg",
            printed="(Ban tổ chức trao giải Nhất toàn đoàn cho Chi đoàn lớp 11A2)",
            caption="Ban tổ chức trao giải Nhất toàn đoàn cho Chi đoàn lớp 11A2",
        ),
        VB_MODULE,
        P(
            "Thầy A Khuyên, Hiệu trưởng nhà trường cho biết: Hội thao không chỉ là dịp để rèn luyện sức "
            "khỏe mà còn giúp các em học sinh xa nhà có thêm sân chơi bổ ích, tăng cường tình đoàn kết "
            "giữa thầy và trò."
        ),
    ],
    opts={
        "catid": 8, "published": "2026-11-21 10:25", "by": "Y Thanh (Trường PTDTNT tỉnh)",
        "hits": 871, "votes": (4.0, 2), "thumb": True,
    },
)

A5 = Story(
    id=401,
    slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-hoc-mam-non",
    title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc học mầm non năm học 2026 - 2027",
    cat="Tin hoạt động",
    published_at="2026-11-16T07:30:00+07:00",
    summary=(
        "Sáng 16/11, tại Trường Mầm non Hoa Phượng (thành phố Kon Tum), Sở GD&ĐT tổ chức khai mạc Hội "
        "thi giáo viên dạy giỏi cấp tỉnh bậc học mầm non năm học 2026 - 2027."
    ),
    authors=["Hồng Nhung"],
    photographers=["Hồng Nhung"],
    source="Báo Kon Tum",
    blocks=[
        P(
            "Sáng 16/11, tại Trường Mầm non Hoa Phượng (thành phố Kon Tum), Sở GD&ĐT tổ chức khai mạc "
            "Hội thi giáo viên dạy giỏi cấp tỉnh bậc học mầm non năm học 2026 - 2027.",
            "lead",
        ),
        Img("/images/stories/2026/11/gvdg-mam-non.jpg", printed="(Ảnh: Hồng Nhung)", caption=None),
        P(
            "Tham gia Hội thi có 68 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp huyện của 10 huyện, "
            "thành phố. Mỗi giáo viên phải trải qua hai phần thi: trình bày biện pháp nâng cao chất "
            "lượng chăm sóc, giáo dục trẻ và thực hành tổ chức hoạt động giáo dục trẻ tại nhóm, lớp."
        ),
        P(
            "Điểm mới của Hội thi năm nay là nội dung thực hành được bốc thăm trước 03 ngày, giáo viên "
            "phải tổ chức hoạt động cho trẻ tại lớp không phải lớp mình phụ trách, nhằm đánh giá đúng "
            "năng lực xử lý tình huống sư phạm."
        ),
        P(
            "Phát biểu khai mạc, bà Lê Thị Thu Hương, Trưởng phòng Giáo dục Mầm non - Tiểu học nhấn "
            "mạnh: Hội thi là dịp để giáo viên học hỏi, chia sẻ kinh nghiệm, lan tỏa các mô hình hay về "
            "xây dựng trường mầm non lấy trẻ làm trung tâm, đặc biệt là tăng cường tiếng Việt cho trẻ "
            "em người dân tộc thiểu số."
        ),
        P("Hội thi diễn ra đến hết ngày 20/11/2026."),
        right("Nguồn: Báo Kon Tum", "em"),
    ],
    opts={
        "catid": 8, "published": "2026-11-16 07:30", "by": "Hồng Nhung", "hits": 530,
        "votes": (3.5, 2), "thumb": True,
    },
)

A6 = Story(
    id=398,
    slug="tap-huan-cong-tac-y-te-truong-hoc-va-phong-chong-dich-benh-mua-mua",
    title="Tập huấn công tác y tế trường học và phòng, chống dịch bệnh mùa mưa năm 2026",
    cat="Tin hoạt động",
    published_at="2026-11-10T08:00:00+07:00",
    authors=["Minh Thư"],
    blocks=[
        P(
            "Từ ngày 06 đến ngày 07/11/2026, Sở GD&ĐT phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh tổ "
            "chức lớp tập huấn công tác y tế trường học và phòng, chống dịch bệnh mùa mưa cho hơn 150 "
            "nhân viên y tế, giáo viên kiêm nhiệm công tác y tế của các trường học trên địa bàn tỉnh."
        ),
        Img(
            "/images/stories/2026/11/tap-huan-y-te-truong-hoc.jpg",
            printed="Học viên thực hành sơ cấp cứu ban đầu cho học sinh bị đuối nước",
            caption="Học viên thực hành sơ cấp cứu ban đầu cho học sinh bị đuối nước",
        ),
        P(
            "Tại lớp tập huấn, các học viên được cung cấp kiến thức về phòng, chống bệnh sốt xuất huyết, "
            "tay chân miệng, cúm mùa; kỹ năng sơ cấp cứu ban đầu khi học sinh gặp tai nạn thương tích; "
            "hướng dẫn xây dựng trường học an toàn, phòng chống tai nạn thương tích."
        ),
        P(
            "Bên cạnh đó, học viên được hướng dẫn cập nhật hồ sơ sức khỏe học sinh trên phần mềm quản lý "
            "y tế trường học, thực hiện khám sức khỏe định kỳ và theo dõi tình trạng dinh dưỡng, thể lực "
            "của học sinh bán trú, nội trú."
        ),
        P(
            "Thông qua tập huấn, đội ngũ làm công tác y tế trường học nâng cao năng lực chuyên môn, chủ "
            "động tham mưu cho hiệu trưởng triển khai có hiệu quả các biện pháp bảo vệ, chăm sóc sức "
            "khỏe học sinh."
        ),
        right("Minh Thư"),
    ],
    opts={
        "catid": 8, "published": "2026-11-10 08:00", "by": "Quản trị viên", "hits": 212,
        "votes": (0, 0), "enc": "nfd",
    },
)

A7 = Story(
    id=393,
    slug="tuyen-duong-120-hoc-sinh-sinh-vien-nguoi-dan-toc-thieu-so-tieu-bieu-nam-2026",
    title="Tuyên dương 120 học sinh, sinh viên người dân tộc thiểu số tiêu biểu năm 2026",
    cat="Tin hoạt động",
    published_at="2026-10-28",
    authors=["Minh Tâm"],
    blocks=[
        P(
            "Tối 27/10, tại Hội trường Trung tâm Hội nghị tỉnh, Sở GD&ĐT phối hợp với Ban Dân tộc tỉnh "
            "tổ chức Lễ tuyên dương học sinh, sinh viên người dân tộc thiểu số tiêu biểu năm 2026.",
            "div",
        ),
        P(
            "Năm nay, có 120 học sinh, sinh viên được tuyên dương, trong đó có 18 em đạt giải trong các "
            "kỳ thi chọn học sinh giỏi cấp quốc gia, cấp tỉnh; 34 em đỗ thủ khoa, á khoa đầu vào các "
            "trường đại học; 68 em có thành tích xuất sắc trong học tập và rèn luyện.",
            "div",
        ),
        P(
            "Nhiều em đã vượt qua hoàn cảnh khó khăn để vươn lên học tốt như em Y Nhi, học sinh lớp 12 "
            "Trường PTDTNT tỉnh, đạt giải Ba môn Ngữ văn cấp quốc gia; em A Tuấn, dân tộc Xơ Đăng, đỗ "
            "thủ khoa khối C00 của Trường Đại học Sư phạm Huế.",
            "div",
        ),
        P(
            "Mỗi học sinh, sinh viên được tuyên dương nhận Giấy khen của Giám đốc Sở GD&ĐT và phần quà "
            "trị giá 1.000.000 đồng.",
            "div",
        ),
        P(
            "Ban tổ chức cũng trao 20 suất học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh "
            "đặc biệt khó khăn.",
            "br",
        ),
        right("Minh Tâm"),
        Raw(
            '<div><em>Xem thêm: <a href="/index.php?option=com_content&amp;task=view&amp;id=398&amp;'
            'Itemid=110">Tập huấn công tác y tế trường học và phòng, chống dịch bệnh mùa mưa năm 2026'
            "</a></em></div>"
        ),
    ],
    opts={
        "catid": 8, "published": "2026-10-28 00:00", "by": "Quản trị viên", "hits": 187,
        "votes": (5.0, 1),
    },
)

B1 = Story(
    id=411,
    slug="tap-huan-kiem-tra-danh-gia-theo-dinh-huong-phat-trien-pham-chat-nang-luc-cap-thcs",
    title="Tập huấn kiểm tra, đánh giá theo định hướng phát triển phẩm chất, năng lực học sinh cấp THCS",
    cat="Chuyên môn - Nghiệp vụ",
    published_at="2026-12-03T09:20:00+07:00",
    blocks=[
        P(
            "Thực hiện kế hoạch bồi dưỡng thường xuyên năm học 2026 - 2027, từ ngày 01 đến ngày "
            "03/12/2026, Sở GD&ĐT tổ chức lớp tập huấn kiểm tra, đánh giá theo định hướng phát triển "
            "phẩm chất, năng lực học sinh cho cán bộ quản lý, giáo viên cốt cán cấp THCS."
        ),
        P(
            "Lớp tập huấn có 186 học viên là tổ trưởng chuyên môn, giáo viên cốt cán các môn học của 98 "
            "trường THCS, PTDTBT THCS và trường phổ thông có nhiều cấp học trên địa bàn tỉnh. Nội dung "
            "tập huấn gồm:"
        ),
        P(
            "Xây dựng ma trận, bản đặc tả đề kiểm tra định kì theo Công văn số 7991/BGDĐT-GDTrH;",
            "li",
        ),
        P(
            "Kĩ thuật biên soạn câu hỏi trắc nghiệm nhiều lựa chọn, trắc nghiệm đúng sai và trả lời "
            "ngắn;",
            "li",
        ),
        P("Sử dụng kết quả đánh giá thường xuyên để điều chỉnh hoạt động dạy học;", "li"),
        P("Thực hành xây dựng đề kiểm tra cuối học kì I theo nhóm môn.", "li"),
        P(
            "Sau tập huấn, các học viên có trách nhiệm triển khai lại nội dung tại tổ chuyên môn của đơn "
            "vị trước ngày 20/12/2026 và nộp sản phẩm về Sở qua hệ thống quản lý bồi dưỡng."
        ),
        P(
            "Mọi vướng mắc trong quá trình triển khai, đề nghị các đơn vị liên hệ Phòng Giáo dục Trung "
            "học - Giáo dục thường xuyên, điện thoại: 0260.3913.072, email: gdtrh.sgddt@kontum.gov.vn",
            "cloak",
        ),
    ],
    opts={
        "catid": 10, "published": "2026-12-03 09:20", "by": "gdtrh_sgd", "featured": True,
        "hits": 640, "votes": (4.0, 4),
    },
)

B2 = Story(
    id=403,
    slug="nang-cao-chat-luong-day-hoc-tieng-viet-cho-hoc-sinh-dan-toc-thieu-so",
    title="Nâng cao chất lượng dạy học tiếng Việt cho học sinh dân tộc thiểu số: Kinh nghiệm từ các "
    "trường vùng khó",
    cat="Chuyên môn - Nghiệp vụ",
    published_at="2026-11-19T09:00:00+07:00",
    summary=(
        "Tăng cường tiếng Việt cho học sinh dân tộc thiểu số là nhiệm vụ then chốt để nâng cao chất "
        "lượng giáo dục ở Kon Tum, nơi có hơn 53% học sinh là người dân tộc thiểu số. Bài viết chia sẻ "
        "một số kinh nghiệm rút ra từ thực tiễn các trường tiểu học vùng khó của tỉnh."
    ),
    authors=["Đặng Thị Mai Phương"],
    blocks=[
        P(
            "Tăng cường tiếng Việt cho học sinh dân tộc thiểu số là nhiệm vụ then chốt để nâng cao chất "
            "lượng giáo dục ở Kon Tum, nơi có hơn 53% học sinh là người dân tộc thiểu số. Bài viết chia "
            "sẻ một số kinh nghiệm rút ra từ thực tiễn các trường tiểu học vùng khó của tỉnh.",
            "lead",
        ),
        P("I. THỰC TRẠNG", "h"),
        P(
            "Năm học 2025 - 2026, toàn tỉnh có 41.260 học sinh tiểu học là người dân tộc thiểu số, chủ "
            "yếu là các dân tộc Xơ Đăng, Ba Na, Gia Rai, Giẻ Triêng, Brâu, Rơ Măm. Phần lớn các em khi "
            "vào lớp 1 còn hạn chế về vốn tiếng Việt, đặc biệt ở các điểm trường lẻ."
        ),
        P(
            "Khảo sát đầu năm học cho thấy khoảng 18% học sinh lớp 1 chưa nghe hiểu được các câu lệnh "
            "đơn giản của giáo viên; tỉ lệ học sinh lớp 1 chưa hoàn thành chương trình môn Tiếng Việt ở "
            "một số trường còn trên 5%."
        ),
        pagebreak("Các giải pháp đã triển khai"),
        P("II. CÁC GIẢI PHÁP ĐÃ TRIỂN KHAI", "h"),
        P(
            "Thứ nhất, chuẩn bị tiếng Việt cho trẻ trước khi vào lớp 1. Các trường tổ chức cho trẻ 5 "
            "tuổi làm quen với tiếng Việt trong hè thông qua trò chơi, bài hát, câu chuyện gần gũi với "
            "đời sống của buôn làng."
        ),
        P(
            "Thứ hai, xây dựng môi trường giao tiếp tiếng Việt trong nhà trường: các góc thư viện thân "
            "thiện, bảng chữ cái song ngữ, hoạt động “Mỗi ngày một câu chuyện” vào đầu giờ học."
        ),
        Img(
            "/images/stories/2026/11/tieng-viet-dtts.jpg",
            printed="Giờ học tăng cường tiếng Việt tại điểm trường Đăk Wất, huyện Kon Rẫy",
            caption="Giờ học tăng cường tiếng Việt tại điểm trường Đăk Wất, huyện Kon Rẫy",
        ),
        P(
            "Thứ ba, phát huy vai trò của giáo viên biết tiếng dân tộc và nhân viên hỗ trợ giáo viên, "
            "giúp học sinh hiểu bài bằng tiếng mẹ đẻ trước khi chuyển sang diễn đạt bằng tiếng Việt."
        ),
        P(
            "Thứ tư, phối hợp với cha mẹ học sinh và già làng, người có uy tín vận động học sinh đi học "
            "chuyên cần, hạn chế tình trạng nghỉ học theo mùa rẫy."
        ),
        pagebreak("Kết quả và bài học kinh nghiệm"),
        P("III. KẾT QUẢ VÀ BÀI HỌC KINH NGHIỆM", "h"),
        P(
            "Sau một năm triển khai, tỉ lệ học sinh lớp 1 hoàn thành chương trình môn Tiếng Việt tại "
            "các trường tham gia đạt 97,8%, tăng 3,1% so với năm học trước; tỉ lệ học sinh bỏ học giảm "
            "còn 0,12%."
        ),
        P(
            "Từ thực tiễn, có thể rút ra bài học: phải bắt đầu sớm, kiên trì và có sự vào cuộc đồng bộ "
            "của nhà trường, gia đình và cộng đồng; giáo viên cần được bồi dưỡng thường xuyên về phương "
            "pháp dạy tiếng Việt như ngôn ngữ thứ hai."
        ),
    ],
    opts={
        "catid": 10, "published": "2026-11-19 09:00", "modified": "2026-11-25 08:11",
        "by": "ThS. Đặng Thị Mai Phương", "hits": 967, "votes": (4.8, 9),
    },
)

B3 = Story(
    id=396,
    slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-tai-cum-truong-thcs-huyen-dak-ha",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học tại cụm trường THCS huyện Đăk Hà",
    cat="Chuyên môn - Nghiệp vụ",
    published_at="2026-11-05T14:30:00+07:00",
    authors=["Thu Hà"],
    photographers=["Minh Đức"],
    blocks=[
        P(
            "Ngày 04/11, tại Trường THCS Nguyễn Du, thị trấn Đăk Hà, Phòng GD&ĐT huyện Đăk Hà tổ chức "
            "sinh hoạt chuyên môn cụm trường theo hướng nghiên cứu bài học môn Khoa học tự nhiên lớp 7."
        ),
        P(
            "Tham dự buổi sinh hoạt có đại diện Phòng Giáo dục Trung học - Giáo dục thường xuyên Sở "
            "GD&ĐT, lãnh đạo Phòng GD&ĐT huyện cùng 45 giáo viên dạy môn Khoa học tự nhiên của 09 "
            "trường THCS trong huyện."
        ),
        Img(
            "/images/stories/2026/11/nghien-cuu-bai-hoc-dak-ha-1.jpg",
            printed="Tiết dạy minh họa bài “Sự truyền ánh sáng” tại lớp 7A",
            caption="Tiết dạy minh họa bài “Sự truyền ánh sáng” tại lớp 7A",
            style="table",
        ),
        P(
            "Tiết dạy minh họa bài “Sự truyền ánh sáng” do cô giáo Nguyễn Thị Lan Anh thực hiện. Thay "
            "vì tập trung đánh giá giờ dạy của giáo viên, các thành viên dự giờ quan sát, ghi chép cụ "
            "thể hoạt động học của từng nhóm học sinh."
        ),
        P(
            "Trong phần thảo luận, giáo viên đã phân tích nguyên nhân những khó khăn mà học sinh gặp "
            "phải khi làm thí nghiệm, từ đó đề xuất điều chỉnh cách tổ chức nhiệm vụ học tập cho phù "
            "hợp với đối tượng học sinh vùng nông thôn."
        ),
        Img(
            "/images/stories/2026/11/nghien-cuu-bai-hoc-dak-ha-2.jpg",
            printed="Giáo viên các trường thảo luận sau tiết dạy",
            caption="Giáo viên các trường thảo luận sau tiết dạy",
            style="jscap",
        ),
        P(
            "Theo đánh giá của Sở GD&ĐT, việc duy trì sinh hoạt chuyên môn theo nghiên cứu bài học ở "
            "cấp cụm trường đã giúp giáo viên các trường nhỏ, ít giáo viên cùng môn có điều kiện trao "
            "đổi, học hỏi lẫn nhau."
        ),
        right("Bài: Thu Hà - Ảnh: Minh Đức", "em"),
    ],
    opts={
        "catid": 10, "published": "2026-11-05 14:30", "by": "Quản trị viên", "hits": 318,
        "votes": (0, 0),
    },
)

LETTERHEAD = Raw(
    '<table style="width: 100%; border-collapse: collapse;" border="0" cellpadding="0">\n<tbody>\n'
    '<tr>\n<td style="width: 40%; text-align: center;"><span style="font-size: 10pt;">UBND TỈNH KON TUM'
    '</span><br /><strong><span style="font-size: 10pt;">SỞ GIÁO DỤC VÀ ĐÀO TẠO</span></strong></td>\n'
    '<td style="width: 60%; text-align: center;"><strong><span style="font-size: 10pt;">CỘNG HÒA XÃ HỘI '
    'CHỦ NGHĨA VIỆT NAM</span></strong><br /><strong><span style="font-size: 10pt;">Độc lập - Tự do - '
    "Hạnh phúc</span></strong></td>\n</tr>\n"
    '<tr>\n<td style="text-align: center;"><span style="font-size: 10pt;">Số: 2318/TB-SGDĐT</span></td>\n'
    '<td style="text-align: center;"><em><span style="font-size: 10pt;">Kon Tum, ngày 01 tháng 12 năm '
    "2026</span></em></td>\n</tr>\n</tbody>\n</table>\n"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>\n'
    '<p style="text-align: center;"><strong>Tuyển dụng viên chức các đơn vị sự nghiệp trực thuộc Sở '
    "GD&amp;ĐT năm 2026 (đợt 2)</strong></p>"
)
CLOSING = Raw(
    '<table style="width: 100%;" border="0">\n<tbody>\n<tr>\n'
    '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />'
    '<span style="font-size: 8pt;">- UBND tỉnh (b/c);<br />- Sở Nội vụ (b/c);<br />- Các đơn vị trực '
    "thuộc;<br />- Cổng TTĐT Sở;<br />- Lưu: VT, TCCB.</span></td>\n"
    '<td style="width: 50%; text-align: center; vertical-align: top;"><strong>KT. GIÁM ĐỐC<br />PHÓ '
    "GIÁM ĐỐC</strong><br /><br /><em>(Đã ký)</em><br /><br /><strong>Nguyễn Văn Lực</strong></td>\n"
    "</tr>\n</tbody>\n</table>\n"
    '<p><img src="/media/system/images/mime-icon-16/pdf.png" alt="pdf" /> <a href="/images/stories/'
    'file/2026/phu-luc-chi-tieu-tuyen-dung-dot-2.pdf" target="_blank">Phụ lục chỉ tiêu tuyển dụng</a>'
    "</p>"
)

C1 = Story(
    id=413,
    slug="thong-bao-tuyen-dung-vien-chuc-cac-don-vi-su-nghiep-truc-thuoc-so-nam-2026-dot-2",
    title="Thông báo tuyển dụng viên chức các đơn vị sự nghiệp trực thuộc Sở GD&ĐT năm 2026 (đợt 2)",
    cat="Thông báo",
    published_at="2026-12-01",
    authors=["Nguyễn Văn Lực"],
    blocks=[
        LETTERHEAD,
        P(
            "Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ quy định về tuyển dụng, sử "
            "dụng và quản lý viên chức; Nghị định số 85/2023/NĐ-CP ngày 07/12/2023 của Chính phủ sửa "
            "đổi, bổ sung một số điều của Nghị định số 115/2020/NĐ-CP;"
        ),
        P(
            "Căn cứ Kế hoạch số 412/KH-SGDĐT ngày 20/11/2026 của Sở GD&ĐT về tuyển dụng viên chức năm "
            "2026 (đợt 2), Sở GD&ĐT tỉnh Kon Tum thông báo tuyển dụng viên chức như sau:"
        ),
        P(
            "1. Chỉ tiêu tuyển dụng: 46 chỉ tiêu giáo viên trung học phổ thông hạng III tại các trường "
            "THPT, PTDTNT trực thuộc Sở (có phụ lục chi tiết kèm theo)."
        ),
        P(
            "2. Hình thức tuyển dụng: xét tuyển theo hai vòng theo quy định tại Điều 11 Nghị định số "
            "115/2020/NĐ-CP."
        ),
        P(
            "3. Thời gian, địa điểm tiếp nhận Phiếu đăng ký dự tuyển: từ ngày 02/12/2026 đến hết ngày "
            "31/12/2026 (trong giờ hành chính), tại Văn phòng Sở GD&ĐT tỉnh Kon Tum, số 05 Trần Phú, "
            "thành phố Kon Tum."
        ),
        P(
            "Thông tin chi tiết được đăng tải trên Cổng thông tin điện tử của Sở GD&ĐT và niêm yết "
            "công khai tại trụ sở Sở GD&ĐT."
        ),
        CLOSING,
    ],
    opts={"catid": 12, "created": "2026-12-04 08:05", "by": "Quản trị viên", "featured": True,
          "hits": 2210},
)

C2 = Story(
    id=408,
    slug="thong-bao-ket-qua-xet-cong-nhan-sang-kien-cap-tinh-trong-linh-vuc-giao-duc-nam-2026",
    title="Thông báo kết quả xét công nhận sáng kiến cấp tỉnh trong lĩnh vực giáo dục năm 2026",
    cat="Thông báo",
    published_at="2026-11-27T16:40:00+07:00",
    authors=["Văn phòng Sở"],
    blocks=[
        P(
            "Căn cứ kết quả họp Hội đồng sáng kiến cấp tỉnh ngày 24/11/2026, Sở GD&ĐT thông báo danh "
            "sách sáng kiến trong lĩnh vực giáo dục được công nhận có phạm vi ảnh hưởng, hiệu quả áp "
            "dụng cấp tỉnh năm 2026, cụ thể như sau:"
        ),
        P("TT | Tên sáng kiến | Tác giả | Đơn vị", "row-head"),
        P(
            "1 | Một số biện pháp tăng cường tiếng Việt cho trẻ mẫu giáo 5 tuổi người dân tộc thiểu số "
            "| Y Hoa | Trường MN Họa Mi, huyện Sa Thầy",
            "row",
        ),
        P(
            "2 | Ứng dụng phần mềm GeoGebra trong dạy học chủ đề hàm số lớp 10 | Lê Quang Vinh | "
            "Trường THPT Kon Tum",
            "row",
        ),
        P(
            "3 | Xây dựng mô hình câu lạc bộ “Em yêu khoa học” ở trường THCS vùng đặc biệt khó khăn | "
            "Nguyễn Thị Thanh Tâm | Trường PTDTBT THCS Măng Cành",
            "row",
        ),
        P(
            "4 | Tổ chức dạy học STEM bài “Chế tạo hệ thống tưới nhỏ giọt” môn Công nghệ lớp 10 | Phạm "
            "Hữu Đạt | Trường THPT Ngô Mây",
            "row",
        ),
        P(
            "Các đơn vị có sáng kiến được công nhận chủ động phổ biến, nhân rộng kết quả áp dụng sáng "
            "kiến trong toàn đơn vị."
        ),
        right("Văn phòng Sở"),
        Raw(
            '<p>Tệp đính kèm: <a href="/images/stories/file/2026/qd-cong-nhan-sang-kien-2026.pdf">'
            "qd-cong-nhan-sang-kien-2026.pdf</a> (312 KB)</p>"
        ),
    ],
    opts={"catid": 12, "created": "2026-11-27 16:40", "by": "Quản trị viên", "hits": 755},
)

C3 = Story(
    id=400,
    slug="thong-bao-to-chuc-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh-danh-cho-hoc-sinh-trung-hoc",
    title="Thông báo tổ chức Cuộc thi khoa học, kỹ thuật cấp tỉnh dành cho học sinh trung học năm học "
    "2026 - 2027",
    cat="Thông báo",
    published_at="2026-11-12T10:15:00+07:00",
    authors=["Phòng GDTrH-GDTX"],
    blocks=[
        P(
            "Thực hiện Hướng dẫn của Bộ GD&ĐT về tổ chức Cuộc thi khoa học, kỹ thuật dành cho học sinh "
            "trung học năm học 2026 - 2027, Sở GD&ĐT thông báo tổ chức Cuộc thi khoa học, kỹ thuật cấp "
            "tỉnh như sau:"
        ),
        P(
            "Đối tượng dự thi: học sinh đang học lớp 8, lớp 9 cấp THCS và học sinh cấp THPT trên địa bàn "
            "tỉnh; mỗi dự án có không quá 02 học sinh dự thi và 01 người hướng dẫn khoa học."
        ),
        P(
            "Lĩnh vực dự thi: gồm 22 lĩnh vực theo quy định của Bộ GD&ĐT, trong đó khuyến khích các dự án "
            "giải quyết vấn đề thực tiễn của địa phương như nông nghiệp, môi trường, bảo tồn văn hóa dân "
            "tộc."
        ),
        P(
            "Thời gian nhận hồ sơ đăng ký: trước ngày 15/01/2027. Thời gian tổ chức Vòng chung kết: dự "
            "kiến ngày 04 và 05/02/2027 tại Trường THPT chuyên Nguyễn Tất Thành."
        ),
        P(
            "Các đơn vị gửi hồ sơ đăng ký dự thi về Sở GD&ĐT (qua Phòng Giáo dục Trung học - Giáo dục "
            "thường xuyên) đúng thời gian quy định."
        ),
        right("Phòng GDTrH-GDTX"),
    ],
    opts={"catid": 12, "created": "2026-11-12 10:15", "by": "Quản trị viên", "hits": 699,
          "enc": "entities"},
)

STORIES = [A1, A2, A3, A4, A5, A6, A7, B1, B2, B3, C1, C2, C3]
BY_ID = {s.id: s for s in STORIES}


def pub(s: Story) -> str:
    """The stamp the site sorts and lists by (publish_up, or created where only that is printed)."""
    return s.opts.get("published") or s.opts["created"]


def cat_of(s: Story) -> Cat:
    return CATS[s.opts["catid"]]


def sef(s: Story) -> str:
    return f"{cat_of(s).path}/{s.id}-{s.slug}"


def non_sef(s: Story) -> str:
    c = cat_of(s)
    return f"/index.php?option=com_content&view=article&id={s.id}&catid={c.id}&Itemid={c.itemid}"


def in_cat(cat_id: int) -> list[Story]:
    return sorted((s for s in STORIES if s.opts["catid"] == cat_id), key=pub, reverse=True)


#: the "Tin mới" module (a legacy extension): six newest, non-SEF links, dates in UTC
LATEST = sorted(STORIES, key=pub, reverse=True)[:6]
#: "Đọc nhiều nhất" (mod_articles_popular)
POPULAR = sorted(STORIES, key=lambda s: s.opts["hits"], reverse=True)[:5]
FEATURED = sorted((s for s in STORIES if s.opts.get("featured")), key=pub, reverse=True)
LEGACY_LINKS = {398: "/index.php?option=com_content&task=view&id=398&Itemid=110"}


def pagebreak_parts(s: Story) -> list[tuple[str, list]]:
    """The pages of a {pagebreak} article: (TOC title, blocks); a single page for the others."""
    parts: list[tuple[str, list]] = [(s.title, [])]
    for b in s.blocks:
        if _is_break(b):
            parts.append((_break_title(b), []))
        else:
            parts[-1][1].append(b)
    return parts


def alt_paths(s: Story) -> list[str]:
    out = [sef(s) + "?tmpl=component&print=1&page="]
    if cat_of(s).show_vote:
        out.append(sef(s) + "?hitcount=0")
    if s in LATEST:
        out.append(non_sef(s))
    if s.id in LEGACY_LINKS:
        out.append(LEGACY_LINKS[s.id])
    if len(pagebreak_parts(s)) > 1:
        out.append(sef(s) + "?showall=&limitstart=")
        out += [sef(s) + f"?showall=&limitstart={n}" for n in range(1, len(pagebreak_parts(s)))]
        out.append(sef(s) + "?showall=1&limitstart=")
    return out


GOLD = [gold_record(s, sef(s), s.cat, canonical_path=sef(s), alt_paths=alt_paths(s)) for s in STORIES]

VANBAN = [
    {
        "id": 221,
        "alias": "cong-van-so-2145-sgddt-gdtrh-ve-viec-huong-dan-kiem-tra-danh-gia-hoc-ky-i",
        "title": "Công văn số 2145/SGDĐT-GDTrH về việc hướng dẫn kiểm tra, đánh giá học kỳ I năm học "
        "2026 - 2027",
        "so": "2145/SGDĐT-GDTrH", "ngay": "25/11/2026", "loai": "Công văn", "ky": "Nguyễn Văn Lực",
        "trich": "Hướng dẫn kiểm tra, đánh giá học kỳ I năm học 2026 - 2027 đối với cấp THCS, THPT",
        "file": "cv-2145-sgddt-gdtrh.pdf", "created": "2026-11-25 16:02",
    },
    {
        "id": 218,
        "alias": "quyet-dinh-so-1032-qd-sgddt-ban-hanh-ke-hoach-thoi-gian-nam-hoc-2026-2027",
        "title": "Quyết định số 1032/QĐ-SGDĐT ban hành Kế hoạch thời gian năm học 2026 - 2027",
        "so": "1032/QĐ-SGDĐT", "ngay": "14/08/2026", "loai": "Quyết định", "ky": "Phan Văn Hòa",
        "trich": "Ban hành Kế hoạch thời gian năm học 2026 - 2027 đối với giáo dục mầm non, giáo dục "
        "phổ thông và giáo dục thường xuyên trên địa bàn tỉnh Kon Tum",
        "file": "qd-1032-qd-sgddt.pdf", "created": "2026-10-05 10:40",
    },
]
ALBUM_PATH = "/index.php/thu-vien-anh/category/2-khai-giang-nam-hoc-2026-2027"

NON_ARTICLES = [
    "/index.php/gioi-thieu",
    "/index.php/gioi-thieu/co-cau-to-chuc",
    "/index.php/lien-he",
    *(f"/index.php/van-ban/{v['id']}-{v['alias']}" for v in VANBAN),
    ALBUM_PATH,
]


# --- rendering of article text ---------------------------------------------------------------


def _t(s: Story, value: str) -> str:
    enc = s.opts.get("enc", "")
    return text(value, nfd=enc == "nfd", entities=1 if enc == "entities" else 0)


def _wrap(escaped: str, width: int = 70) -> str:
    """Word's saved HTML breaks long lines inside a paragraph with CRLF."""
    cut = escaped.find(" ", width)
    return escaped if cut < 0 else escaped[:cut] + "\r\n" + escaped[cut + 1 :]


_MSO_P = ('<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:150%">'
          '<span style="font-size:13.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,'
          '&quot;serif&quot;">')


def render_img(s: Story, img: Img) -> str:
    src = esc(img.src)
    alt = esc(img.src.rsplit("/", 1)[-1].rsplit(".", 1)[0])
    printed = _t(s, img.printed) if img.printed else ""
    if img.style == "full":
        return (f'<div class="img-fulltext-left">\n<img class="caption" title="{esc(img.printed or "")}" '
                f'src="{src}" alt="{alt}"/>\n</div>')
    if img.style == "jscap":
        return (f'<p style="text-align: center;"><img class="caption" title="{esc(img.printed or "")}" '
                f'src="{src}" alt="{alt}" width="480" height="320" style="border: 0;" /></p>')
    if img.style == "table":
        return (
            '<table style="width: 500px; margin-left: auto; margin-right: auto;" border="0" '
            'cellspacing="0" cellpadding="3" align="center">\n<tbody>\n'
            f'<tr>\n<td style="text-align: center;"><img src="{src}" alt="{alt}" width="500" '
            'height="333" /></td>\n</tr>\n'
            f'<tr>\n<td style="text-align: center; background-color: #eeeeee;"><span style="font-size: '
            f'9pt;"><em>{printed}</em></span></td>\n</tr>\n</tbody>\n</table>'
        )
    out = (f'<p style="text-align: center;"><img src="{src}" alt="{alt}" width="500" height="333" '
           'style="border: 0;" /></p>')
    if img.printed:
        out += f'\n<p style="text-align: center;"><span style="font-size: 10pt;"><em>{printed}</em></span></p>'
    return out


def render_blocks(s: Story, blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(render_img(s, b))
            i += 1
            continue
        style = b.style
        if style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(s, blocks[i].text)}</li>")
                i += 1
            out.append('<ul style="text-align: justify;">\n' + "\n".join(items) + "\n</ul>")
            continue
        if style in ("row-head", "row"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("row-head", "row"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "row-head":
                    rows.append("<tr>" + "".join(
                        f'<td style="text-align: center; background-color: #dde6f2;"><strong>{_t(s, c)}'
                        "</strong></td>" for c in cells) + "</tr>")
                else:
                    rows.append("<tr>" + "".join(f"<td>{_t(s, c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append('<table class="mceItemTable" style="width: 100%; border-collapse: collapse;" '
                       'border="1" cellpadding="4">\n<tbody>\n' + "\n".join(rows) + "\n</tbody>\n</table>")
            continue
        if style == "br":
            # joined to the previous paragraph by a <br />: the editor pressed Shift+Enter
            prev = out.pop()
            closing = prev[prev.rindex("</") :]
            out.append(prev[: prev.rindex("</")] + "<br />\n" + _t(s, b.text) + closing)
            i += 1
            continue
        t = _t(s, b.text)
        if style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{t}</strong></p>')
        elif style == "h":
            out.append(f'<p style="text-align: justify;"><b>{t}</b></p>')
        elif style == "mso":
            out.append(f"{_MSO_P}{_wrap(t)}<o:p></o:p></span></p>")
        elif style == "mso-lead":
            out.append(f"{_MSO_P.replace('<span', '<b><span', 1)}{_wrap(t)}<o:p></o:p></span></b></p>")
        elif style == "div":
            out.append(f'<div style="text-align: justify;">{t}</div>')
        elif style == "cloak":
            address = b.text.rsplit(" ", 1)[-1]
            before = _t(s, b.text[: -len(address)])
            out.append(f'<p style="text-align: justify;">{before}{email_cloak(address, s.id)}</p>')
        else:
            out.append(f'<p style="text-align: justify;">{t}</p>')
        i += 1
    return "\n".join(out)


def info_dl(s: Story, *, with_cat: bool = True, with_hits: bool = True) -> str:
    o = s.opts
    c = cat_of(s)
    rows = ['<dt class="article-info-term">Chi tiết</dt>']
    if with_cat:
        rows.append(f'<dd class="category-name">Chuyên mục: <a href="{c.path}">{esc(c.title)}</a></dd>')
    if o.get("created"):
        rows.append(f'<dd class="create">Ngày tạo {jdate(o["created"])}</dd>')
    if o.get("modified"):
        rows.append(f'<dd class="modified">Ngày cập nhật {jdate(o["modified"])}</dd>')
    if o.get("published"):
        rows.append(f'<dd class="published">Ngày đăng {jdate(o["published"])}</dd>')
    rows.append(f'<dd class="createdby">Viết bởi {esc(o["by"])}</dd>')
    if with_hits:
        rows.append(f'<dd class="hits">Lượt xem: {o["hits"]}</dd>')
    return '<dl class="article-info">\n' + "\n".join(rows) + "\n</dl>"


# --- chrome ----------------------------------------------------------------------------------

MAIN_MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/index.php/gioi-thieu", [("Cơ cấu tổ chức", "/index.php/gioi-thieu/co-cau-to-chuc")]),
    ("Tin tức - Sự kiện", "/index.php/tin-tuc", [(c.title, c.path) for c in (CATS[8], CATS[10])]),
    ("Thông tin - Thông báo", "/index.php/thong-tin", [("Thông báo", CATS[12].path)]),
    ("Văn bản", "/index.php/van-ban", []),
    ("Thư viện ảnh", "/index.php/thu-vien-anh", []),
    ("Liên hệ", "/index.php/lien-he", []),
]


def main_menu(active: str) -> str:
    items = []
    for n, (label, href, subs) in enumerate(MAIN_MENU, 1):
        cls = f"item-{100 + n}" + (" current active" if href == active else "")
        if subs:
            cls += " deeper parent"
            sub = "".join(f'<li><a href="{h}"><span>{esc(t)}</span></a></li>' for t, h in subs)
            items.append(f'<li class="{cls}"><a href="{href}"><span>{esc(label)}</span></a>'
                         f'<ul class="jsn-submenu">{sub}</ul></li>')
        else:
            items.append(f'<li class="{cls}"><a href="{href}"><span>{esc(label)}</span></a></li>')
    return '<ul class="menu-mainmenu jsn-menu-mainmenu">' + "".join(items) + "</ul>"


def table_module(title: str, body: str, suffix: str = "") -> str:
    """Joomla's "table" module chrome, as JSN Epic's side columns use it."""
    return (f'<table cellpadding="0" cellspacing="0" class="moduletable{suffix}">\n'
            f'<tr>\n<th valign="top">{esc(title)}</th>\n</tr>\n<tr>\n<td>\n{body}\n</td>\n</tr>\n</table>')


def jsn_module(title: str, body: str, suffix: str = "") -> str:
    return (f'<div class="jsn-modulecontainer{suffix}"><div class="jsn-modulecontainer_inner">'
            f'<div class="jsn-top"><div class="jsn-top_inner"></div></div><div class="jsn-middle">'
            f'<div class="jsn-middle_inner"><h3 class="jsn-moduletitle"><span class="jsn-moduleicon">'
            f'{esc(title)}</span></h3><div class="jsn-modulecontent">\n{body}\n'
            '<div class="clearbreak"></div></div></div></div><div class="jsn-bottom">'
            '<div class="jsn-bottom_inner"></div></div></div></div>')


def _utc_day(stamp: str) -> str:
    return (_dt(stamp) - timedelta(hours=7)).strftime("%d/%m/%Y")


def left_column() -> str:
    notices = "".join(
        f'<p class="tb-item"><img src="/images/stories/icon/new.gif" alt="" /> <a href="{sef(s)}">'
        f"{esc(s.title)}</a></p>"
        for s in in_cat(12)
    )
    links = (
        '<select name="lienket" class="inputbox" onchange="if(this.value!=\'\')'
        'window.open(this.value,\'_blank\');">\n<option value="">-- Liên kết website --</option>\n'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>\n'
        '<option value="https://kontum.gov.vn">Cổng TTĐT tỉnh Kon Tum</option>\n'
        '<option value="https://baokontum.com.vn">Báo Kon Tum</option>\n'
        '<option value="https://thptquocgia.edu.vn">Thi tốt nghiệp THPT</option>\n</select>'
    )
    counter = (
        '<div class="vinaora_visitors_counter"><table cellpadding="0" cellspacing="0" width="100%">'
        '<tr><td><img src="/modules/mod_vvisit_counter/images/stats/vtoday.png" alt="" /> Hôm nay</td>'
        '<td align="right">1.208</td></tr>'
        '<tr><td><img src="/modules/mod_vvisit_counter/images/stats/vyesterday.png" alt="" /> Hôm qua'
        '</td><td align="right">2.377</td></tr>'
        '<tr><td><img src="/modules/mod_vvisit_counter/images/stats/vall.png" alt="" /> Tổng truy cập'
        '</td><td align="right">3.915.642</td></tr></table>'
        '<div class="vvc-online">Đang online: 31</div></div>'
    )
    return "\n".join([
        table_module("Danh mục chính", main_menu("").replace("menu-mainmenu jsn-menu-mainmenu",
                                                             "menu-vertical"), "_menu"),
        table_module("Thông báo", '<marquee direction="up" scrollamount="2" height="180" '
                     'onmouseover="this.stop()" onmouseout="this.start()">' + notices + "</marquee>",
                     "_thongbao"),
        table_module("Liên kết website", links),
        table_module("Thống kê truy cập", counter, "_thongke"),
    ])


def right_column() -> str:
    latest = "\n".join(
        f'<li><a href="{esc(non_sef(s))}">{esc(s.title)}</a> <span class="ngaydang">'
        f"({_utc_day(pub(s))})</span></li>"
        for s in LATEST
    )
    popular = "\n".join(f'<li class="mostread"><a href="{sef(s)}">{esc(s.title)}</a></li>' for s in POPULAR)
    poll = (
        '<form action="/index.php" method="post" name="form2" class="poll">'
        '<h4>Bạn đánh giá thế nào về Cổng thông tin điện tử của Sở?</h4>'
        '<label><input type="radio" name="voteid" value="1" /> Rất hữu ích</label><br />'
        '<label><input type="radio" name="voteid" value="2" /> Hữu ích</label><br />'
        '<label><input type="radio" name="voteid" value="3" /> Bình thường</label><br />'
        '<input type="submit" name="task_button" class="button" value="Bình chọn" /> '
        '<input type="hidden" name="option" value="com_poll" /><input type="hidden" name="id" value="1" />'
        "</form>"
    )
    banners = (
        '<a href="https://moet.gov.vn" target="_blank"><img src="/images/banners/bo-gddt.jpg" '
        'alt="Bộ GD&amp;ĐT" width="220" /></a><br />'
        '<a href="https://dichvucong.gov.vn" target="_blank"><img src="/images/banners/dich-vu-cong.jpg" '
        'alt="Dịch vụ công" width="220" /></a><br />'
        '<a href="/index.php/thu-vien-anh"><img src="/images/banners/thu-vien-anh.jpg" alt="Thư viện ảnh" '
        'width="220" /></a>'
    )
    return "\n".join([
        jsn_module("Tin mới", f'<ul class="latestnews_tinmoi">\n{latest}\n</ul>', " tinmoi"),
        jsn_module("Đọc nhiều nhất", f'<ul class="mostread">\n{popular}\n</ul>', " docnhieu"),
        jsn_module("Thăm dò ý kiến", poll, " poll"),
        jsn_module("Liên kết", banners, " banner"),
    ])


FOOTER = (
    '<div id="jsn-footer"><div id="jsn-footer_inner">\n'
    '<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="footer-left">'
    "<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH KON TUM</strong><br />Địa chỉ: Số 05 Trần Phú, thành phố "
    "Kon Tum, tỉnh Kon Tum<br />Điện thoại: 0260.3862.385 - Fax: 0260.3862.597<br />Email: "
    + email_cloak("sgddt@kontum.gov.vn", 1)
    + "<br />Chịu trách nhiệm chính: Giám đốc Sở GD&amp;ĐT tỉnh Kon Tum<br />"
    "Ghi rõ nguồn “Sở GD&amp;ĐT Kon Tum” khi phát hành lại thông tin từ website này.</p>"
    '</td><td class="footer-right" align="right" valign="bottom"><a href="#jsn-page" '
    'class="jsn-gotop">Về đầu trang</a><br />Bản quyền © 2012 - 2026 Sở GD&amp;ĐT Kon Tum<br />'
    '<a href="http://www.joomlashine.com" target="_blank" class="jsn-copyright">Joomla templates</a> '
    "by JoomlaShine</td></tr></table>\n</div></div>"
)


def breadcrumbs(trail: list[tuple[str, str | None]]) -> str:
    sep = ' <img src="/media/system/images/arrow.png" alt=""  /> '
    parts = ['<a href="/" class="pathway">Trang chủ</a>']
    for label, href in trail:
        parts.append(f'<a href="{href}" class="pathway">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return ('<div id="jsn-pathway"><div class="breadcrumbs"><span class="showHere">Bạn đang ở: </span>'
            + sep.join(parts) + "</div></div>")


def page(
    request: Request,
    *,
    title: str,
    main: str,
    trail: list[tuple[str, str | None]] | None = None,
    active: str = "",
    canonical: str | None = None,
    author: str | None = None,
    home: bool = False,
) -> Response:
    base = base_url(request)
    head = [
        f'<base href="{esc(base + request.target)}" />',
        '<meta http-equiv="content-type" content="text/html; charset=utf-8" />',
        '<meta name="keywords" content="sở giáo dục kon tum, giáo dục kon tum, sgddt kon tum" />',
    ]
    if author:
        head.append(f'<meta name="author" content="{esc(author)}" />')
    head += [
        f'<meta name="description" content="{esc(SITE_DESC)}" />',
        '<meta name="generator" content="Joomla! - Open Source Content Management" />',
        f"<title>{esc(title)}</title>",
    ]
    if canonical:
        head.append(f'<link href="{esc(base + canonical)}" rel="canonical" />')
    head += [
        f'<link href="/templates/{TEMPLATE}/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />',
        f'<link rel="stylesheet" href="/templates/{TEMPLATE}/css/template.css" type="text/css" />',
        f'<link rel="stylesheet" href="/templates/{TEMPLATE}/css/jsn_epic_blue.css" type="text/css" />',
        '<script src="/media/system/js/mootools-core.js" type="text/javascript"></script>',
        '<script src="/media/system/js/core.js" type="text/javascript"></script>',
        '<script src="/media/system/js/caption.js" type="text/javascript"></script>',
        '<script type="text/javascript">\nwindow.addEvent(\'load\', function() {\n'
        "\t\t\t\tnew JCaption('img.caption');\n\t\t\t});\n</script>",
    ]
    search = (
        '<form action="/index.php" method="post"><div class="search">'
        '<label for="mod-search-searchword">Tìm kiếm...</label><input name="searchword" '
        'id="mod-search-searchword" maxlength="20" class="inputbox" type="text" size="20" '
        'value="Tìm kiếm..." onblur="if (this.value==\'\') this.value=\'Tìm kiếm...\';" '
        'onfocus="if (this.value==\'Tìm kiếm...\') this.value=\'\';" />'
        '<input type="hidden" name="task" value="search" /><input type="hidden" name="option" '
        'value="com_search" /><input type="hidden" name="Itemid" value="101" /></div></form>'
    )
    crumbs = breadcrumbs(trail) if trail is not None else ""
    body = f"""<body id="jsn-master" class="jsn-textstyle-business jsn-textsize-medium jsn-color-blue jsn-direction-ltr{' jsn-homepage' if home else ''}">
<div id="jsn-page">
<div id="jsn-header">
<div id="jsn-logo"><h1><a href="/" title="{esc(SITE)}"><img src="/images/stories/banner/banner-sgddt-kontum.jpg" alt="{esc(SITE)}" /><span class="jsn-logo-text">{esc(SITE.upper())}</span></a></h1></div>
<div id="jsn-headerright"><div class="jsn-date">{HEADER_TODAY}</div>{search}</div>
</div>
<div id="jsn-menu"><div id="jsn-pos-mainmenu">{main_menu(active)}</div></div>
<div id="jsn-body">
{crumbs}
<table id="jsn-content" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr>
<td id="jsn-leftsidecontent" valign="top" width="23%"><div id="jsn-pos-left">
{left_column()}
</div></td>
<td id="jsn-maincontent" valign="top"><div id="jsn-maincontent_inner"><div id="jsn-mainbody-content">
<div id="system-message-container"></div>
<div id="jsn-mainbody">
{main}
</div>
</div></div></td>
<td id="jsn-rightsidecontent" valign="top" width="24%"><div id="jsn-pos-right">
{right_column()}
</div></td>
</tr>
</table>
</div>
{FOOTER}
</div>
</body>"""
    doc = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" dir="ltr">\n<head>\n  '
        + "\n  ".join(head) + "\n</head>\n" + body + "\n</html>\n"
    )
    return html(doc)


def page_title(label: str) -> str:
    return f"{label} - {SITE_TITLE}"


# --- article pages ---------------------------------------------------------------------------


def mailto_hash(s: Story) -> str:
    return hashlib.sha1(sef(s).encode("utf-8")).hexdigest()


def vote_form(s: Story) -> str:
    rating, count = s.opts.get("votes", (0, 0))
    stars = "".join(
        '<img src="/media/system/images/rating_star.png" alt=""  />' if n < int(rating + 0.5)
        else '<img src="/media/system/images/rating_star_blank.png" alt=""  />'
        for n in range(5)
    )
    radios = "".join(
        f'<input type="radio" title="Bình chọn {n} sao" name="user_rating" value="{n}"'
        + (' checked="checked"' if n == 5 else "") + " />"
        for n in range(1, 6)
    )
    return (
        f'<form method="post" action="{sef(s)}?hitcount=0" class="form-inline">\n'
        f'<span class="content_rating">Đánh giá của người dùng: {stars}&#160;/&#160;{count}</span>\n<br />\n'
        f'<span class="content_vote">Kém{radios}&#160;Tốt nhất&#160;<input class="button" type="submit" '
        'name="submit_vote" value="Đánh giá" /><input type="hidden" name="task" value="article.vote" />'
        '<input type="hidden" name="hitcount" value="0" />'
        f'<input type="hidden" name="url" value="{sef(s)}" />'
        '<input type="hidden" name="5c2f0a9d6e8b41f7a3c0d2b18e94f6a1" value="1" /></span>\n</form>'
    )


def toc(s: Story, current: int | None) -> str:
    parts = pagebreak_parts(s)
    items = []
    for n, (title, _) in enumerate(parts):
        href = f"{sef(s)}?showall=&amp;limitstart=" + (str(n) if n else "")
        cls = "toclink active" if current == n else "toclink"
        items.append(f'<li>\n<a href="{href}" class="{cls}">{esc(title)}</a>\n</li>')
    cls = "toclink active" if current is None else "toclink"
    items.append(f'<li>\n<a href="{sef(s)}?showall=1&amp;limitstart=" class="{cls}">Tất cả các trang</a>\n</li>')
    return ('<div id="article-index">\n<h3>Mục lục bài viết</h3>\n<ul>\n' + "\n".join(items)
            + "\n</ul>\n</div>")


def part_nav(s: Story, n: int, total: int) -> str:
    link = f"{sef(s)}?showall=&amp;limitstart="
    prev = (f'<a href="{link}{n - 1 if n > 1 else ""}" title="Trước">&lt;&lt; Trước</a>' if n
            else "&lt;&lt; Trước")
    nxt = f'<a href="{link}{n + 1}" title="Tiếp">Tiếp &gt;&gt;</a>' if n + 1 < total else "Tiếp &gt;&gt;"
    return f'<div class="pagination"><ul><li>{prev} </li><li>{nxt}</li></ul></div>'


def article_text(s: Story, part: int | None, printing: bool = False) -> str:
    """The text cell: the whole text (part None: showall / print) or one {pagebreak} page."""
    parts = pagebreak_parts(s)
    if len(parts) == 1 or printing:
        return render_blocks(s, s.blocks)
    if part is None:
        return toc(s, None) + "\n" + render_blocks(s, s.blocks)
    head = f'<div class="pagenavcounter">Trang {part + 1} / {len(parts)}</div>\n'
    return (toc(s, part) + "\n" + head + render_blocks(s, parts[part][1]) + "\n"
            + part_nav(s, part, len(parts)))


def other_articles(s: Story) -> str:
    items = "\n".join(
        f'<li><a class="mod-articles-category-title " href="{sef(o)}">{esc(o.title)}</a> '
        f'<span class="mod-articles-category-date">({_dt(pub(o)):%d/%m/%Y})</span></li>'
        for o in in_cat(s.opts["catid"])[:4]
    )
    return jsn_module("Các bài viết khác", f'<ul class="category-module">\n{items}\n</ul>', " baivietkhac")


def item_nav(s: Story) -> str:
    siblings = in_cat(s.opts["catid"])
    i = siblings.index(s)
    prev = (f'<li class="pagenav-prev"><a href="{sef(siblings[i - 1])}" rel="prev">&lt; Trước</a></li>'
            if i > 0 else "")
    nxt = (f'<li class="pagenav-next"><a href="{sef(siblings[i + 1])}" rel="next">Tiếp &gt;</a></li>'
           if i + 1 < len(siblings) else "")
    return f'<ul class="pagenav">\n{prev}\n{nxt}\n</ul>'


def article_main(s: Story, part: int | None, *, printing: bool = False) -> str:
    c = cat_of(s)
    print_href = f"{sef(s)}?tmpl=component&amp;print=1&amp;page="
    if printing:
        buttons = ('<td align="right" width="100%" class="buttonheading"><a href="#" '
                   'onclick="window.print();return false;"><img src="/media/system/images/printButton.png" '
                   'alt="In"  /></a></td>')
    else:
        buttons = (
            f'<td align="right" width="100%" class="buttonheading"><a href="{print_href}" title="In" '
            "onclick=\"window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,"
            "menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;\" "
            'rel="nofollow"><img src="/media/system/images/printButton.png" alt="In"  /></a></td>\n'
            '<td align="right" width="100%" class="buttonheading"><a href="/index.php/component/mailto/'
            f'?tmpl=component&amp;template={TEMPLATE}&amp;link={mailto_hash(s)}" title="E-mail" '
            "onclick=\"window.open(this.href,'win2','width=400,height=350,menubar=yes,resizable=yes'); "
            'return false;" rel="nofollow"><img src="/media/system/images/emailButton.png" alt="E-mail"  />'
            "</a></td>"
        )
    vote = vote_form(s) + "\n" if c.show_vote and not printing else ""
    out = [
        "" if printing else f'<div class="componentheading">{esc(c.menu_title)}</div>',
        '<table class="contentpaneopen">\n<tr>\n'
        f'<td class="contentheading" width="100%">\n<a href="{sef(s)}" class="contentpagetitle">\n'
        f"{esc(s.title)}</a>\n</td>\n{buttons}\n</tr>\n</table>",
        '<table class="contentpaneopen">\n<tr>\n<td valign="top" colspan="2">\n' + info_dl(s) + "\n</td>\n</tr>\n"
        '<tr>\n<td valign="top" colspan="2" class="jsn-article-content">\n' + vote
        + article_text(s, part, printing) + "\n</td>\n</tr>\n</table>",
        '<span class="article_separator">&nbsp;</span>',
    ]
    if not printing:
        if c.show_nav:
            out.append(item_nav(s))
        out.append(other_articles(s))
    return "\n".join(out)


def article_page(request: Request, s: Story, *, part: int | None = 0, canonical: str | None = None) -> Response:
    c = cat_of(s)
    trail = [(MENU_TITLES[c.menu], f"/index.php/{c.menu}"), (c.title, c.path), (s.title, None)]
    return page(request, title=page_title(s.title), main=article_main(s, part), trail=trail,
                active=f"/index.php/{c.menu}", canonical=canonical, author=author_account(s))


def author_account(s: Story) -> str:
    """Joomla's meta author is the CMS user, never the created_by_alias."""
    return "Quản trị viên" if s.opts["by"] not in ("sgddt", "gdtrh_sgd") else s.opts["by"]


def print_page(request: Request, s: Story) -> Response:
    doc = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" dir="ltr">\n<head>\n'
        f'  <base href="{esc(base_url(request) + request.target)}" />\n'
        '  <meta http-equiv="content-type" content="text/html; charset=utf-8" />\n'
        '  <meta name="robots" content="noindex, nofollow" />\n'
        f"  <title>{esc(page_title(s.title))}</title>\n"
        f'  <link rel="stylesheet" href="/templates/{TEMPLATE}/css/print.css" type="text/css" />\n'
        '  <script src="/media/system/js/caption.js" type="text/javascript"></script>\n'
        '</head>\n<body class="contentpane">\n<div id="system-message-container"></div>\n'
        + article_main(s, None, printing=True) + "\n</body>\n</html>\n"
    )
    return html(doc)


# --- listings --------------------------------------------------------------------------------


def intro_blocks(s: Story) -> list:
    """Joomla's introtext: what stands before the "read more" line (all of it when there is none)."""
    if s.opts.get("readmore", True) is False:
        return [b for b in s.blocks if not _is_break(b)]
    first = next(b for b in s.blocks if isinstance(b, P))
    return [first]


def blog_item(s: Story, *, link_title: bool, featured: bool = False) -> str:
    has_more = s.opts.get("readmore", True)
    title = (f'<a href="{sef(s)}">{esc(s.title)}</a>' if link_title and has_more else esc(s.title))
    thumb = (f'<div class="img-intro-left"><img src="/images/stories/thumbs/{s.id}-intro.jpg" alt="" /></div>'
             if s.opts.get("thumb") else "")
    intro = render_blocks(s, intro_blocks(s))
    more = (f'<p class="readmore">\n<a href="{sef(s)}">\nĐọc thêm: {esc(s.title)}</a>\n</p>'
            if has_more else "")
    return (f'<h2>\n{title}\n</h2>\n{info_dl(s, with_cat=featured, with_hits=False)}\n{thumb}\n'
            f"{intro}\n{more}\n<div class=\"item-separator\"></div>")


def pagination(path: str, start: int, per: int, total: int) -> str:
    pages = (total + per - 1) // per
    cur = start // per
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return f"{path}?limitstart=0" if n == 0 else f"{path}?start={n * per}"

    def li(label: str, n: int | None, cls: str = "") -> str:
        c = f' class="{cls}"' if cls else ""
        if n is None or n == cur:
            return f'<li{c}><span class="pagenav">{label}</span></li>'
        return f'<li{c}><a title="{label}" href="{href(n)}" class="pagenav">{label}</a></li>'

    items = [
        li("Đầu", 0 if cur else None, "pagination-start"),
        li("Trước", cur - 1 if cur else None, "pagination-prev"),
        *(li(str(n + 1), n) for n in range(pages)),
        li("Tiếp", cur + 1 if cur + 1 < pages else None, "pagination-next"),
        li("Cuối", pages - 1 if cur + 1 < pages else None, "pagination-end"),
    ]
    return (f'<div class="pagination">\n<p class="counter">\nTrang {cur + 1} / {pages}</p>\n<ul>'
            + "".join(items) + "</ul>\n</div>")


def blog_page(request: Request, c: Cat, start: int) -> Response | None:
    items = in_cat(c.id)
    if not 0 <= start < len(items):
        return None
    shown = items[start : start + c.per_page]
    leading, intro = shown[0], shown[1:]
    more = items[start + c.per_page : start + c.per_page + c.more_links]
    parts = [f'<div class="blog">\n<h2 class="componentheading">{esc(c.title)}</h2>',
             '<div class="items-leading">\n<div class="leading-0">\n'
             + blog_item(leading, link_title=c.link_titles) + "\n</div>\n</div>"]
    for n, s in enumerate(intro):
        parts.append(f'<div class="items-row cols-1 row-{n}">\n<div class="item column-1">\n'
                     + blog_item(s, link_title=c.link_titles) + '\n</div>\n<span class="row-separator"></span>\n</div>')
    if more:
        lis = "\n".join(f'<li>\n<a href="{sef(s)}">\n{esc(s.title)}</a>\n</li>' for s in more)
        parts.append(f'<div class="items-more">\n<h3>Xem thêm các bài viết...</h3>\n<ol>\n{lis}\n</ol>\n</div>')
    parts.append(pagination(c.path, start, c.per_page, len(items)))
    parts.append("</div>")
    trail = [(MENU_TITLES[c.menu], f"/index.php/{c.menu}"), (c.title, None)]
    return page(request, title=page_title(c.title), main="\n".join(parts), trail=trail,
                active=f"/index.php/{c.menu}")


def list_table(path: str, rows: list[tuple[str, str, str, str]], date_head: str) -> str:
    selected = ' selected="selected"'
    opts = "".join(f'<option value="{n}"{selected if n == 10 else ""}>{n}</option>'
                   for n in (5, 10, 15, 20, 25, 30, 50, 100))
    body = "\n".join(
        f'<tr class="cat-list-row{n % 2}">\n<td class="list-title">\n<a href="{href}">\n{esc(title)}</a>\n'
        f'</td>\n<td class="list-date">\n{date}</td>\n<td class="list-hits">\n{hits}</td>\n</tr>'
        for n, (href, title, date, hits) in enumerate(rows)
    )
    return (
        f'<form action="{path}" method="post" name="adminForm" id="adminForm">\n'
        '<fieldset class="filters">\n<legend class="hidelabeltxt">Lọc</legend>\n<div class="display-limit">\n'
        f'Hiển thị #&#160;<select id="limit" name="limit" class="inputbox" size="1" '
        f'onchange="this.form.submit()">{opts}<option value="0">Tất cả</option></select>\n</div>\n'
        '<input type="hidden" name="filter_order" value="" /><input type="hidden" name="filter_order_Dir" '
        'value="" /><input type="hidden" name="limitstart" value="" />\n</fieldset>\n'
        '<table class="category">\n<thead>\n<tr>\n<th class="list-title" id="tableOrdering">'
        "<a href=\"#\" onclick=\"tableOrdering('a.title','asc','');return false;\" title=\"Nhấn vào đây để "
        'sắp xếp theo cột này">Tiêu đề</a></th>\n'
        f'<th class="list-date" id="tableOrdering2">{date_head}</th>\n'
        '<th class="list-hits" id="tableOrdering4">Lượt xem</th>\n</tr>\n</thead>\n<tbody>\n'
        f"{body}\n</tbody>\n</table>\n</form>"
    )


def notice_list(request: Request, c: Cat) -> Response:
    rows = [(sef(s), s.title, _dt(pub(s)).strftime("%d-%m-%Y"), str(s.opts["hits"])) for s in in_cat(c.id)]
    main = (f'<div class="category-list">\n<h2 class="componentheading">{esc(c.title)}</h2>\n'
            '<div class="cat-items">\n' + list_table(c.path, rows, "Ngày tạo") + "\n</div>\n</div>")
    trail = [(MENU_TITLES[c.menu], f"/index.php/{c.menu}"), (c.title, None)]
    return page(request, title=page_title(c.title), main=main, trail=trail, active=f"/index.php/{c.menu}")


def categories_page(request: Request, menu: str) -> Response:
    cats = [c for c in CATS.values() if c.menu == menu]
    lis = "\n".join(
        f'<li class="{"first" if n == 0 else ""}">\n<span class="item-title"><a href="{c.path}">\n'
        f"{esc(c.title)}</a>\n</span>\n<dl><dt>\nSố bài viết:</dt>\n<dd>\n{len(in_cat(c.id))}</dd>\n</dl>\n</li>"
        for n, c in enumerate(cats)
    )
    main = (f'<div class="categories-list">\n<h1 class="componentheading">{esc(MENU_TITLES[menu])}</h1>\n'
            f"<ul>\n{lis}\n</ul>\n</div>")
    return page(request, title=page_title(MENU_TITLES[menu]), main=main,
                trail=[(MENU_TITLES[menu], None)], active=f"/index.php/{menu}")


def home_page(request: Request) -> Response:
    lead, *rest = FEATURED
    parts = ['<div class="blog-featured">',
             '<div class="items-leading">\n<div class="leading-0">\n'
             + blog_item(lead, link_title=True, featured=True) + "\n</div>\n</div>"]
    for n, s in enumerate(rest):
        parts.append(f'<div class="items-row cols-1 row-{n}">\n<div class="item column-1">\n'
                     + blog_item(s, link_title=True, featured=True) + "\n</div>\n</div>")
    parts.append("</div>")
    news = "\n".join(f'<li><a href="{sef(s)}">{esc(s.title)}</a></li>' for s in in_cat(8)[:3])
    parts.append(jsn_module(
        "Tin hoạt động",
        f'<ul class="latestnews">\n{news}\n</ul>\n<p class="xemtiep"><a href="{CATS[8].path}?limitstart=0">'
        "Xem tiếp »</a></p>",
        " tinhoatdong",
    ))
    return page(request, title=SITE, main="\n".join(parts), trail=None, active="/", home=True)


# --- pages that are not articles -------------------------------------------------------------


def single_article(request: Request, title: str, inner: str, trail: list, active: str) -> Response:
    main = (f'<table class="contentpaneopen">\n<tr>\n<td class="contentheading" width="100%">\n{esc(title)}\n'
            '</td>\n</tr>\n</table>\n<table class="contentpaneopen">\n<tr>\n<td valign="top">\n'
            f"{inner}\n</td>\n</tr>\n</table>")
    return page(request, title=page_title(title), main=main, trail=trail, active=active)


INTRO = """<p style="text-align: justify;">Sở Giáo dục và Đào tạo tỉnh Kon Tum là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có chức năng tham mưu, giúp Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.</p>
<p style="text-align: justify;">Sở chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, thanh tra, kiểm tra về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.</p>
<p style="text-align: justify;">Năm học 2026 - 2027, toàn tỉnh có 378 cơ sở giáo dục mầm non, phổ thông và giáo dục thường xuyên với hơn 165.000 học sinh; đội ngũ cán bộ quản lý, giáo viên, nhân viên gần 12.000 người.</p>
<p style="text-align: justify;"><strong>Địa chỉ:</strong> Số 05 Trần Phú, thành phố Kon Tum, tỉnh Kon Tum.</p>"""

ORG = """<table border="1" cellpadding="4" style="width: 100%; border-collapse: collapse;">
<tbody>
<tr><td><strong>Họ và tên</strong></td><td><strong>Chức vụ</strong></td><td><strong>Điện thoại</strong></td></tr>
<tr><td>Phan Văn Hòa</td><td>Giám đốc Sở</td><td>0260.3862.385</td></tr>
<tr><td>Nguyễn Văn Lực</td><td>Phó Giám đốc Sở</td><td>0260.3864.212</td></tr>
<tr><td>Lê Thị Thu Hương</td><td>Trưởng phòng Giáo dục Mầm non - Tiểu học</td><td>0260.3913.071</td></tr>
<tr><td>Hoàng Minh Quân</td><td>Trưởng phòng Giáo dục Trung học - Giáo dục thường xuyên</td><td>0260.3913.072</td></tr>
<tr><td>Trần Thị Ngọc Lan</td><td>Chánh Văn phòng Sở</td><td>0260.3862.597</td></tr>
</tbody>
</table>
<p>Các phòng chuyên môn: Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; Phòng Kế hoạch - Tài chính; Phòng Giáo dục Mầm non - Tiểu học; Phòng Giáo dục Trung học - Giáo dục thường xuyên; Phòng Khảo thí và Kiểm định chất lượng giáo dục.</p>"""


def contact_page(request: Request) -> Response:
    main = (
        '<div class="contact">\n<h2><span class="contact-name">Văn phòng Sở Giáo dục và Đào tạo tỉnh Kon Tum'
        '</span></h2>\n<div class="contact-address"><span class="contact-street">Số 05 Trần Phú<br /></span>'
        '<span class="contact-suburb">thành phố Kon Tum<br /></span><span class="contact-state">Kon Tum'
        '<br /></span></div>\n<div class="contact-contactinfo"><p><span class="contact-emailto">'
        + email_cloak("vanphong.sgddt@kontum.gov.vn", 3)
        + '</span></p><p><span class="contact-telephone">0260.3862.385</span></p></div>\n'
        '<form id="contact-form" action="/index.php/lien-he" method="post" class="form-validate">\n'
        '<fieldset><legend>Gửi thư điện tử</legend>\n<label for="jform_contact_name">Tên</label>'
        '<input type="text" name="jform[contact_name]" id="jform_contact_name" size="30" />\n'
        '<label for="jform_contact_email">Email</label><input type="text" name="jform[contact_email]" '
        'id="jform_contact_email" size="30" />\n<label for="jform_contact_emailmsg">Tiêu đề</label>'
        '<input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" size="60" />\n'
        '<label for="jform_contact_message">Nội dung</label><textarea name="jform[contact_message]" '
        'id="jform_contact_message" cols="50" rows="10"></textarea>\n'
        '<button class="button validate" type="submit">Gửi Email</button>\n'
        '<input type="hidden" name="option" value="com_contact" /><input type="hidden" name="task" '
        'value="contact.submit" /></fieldset>\n</form>\n</div>'
    )
    return page(request, title=page_title("Liên hệ"), main=main, trail=[("Liên hệ", None)],
                active="/index.php/lien-he")


def vanban_list(request: Request) -> Response:
    rows = [(f"/index.php/van-ban/{v['id']}-{v['alias']}", v["title"], v["ngay"].replace("/", "-"), "86")
            for v in VANBAN]
    main = ('<div class="category-list">\n<h2 class="componentheading">Văn bản chỉ đạo</h2>\n'
            + list_table("/index.php/van-ban", rows, "Ngày ban hành") + "\n</div>")
    return page(request, title=page_title("Văn bản"), main=main, trail=[("Văn bản", None)],
                active="/index.php/van-ban")


def vanban_entry(request: Request, v: dict) -> Response:
    inner = (
        '<table class="vb-thongtin" border="1" cellpadding="5" style="width: 100%; border-collapse: collapse;">'
        f"<tbody>\n<tr><td width=\"30%\"><strong>Số/Ký hiệu</strong></td><td>{esc(v['so'])}</td></tr>\n"
        f"<tr><td><strong>Loại văn bản</strong></td><td>{esc(v['loai'])}</td></tr>\n"
        f"<tr><td><strong>Ngày ban hành</strong></td><td>{v['ngay']}</td></tr>\n"
        f"<tr><td><strong>Trích yếu</strong></td><td>{esc(v['trich'])}</td></tr>\n"
        f"<tr><td><strong>Người ký</strong></td><td>{esc(v['ky'])}</td></tr>\n"
        f'<tr><td><strong>Tệp đính kèm</strong></td><td><a href="/images/stories/file/vanban/{v["file"]}">'
        f"{v['file']}</a></td></tr>\n</tbody></table>"
    )
    main = (f'<div class="componentheading">Văn bản</div>\n<table class="contentpaneopen">\n<tr>\n'
            f'<td class="contentheading" width="100%">\n{esc(v["title"])}\n</td>\n</tr>\n</table>\n'
            '<table class="contentpaneopen">\n<tr>\n<td valign="top">\n<dl class="article-info">\n'
            f'<dt class="article-info-term">Chi tiết</dt>\n<dd class="create">Ngày tạo {jdate(v["created"])}</dd>\n'
            f"</dl>\n{inner}\n</td>\n</tr>\n</table>")
    return page(request, title=page_title(v["title"]), main=main,
                trail=[("Văn bản", "/index.php/van-ban"), (v["title"], None)], active="/index.php/van-ban")


def gallery_index(request: Request) -> Response:
    main = ('<div id="phocagallery" class="pg-categories-view"><h2 class="componentheading">Thư viện ảnh</h2>\n'
            '<table class="pg-categories"><tr><td><a href="' + ALBUM_PATH + '"><img src="/images/phocagallery/'
            'khai-giang/thumbs/phoca_thumb_m_kg-01.jpg" alt="" /></a></td><td><a href="' + ALBUM_PATH
            + '">Khai giảng năm học 2026 - 2027</a> <span class="small">(6)</span></td></tr></table></div>')
    return page(request, title=page_title("Thư viện ảnh"), main=main, trail=[("Thư viện ảnh", None)],
                active="/index.php/thu-vien-anh")


def album_page(request: Request) -> Response:
    thumbs = "\n".join(
        f'<div class="phocagallery-box-file"><center><a class="modal-button" href="/images/phocagallery/'
        f'khai-giang/kg-0{n}.jpg" rel="{{handler: \'image\'}}"><img src="/images/phocagallery/khai-giang/'
        f'thumbs/phoca_thumb_m_kg-0{n}.jpg" alt="kg-0{n}" /></a></center><div class="name">kg-0{n}</div></div>'
        for n in range(1, 7)
    )
    main = ('<div id="phocagallery" class="pg-category-view"><h2 class="componentheading">Khai giảng năm học '
            '2026 - 2027</h2>\n<div class="pg-cv-desc">Hình ảnh Lễ khai giảng năm học mới tại các trường '
            f"trên địa bàn tỉnh.</div>\n{thumbs}\n</div>")
    return page(request, title=page_title("Khai giảng năm học 2026 - 2027"), main=main,
                trail=[("Thư viện ảnh", "/index.php/thu-vien-anh"), ("Khai giảng năm học 2026 - 2027", None)],
                active="/index.php/thu-vien-anh")


def mailto_page(request: Request, s: Story) -> Response:
    doc = (
        '<!DOCTYPE html>\n<html lang="vi-vn"><head><meta http-equiv="content-type" content="text/html; '
        'charset=utf-8" /><meta name="robots" content="noindex, nofollow" /><title>' + esc(SITE_TITLE)
        + '</title></head><body class="contentpane">\n<div id="mailto-window"><h2>Gửi liên kết này cho bạn '
        'bè.</h2>\n<form action="/index.php" id="mailtoForm" method="post">'
        '<p><label for="mailto_field">E-mail người nhận:</label><input type="text" id="mailto_field" '
        'name="mailto" size="25" /></p><p><label for="sender_field">Người gửi:</label><input type="text" '
        'id="sender_field" name="sender" size="25" /></p><p><label for="from_field">E-mail của bạn:</label>'
        '<input type="text" id="from_field" name="from" size="25" /></p><p><label for="subject_field">'
        'Tiêu đề:</label><input type="text" id="subject_field" name="subject" size="25" /></p>'
        '<p><button class="button">Gửi</button> <button class="button" onclick="window.close();return false;">'
        'Hủy bỏ</button></p><input type="hidden" name="layout" value="default" /><input type="hidden" '
        f'name="option" value="com_mailto" /><input type="hidden" name="link" value="{mailto_hash(s)}" />'
        "</form></div></body></html>"
    )
    return html(doc)


def search_page(request: Request) -> Response:
    word = esc(request.form.get("searchword", request.params.get("searchword", "")))
    main = ('<div class="search"><h2 class="componentheading">Tìm kiếm</h2>\n<form id="searchForm" '
            'action="/index.php/component/search/" method="post"><input type="text" name="searchword" '
            f'value="{word}" class="inputbox" /><button class="button">Tìm kiếm</button></form>\n'
            '<div class="searchintro"><p>Tổng cộng: <strong>0</strong> kết quả được tìm thấy.</p></div></div>')
    return page(request, title=page_title("Tìm kiếm"), main=main, trail=[("Tìm kiếm", None)])


# --- the site --------------------------------------------------------------------------------


def _int(value: str | None) -> int | None:
    if value is None or value == "":
        return 0
    return int(value) if value.isdigit() else None


class JoomlaSite:
    def __init__(self) -> None:
        self.articles = {sef(s): s for s in STORIES}
        self.vanban = {f"/index.php/van-ban/{v['id']}-{v['alias']}": v for v in VANBAN}
        self.mailto = {mailto_hash(s): s for s in STORIES}

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/images/", "/media/", "/templates/", "/modules/")):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        if path in ("/", "/index.php"):
            return self._index(request)
        if path in ("/index.php/component/mailto", "/index.php/component/mailto/"):
            s = self.mailto.get(request.params.get("link", ""))
            return mailto_page(request, s) if s else None
        if path in ("/index.php/component/search", "/index.php/component/search/"):
            return search_page(request)
        if path in self.articles:
            return self._article(request, self.articles[path])
        for c in CATS.values():
            if path == c.path:
                return self._category(request, c)
        if path in ("/index.php/tin-tuc", "/index.php/thong-tin"):
            return categories_page(request, path.rsplit("/", 1)[-1])
        if path in self.vanban:
            return vanban_entry(request, self.vanban[path])
        simple = {
            "/index.php/gioi-thieu": lambda r: single_article(
                r, "Giới thiệu chung", INTRO, [("Giới thiệu", None)], "/index.php/gioi-thieu"),
            "/index.php/gioi-thieu/co-cau-to-chuc": lambda r: single_article(
                r, "Cơ cấu tổ chức", ORG, [("Giới thiệu", "/index.php/gioi-thieu"), ("Cơ cấu tổ chức", None)],
                "/index.php/gioi-thieu"),
            "/index.php/lien-he": contact_page,
            "/index.php/van-ban": vanban_list,
            "/index.php/thu-vien-anh": gallery_index,
            ALBUM_PATH: album_page,
        }
        if path in simple:
            return simple[path](request)
        return None

    def _index(self, request: Request) -> Response | None:
        if request.method == "POST" and request.form.get("option") == "com_search":
            return search_page(request)
        q = request.params
        if not request.query:
            return home_page(request)
        if q.get("option") == "com_content" and q.get("id", "").isdigit():
            s = BY_ID.get(int(q["id"]))
            view_ok = q.get("view") == "article" or q.get("task") == "view"
            if s and view_ok and q.get("catid", str(s.opts["catid"])) == str(s.opts["catid"]):
                # plg_system_sef: the routed URL differs from the request, so a canonical is printed
                return article_page(request, s, canonical=sef(s))
            return None
        if q.get("option") == "com_search":
            return search_page(request)
        if set(q) <= {"Itemid"}:
            return home_page(request)
        return None

    def _article(self, request: Request, s: Story) -> Response | None:
        q = request.params
        if q.get("tmpl") == "component":
            return print_page(request, s) if q.get("print") == "1" else None
        parts = len(pagebreak_parts(s))
        if parts > 1:
            if q.get("showall") == "1":
                return article_page(request, s, part=None)
            n = _int(q.get("limitstart", q.get("start")))
            if n is None or n >= parts:
                return None
            return article_page(request, s, part=n)
        return article_page(request, s, part=0)

    def _category(self, request: Request, c: Cat) -> Response | None:
        q = request.params
        start = _int(q.get("start", q.get("limitstart")))
        if start is None:
            return None
        if c.layout == "list":
            return notice_list(request, c) if start == 0 else None
        return blog_page(request, c, start)


def build_site() -> JoomlaSite:
    return JoomlaSite()
