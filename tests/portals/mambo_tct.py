"""Mambo 4.6 portal of a Mekong delta political school (Trường Chính trị tỉnh Cà Mau), built 2008.

Platform
--------
Mambo 4.6.x (the ancestor of Joomla 1.0), never upgraded: a Vietnamese table-layout template
(``templates/tct_cm2008``, class names in Vietnamese abbreviations: ``cot_trai``, ``cot_giua``,
``thanh_ngay``, ``tin_khac``), core ``com_content`` markup (``contentpaneopen``,
``contentheading``, ``createdate``, ``modifydate``, ``article_seperator``), modules printed as
``<table class="moduletable_xxx"><tr><th>``. TinyMCE 2 as editor (named entities for Latin-1
letters, numeric references for the rest), some posts pasted from Word. The server sends
``Content-Type: text/html`` without a charset; the page says utf-8 in a meta tag.

URL scheme (SEF is off; all links are relative, every page prints ``<base href="http://host/">``)
------------------------------------------------------------------------------------------------
- home: ``/`` = ``/index.php`` = ``/index.php?option=com_frontpage&Itemid=1`` (com_frontpage blog)
- article / static content: ``/index.php?option=com_content&task=view&id=<n>&Itemid=<m>``; any
  Itemid serves the article (the Itemid only picks the pathway and the highlighted menu)
- section blog: ``task=blogsection&id=<s>&Itemid=<m>[&limit=&limitstart=]``
- category blog: ``task=blogcategory&id=<c>&Itemid=<m>[&limit=&limitstart=]``
- section table: ``task=section&id=3&Itemid=33``; category table:
  ``task=category&sectionid=3&id=4&Itemid=33`` (POST form "Lọc" / "Hiển thị #")
- print: ``/index2.php?option=com_content&task=view&id=<n>&pop=1&page=0&Itemid=<m>``;
  e-mail: ``/index2.php?option=com_content&task=emailform&id=<n>&itemid=<m>`` (a form);
  pdf: ``/index2.php?option=com_content&do_pdf=1&id=<n>`` (icon hidden, still answers)
- {mospagebreak} pages: ``…&id=57&Itemid=31&limit=1&limitstart=<k>``, all pages ``…&showall=1``
- the old SEF form ``/content/view/<n>/<Itemid>/`` (SEF was on until 2015; sef.php and the
  .htaccess still answer it) is printed only by the "Tin tiêu điểm" marquee, absolute
- components: com_contact, com_docman (``task=doc_details&gid=``, ``task=doc_download&gid=``),
  com_zoom (``catid=``), com_poll (results), com_search (POST or GET ``searchword``)

Page templates
--------------
Banner; horizontal menu (nested ``<ul id="nav">`` drop-downs); a date bar ("Thứ Bảy,
05/12/2026") with the "Tin tiêu điểm" marquee and the search box; left column (Danh mục menu,
"Thông báo" scrolling notice, "Văn bản mới", weblinks select); centre (pathway + component);
right column (Tin mới nhất, Đọc nhiều nhất, Thư viện ảnh, poll, "Thống kê truy cập"); footer.
Article view: two ``contentpaneopen`` tables (title + icons; section/category line,
"Viết bởi …", createdate, text, modifydate), ``article_seperator``, then the template's
"Các tin mới đăng" box (sections 1 and 2 only).

How each gold article is reached
--------------------------------
Category blogs show leading + intro items with "Đọc tiếp..." (only for items that have a full
text) and "Các bài khác..." links; titles are not links (Mambo's "Linked Titles: No").
- 61, 58, 59: home (frontpage, Itemid=1 links), their category blog, Tin mới nhất.
- 60, 55, 52, 56: category blog page 1 (52 and 55 in "Các bài khác"), section blog page 1;
  60, 56, 55 also in "Các tin mới đăng"; 52 and 56 also from the SEF marquee.
- 50: only from page 2 of the section blog (``limit=5&limitstart=5``) and page 2 of the
  "Hoạt động nhà trường" blog (``limit=3&limitstart=3``).
- 53 (intro only, no "Đọc tiếp"): printed in full in its category blog without any link; the
  only link is in the section blog's "Các bài khác..." on page 1.
- 57, 54: "Thông tin đào tạo" and "Đào tạo - Bồi dưỡng" blogs, Đọc nhiều nhất, Thông báo box.
- 51, 49: section table -> category table (``task=category``); 51 also in Đọc nhiều nhất.

Traps
-----
1. Itemid duplicates: one article under several Itemids (frontpage Itemid=1 for 61/58/59, a
   stale Itemid=99 pasted into 49's "Xem thêm" line for 51) and under the old SEF form
   ``/content/view/52/28/``, ``/content/view/56/29/``. Gold: one record each, path = the
   category Itemid form; the others are alt_paths.
2. ``<base href>`` on every page: on the SEF pages the relative ``index.php?…`` links and
   ``images/…`` sources resolve to the site root only through it (without it they become
   ``/content/view/52/28/index.php?…``, which answers 404).
3. Discovery through Mambo's blog rules: untitled links, no "Đọc tiếp..." for intro-only items
   (53 is linked only from "Các bài khác..." of the section blog); 50 only on page 2+.
   Print/e-mail/pdf icons are ``javascript:void window.open(…)``; one print URL (57) is pasted
   as a plain link in 54's text: a chrome-less copy of 57, an alt_path.
4. {mospagebreak}: 57 is split over three pages with a "Mục lục" table of contents,
   "Trang 2 của 3" counter and "Tất cả các trang" (showall). Gold: path = page 1, body = the
   text of all three pages in order (the page titles live only in the TOC and are not text);
   the page URLs, showall and print are alt_paths.
5. Bylines: "Viết bởi" prints the CMS account ("Administrator", "quantri") or the
   created_by_alias ("Ban Biên tập", "Thanh Tâm", "ThS. Trần Thị Ngọc Hân"); the real writer is
   often a right-aligned line at the end of the text ("ThS. Lê Thị Hồng Nhung (Khoa Xây dựng
   Đảng)", "TS. Phạm Văn Lợi, Phó Hiệu trưởng", "Tin: Ngọc Hân - Ảnh: Quốc Bảo", a unit alone).
   Gold: accounts and BBT -> nobody; degrees, posts and units after a name dropped.
6. Dates: createdate in English ("Friday, 04 December 2026 15:20": the server has no vi_VN
   locale), a later "Cập nhật ( Saturday, 05 December 2026 08:12 )", the header's today, dates
   in titles "(20/11/1982 - 20/11/2026)" and in the "Các tin mới đăng" box. The category
   "Nghiên cứu - Trao đổi" hides the creation date: 51 prints only its "Cập nhật" date, 49 none.
   Gold: createdate with time; null for 51 and 49.
7. Word paste (60): a visible "Normal 0 false false false MicrosoftInternetExplorer4" line
   (the editor stripped the conditional comment around it), conditional ``<xml>`` and a
   ``<style>`` block inside the text, ``MsoNormal`` spans split mid-word, ``<o:p>``, empty
   ``&nbsp;`` paragraphs, supportLists dash bullets. Gold: the junk line, the CSS and the empty
   paragraphs are not text; a bullet reads "- …" (harmonised after the first crawl: Word's
   ``mso-list:Ignore`` marker is no text, the house's convention; see ``_house_conventions``).
8. Text encodings: 55's text is TinyMCE entities (``&agrave;``, ``&#7897;``); 52 (title too)
   is decomposed Unicode (Unikey "Unicode tổ hợp"). Gold: NFC.
9. Chrome inside the content cell: the mosvote form ("Đánh giá của người dùng … Kém … Tốt nhất")
   before the text, the pagebreak TOC, "Các tin mới đăng" after the separator, the attachment
   line "File đính kèm: … (56 KB)" and "Xem thêm:" line inside the text. Gold: none of it.
10. The section/category line joins names with " - " that themselves contain " - "
    (``<span>Tin tức - Sự kiện - </span><span>Công tác Đảng - Đoàn thể</span>``). Gold category
    = the Mambo category (second span), as the pathway and the drop-down menu print it.
11. Captions: mosimage ``mosimage_caption`` div, a two-row table with a parenthesised caption,
    a gallery table whose second row holds the three captions, "Ảnh: Thanh Tâm" lines
    (photographer, caption None), images with no line.
12. Look-alikes: static content items (Lịch sử, Cơ cấu tổ chức, Lịch giảng dạy) use the very
    article URL and markup; a removed article (id=44, linked from the "Thông báo" box)
    answers 200 with "Bạn không có quyền truy cập vào trang này." inside the full chrome.

Gold decisions on ambiguous points
----------------------------------
- Category: the Mambo category name (not the section), whatever Itemid the page was reached by.
- The sapo is the bold first paragraph of the intro text (61, 60, 58, 52, 56, 57, 51, 49);
  where the intro is a plain paragraph the summary is null (but it is still the first body
  paragraph).
- "Bài, ảnh: X" is read like "Tin, ảnh: X": X is author and photographer.
- A closing "Nguồn: Báo Cà Mau" is the source; the newspaper writer's right-aligned name above it
  is the author; "Theo kế hoạch…" opening the text is text.
- The table rows of 55, 57 and 54 are paragraphs (cells joined by " | "), header row included.
- A "<br />" run of the old editor (50's newspaper copy, 54's "Thời gian… <br /> Học viên…")
  splits paragraphs.
- The pagebreak pages (limitstart=1, 2) are alt_paths of 57 even though each prints only a
  part: they are the same article.
- 57's heading paragraphs "I. MỤC ĐÍCH, YÊU CẦU" … are text; the TOC's page titles are not.
- The e-mail form and the pdf are not the article (a form; a file): not alt_paths.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime

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

NAME = "mambo_tct"
PLATFORM = "Mambo 4.6 (com_content, table layout)"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Cà Mau"
TODAY_VN = "Thứ Bảy, 05/12/2026"
TPL = "templates/tct_cm2008"

_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _dt(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M")


def mambo_date(value: str) -> str:
    """Mambo's _DATE_FORMAT_LC2 ("%A, %d %B %Y %H:%M") on a server without a vi_VN locale."""
    d = _dt(value)
    return f"{_DAYS[d.weekday()]}, {d:%d} {_MONTHS[d.month - 1]} {d:%Y} {d:%H:%M}"


def short_date(value: str) -> str:
    return f"{_dt(value):%d/%m/%Y}"


# --- site structure ---------------------------------------------------------------------------

#: section id -> (title, Itemid of its blog/table menu item)
SECTIONS = {
    1: ("Tin tức - Sự kiện", 27),
    2: ("Đào tạo - Bồi dưỡng", 30),
    3: ("Nghiên cứu khoa học", 33),
}
#: category id -> (title, section id, Itemid)
CATS = {
    1: ("Hoạt động nhà trường", 1, 28),
    2: ("Công tác Đảng - Đoàn thể", 1, 29),
    3: ("Thông tin đào tạo", 2, 31),
    4: ("Nghiên cứu - Trao đổi", 3, 33),
}
#: Itemid -> (menu name, parent Itemid or 0)
MENU_NAMES = {
    1: ("Trang chủ", 0),
    2: ("Lịch sử hình thành", 0),
    3: ("Cơ cấu tổ chức", 0),
    27: ("Tin tức - Sự kiện", 0),
    28: ("Hoạt động nhà trường", 27),
    29: ("Công tác Đảng - Đoàn thể", 27),
    30: ("Đào tạo - Bồi dưỡng", 0),
    31: ("Thông tin đào tạo", 30),
    32: ("Lịch giảng dạy", 30),
    33: ("Nghiên cứu - Trao đổi", 0),
    40: ("Văn bản", 0),
    41: ("Thư viện ảnh", 0),
    42: ("Liên hệ", 0),
}


def view_link(sid: int, itemid: int, extra: str = "") -> str:
    """A content link as Mambo prints it in an href (``&amp;``-escaped, relative)."""
    return f"index.php?option=com_content&amp;task=view&amp;id={sid}&amp;Itemid={itemid}{extra}"


_SECTION3 = "index.php?option=com_content&amp;task=section&amp;id=3&amp;Itemid=33"


def view_path(sid: int, itemid: int, extra: str = "") -> str:
    return f"/index.php?option=com_content&task=view&id={sid}&Itemid={itemid}{extra}"


def print_path(sid: int, itemid: int) -> str:
    return f"/index2.php?option=com_content&task=view&id={sid}&pop=1&page=0&Itemid={itemid}"


# --- the articles -------------------------------------------------------------------------------

IMG = "/images/stories/2026"


def _sig(html_: str) -> Raw:
    return Raw(html_)


A61 = Story(
    id=61,
    slug="khai-giang-tc-cs2",
    title="Khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 2026 - 2027 hệ không tập trung tại Cơ sở 2",
    cat="Hoạt động nhà trường",
    published_at="2026-12-04T15:20:00+07:00",
    blocks=[
        Img(
            f"{IMG}/thang12/khaigiang_tc_cs2.jpg",
            "Đồng chí Phạm Văn Lợi, Phó Hiệu trưởng phát biểu khai giảng lớp học",
            "Đồng chí Phạm Văn Lợi, Phó Hiệu trưởng phát biểu khai giảng lớp học",
            style="mos",
        ),
        P(
            "Sáng ngày 04/12/2026, tại Cơ sở 2 (phường Bạc Liêu), Trường Chính trị tỉnh Cà Mau tổ chức khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 2026 - 2027 hệ không tập trung dành cho cán bộ, công chức các xã, phường khu vực phía Bắc của tỉnh.",
            "b",
        ),
        P(
            "Dự lễ khai giảng có đồng chí TS. Phạm Văn Lợi, Phó Hiệu trưởng nhà trường; đại diện lãnh đạo Đảng ủy các phường Bạc Liêu, Vĩnh Trạch, Hiệp Thành cùng 86 học viên của lớp.",
            "j",
        ),
        P(
            "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng nhấn mạnh: đây là lớp trung cấp thứ ba nhà trường mở tại Cơ sở 2 kể từ khi hợp nhất hai trường chính trị theo chủ trương sắp xếp đơn vị hành chính cấp tỉnh. Chương trình học gồm 4 phần, 18 học phần với tổng thời gian 10 tháng; học viên học vào các ngày thứ Sáu, thứ Bảy hằng tuần.",
            "j",
        ),
        P(
            "Đồng chí đề nghị học viên chấp hành nghiêm quy chế học tập, tích cực nghiên cứu, liên hệ thực tiễn địa phương; Phòng Quản lý đào tạo và các khoa chuyên môn bố trí giảng viên có kinh nghiệm, đổi mới phương pháp giảng dạy, tăng cường ứng dụng công nghệ thông tin trong quản lý lớp học.",
            "j",
        ),
        P(
            "Thay mặt học viên, đồng chí Lý Thị Cẩm Tú, Phó Chủ tịch UBND phường Hiệp Thành, lớp trưởng, hứa sẽ cùng tập thể lớp thực hiện tốt nội quy, quy chế, phấn đấu hoàn thành chương trình với kết quả cao nhất.",
            "j",
        ),
        Raw("<p>&nbsp;</p>"),
        _sig('<p style="text-align: right;"><strong>Tin, ảnh: Minh Thư</strong></p>'),
    ],
    authors=["Minh Thư"],
    photographers=["Minh Thư"],
    summary="Sáng ngày 04/12/2026, tại Cơ sở 2 (phường Bạc Liêu), Trường Chính trị tỉnh Cà Mau tổ chức khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 2026 - 2027 hệ không tập trung dành cho cán bộ, công chức các xã, phường khu vực phía Bắc của tỉnh.",
    opts={
        "catid": 1,
        "created": "2026-12-04 15:20",
        "modified": "2026-12-05 08:12",
        "by": "quantri",
        "hits": 412,
        "front": True,
        "intro": 2,
    },
)

_WORD_JUNK = Raw(
    "Normal 0 false false false MicrosoftInternetExplorer4 "
    "<!--[if gte mso 9]><xml> <w:WordDocument> <w:View>Normal</w:View> <w:Zoom>0</w:Zoom> "
    "<w:PunctuationKerning /> <w:ValidateAgainstSchemas /> <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid> "
    "<w:IgnoreMixedContent>false</w:IgnoreMixedContent> <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText> "
    "<w:Compatibility> <w:BreakWrappedTables /> <w:SnapToGridInCell /> <w:WrapTextWithPunct /> "
    "<w:UseAsianBreakRules /> <w:DontGrowAutofit /> </w:Compatibility> "
    "<w:BrowserLevel>MicrosoftInternetExplorer4</w:BrowserLevel> </w:WordDocument> </xml><![endif]-->"
    '<!--[if gte mso 9]><xml> <w:LatentStyles DefLockedState="false" LatentStyleCount="156"> '
    "</w:LatentStyles> </xml><![endif]-->"
    '<style type="text/css">\n'
    " /* Style Definitions */\n"
    " table.MsoNormalTable\n"
    '\t{mso-style-name:"Table Normal";\n'
    "\tmso-tstyle-rowband-size:0;\n"
    "\tmso-tstyle-colband-size:0;\n"
    "\tmso-style-noshow:yes;\n"
    '\tmso-style-parent:"";\n'
    "\tmso-padding-alt:0in 5.4pt 0in 5.4pt;\n"
    "\tmso-para-margin:0in;\n"
    "\tmso-para-margin-bottom:.0001pt;\n"
    "\tmso-pagination:widow-orphan;\n"
    "\tfont-size:10.0pt;\n"
    '\tfont-family:"Times New Roman";\n'
    "\tmso-ansi-language:#0400;\n"
    "\tmso-fareast-language:#0400;\n"
    "\tmso-bidi-language:#0400;}\n"
    "</style>\n"
)

A60 = Story(
    id=60,
    slug="hoi-nghi-vien-chuc-2026",
    title="Hội nghị viên chức, người lao động năm 2026",
    cat="Hoạt động nhà trường",
    published_at="2026-12-02T08:45:00+07:00",
    blocks=[
        P(
            "Ngày 01/12/2026, Trường Chính trị tỉnh Cà Mau long trọng tổ chức Hội nghị viên chức, người lao động năm 2026 nhằm đánh giá kết quả thực hiện nhiệm vụ năm 2026 và bàn giải pháp thực hiện nhiệm vụ năm 2027.",
            "wordb",
        ),
        _WORD_JUNK,
        Img(
            f"{IMG}/thang12/DSC_0412.JPG",
            "(Đồng chí TS. Lâm Văn Thạnh, Hiệu trưởng nhà trường phát biểu khai mạc hội nghị)",
            "(Đồng chí TS. Lâm Văn Thạnh, Hiệu trưởng nhà trường phát biểu khai mạc hội nghị)",
            style="word",
        ),
        P(
            "Năm 2026, trong bối cảnh vừa hoàn thành việc hợp nhất, kiện toàn tổ chức bộ máy, tập thể cán bộ, giảng viên, người lao động nhà trường đã đoàn kết, khắc phục khó khăn, hoàn thành tốt các chỉ tiêu được giao. Nhà trường đã mở 21 lớp với 2.164 học viên, trong đó có 9 lớp trung cấp lý luận chính trị - hành chính và 12 lớp bồi dưỡng các đối tượng.",
            "word",
        ),
        Raw(
            '<p class="MsoNormal" style="text-align:justify;text-indent:.5in"><o:p>&nbsp;</o:p></p>'
        ),
        P(
            "Công tác nghiên cứu khoa học được chú trọng; nhà trường chủ trì 02 hội thảo khoa học cấp trường, 01 đề tài cấp tỉnh được nghiệm thu đạt loại khá; 100% giảng viên đi nghiên cứu thực tế theo quy định.",
            "word",
        ),
        P("Hội nghị thống nhất các giải pháp trọng tâm năm 2027:", "word"),
        P(
            "- Tiếp tục đổi mới nội dung, chương trình, phương pháp giảng dạy theo hướng gắn lý luận với thực tiễn;",
            "wordli",
        ),
        P(
            "- Đẩy mạnh chuyển đổi số trong quản lý đào tạo, xây dựng kho học liệu điện tử dùng chung;",
            "wordli",
        ),
        P(
            "- Thực hiện tốt quy chế dân chủ ở cơ sở, chăm lo đời sống vật chất, tinh thần cho viên chức, người lao động.",
            "wordli",
        ),
        P(
            "Tại hội nghị, các đại biểu đã thảo luận, đóng góp nhiều ý kiến tâm huyết vào dự thảo Quy chế chi tiêu nội bộ, Quy chế thi đua - khen thưởng và bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028 gồm 03 đồng chí.",
            "word",
        ),
        Raw(
            '<p class="MsoNormal" style="text-align:justify;text-indent:.5in"><o:p>&nbsp;</o:p></p>'
        ),
        _sig(
            '<p class="MsoNormal" align="right" style="text-align:right"><b style="mso-bidi-font-weight:normal">'
            '<i style="mso-bidi-font-style:normal"><span lang="VI" style="font-size:14.0pt">Nguyễn Hoàng Phúc '
            "- Phòng Tổ chức - Hành chính<o:p></o:p></span></i></b></p>"
        ),
    ],
    authors=["Nguyễn Hoàng Phúc"],
    summary="Ngày 01/12/2026, Trường Chính trị tỉnh Cà Mau long trọng tổ chức Hội nghị viên chức, người lao động năm 2026 nhằm đánh giá kết quả thực hiện nhiệm vụ năm 2026 và bàn giải pháp thực hiện nhiệm vụ năm 2027.",
    opts={
        "catid": 1,
        "created": "2026-12-02 08:45",
        "by": "Administrator",
        "hits": 233,
        "intro": 1,
    },
)

A58 = Story(
    id=58,
    slug="hop-mat-20-11",
    title="Trường Chính trị tỉnh họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    cat="Hoạt động nhà trường",
    published_at="2026-11-20T10:00:00+07:00",
    blocks=[
        P(
            "Sáng 19/11/2026, Trường Chính trị tỉnh Cà Mau tổ chức họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương các tập thể, cá nhân tiêu biểu trong công tác giảng dạy, nghiên cứu khoa học.",
            "b",
        ),
        Img(
            f"{IMG}/thang11/hop_mat_20_11_a.jpg",
            "Các đại biểu dự buổi họp mặt",
            "Các đại biểu dự buổi họp mặt",
            style="pem",
        ),
        P(
            "Đến dự có đồng chí Trần Quốc Khải, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đại diện lãnh đạo Sở Giáo dục và Đào tạo, Sở Nội vụ cùng các thế hệ nhà giáo đã nghỉ hưu của nhà trường qua các thời kỳ.",
            "j",
        ),
        P(
            "Ôn lại truyền thống Ngày Nhà giáo Việt Nam, đồng chí Hiệu trưởng khẳng định: trải qua gần 50 năm xây dựng và phát triển, đội ngũ nhà giáo của trường luôn giữ vững phẩm chất chính trị, đạo đức nghề nghiệp, góp phần đào tạo, bồi dưỡng hàng chục nghìn lượt cán bộ cho hệ thống chính trị cơ sở của tỉnh.",
            "j",
        ),
        P(
            "Nhân dịp này, nhà trường trao Giấy khen cho 02 tập thể và 11 cá nhân có thành tích xuất sắc trong phong trào thi đua “Dạy tốt - Học tốt” năm học 2025 - 2026.",
            "j",
        ),
        Img(f"{IMG}/thang11/hop_mat_20_11_b.jpg", "Ảnh: Thanh Tâm", None, style="pem"),
    ],
    authors=["Thanh Tâm"],
    photographers=["Thanh Tâm"],
    summary="Sáng 19/11/2026, Trường Chính trị tỉnh Cà Mau tổ chức họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương các tập thể, cá nhân tiêu biểu trong công tác giảng dạy, nghiên cứu khoa học.",
    opts={
        "catid": 1,
        "created": "2026-11-20 10:00",
        "modified": "2026-11-21 07:30",
        "by": "Thanh Tâm",
        "hits": 1212,
        "front": True,
        "intro": 1,
    },
)

A55 = Story(
    id=55,
    slug="hoi-thi-gvdg-2026",
    title="Hội thi giảng viên dạy giỏi cấp trường năm 2026",
    cat="Hoạt động nhà trường",
    published_at="2026-11-12T16:40:00+07:00",
    blocks=[
        P(
            "Từ ngày 09 đến ngày 11/11/2026, Trường Chính trị tỉnh Cà Mau tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026 với sự tham gia của 14 giảng viên đến từ 04 khoa chuyên môn."
        ),
        Img(f"{IMG}/thang11/hoithi_gvdg.jpg", None, None, style="bare"),
        P(
            "Hội thi nhằm đánh giá năng lực chuyên môn, nghiệp vụ sư phạm của đội ngũ giảng viên; phát hiện, bồi dưỡng, nhân rộng các điển hình trong đổi mới phương pháp giảng dạy lý luận chính trị, đồng thời tuyển chọn giảng viên tham dự hội thi cấp toàn quốc năm 2027."
        ),
        P(
            "Mỗi giảng viên trình bày một bài giảng 45 phút thuộc chương trình Trung cấp lý luận chính trị - hành chính, có ứng dụng công nghệ thông tin và phương pháp dạy học tích cực. Ban Giám khảo gồm 05 thành viên do đồng chí Hiệu trưởng làm Trưởng ban."
        ),
        P("Kết quả xếp loại các giảng viên đạt giải:", "h"),
        P("STT | Họ và tên | Đơn vị | Xếp loại", "row"),
        P("1 | ThS. Nguyễn Thị Bích Ngọc | Khoa Lý luận cơ sở | Giải Nhất", "row"),
        P("2 | ThS. Tô Minh Trí | Khoa Nhà nước và pháp luật | Giải Nhì", "row"),
        P("3 | CN. Huỳnh Thị Diễm My | Khoa Dân vận | Giải Ba", "row"),
        P(
            "Phát biểu bế mạc, đồng chí Hiệu trưởng đánh giá hội thi được tổ chức nghiêm túc, đúng kế hoạch; nhiều bài giảng có nội dung sâu sắc, cập nhật các quan điểm mới trong văn kiện Đại hội XIV của Đảng, liên hệ sinh động với thực tiễn của tỉnh."
        ),
        _sig(
            '<p style="text-align: right;"><em><strong>'
            + text("ThS. Lê Thị Hồng Nhung", entities=1)
            + "</strong> "
            + text("(Khoa Xây dựng Đảng)", entities=1)
            + "</em></p>"
        ),
    ],
    authors=["Lê Thị Hồng Nhung"],
    opts={
        "catid": 1,
        "created": "2026-11-12 16:40",
        "by": "Administrator",
        "hits": 398,
        "intro": 1,
        "enc": "ent",
    },
)

A52 = Story(
    id=52,
    slug="nghien-cuu-thuc-te-nam-can",
    title="Đoàn cán bộ, giảng viên nghiên cứu thực tế tại xã Năm Căn và xã Đất Mũi",
    cat="Hoạt động nhà trường",
    published_at="2026-10-28T07:15:00+07:00",
    blocks=[
        P(
            "Thực hiện kế hoạch năm 2026, từ ngày 21 đến ngày 24/10/2026, đoàn cán bộ, giảng viên Trường Chính trị tỉnh Cà Mau do ThS. Dương Thị Kim Loan, Phó Hiệu trưởng làm trưởng đoàn đã đi nghiên cứu thực tế tại xã Năm Căn và xã Đất Mũi.",
            "b",
        ),
        P(
            "Tại xã Năm Căn, đoàn làm việc với Đảng ủy, UBND xã về tình hình vận hành chính quyền địa phương hai cấp sau hơn một năm thực hiện; tìm hiểu mô hình tôm - rừng của Hợp tác xã Tân Hưng và công tác quản lý, bảo vệ rừng ngập mặn ven biển."
        ),
        P(
            "Tại xã Đất Mũi, đoàn đến viếng Khu di tích Mũi Cà Mau, tìm hiểu công tác phát triển du lịch cộng đồng, xây dựng nông thôn mới và sinh kế của người dân vùng bãi bồi."
        ),
        Img(
            f"{IMG}/thang10/nctt_datmui.jpg",
            "Đoàn nghiên cứu thực tế chụp ảnh lưu niệm tại Mũi Cà Mau",
            "Đoàn nghiên cứu thực tế chụp ảnh lưu niệm tại Mũi Cà Mau",
            style="tbl",
        ),
        P(
            "Qua đợt nghiên cứu thực tế, các giảng viên có thêm tư liệu thực tiễn để bổ sung vào bài giảng, nhất là các chuyên đề về kinh tế biển, quản lý nhà nước ở cơ sở và công tác dân vận trong tình hình mới."
        ),
        _sig(
            '<p style="text-align: right;"><strong>'
            + text("Bài, ảnh: Khánh Duy", nfd=True)
            + "</strong></p>"
        ),
    ],
    authors=["Khánh Duy"],
    photographers=["Khánh Duy"],
    summary="Thực hiện kế hoạch năm 2026, từ ngày 21 đến ngày 24/10/2026, đoàn cán bộ, giảng viên Trường Chính trị tỉnh Cà Mau do ThS. Dương Thị Kim Loan, Phó Hiệu trưởng làm trưởng đoàn đã đi nghiên cứu thực tế tại xã Năm Căn và xã Đất Mũi.",
    opts={
        "catid": 1,
        "created": "2026-10-28 07:15",
        "modified": "2026-10-29 10:02",
        "by": "quantri",
        "hits": 276,
        "intro": 1,
        "enc": "nfd",
        "sef": True,
    },
)

A50 = Story(
    id=50,
    slug="be-giang-qpan-doi-tuong-4",
    title="Bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
    cat="Hoạt động nhà trường",
    published_at="2026-10-09T14:00:00+07:00",
    blocks=[
        P(
            "Theo kế hoạch của Hội đồng Giáo dục quốc phòng và an ninh tỉnh, sáng ngày 08/10/2026, Trường Chính trị tỉnh Cà Mau phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026.",
            "brbr",
        ),
        Img(
            f"{IMG}/thang10/be_giang_qpan.jpg",
            "Lãnh đạo Bộ Chỉ huy Quân sự tỉnh trao giấy khen cho các học viên có thành tích xuất sắc",
            "Lãnh đạo Bộ Chỉ huy Quân sự tỉnh trao giấy khen cho các học viên có thành tích xuất sắc",
            style="pem",
        ),
        P(
            "Lớp học có 124 học viên là trưởng ấp, khóm, bí thư chi bộ, chi hội trưởng các đoàn thể ở cơ sở. Trong 5 ngày, học viên được nghiên cứu 8 chuyên đề về quan điểm của Đảng về xây dựng nền quốc phòng toàn dân, thế trận an ninh nhân dân, phòng, chống chiến lược “diễn biến hòa bình” của các thế lực thù địch.",
            "brbr",
        ),
        P(
            "Kết thúc khóa học, 100% học viên đạt yêu cầu, trong đó 42% đạt loại giỏi. Ban tổ chức khen thưởng 06 học viên có thành tích học tập xuất sắc.",
            "brbr",
        ),
        _sig('<p align="right"><strong>Hữu Nghĩa</strong></p>'),
        _sig('<p align="right"><em>Nguồn: Báo Cà Mau</em></p>'),
    ],
    authors=["Hữu Nghĩa"],
    source="Báo Cà Mau",
    opts={
        "catid": 1,
        "created": "2026-10-09 14:00",
        "by": "Administrator",
        "hits": 167,
        "intro": 2,
    },
)

A59 = Story(
    id=59,
    slug="hoc-tap-chuyen-de-2026",
    title="Đảng bộ Trường Chính trị tỉnh học tập chuyên đề năm 2026 về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    cat="Công tác Đảng - Đoàn thể",
    published_at="2026-11-30T19:05:00+07:00",
    blocks=[
        Img(f"{IMG}/thang11/hoc_tap_chuyen_de.jpg", None, None, style="mos"),
        P(
            "Chiều ngày 28/11/2026, Đảng ủy Trường Chính trị tỉnh Cà Mau tổ chức hội nghị học tập, quán triệt chuyên đề năm 2026 “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng đội ngũ cán bộ, đảng viên thật sự tiên phong, gương mẫu” cho 68 đảng viên trong Đảng bộ.",
            "j",
        ),
        P(
            "Tại hội nghị, đồng chí Bí thư Đảng ủy, Hiệu trưởng nhà trường đã quán triệt những nội dung cơ bản của chuyên đề, trong đó tập trung làm rõ các yêu cầu:",
            "j",
        ),
        P("Nâng cao nhận thức, trách nhiệm nêu gương của người đứng đầu, cán bộ, đảng viên;", "li"),
        P(
            "Gắn việc học tập và làm theo Bác với thực hiện nhiệm vụ chính trị của từng chi bộ, đơn vị;",
            "li",
        ),
        P(
            "Đưa nội dung chuyên đề vào giảng dạy trong các chương trình đào tạo, bồi dưỡng của nhà trường.",
            "li",
        ),
        P(
            "“Mỗi giảng viên trường chính trị trước hết phải là tấm gương về bản lĩnh chính trị, về lối sống giản dị, gần dân, trọng dân như Bác Hồ đã dạy”, đồng chí Bí thư Đảng ủy nhấn mạnh.",
            "quote",
        ),
        P(
            "Sau hội nghị, các chi bộ xây dựng kế hoạch cụ thể; mỗi đảng viên đăng ký nội dung làm theo gắn với nhiệm vụ năm 2027, báo cáo kết quả tại sinh hoạt chi bộ định kỳ hằng tháng.",
            "j",
        ),
    ],
    opts={
        "catid": 2,
        "created": "2026-11-30 19:05",
        "modified": "2026-12-01 09:40",
        "by": "Ban Biên tập",
        "hits": 301,
        "front": True,
        "intro": 2,
    },
)

A56 = Story(
    id=56,
    slug="hoi-thao-cong-doan",
    title="Công đoàn Trường tổ chức Hội thao chào mừng Ngày Nhà giáo Việt Nam 20/11",
    cat="Công tác Đảng - Đoàn thể",
    published_at="2026-11-18T17:30:00+07:00",
    blocks=[
        P(
            "Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, ngày 17/11/2026, Công đoàn cơ sở Trường Chính trị tỉnh Cà Mau tổ chức Hội thao truyền thống năm 2026 với sự tham gia của gần 80 công đoàn viên.",
            "b",
        ),
        P(
            "Hội thao gồm các môn: bóng chuyền hơi, kéo co, cầu lông và các trò chơi dân gian như nhảy bao bố, đi cà kheo. Các đội thi đấu sôi nổi, đoàn kết, tạo không khí vui tươi, gắn bó giữa các khoa, phòng."
        ),
        Img(
            f"{IMG}/thang11/hoithao_keoco.jpg",
            "Phần thi kéo co giữa các khoa, phòng",
            "Phần thi kéo co giữa các khoa, phòng",
            style="gallery",
        ),
        Img(
            f"{IMG}/thang11/hoithao_bongchuyen.jpg",
            "Trận chung kết bóng chuyền hơi nữ",
            "Trận chung kết bóng chuyền hơi nữ",
            style="gallery",
        ),
        Img(
            f"{IMG}/thang11/hoithao_traogiai.jpg",
            "Ban tổ chức trao giải cho các đội đạt thành tích cao",
            "Ban tổ chức trao giải cho các đội đạt thành tích cao",
            style="gallery",
        ),
        P(
            "Kết quả, giải Nhất toàn đoàn thuộc về Công đoàn bộ phận Khoa Lý luận cơ sở; giải Nhì thuộc về Công đoàn bộ phận Phòng Tổ chức - Hành chính; giải Ba thuộc về Công đoàn bộ phận Khoa Dân vận."
        ),
        _sig('<p align="right"><b>Tin: Ngọc Hân - Ảnh: Quốc Bảo</b></p>'),
    ],
    authors=["Ngọc Hân"],
    photographers=["Quốc Bảo"],
    summary="Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, ngày 17/11/2026, Công đoàn cơ sở Trường Chính trị tỉnh Cà Mau tổ chức Hội thao truyền thống năm 2026 với sự tham gia của gần 80 công đoàn viên.",
    opts={
        "catid": 2,
        "created": "2026-11-18 17:30",
        "by": "quantri",
        "hits": 455,
        "intro": 1,
        "sef": True,
    },
)

A53 = Story(
    id=53,
    slug="ngay-phap-luat",
    title="Chi đoàn Trường hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
    cat="Công tác Đảng - Đoàn thể",
    published_at="2026-11-05T09:30:00+07:00",
    blocks=[
        P(
            "Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11), sáng ngày 04/11/2026, Chi đoàn Trường Chính trị tỉnh Cà Mau phối hợp với Khoa Nhà nước và pháp luật tổ chức buổi sinh hoạt chuyên đề “Thanh niên với văn hóa tuân thủ pháp luật”.",
            "j",
        ),
        P(
            "Tại buổi sinh hoạt, các đoàn viên được giới thiệu những điểm mới của Luật Cán bộ, công chức năm 2025, Luật Phòng, chống ma túy và các quy định về xử lý vi phạm trên không gian mạng; đồng thời tham gia trả lời trắc nghiệm tìm hiểu pháp luật với nhiều phần quà hấp dẫn.",
            "j",
        ),
        P(
            "Thông qua hoạt động, đoàn viên thanh niên nâng cao ý thức tìm hiểu, chấp hành pháp luật, tích cực tuyên truyền pháp luật đến người thân và cộng đồng.",
            "j",
        ),
        _sig('<div align="right"><strong>Chi đoàn Trường</strong></div>'),
    ],
    authors=["Chi đoàn Trường"],
    opts={
        "catid": 2,
        "created": "2026-11-05 09:30",
        "by": "Administrator",
        "hits": 188,
        "intro": 99,
    },
)

_P57_SAPO = "Căn cứ chương trình đào tạo Trung cấp lý luận chính trị do Học viện Chính trị quốc gia Hồ Chí Minh ban hành và chỉ tiêu đào tạo năm 2027 được Ban Thường vụ Tỉnh ủy phê duyệt, Trường Chính trị tỉnh Cà Mau xây dựng kế hoạch mở lớp Trung cấp lý luận chính trị - hành chính năm 2027 như sau:"

A57 = Story(
    id=57,
    slug="ke-hoach-mo-lop-tc-2027",
    title="Kế hoạch mở lớp Trung cấp lý luận chính trị - hành chính năm 2027",
    cat="Thông tin đào tạo",
    published_at="2026-11-25T14:00:00+07:00",
    blocks=[
        P(_P57_SAPO, "b"),
        P("I. MỤC ĐÍCH, YÊU CẦU", "h"),
        P(
            "Đào tạo, nâng cao trình độ lý luận chính trị, kiến thức quản lý nhà nước cho cán bộ, công chức, viên chức trong hệ thống chính trị cấp xã và cán bộ nguồn theo quy hoạch của các cấp ủy."
        ),
        P(
            "Việc tổ chức lớp học bảo đảm đúng quy chế, chất lượng, tiết kiệm; đáp ứng yêu cầu tiêu chuẩn hóa cán bộ theo quy định."
        ),
        # page 2 starts here (index 4)
        P("II. ĐỐI TƯỢNG, CHỈ TIÊU", "h"),
        P(
            "1. Đối tượng: cán bộ, công chức cấp xã; trưởng, phó các đoàn thể ở cơ sở; bí thư, phó bí thư chi bộ ấp, khóm; cán bộ trong diện quy hoạch chưa có trình độ trung cấp lý luận chính trị."
        ),
        P(
            "2. Chỉ tiêu: 08 lớp với khoảng 720 học viên, trong đó 03 lớp hệ tập trung tại Trường và 05 lớp hệ không tập trung mở tại các cụm xã."
        ),
        P("Khu vực | Số lớp | Hình thức | Thời gian dự kiến", "row"),
        P("Cơ sở 1 (phường An Xuyên) | 03 | Tập trung | Tháng 3/2027", "row"),
        P("Cơ sở 2 (phường Bạc Liêu) | 02 | Không tập trung | Tháng 4/2027", "row"),
        P("Cụm xã Trần Văn Thời, U Minh, Thới Bình | 03 | Không tập trung | Tháng 5/2027", "row"),
        # page 3 starts here (index 11)
        P("III. HỒ SƠ, THỜI GIAN NHẬN HỒ SƠ", "h"),
        P(
            "Hồ sơ gồm: quyết định cử đi học của cơ quan có thẩm quyền, bản sao bằng tốt nghiệp trung học phổ thông, phiếu đăng ký học viên (theo mẫu) và 02 ảnh cỡ 3x4."
        ),
        P(
            "Các cơ quan, đơn vị gửi hồ sơ về Phòng Quản lý đào tạo trước ngày 31/01/2027. Mọi chi tiết xin liên hệ số điện thoại 0290.3831.246 (gặp đồng chí Hà)."
        ),
        Raw(
            '<p><img src="images/M_images/indent1.png" alt="" border="0" /> File đính kèm: '
            '<a href="images/stories/vanban/KH_mo_lop_TC_2027.doc">KH_mo_lop_TC_2027.doc</a> (56 KB)</p>'
        ),
        _sig('<p align="right"><strong>Phòng Quản lý đào tạo</strong></p>'),
    ],
    authors=["Phòng Quản lý đào tạo"],
    summary=_P57_SAPO,
    opts={
        "catid": 3,
        "created": "2026-11-25 14:00",
        "by": "Administrator",
        "hits": 987,
        "intro": 1,
        "pages": [
            ("Kế hoạch mở lớp Trung cấp lý luận chính trị - hành chính năm 2027", 0),
            ("Đối tượng và chỉ tiêu", 4),
            ("Hồ sơ và thời gian nhận hồ sơ", 11),
        ],
    },
)

A54 = Story(
    id=54,
    slug="lich-thi-tot-nghiep-tc25",
    title="THÔNG BÁO Lịch thi tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính khóa 2025 - 2026 (hệ tập trung)",
    cat="Thông tin đào tạo",
    published_at="2026-11-10T10:20:00+07:00",
    blocks=[
        P(
            "Phòng Quản lý đào tạo thông báo lịch thi tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính khóa 2025 - 2026 hệ tập trung (lớp TC25.01) như sau:"
        ),
        P("Ngày thi | Buổi | Môn thi | Phòng thi", "row"),
        P(
            "Thứ Hai, 14/12/2026 | Sáng | Tự luận: Những vấn đề cơ bản về Đảng Cộng sản và lịch sử Đảng Cộng sản Việt Nam | Hội trường A",
            "row",
        ),
        P(
            "Thứ Ba, 15/12/2026 | Sáng | Tự luận: Những vấn đề cơ bản về hệ thống chính trị, Nhà nước và pháp luật xã hội chủ nghĩa | Hội trường A",
            "row",
        ),
        P(
            "Thứ Tư, 16/12/2026 | Chiều | Vấn đáp: Đường lối, chính sách của Đảng, pháp luật của Nhà nước | Phòng 201, 202",
            "row",
        ),
        P("Thời gian có mặt: buổi sáng lúc 7 giờ 00, buổi chiều lúc 13 giờ 30."),
        P(
            "Học viên mang theo thẻ học viên, căn cước và dụng cụ học tập cần thiết; không mang tài liệu vào phòng thi.",
            "br",
        ),
        P(
            "Học viên có nhu cầu đăng ký học tiếp các lớp năm 2027 xem kế hoạch mở lớp tại đây.",
            "link57",
        ),
    ],
    opts={
        "catid": 3,
        "created": "2026-11-10 10:20",
        "by": "quantri",
        "hits": 1530,
        "intro": 1,
    },
)

_P51_SAPO = "Đổi mới phương pháp dạy học theo hướng phát huy tính tích cực, chủ động của người học là yêu cầu cấp thiết để nâng cao chất lượng đào tạo, bồi dưỡng cán bộ ở các trường chính trị tỉnh. Bài viết phân tích một số phương pháp dạy học tích cực và đề xuất giải pháp vận dụng phù hợp với đối tượng học viên là cán bộ cơ sở."

A51 = Story(
    id=51,
    slug="phuong-phap-day-hoc-tich-cuc",
    title="Vận dụng phương pháp dạy học tích cực trong giảng dạy lý luận chính trị ở trường chính trị tỉnh hiện nay",
    cat="Nghiên cứu - Trao đổi",
    published_at=None,
    blocks=[
        P(_P51_SAPO, "bi"),
        P("1. Sự cần thiết phải vận dụng phương pháp dạy học tích cực", "h"),
        P(
            "Học viên các lớp trung cấp lý luận chính trị - hành chính phần lớn là cán bộ đang công tác, có kinh nghiệm thực tiễn phong phú nhưng thời gian dành cho việc học tập không nhiều. Phương pháp thuyết trình một chiều khiến học viên thụ động, khó vận dụng kiến thức vào giải quyết các vấn đề thực tiễn ở địa phương.",
            "j",
        ),
        P(
            "Chủ tịch Hồ Chí Minh đã chỉ rõ: “Học phải suy nghĩ, học phải liên hệ với thực tế, phải có thí nghiệm và thực hành. Học với hành phải kết hợp với nhau”.",
            "quote",
        ),
        P("2. Một số phương pháp có thể vận dụng", "h"),
        P(
            "Thứ nhất, phương pháp nêu vấn đề: giảng viên đặt ra các tình huống có vấn đề gắn với thực tiễn ở cơ sở, hướng dẫn học viên phân tích, tìm nguyên nhân và đề xuất cách giải quyết.",
            "j",
        ),
        P(
            "Thứ hai, phương pháp thảo luận nhóm: chia lớp thành các nhóm từ 6 đến 8 học viên, mỗi nhóm giải quyết một nội dung, sau đó trình bày trước lớp để các nhóm khác bổ sung, phản biện.",
            "j",
        ),
        P(
            "Thứ ba, phương pháp nghiên cứu tình huống: sử dụng các tình huống điển hình trong quản lý, điều hành ở xã, phường để học viên đóng vai, xử lý.",
            "j",
        ),
        P("3. Giải pháp nâng cao hiệu quả", "h"),
        P(
            "Để vận dụng có hiệu quả các phương pháp dạy học tích cực, nhà trường cần tiếp tục bồi dưỡng kỹ năng sư phạm cho giảng viên, đầu tư cơ sở vật chất, trang thiết bị dạy học hiện đại, đồng thời đổi mới hình thức kiểm tra, đánh giá theo hướng đánh giá năng lực vận dụng của học viên.",
            "j",
        ),
    ],
    authors=["Trần Thị Ngọc Hân"],
    summary=_P51_SAPO,
    opts={
        "catid": 4,
        "created": "2026-10-20 08:00",
        "modified": "2026-11-02 09:10",
        "by": "ThS. Trần Thị Ngọc Hân",
        "hits": 876,
        "intro": 1,
    },
)

_P49_SAPO = "Trong bối cảnh các thế lực thù địch triệt để lợi dụng mạng xã hội để xuyên tạc, chống phá, đội ngũ giảng viên trường chính trị cần phát huy vai trò nòng cốt trong đấu tranh bảo vệ nền tảng tư tưởng của Đảng, phản bác các quan điểm sai trái, thù địch."

A49 = Story(
    id=49,
    slug="bao-ve-nen-tang-tu-tuong",
    title="Bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng - trách nhiệm của đội ngũ giảng viên trường chính trị",
    cat="Nghiên cứu - Trao đổi",
    published_at=None,
    blocks=[
        P(_P49_SAPO, "b"),
        P(
            "Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới đã xác định đây là nhiệm vụ hệ trọng, sống còn của cách mạng Việt Nam.",
            "j",
        ),
        P(
            "Là lực lượng trực tiếp giảng dạy lý luận chính trị cho cán bộ cơ sở, giảng viên trường chính trị có lợi thế về kiến thức lý luận, phương pháp lập luận và uy tín đối với học viên. Mỗi bài giảng cần lồng ghép nội dung nhận diện, phản bác các luận điệu xuyên tạc, giúp học viên có “sức đề kháng” trước thông tin xấu độc.",
            "j",
        ),
        P(
            "Bên cạnh đó, giảng viên cần chủ động tham gia viết bài đấu tranh trên các trang thông tin điện tử, nhóm mạng xã hội của tỉnh; tích cực tham gia Cuộc thi chính luận về bảo vệ nền tảng tư tưởng của Đảng hằng năm.",
            "j",
        ),
        P(
            "Để làm tốt nhiệm vụ này, nhà trường cần xây dựng kế hoạch bồi dưỡng kỹ năng số, kỹ năng viết bài chính luận cho giảng viên; gắn kết quả tham gia đấu tranh trên không gian mạng với đánh giá, xếp loại viên chức hằng năm.",
            "j",
        ),
        _sig('<p align="right"><strong>TS. Phạm Văn Lợi, Phó Hiệu trưởng</strong></p>'),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="index.php?option=com_content&amp;task=view&amp;id=51&amp;Itemid=99">'
            "Vận dụng phương pháp dạy học tích cực trong giảng dạy lý luận chính trị ở trường chính trị tỉnh hiện nay</a></p>"
        ),
    ],
    authors=["Phạm Văn Lợi"],
    summary=_P49_SAPO,
    opts={
        "catid": 4,
        "created": "2026-10-06 15:45",
        "by": "Administrator",
        "hits": 640,
        "intro": 1,
    },
)

STORIES: list[Story] = [A61, A60, A59, A58, A56, A55, A53, A52, A50, A57, A54, A51, A49]
BY_ID = {s.id: s for s in STORIES}


def _created(s: Story) -> datetime:
    return _dt(s.opts["created"])


def cat_items(catid: int) -> list[Story]:
    return sorted((s for s in STORIES if s.opts["catid"] == catid), key=_created, reverse=True)


def section_items(secid: int) -> list[Story]:
    return sorted(
        (s for s in STORIES if CATS[s.opts["catid"]][1] == secid), key=_created, reverse=True
    )


def home_itemid(s: Story) -> int:
    """The Itemid Mambo's getItemid() finds for an article: its category blog's."""
    return CATS[s.opts["catid"]][2]


FRONT = [A61, A58, A59]

# --- rendering of article text ----------------------------------------------------------------


def _enc(s: Story, value: str) -> str:
    enc = s.opts.get("enc", "")
    return text(value, nfd=enc == "nfd", entities=1 if enc == "ent" else 0)


def _img_size(i: int) -> tuple[int, int]:
    return (450, 300) if i % 2 == 0 else (480, 320)


def _render_img(s: Story, img: Img, base: str, n: int) -> str:
    rel = img.src.lstrip("/")
    w, h = _img_size(n)
    line = _enc(s, img.printed) if img.printed else None
    if img.style == "mos":
        cap = (
            f'<div class="mosimage_caption" style="width: 300px; text-align: center;" align="center">{line}</div>'
            if line
            else ""
        )
        return (
            '<div class="mosimage"  style="border-width: 0px; float: left; margin: 5px; width: 300px;" align="center">'
            f'<img src="{base}/{rel}" hspace="6" alt="Image" title="Image" width="300" height="200" '
            f'align="left" border="0" />{cap}</div>'
        )
    if img.style == "tbl":
        return (
            f'<table style="width: {w}px;" border="0" cellspacing="0" cellpadding="2" align="center"><tbody>'
            f'<tr><td><img src="{rel}" border="0" alt="" width="{w}" height="{h}" /></td></tr>'
            f'<tr><td style="text-align: center;"><span style="font-size: 8pt;"><em>{line}</em></span></td></tr>'
            "</tbody></table>"
        )
    if img.style == "word":
        return (
            '<p class="MsoNormal" align="center" style="text-align:center"><span style="font-size:14.0pt">'
            f'<img width="500" height="333" src="{rel}" alt="" /></span></p>\n'
            '<p class="MsoNormal" align="center" style="text-align:center"><i style="mso-bidi-font-style:normal">'
            f'<span lang="VI" style="font-size:12.0pt">{line}</span></i><o:p></o:p></p>'
        )
    if img.style == "pem":
        out = f'<p style="text-align: center;"><img src="{rel}" alt="" width="{w}" height="{h}" /></p>'
        if line:
            out += f'\n<p style="text-align: center;"><em>{line}</em></p>'
        return out
    # bare
    return f'<p style="text-align: center;"><img src="{rel}" alt="" width="{w}" height="{h}" border="0" /></p>'


def _gallery(s: Story, imgs: list[Img]) -> str:
    cells = "".join(
        f'<td width="33%" align="center"><img src="{i.src.lstrip("/")}" alt="" width="200" height="140" /></td>'
        for i in imgs
    )
    caps = "".join(
        f'<td align="center" valign="top"><span style="font-size: 8pt;"><em>{_enc(s, i.printed or "")}</em></span></td>'
        for i in imgs
    )
    return (
        '<table border="0" cellspacing="4" cellpadding="0" width="100%" align="center"><tbody>'
        f"<tr>{cells}</tr><tr>{caps}</tr></tbody></table>"
    )


def _word_p(t: str, s: Story) -> str:
    cut = len(t) // 2
    a, b = _enc(s, t[:cut]), _enc(s, t[cut:])
    return (
        '<p class="MsoNormal" style="text-align:justify;text-indent:.5in;line-height:150%">'
        f'<span lang="VI" style="font-size:14.0pt;line-height:150%">{a}</span>'
        f'<span lang="VI" style="font-size:14.0pt;line-height:150%;mso-bidi-font-family:Arial">{b}</span>'
        '<span style="font-size:14.0pt;line-height:150%"><o:p></o:p></span></p>'
    )


def render_blocks(s: Story, blocks: list, base: str) -> str:
    """The stored intro/full text as the editor left it (markup per block style)."""
    out: list[str] = []
    i = 0
    n_img = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "gallery":
                group = []
                while (
                    i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery"
                ):
                    group.append(blocks[i])
                    i += 1
                out.append(_gallery(s, group))
                continue
            out.append(_render_img(s, b, base, n_img))
            n_img += 1
            i += 1
            continue
        st = b.style
        if st == "row":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                rows.append(blocks[i].text.split(" | "))
                i += 1
            trs = []
            for r, cells in enumerate(rows):
                if r == 0:
                    tds = "".join(
                        f'<td style="background-color: #e6e6e6; text-align: center;"><strong>{_enc(s, c)}</strong></td>'
                        for c in cells
                    )
                else:
                    tds = "".join(f"<td>{_enc(s, c)}</td>" for c in cells)
                trs.append(f"<tr>{tds}</tr>")
            out.append(
                '<table style="width: 100%; border-collapse: collapse;" border="1" cellspacing="0" cellpadding="3"><tbody>'
                + "".join(trs)
                + "</tbody></table>"
            )
            continue
        if st == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_enc(s, blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        if st == "brbr":
            parts = []
            while i < len(blocks) and (
                (isinstance(blocks[i], P) and blocks[i].style == "brbr")
                or (isinstance(blocks[i], Img) and blocks[i].style == "pem")
            ):
                blk = blocks[i]
                if isinstance(blk, Img):
                    w, h = _img_size(n_img)
                    n_img += 1
                    parts.append(
                        f'<div align="center"><img src="{blk.src.lstrip("/")}" alt="" width="{w}" height="{h}" /><br />'
                        f"<em>{_enc(s, blk.printed or '')}</em></div>"
                    )
                else:
                    parts.append(_enc(s, blk.text) + "<br /><br />")
                i += 1
            out.append('<div style="text-align: justify;">' + "\n".join(parts) + "</div>")
            continue
        # a paragraph, possibly followed by "<br />"-joined continuations
        texts = [b.text]
        i += 1
        while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
            texts.append(blocks[i].text)
            i += 1
        body = "<br />\n".join(_enc(s, t) for t in texts)
        if st == "b":
            out.append(f'<p style="text-align: justify;"><strong>{body}</strong></p>')
        elif st == "bi":
            out.append(f'<p style="text-align: justify;"><strong><em>{body}</em></strong></p>')
        elif st == "h":
            out.append(f"<p><strong>{body}</strong></p>")
        elif st == "quote":
            out.append(f"<blockquote><p><em>{body}</em></p></blockquote>")
        elif st == "j":
            out.append(f'<p style="text-align: justify;">{body}</p>')
        elif st == "link57":
            t = texts[0]
            head, _, _ = t.rpartition("tại đây")
            out.append(
                f'<p style="text-align: justify;">{_enc(s, head)}<a href="index2.php?option=com_content&amp;task=view&amp;id=57'
                '&amp;pop=1&amp;page=0&amp;Itemid=31" target="_blank">tại đây</a>.</p>'
            )
        elif st == "wordb":
            out.append(
                '<p class="MsoNormal" style="text-align:justify;text-indent:.5in;line-height:150%">'
                '<b style="mso-bidi-font-weight:normal"><span lang="VI" style="font-size:14.0pt;line-height:150%">'
                f"{body}</span></b><o:p></o:p></p>"
            )
        elif st == "word":
            out.append(_word_p(b.text, s))
        elif st == "wordli":
            rest = b.text[2:]
            out.append(
                '<p class="MsoNormal" style="margin-left:.75in;text-align:justify;text-indent:-.25in;mso-list:l0 level1 lfo1">'
                '<!--[if !supportLists]--><span style="font-size:14.0pt"><span style="mso-list:Ignore">-'
                '<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; '
                "</span></span></span><!--[endif]-->"
                f'<span lang="VI" style="font-size:14.0pt">{_enc(s, rest)}</span></p>'
            )
        else:
            out.append(f"<p>{body}</p>")
    return "\n".join(out)


# --- Mambo's com_content output ---------------------------------------------------------------

_CHECKED = ' checked="checked"'
_SELECTED = ' selected="selected"'
_POPUP = "status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no"


def _icons(base: str, sid: int, itemid: int, printing: bool) -> str:
    if printing:
        return (
            '<td align="right" width="100%" class="buttonheading">\n'
            '<a href="#" onclick="javascript:window.print(); return false" title="In">'
            f'<img src="{base}/images/M_images/printButton.png"  alt="In" name="In" align="middle" border="0" /></a>\n'
            "</td>"
        )
    pr = f"{base}/index2.php?option=com_content&amp;task=view&amp;id={sid}&amp;pop=1&amp;page=0&amp;Itemid={itemid}"
    em = f"{base}/index2.php?option=com_content&amp;task=emailform&amp;id={sid}&amp;itemid={itemid}"
    return (
        '<td align="right" width="100%" class="buttonheading">\n'
        f"<a href=\"javascript:void window.open('{pr}', 'win2', '{_POPUP}');\" title=\"In\">"
        f'<img src="{base}/images/M_images/printButton.png"  alt="In" name="In" align="middle" border="0" /></a>\n'
        "</td>\n"
        '<td align="right" width="100%" class="buttonheading">\n'
        f"<a href=\"javascript:void window.open('{em}', 'win2', 'status=no,toolbar=no,scrollbars=no,titlebar=no,"
        'menubar=no,resizable=yes,width=400,height=250,directories=no,location=no\');" title="E-mail">'
        f'<img src="{base}/images/M_images/emailButton.png"  alt="E-mail" name="E-mail" align="middle" border="0" /></a>\n'
        "</td>"
    )


def _vote(s: Story, itemid: int) -> str:
    stars = "".join(
        '<img src="images/M_images/rating_star.png" alt="" border="0" />' for _ in range(3)
    ) + "".join(
        '<img src="images/M_images/rating_star_blank.png" alt="" border="0" />' for _ in range(2)
    )
    radios = "".join(
        f'<input type="radio" alt="vote {k} star" name="user_rating" value="{k}"{_CHECKED if k == 5 else ""} />'
        for k in range(1, 6)
    )
    return (
        '<form method="post" action="index.php">\n'
        f'<span class="content_rating">Đánh giá của người dùng:{stars}&nbsp;/&nbsp;{2 + s.id % 5}</span>\n<br />\n'
        f'<span class="content_vote">Kém{radios}Tốt nhất&nbsp;'
        '<input class="button" type="submit" name="submit_vote" value="Bình chọn" />'
        '<input type="hidden" name="task" value="vote" /><input type="hidden" name="pop" value="0" />'
        '<input type="hidden" name="option" value="com_content" />'
        f'<input type="hidden" name="Itemid" value="{itemid}" /><input type="hidden" name="cid" value="{s.id}" />'
        f'<input type="hidden" name="url" value="/{view_link(s.id, itemid)}" /></span>\n</form>\n'
    )


def _page_blocks(s: Story, page: int | None) -> list:
    pages = s.opts.get("pages")
    if not pages or page is None:
        return s.blocks
    starts = [p[1] for p in pages] + [len(s.blocks)]
    return s.blocks[starts[page] : starts[page + 1]]


def _toc(s: Story, itemid: int, page: int | None) -> str:
    pages = s.opts["pages"]
    rows = []
    for k, (title, _) in enumerate(pages):
        href = view_link(s.id, itemid, f"&amp;limit=1&amp;limitstart={k}")
        rows.append(f'<tr><td><a href="{href}" class="toclink">{esc(title)}</a></td></tr>')
    rows.append(
        f'<tr><td><a href="{view_link(s.id, itemid, "&amp;showall=1")}" class="toclink">Tất cả các trang</a></td></tr>'
    )
    counter = (
        f'<div class="pagenavcounter">Trang {page + 1} của {len(pages)}</div>\n'
        if page is not None
        else ""
    )
    return (
        '<table cellpadding="0" cellspacing="0" class="contenttoc" align="right">\n'
        "<tr><th>Mục lục</th></tr>\n" + "\n".join(rows) + "\n</table>\n" + counter
    )


def _pagebreak_nav(s: Story, itemid: int, page: int) -> str:
    n = len(s.opts["pages"])

    def link(k: int, label: str) -> str:
        return (
            f'<a href="{view_link(s.id, itemid, f"&amp;limit=1&amp;limitstart={k}")}">{label}</a>'
        )

    prev = (
        f"{link(0, '&lt;&lt; Đầu')} {link(page - 1, '&lt; Trước')}"
        if page > 0
        else "&lt;&lt; Đầu &lt; Trước"
    )
    nxt = (
        f"{link(page + 1, 'Sau &gt;')} {link(n - 1, 'Cuối &gt;&gt;')}"
        if page < n - 1
        else "Sau &gt; Cuối &gt;&gt;"
    )
    return f'<br /><div class="pagenavbar"><div>{prev} - {nxt}</div></div>'


def article_tables(
    s: Story,
    itemid: int,
    base: str,
    *,
    mode: str = "view",
    page: int | None = None,
) -> str:
    """Mambo's HTML_content::show(): mode view / print / blog (intro + "Đọc tiếp...")."""
    cat, secid, _ = CATS[s.opts["catid"]]
    sec = SECTIONS[secid][0]
    nfd = s.opts.get("enc") == "nfd"
    title = unicodedata.normalize("NFD", s.title) if nfd else s.title
    show_date = s.opts["catid"] != 4
    pages = s.opts.get("pages")
    if mode == "blog":
        blocks = s.blocks[: s.opts["intro"]]
    elif mode == "view" and pages and page is not None:
        blocks = _page_blocks(s, page)
    else:
        blocks = s.blocks
    body = render_blocks(s, blocks, base)
    pre = ""
    post = ""
    if mode == "view":
        if s.opts["catid"] != 4:
            pre += _vote(s, itemid)
        if pages:
            pre += _toc(s, itemid, page)
            if page is not None:
                post = _pagebreak_nav(s, itemid, page)
    rows = [
        f"<tr>\n<td>\n<span>{esc(sec)} - </span><span>{esc(cat)}</span>\n</td>\n</tr>",
        '<tr>\n<td width="70%" align="left" valign="top" colspan="2">\n'
        f'<span class="small">\nViết bởi {esc(s.opts["by"])}\t</span>\n&nbsp;&nbsp;\n</td>\n</tr>',
    ]
    if show_date:
        rows.append(
            f'<tr>\n<td valign="top" colspan="2" class="createdate">\n{mambo_date(s.opts["created"])}\t</td>\n</tr>'
        )
    rows.append(f'<tr>\n<td valign="top" colspan="2">\n{pre}{body}{post}\n</td>\n</tr>')
    if mode != "blog" and s.opts.get("modified"):
        rows.append(
            '<tr>\n<td colspan="2" align="left" class="modifydate">\n'
            f"Cập nhật ( {mambo_date(s.opts['modified'])} )\n</td>\n</tr>"
        )
    if mode == "blog" and len(s.blocks) > s.opts["intro"]:
        rows.append(
            '<tr>\n<td align="left" colspan="2">\n'
            f'<a href="{view_link(s.id, itemid)}" class="readon">\nĐọc tiếp...</a>\n</td>\n</tr>'
        )
    return (
        '<table class="contentpaneopen">\n<tr>\n<td class="contentheading" width="100%">\n'
        f"{esc(title)}\t</td>\n{_icons(base, s.id, itemid, mode == 'print')}\n</tr>\n</table>\n\n"
        '<table class="contentpaneopen">\n' + "\n".join(rows) + "\n</table>\n\n"
        '<span class="article_seperator">&nbsp;</span>\n'
    )


def other_news(s: Story) -> str:
    """The template's "Các tin mới đăng" box (a hack of the 2008 vendor), sections 1 and 2."""
    secid = CATS[s.opts["catid"]][1]
    if secid == 3:
        return ""
    items = [o for o in section_items(secid) if o.id != s.id][:5]
    lis = "".join(
        f'<li><img src="{TPL}/images/bullet_tk.gif" alt="" /> <a href="{view_link(o.id, home_itemid(o))}">'
        f'{esc(o.title)}</a> <span class="ngay_tk">({short_date(o.opts["created"])})</span></li>\n'
        for o in items
    )
    return (
        '<table width="100%" cellpadding="0" cellspacing="0" class="tin_khac">\n'
        '<tr><td class="tieude_tinkhac"><b>Các tin mới đăng:</b></td></tr>\n'
        f'<tr><td><ul class="ds_tinkhac">\n{lis}</ul></td></tr>\n</table>\n'
    )


# --- static content, components ---------------------------------------------------------------

STATIC = {
    3: {
        "title": "Lịch sử hình thành và phát triển",
        "itemid": 2,
        "modified": "2026-04-14 10:22",
        "body": (
            '<p style="text-align: justify;">Trường Chính trị tỉnh Cà Mau tiền thân là Trường Đảng tỉnh Minh Hải, được thành lập năm 1976. '
            "Năm 1997, khi tái lập tỉnh Cà Mau và tỉnh Bạc Liêu, Trường Chính trị tỉnh Cà Mau được thành lập trên cơ sở "
            "Trường Chính trị tỉnh Minh Hải.</p>\n"
            '<p style="text-align: justify;">Thực hiện chủ trương sắp xếp đơn vị hành chính cấp tỉnh, từ ngày 01/7/2025, '
            "Trường Chính trị tỉnh Cà Mau và Trường Chính trị tỉnh Bạc Liêu hợp nhất thành Trường Chính trị tỉnh Cà Mau, "
            "trụ sở chính tại phường An Xuyên, Cơ sở 2 tại phường Bạc Liêu.</p>\n"
            '<p style="text-align: justify;">Qua các thời kỳ, nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn lượt cán bộ, '
            "đảng viên; được Đảng, Nhà nước tặng thưởng Huân chương Lao động hạng Nhất, hạng Nhì, hạng Ba.</p>"
        ),
    },
    4: {
        "title": "Cơ cấu tổ chức",
        "itemid": 3,
        "modified": "2026-09-03 15:40",
        "body": (
            "<p><strong>BAN GIÁM HIỆU</strong></p>\n<ul>"
            "<li>TS. Lâm Văn Thạnh - Hiệu trưởng</li>"
            "<li>TS. Phạm Văn Lợi - Phó Hiệu trưởng</li>"
            "<li>ThS. Dương Thị Kim Loan - Phó Hiệu trưởng</li></ul>\n"
            "<p><strong>CÁC PHÒNG CHỨC NĂNG</strong></p>\n<ul>"
            "<li>Phòng Tổ chức - Hành chính</li><li>Phòng Quản lý đào tạo</li>"
            "<li>Phòng Nghiên cứu khoa học - Thông tin tư liệu</li></ul>\n"
            "<p><strong>CÁC KHOA CHUYÊN MÔN</strong></p>\n<ul>"
            "<li>Khoa Lý luận cơ sở</li><li>Khoa Xây dựng Đảng</li>"
            "<li>Khoa Nhà nước và pháp luật</li><li>Khoa Dân vận</li></ul>"
        ),
    },
    5: {
        "title": "Lịch giảng dạy tháng 12/2026",
        "itemid": 32,
        "modified": "2026-11-28 16:05",
        "body": (
            '<table border="1" cellspacing="0" cellpadding="3" width="100%"><tbody>'
            '<tr><td align="center"><strong>Ngày</strong></td><td align="center"><strong>Lớp</strong></td>'
            '<td align="center"><strong>Nội dung</strong></td><td align="center"><strong>Giảng viên</strong></td></tr>'
            "<tr><td>01-05/12</td><td>TC26.02 (Cơ sở 1)</td><td>Học phần Quản lý hành chính nhà nước</td><td>ThS. Tô Minh Trí</td></tr>"
            "<tr><td>04-05/12</td><td>TC26.03 (Cơ sở 2)</td><td>Khai giảng, học phần Triết học Mác - Lênin</td><td>ThS. Nguyễn Thị Bích Ngọc</td></tr>"
            "<tr><td>07-11/12</td><td>TC26.02 (Cơ sở 1)</td><td>Học phần Kỹ năng lãnh đạo, quản lý</td><td>ThS. Lê Thị Hồng Nhung</td></tr>"
            "<tr><td>14-16/12</td><td>TC25.01 (Cơ sở 1)</td><td>Thi tốt nghiệp</td><td>Phòng Quản lý đào tạo</td></tr>"
            "<tr><td>21-25/12</td><td>BD đối tượng 4</td><td>Bồi dưỡng kiến thức quốc phòng và an ninh</td><td>Bộ CHQS tỉnh</td></tr>"
            "</tbody></table>\n"
            "<p><em>Lịch có thể thay đổi, đề nghị các lớp theo dõi thông báo của Phòng Quản lý đào tạo.</em></p>"
        ),
    },
}

DOCS = {
    27: {
        "title": "Quyết định số 215/QĐ-TCT ngày 01/12/2026 ban hành Quy chế chi tiêu nội bộ năm 2027",
        "date": "01/12/2026",
        "size": "48.5 KB",
        "hits": 37,
        "file": "QD215_QCCTNB_2027.doc",
        "desc": "Quyết định của Hiệu trưởng Trường Chính trị tỉnh Cà Mau ban hành Quy chế chi tiêu nội bộ áp dụng từ ngày 01/01/2027.",
    },
    26: {
        "title": "Kế hoạch số 98/KH-TCT ngày 20/11/2026 về mở lớp Trung cấp lý luận chính trị - hành chính năm 2027",
        "date": "20/11/2026",
        "size": "56 KB",
        "hits": 112,
        "file": "KH98_molop_TC_2027.doc",
        "desc": "Kế hoạch mở 08 lớp Trung cấp lý luận chính trị - hành chính năm 2027 (03 lớp tập trung, 05 lớp không tập trung).",
    },
}

ALBUM = [
    ("hoithao_01.jpg", "Khai mạc hội thao"),
    ("hoithao_02.jpg", "Đội kéo co Khoa Lý luận cơ sở"),
    ("hoithao_03.jpg", "Bóng chuyền hơi nữ"),
    ("hoithao_04.jpg", "Cầu lông đôi nam nữ"),
    ("hoithao_05.jpg", "Trò chơi nhảy bao bố"),
    ("hoithao_06.jpg", "Trao giải toàn đoàn"),
]

# --- chrome ------------------------------------------------------------------------------------


def _menu() -> str:
    def li(itemid: int, link: str, children: str = "") -> str:
        return f'<li><a href="{link}" class="mainlevel_ngang">{esc(MENU_NAMES[itemid][0])}</a>{children}</li>'

    def sub(items: list[tuple[int, str]]) -> str:
        return (
            "<ul>"
            + "".join(
                f'<li><a href="{lk}" class="sublevel_ngang">{esc(MENU_NAMES[i][0])}</a></li>'
                for i, lk in items
            )
            + "</ul>"
        )

    gt = sub(
        [
            (2, view_link(3, 2)),
            (3, view_link(4, 3)),
            (42, "index.php?option=com_contact&amp;task=view&amp;contact_id=1&amp;Itemid=42"),
        ]
    )
    tt = sub(
        [
            (28, "index.php?option=com_content&amp;task=blogcategory&amp;id=1&amp;Itemid=28"),
            (29, "index.php?option=com_content&amp;task=blogcategory&amp;id=2&amp;Itemid=29"),
        ]
    )
    dt = sub(
        [
            (31, "index.php?option=com_content&amp;task=blogcategory&amp;id=3&amp;Itemid=31"),
            (32, view_link(5, 32)),
        ]
    )
    return (
        '<div id="menungang"><ul id="nav">\n'
        + li(1, "index.php?option=com_frontpage&amp;Itemid=1")
        + '<li><a href="'
        + view_link(3, 2)
        + '" class="mainlevel_ngang">Giới thiệu</a>'
        + gt
        + "</li>"
        + li(27, "index.php?option=com_content&amp;task=blogsection&amp;id=1&amp;Itemid=27", tt)
        + li(30, "index.php?option=com_content&amp;task=blogsection&amp;id=2&amp;Itemid=30", dt)
        + li(33, "index.php?option=com_content&amp;task=section&amp;id=3&amp;Itemid=33")
        + li(40, "index.php?option=com_docman&amp;Itemid=40")
        + li(41, "index.php?option=com_zoom&amp;Itemid=41")
        + "\n</ul></div>"
    )


def _module(suffix: str, title: str, inner: str) -> str:
    return (
        f'<table cellpadding="0" cellspacing="0" class="moduletable{suffix}">\n'
        f'<tr><th valign="top">{title}</th></tr>\n<tr><td>\n{inner}\n</td></tr>\n</table>\n'
    )


def _left() -> str:
    dm = "".join(
        f'<tr align="left"><td><a href="{lk}" class="mainlevel">{esc(nm)}</a></td></tr>'
        for nm, lk in [
            ("Trang chủ", "index.php?option=com_frontpage&amp;Itemid=1"),
            ("Giới thiệu", view_link(3, 2)),
            (
                "Tin tức - Sự kiện",
                "index.php?option=com_content&amp;task=blogsection&amp;id=1&amp;Itemid=27",
            ),
            (
                "Đào tạo - Bồi dưỡng",
                "index.php?option=com_content&amp;task=blogsection&amp;id=2&amp;Itemid=30",
            ),
            (
                "Nghiên cứu - Trao đổi",
                "index.php?option=com_content&amp;task=section&amp;id=3&amp;Itemid=33",
            ),
            ("Văn bản", "index.php?option=com_docman&amp;Itemid=40"),
            ("Thư viện ảnh", "index.php?option=com_zoom&amp;Itemid=41"),
            (
                "Liên hệ",
                "index.php?option=com_contact&amp;task=view&amp;contact_id=1&amp;Itemid=42",
            ),
        ]
    )
    thongbao = (
        '<marquee direction="up" scrollamount="1" height="170" onmouseover="this.stop()" onmouseout="this.start()">\n'
        '<p><img src="images/stories/new.gif" alt="" /> <strong>Thông báo tuyển sinh:</strong> Trường Chính trị tỉnh '
        "Cà Mau thông báo kế hoạch mở lớp Trung cấp lý luận chính trị - hành chính năm 2027; các cơ quan, đơn vị gửi "
        f'hồ sơ trước ngày 31/01/2027. <a href="{view_link(57, 31)}">Xem chi tiết</a></p>\n'
        "<p><strong>Thông báo</strong> tuyển sinh lớp Cao cấp lý luận chính trị hệ không tập trung năm 2026 "
        f'(ngày 12/03/2026). <a href="{view_link(44, 31)}">Xem tiếp...</a></p>\n'
        "<p>Lịch trực Tết Dương lịch 2027 sẽ được thông báo trên bảng tin nhà trường.</p>\n</marquee>"
    )
    docs = (
        "<ul>"
        + "".join(
            f'<li><a href="index.php?option=com_docman&amp;task=doc_details&amp;gid={g}&amp;Itemid=40">{esc(d["title"])}</a></li>'
            for g, d in DOCS.items()
        )
        + "</ul>"
    )
    weblinks = (
        '<select name="lienket" class="inputbox" style="width:170px" onchange="if(this.value!=\'\') window.open(this.value);">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="http://www.hcma.vn">Học viện CTQG Hồ Chí Minh</option>'
        '<option value="https://camau.gov.vn">Cổng TTĐT tỉnh Cà Mau</option>'
        '<option value="https://baocamau.vn">Báo Cà Mau điện tử</option>'
        '<option value="http://www.tapchicongsan.org.vn">Tạp chí Cộng sản</option>'
        "</select><br /><br />"
        '<a href="https://baocamau.vn" target="_blank"><img src="images/banners/baocamau.gif" width="180" height="60" border="0" alt="Báo Cà Mau" /></a>'
    )
    return (
        _module(
            "_danhmuc",
            "Danh mục",
            f'<table width="100%" border="0" cellpadding="0" cellspacing="0">{dm}</table>',
        )
        + _module("_thongbao", "Thông báo", thongbao)
        + _module("_vanban", "Văn bản mới", docs)
        + _module("_lienket", "Liên kết website", weblinks)
    )


def _right() -> str:
    latest = sorted(STORIES, key=_created, reverse=True)[:5]
    mostread = sorted(STORIES, key=lambda s: s.opts["hits"], reverse=True)[:5]
    ln = "".join(
        f'<li class="latestnews_tinmoi"><a href="{view_link(s.id, home_itemid(s))}" class="latestnews_tinmoi">{esc(s.title)}</a></li>\n'
        for s in latest
    )
    mr = "".join(
        f'<li class="mostread"><a href="{view_link(s.id, home_itemid(s))}" class="mostread">{esc(s.title)}</a></li>\n'
        for s in mostread
    )
    gallery = (
        '<div align="center"><a href="index.php?option=com_zoom&amp;Itemid=41&amp;catid=5">'
        '<img src="components/com_zoom/www/images/5/thumbs/hoithao_03.jpg" border="0" width="160" height="110" alt="" /></a>'
        "<br />Hội thao chào mừng 20/11</div>"
    )
    poll = (
        '<form action="index.php" method="post" name="form2">\n'
        '<table width="95%" border="0" cellspacing="0" cellpadding="1" align="center" class="poll">\n'
        '<thead><tr><td style="font-weight: bold;">Bạn đánh giá thế nào về chất lượng các lớp bồi dưỡng của Trường?</td></tr></thead>\n'
        '<tr><td align="center"><table class="pollstableborder" cellspacing="0" cellpadding="0" border="0">'
        + "".join(
            f'<tr><td class="sectiontableentry{1 + k % 2}" valign="top"><input type="radio" name="voteid" id="voteid{51 + k}" '
            f'value="{51 + k}" alt="{51 + k}" /></td><td class="sectiontableentry{1 + k % 2}" valign="top">'
            f'<label for="voteid{51 + k}">{lbl}</label></td></tr>'
            for k, lbl in enumerate(["Rất tốt", "Tốt", "Bình thường", "Cần cải tiến"])
        )
        + "</table></td></tr>\n"
        '<tr><td><div align="center"><input type="submit" name="task_button" class="button" value="Bình chọn" />&nbsp;&nbsp;'
        '<input type="button" name="option" class="button" value="Kết quả" '
        "onclick=\"document.location.href='index.php?option=com_poll&amp;task=results&amp;id=14';\" /></div></td></tr>\n"
        "</table>\n"
        '<input type="hidden" name="id" value="14" /><input type="hidden" name="option" value="com_poll" />'
        '<input type="hidden" name="task" value="vote" />\n</form>'
    )
    stats = (
        '<table width="100%" class="thongke"><tr><td><img src="images/M_images/users.png" alt="" /> Đang online:</td><td align="right">9</td></tr>'
        '<tr><td>Hôm nay:</td><td align="right">312</td></tr>'
        '<tr><td>Hôm qua:</td><td align="right">455</td></tr>'
        '<tr><td>Tổng truy cập:</td><td align="right">1.284.519</td></tr></table>'
    )
    return (
        _module("_tinmoi", "Tin mới nhất", f'<ul class="latestnews_tinmoi">\n{ln}</ul>')
        + _module("_docnhieu", "Đọc nhiều nhất", f'<ul class="mostread">\n{mr}</ul>')
        + _module("_anh", "Thư viện ảnh", gallery)
        + _module("_poll", "Thăm dò ý kiến", poll)
        + _module("_thongke", "Thống kê truy cập", stats)
    )


def _marquee(base: str) -> str:
    items = [s for s in STORIES if s.opts.get("sef")]
    links = " &nbsp; ".join(
        f'<img src="{TPL}/images/arrow_red.gif" alt="" /> <a href="{base}/content/view/{s.id}/{home_itemid(s)}/">{esc(s.title)}</a>'
        for s in items
    )
    return (
        '<marquee scrollamount="2" scrolldelay="60" onmouseover="this.stop()" onmouseout="this.start()">'
        f"<b>Tin tiêu điểm:</b> {links}</marquee>"
    )


def _pathway(crumbs: list[tuple[str, str | None]]) -> str:
    arrow = f' <img src="{TPL}/images/arrow.png" border="0" alt="arrow" /> '
    parts = ['<a href="index.php" class="pathway">Trang chủ</a>']
    for label, link in crumbs:
        parts.append(f'<a href="{link}" class="pathway">{esc(label)}</a>' if link else esc(label))
    return '<span class="pathway">' + arrow.join(parts) + " </span>"


def _itemid_crumbs(itemid: int) -> list[tuple[str, str | None]]:
    links = {
        27: "index.php?option=com_content&amp;task=blogsection&amp;id=1&amp;Itemid=27",
        28: "index.php?option=com_content&amp;task=blogcategory&amp;id=1&amp;Itemid=28",
        29: "index.php?option=com_content&amp;task=blogcategory&amp;id=2&amp;Itemid=29",
        30: "index.php?option=com_content&amp;task=blogsection&amp;id=2&amp;Itemid=30",
        31: "index.php?option=com_content&amp;task=blogcategory&amp;id=3&amp;Itemid=31",
        33: "index.php?option=com_content&amp;task=section&amp;id=3&amp;Itemid=33",
    }
    if itemid not in MENU_NAMES or itemid == 1:
        return []
    name, parent = MENU_NAMES[itemid]
    out = []
    if parent:
        out.append((MENU_NAMES[parent][0], links.get(parent)))
    out.append((name, links.get(itemid)))
    return out


def page(
    request: Request, title: str | None, center: str, crumbs: list[tuple[str, str | None]]
) -> Response:
    base = base_url(request)
    head_title = f"{SITE} - {esc(title)}" if title else SITE
    body = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>{head_title}</title>
<meta name="description" content="Trường Chính trị tỉnh Cà Mau - đào tạo, bồi dưỡng cán bộ, đảng viên" />
<meta name="keywords" content="truong chinh tri, Cà Mau, lý luận chính trị, trung cấp, bồi dưỡng" />
<meta name="Generator" content="Mambo - Copyright 2000 - 2006 Miro International Pty Ltd.  All rights reserved." />
<meta name="robots" content="index, follow" />
<base href="{base}/" />
<link rel="shortcut icon" href="{base}/images/favicon.ico" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link href="{base}/{TPL}/css/template_css.css" rel="stylesheet" type="text/css" />
<script language="javascript" type="text/javascript" src="{base}/includes/js/mambojavascript.js"></script>
<script type="text/javascript" src="{base}/{TPL}/js/sfhover.js"></script>
</head>
<body onload="sfHover();">
<a name="up" id="up"></a>
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0" class="bao_ngoai">
  <tr>
    <td colspan="3" class="top_banner" height="150"><a href="index.php"><img src="{TPL}/images/banner_tct.jpg" width="990" height="150" border="0" alt="Trường Chính trị tỉnh Cà Mau" /></a></td>
  </tr>
  <tr>
    <td colspan="3" class="thanh_menu">{_menu()}</td>
  </tr>
  <tr>
    <td colspan="3" class="thanh_ngay">
    <table width="100%" border="0" cellpadding="0" cellspacing="0"><tr>
      <td width="180" class="ngay_hom_nay">&nbsp;<img src="{TPL}/images/clock.gif" alt="" /> {TODAY_VN}</td>
      <td>{_marquee(base)}</td>
      <td width="190" align="right"><form action="index.php" method="post"><div class="search"><input alt="search" class="inputbox" type="text" name="searchword" size="18" value="Tìm kiếm..." onblur="if(this.value=='') this.value='Tìm kiếm...';" onfocus="if(this.value=='Tìm kiếm...') this.value='';" /></div><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="" /></form></td>
    </tr></table>
    </td>
  </tr>
  <tr>
    <td width="200" valign="top" class="cot_trai">
{_left()}
    </td>
    <td valign="top" class="cot_giua">
      <table width="100%" border="0" cellpadding="0" cellspacing="0">
      <tr><td class="duong_dan">{_pathway(crumbs)}</td></tr>
      <tr><td valign="top" class="noi_dung">
{center}
      </td></tr>
      </table>
    </td>
    <td width="200" valign="top" class="cot_phai">
{_right()}
    </td>
  </tr>
  <tr>
    <td colspan="3" class="chan_trang" align="center">
    <b>TRƯỜNG CHÍNH TRỊ TỈNH CÀ MAU</b><br />
    Địa chỉ: Số 06, đường Ngô Quyền, phường An Xuyên, tỉnh Cà Mau - Cơ sở 2: Số 12, đường Trần Huỳnh, phường Bạc Liêu, tỉnh Cà Mau<br />
    Điện thoại: 0290.3831.246 - Fax: 0290.3831.247 - Email: tct@camau.gov.vn<br />
    Chịu trách nhiệm chính: TS. Lâm Văn Thạnh - Hiệu trưởng<br />
    Copyright &copy; 2008 Trường Chính trị tỉnh Cà Mau. Ghi rõ nguồn khi phát hành lại thông tin từ website này.<br />
    <span class="small">Powered by <a href="http://www.mamboserver.com" target="_blank">Mambo</a>. Thiết kế: Công ty TNHH Tin học Đất Mũi</span>
    <a href="#up"><img src="{TPL}/images/len_dau.gif" border="0" alt="Lên đầu trang" /></a>
    </td>
  </tr>
</table>
</body>
</html>
"""
    return html(body, charset=None)


# --- pages -------------------------------------------------------------------------------------


def _pagenav(link: str, total: int, limit: int, start: int) -> str:
    """Mambo's mosPageNav::writePagesLinks + writePagesCounter."""
    if total <= limit:
        return ""
    pages = (total + limit - 1) // limit
    cur = start // limit + 1

    def a(ls: int, label: str, title: str) -> str:
        return f'<a href="{link}&amp;limit={limit}&amp;limitstart={ls}" class="pagenav" title="{title}">{label}</a>'

    out = []
    if cur > 1:
        out += [a(0, "&lt;&lt;&nbsp;Đầu", "Đầu"), a((cur - 2) * limit, "&lt;&nbsp;Trước", "Trước")]
    else:
        out += [
            '<span class="pagenav">&lt;&lt;&nbsp;Đầu</span>',
            '<span class="pagenav">&lt;&nbsp;Trước</span>',
        ]
    for p in range(1, pages + 1):
        out.append(
            f'<span class="pagenav">{p}</span>'
            if p == cur
            else a((p - 1) * limit, f"<strong>{p}</strong>", str(p))
        )
    if cur < pages:
        out += [
            a(cur * limit, "Sau&nbsp;&gt;", "Sau"),
            a((pages - 1) * limit, "Cuối&nbsp;&gt;&gt;", "Cuối"),
        ]
    else:
        out += [
            '<span class="pagenav">Sau&nbsp;&gt;</span>',
            '<span class="pagenav">Cuối&nbsp;&gt;&gt;</span>',
        ]
    return (
        f'<tr>\n<td valign="top" align="center">\n{" ".join(out)}\n<br /><br />\n</td>\n</tr>\n'
        f'<tr>\n<td valign="top" align="center">\nTrang {cur} của {pages}\n</td>\n</tr>\n'
    )


def blog(
    request: Request,
    items: list[Story],
    *,
    heading: str | None,
    desc: str | None,
    link: str,
    leading: int,
    intro: int,
    links: int,
    start: int,
    itemid_for=home_itemid,
) -> str:
    base = base_url(request)
    limit = leading + intro
    shown = items[start : start + limit]
    more = items[start + limit : start + limit + links]
    out = []
    if heading:
        out.append(f'<div class="componentheading">{esc(heading)}</div>\n')
    out.append('<table class="blog" cellpadding="0" cellspacing="0">\n')
    if desc:
        out.append(
            f'<tr>\n<td valign="top">\n<div class="contentdescription">{esc(desc)}</div>\n</td>\n</tr>\n'
        )
    lead, rest = shown[:leading], shown[leading:]
    if lead:
        out.append('<tr>\n<td valign="top">\n')
        for s in lead:
            out.append("<div>\n" + article_tables(s, itemid_for(s), base, mode="blog") + "</div>\n")
        out.append("</td>\n</tr>\n")
    if rest:
        out.append(
            '<tr>\n<td valign="top">\n<table width="100%"  cellpadding="0" cellspacing="0">\n'
        )
        for k in range(0, len(rest), 2):
            out.append("<tr>\n")
            for s in rest[k : k + 2]:
                out.append(
                    '<td valign="top" width="50%">\n'
                    + article_tables(s, itemid_for(s), base, mode="blog")
                    + "</td>\n"
                )
            out.append("</tr>\n")
        out.append("</table>\n</td>\n</tr>\n")
    if more:
        lis = "".join(
            f'<li>\n<a class="blogsection" href="{view_link(s.id, itemid_for(s))}">\n{esc(s.title)}</a>\n</li>\n'
            for s in more
        )
        out.append(
            '<tr>\n<td valign="top">\n<div class="blog_more">\n<div>\n<strong>Các bài khác...</strong>\n</div>\n'
            f"<ul>\n{lis}</ul>\n</div>\n</td>\n</tr>\n"
        )
    out.append(_pagenav(link, len(items), limit, start))
    out.append("</table>\n")
    return "".join(out)


CAT_DESC = {
    1: "Tin hoạt động của nhà trường: khai giảng, bế giảng, hội nghị, hội thi.",
    2: "Hoạt động của Đảng bộ, Công đoàn, Chi đoàn Trường.",
    3: "Kế hoạch, thông báo về công tác đào tạo, bồi dưỡng.",
    4: "Các bài viết nghiên cứu, trao đổi về lý luận chính trị và thực tiễn của cán bộ, giảng viên nhà trường.",
}


def home(request: Request) -> Response:
    center = blog(
        request,
        FRONT,
        heading=None,
        desc=None,
        link="index.php?option=com_frontpage&amp;Itemid=1",
        leading=1,
        intro=2,
        links=0,
        start=0,
        itemid_for=lambda s: 1,
    )
    return page(request, None, center, [])


def _int(value: str | None, default: int = 0) -> int | None:
    if value is None or value == "":
        return default
    return int(value) if value.isdigit() else None


def article_page(
    request: Request, s: Story, itemid: int, params: dict[str, str]
) -> Response | None:
    base = base_url(request)
    if s.opts.get("pages"):
        if params.get("showall") == "1":
            tables = article_tables(s, itemid, base, page=None)
        else:
            page_no = _int(params.get("limitstart"), 0)
            if page_no is None or page_no >= len(s.opts["pages"]):
                return None
            tables = article_tables(s, itemid, base, page=page_no)
    else:
        tables = article_tables(s, itemid, base)
    if itemid == 33:
        crumbs = [(MENU_NAMES[33][0], _SECTION3), (s.title, None)]
    else:
        crumbs = [*_itemid_crumbs(itemid), (s.title, None)]
    return page(request, s.title, tables + other_news(s), crumbs)


def static_page(request: Request, sid: int, printing: bool = False) -> Response:
    st = STATIC[sid]
    base = base_url(request)
    itemid = st["itemid"]
    tables = (
        '<table class="contentpaneopen">\n<tr>\n<td class="contentheading" width="100%">\n'
        f"{esc(st['title'])}\t</td>\n{_icons(base, sid, itemid, printing)}\n</tr>\n</table>\n\n"
        '<table class="contentpaneopen">\n'
        '<tr>\n<td width="70%" align="left" valign="top" colspan="2">\n<span class="small">\nViết bởi Administrator\t</span>\n&nbsp;&nbsp;\n</td>\n</tr>\n'
        f'<tr>\n<td valign="top" colspan="2">\n{st["body"]}\n</td>\n</tr>\n'
        '<tr>\n<td colspan="2" align="left" class="modifydate">\n'
        f"Cập nhật ( {mambo_date(st['modified'])} )\n</td>\n</tr>\n</table>\n\n"
        '<span class="article_seperator">&nbsp;</span>\n'
    )
    if printing:
        return popup(request, st["title"], tables)
    crumbs = [*_itemid_crumbs(itemid), (st["title"], None)]
    if itemid in (2, 3):
        crumbs = [(st["title"], None)]
    return page(request, st["title"], tables, crumbs)


def not_authorised(request: Request) -> Response:
    """Mambo's mosNotAuth() for an unpublished or deleted item: 200 with the whole chrome."""
    return page(
        request,
        None,
        '<span class="contentheading_error">Bạn không có quyền truy cập vào trang này.</span>\n<br />',
        [],
    )


def popup(request: Request, title: str, inner: str) -> Response:
    body = f"""<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>{SITE} - {esc(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="stylesheet" href="{TPL}/css/template_css.css" type="text/css" />
<link rel="shortcut icon" href="images/favicon.ico" />
<meta name="robots" content="noindex, nofollow" />
</head>
<body class="contentpane">
{inner}
<div align="center" style="margin-top: 30px; margin-bottom: 30px;"><a href="javascript:window.close();"><span class="small">Đóng cửa sổ</span></a></div>
</body>
</html>
"""
    return html(body, charset=None)


def print_page(request: Request, s: Story, itemid: int) -> Response:
    return popup(request, s.title, article_tables(s, itemid, base_url(request), mode="print"))


def email_form(request: Request, s: Story, itemid: int) -> Response:
    inner = f"""<script language="javascript" type="text/javascript">
function submitbutton() {{ var form = document.frontendForm; if (form.email.value == "" || form.youremail.value == "") {{ alert('Bạn phải nhập địa chỉ email hợp lệ.'); return false; }} return true; }}
</script>
<form action="index2.php?option=com_content&amp;task=emailsend" name="frontendForm" method="post" onsubmit="return submitbutton();">
<table cellspacing="0" cellpadding="0" border="0">
<tr><td colspan="2">Gửi liên kết này cho bạn bè.</td></tr>
<tr><td width="130">Email người nhận:</td><td><input type="text" name="email" class="inputbox" size="25" /></td></tr>
<tr><td height="27">Tên bạn:</td><td><input type="text" name="yourname" class="inputbox" size="25" /></td></tr>
<tr><td>Email của bạn:</td><td><input type="text" name="youremail" class="inputbox" size="25" /></td></tr>
<tr><td>Tiêu đề:</td><td><input type="text" name="subject" class="inputbox" maxlength="100" size="40" /></td></tr>
<tr><td colspan="2"><input type="submit" name="submit" class="button" value="Gửi" />&nbsp;&nbsp;<input type="button" name="cancel" value="Hủy bỏ" class="button" onclick="window.close();" /></td></tr>
</table>
<input type="hidden" name="id" value="{s.id}" /><input type="hidden" name="itemid" value="{itemid}" />
</form>"""
    return popup(request, "Gửi bài viết", inner)


def section_blog(request: Request, secid: int, start: int) -> Response:
    items = section_items(secid)
    title, itemid = SECTIONS[secid]
    link = f"index.php?option=com_content&amp;task=blogsection&amp;id={secid}&amp;Itemid={itemid}"
    center = blog(
        request,
        items,
        heading=title,
        desc=None,
        link=link,
        leading=1,
        intro=4,
        links=3,
        start=start,
    )
    return page(request, title, center, _itemid_crumbs(itemid))


def category_blog(request: Request, catid: int, start: int) -> Response:
    items = cat_items(catid)
    title, _, itemid = CATS[catid]
    link = f"index.php?option=com_content&amp;task=blogcategory&amp;id={catid}&amp;Itemid={itemid}"
    center = blog(
        request,
        items,
        heading=title,
        desc=CAT_DESC[catid],
        link=link,
        leading=1,
        intro=2,
        links=2,
        start=start,
    )
    return page(request, title, center, _itemid_crumbs(itemid))


def section_table(request: Request) -> Response:
    center = (
        '<div class="componentheading">Nghiên cứu - Trao đổi</div>\n'
        '<table width="100%" cellpadding="4" cellspacing="0" border="0" align="center" class="contentpane">\n'
        f'<tr><td width="60%" valign="top" class="contentdescription" colspan="2">{esc(CAT_DESC[4])}</td></tr>\n'
        '<tr><td colspan="2"><ul><li><a href="index.php?option=com_content&amp;task=category&amp;sectionid=3&amp;id=4&amp;Itemid=33" '
        'class="category">Nghiên cứu - Trao đổi</a>&nbsp;<span class="small">(2 mục)</span></li></ul></td></tr>\n</table>\n'
    )
    return page(request, "Nghiên cứu - Trao đổi", center, _itemid_crumbs(33))


def category_table(request: Request, form: dict[str, str]) -> Response:
    flt = form.get("filter", "").strip().lower()
    items = [s for s in cat_items(4) if flt in s.title.lower()]
    opts = "".join(
        f'<option value="{n}"{_SELECTED if n == 10 else ""}>{n}</option>'
        for n in (5, 10, 15, 20, 25, 30, 50)
    )
    rows = "".join(
        f'<tr class="sectiontableentry{1 + k % 2}"><td align="center">{k + 1}</td>'
        f'<td><a href="{view_link(s.id, 33)}">{esc(s.title)}</a></td>'
        f'<td>{esc(s.opts["by"])}</td><td align="center">{s.opts["hits"]}</td></tr>\n'
        for k, s in enumerate(items)
    )
    center = (
        '<div class="componentheading">Nghiên cứu - Trao đổi</div>\n'
        '<table width="100%" cellpadding="4" cellspacing="0" border="0" align="center" class="contentpane">\n'
        f'<tr><td width="60%" valign="top" class="contentdescription" colspan="2">{esc(CAT_DESC[4])}</td></tr>\n<tr><td>\n'
        '<form action="index.php?option=com_content&amp;task=category&amp;sectionid=3&amp;id=4&amp;Itemid=33" method="post" name="adminForm">\n'
        '<table width="100%" border="0" cellspacing="0" cellpadding="0">\n'
        '<tr><td colspan="4"><table><tr><td align="right" width="100%" nowrap="nowrap">Lọc&nbsp;'
        f'<input type="text" name="filter" value="{esc(flt)}" class="inputbox" onchange="document.adminForm.submit();" /></td>'
        '<td align="right" width="100%" nowrap="nowrap">&nbsp;&nbsp;&nbsp;Hiển thị #'
        f'<select name="limit" class="inputbox" size="1" onchange="document.adminForm.submit();">{opts}</select></td></tr></table></td></tr>\n'
        '<tr><td class="sectiontableheader" width="5">#</td><td class="sectiontableheader">Tiêu đề</td>'
        '<td class="sectiontableheader">Tác giả</td><td align="center" class="sectiontableheader" width="5%">Lượt xem</td></tr>\n'
        f"{rows}"
        '<tr><td align="center" colspan="4" class="sectiontablefooter"></td></tr>\n'
        '<tr><td colspan="4" align="right">Trang 1 của 1</td></tr>\n</table>\n'
        '<input type="hidden" name="id" value="4" /><input type="hidden" name="sectionid" value="3" />'
        '<input type="hidden" name="task" value="category" /><input type="hidden" name="option" value="com_content" />\n'
        "</form>\n</td></tr>\n</table>\n"
    )
    crumbs = [
        (
            "Nghiên cứu - Trao đổi",
            "index.php?option=com_content&amp;task=section&amp;id=3&amp;Itemid=33",
        ),
        ("Nghiên cứu - Trao đổi", None),
    ]
    return page(request, "Nghiên cứu - Trao đổi", center, crumbs)


def contact_page(request: Request) -> Response:
    center = """<div class="componentheading">Liên hệ</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0" class="contentpane">
<tr><td width="100%" class="contentheading">Trường Chính trị tỉnh Cà Mau</td></tr>
<tr><td>
<table border="0" width="100%">
<tr><td width="25" valign="top"><img src="images/M_images/arrow.png" alt="Địa chỉ: " align="middle" /></td><td>Số 06, đường Ngô Quyền, phường An Xuyên, tỉnh Cà Mau</td></tr>
<tr><td valign="top"><img src="images/M_images/arrow.png" alt="" /></td><td>Cơ sở 2: Số 12, đường Trần Huỳnh, phường Bạc Liêu, tỉnh Cà Mau</td></tr>
<tr><td><img src="images/M_images/emailButton.png" alt="Email: " align="middle" /></td><td>
<script language='JavaScript' type='text/javascript'>
<!--
var prefix = 'ma' + 'il' + 'to';
var path = 'hr' + 'ef' + '=';
var addy24811 = 'tct' + '@' + 'camau' + '.' + 'gov' + '.' + 'vn';
document.write( '<a ' + path + '\\'' + prefix + ':' + addy24811 + '\\'>' + addy24811 + '</a>' );
//-->
</script><noscript>Địa chỉ email này đã được bảo vệ khỏi chương trình thư rác, bạn cần bật Javascript để xem nó</noscript>
</td></tr>
<tr><td><img src="images/M_images/con_tel.png" alt="Điện thoại: " align="middle" /></td><td>0290.3831.246</td></tr>
<tr><td><img src="images/M_images/con_fax.png" alt="Fax: " align="middle" /></td><td>0290.3831.247</td></tr>
</table>
</td></tr>
<tr><td>
<form action="index.php?option=com_contact&amp;Itemid=42" method="post" name="emailForm" target="_top" id="emailForm">
<div class="contact_email">
<label for="contact_name">Họ tên:</label><br /><input type="text" name="name" id="contact_name" size="30" class="inputbox" value="" /><br />
<label for="contact_email">Địa chỉ email:</label><br /><input type="text" name="email" id="contact_email" size="30" class="inputbox" value="" /><br />
<label for="contact_subject">Tiêu đề:</label><br /><input type="text" name="subject" id="contact_subject" size="30" class="inputbox" value="" /><br />
<label for="contact_text">Nội dung:</label><br /><textarea cols="50" rows="10" name="text" id="contact_text" class="inputbox"></textarea><br />
<input type="button" name="send" value="Gửi" class="button" onclick="validate()" />
</div>
<input type="hidden" name="option" value="com_contact" /><input type="hidden" name="con_id" value="1" /><input type="hidden" name="op" value="sendmail" />
</form>
</td></tr>
</table>
"""
    return page(request, "Liên hệ", center, [("Liên hệ", None)])


def docman_list(request: Request) -> Response:
    rows = "".join(
        f"""<tr class="sectiontableentry{1 + k % 2}"><td><img src="components/com_docman/themes/default/images/icons/16x16/doc.png" alt="" />
<a href="index.php?option=com_docman&amp;task=doc_download&amp;gid={g}&amp;Itemid=40">{esc(d["title"])}</a><br />
<span class="small">Ngày: {d["date"]} | Lượt tải: {d["hits"]}</span></td>
<td><a href="index.php?option=com_docman&amp;task=doc_details&amp;gid={g}&amp;Itemid=40">Chi tiết</a> |
<a href="index.php?option=com_docman&amp;task=doc_download&amp;gid={g}&amp;Itemid=40">Tải về</a></td></tr>
"""
        for k, (g, d) in enumerate(DOCS.items())
    )
    center = (
        '<div class="componentheading">Văn bản</div>\n<div id="dm_docs"><h3>Văn bản của Trường</h3>\n'
        f'<table width="100%" cellpadding="3">{rows}</table></div>\n'
    )
    return page(request, "Văn bản", center, [("Văn bản", None)])


def docman_details(request: Request, gid: int) -> Response:
    d = DOCS[gid]
    center = f"""<div class="componentheading">Văn bản</div>
<div id="dm_details">
<h2 class="dm_title">{esc(d["title"])}</h2>
<table class="dm_doc_details" width="100%" cellpadding="3">
<tr><td width="120"><strong>Tên văn bản:</strong></td><td>{esc(d["title"])}</td></tr>
<tr><td><strong>Mô tả:</strong></td><td>{esc(d["desc"])}</td></tr>
<tr><td><strong>Tệp tin:</strong></td><td>{d["file"]}</td></tr>
<tr><td><strong>Kích thước:</strong></td><td>{d["size"]}</td></tr>
<tr><td><strong>Ngày tạo:</strong></td><td>{d["date"]}</td></tr>
<tr><td><strong>Người tạo:</strong></td><td>vanthu</td></tr>
<tr><td><strong>Lượt tải:</strong></td><td>{d["hits"]}</td></tr>
</table>
<div class="dm_taskbar"><a href="index.php?option=com_docman&amp;task=doc_download&amp;gid={gid}&amp;Itemid=40">Tải về</a>
| <a href="index.php?option=com_docman&amp;Itemid=40">Quay lại</a></div>
</div>
"""
    return page(
        request,
        d["title"],
        center,
        [("Văn bản", "index.php?option=com_docman&amp;Itemid=40"), (d["title"], None)],
    )


def zoom_galleries(request: Request) -> Response:
    center = """<div class="componentheading">Thư viện ảnh</div>
<table border="0" cellspacing="0" cellpadding="3" width="100%"><tr>
<td align="center" width="50%"><a href="index.php?option=com_zoom&amp;Itemid=41&amp;catid=5"><img src="components/com_zoom/www/images/5/thumbs/hoithao_01.jpg" border="0" alt="" /></a><br />
<a href="index.php?option=com_zoom&amp;Itemid=41&amp;catid=5">Hội thao chào mừng Ngày Nhà giáo Việt Nam 20/11/2026</a><br /><span class="small">6 ảnh</span></td>
</tr></table>
"""
    return page(request, "Thư viện ảnh", center, [("Thư viện ảnh", None)])


def zoom_album(request: Request) -> Response:
    cells = "".join(
        f'<td align="center" width="33%"><a href="components/com_zoom/www/images/5/{f}" target="_blank">'
        f'<img src="components/com_zoom/www/images/5/thumbs/{f}" border="0" alt="{esc(c)}" /></a><br />'
        f'<span class="small">{esc(c)}</span></td>'
        + ("</tr><tr>" if k % 3 == 2 and k < len(ALBUM) - 1 else "")
        for k, (f, c) in enumerate(ALBUM)
    )
    center = (
        '<div class="componentheading">Thư viện ảnh</div>\n'
        "<h3>Hội thao chào mừng Ngày Nhà giáo Việt Nam 20/11/2026</h3>\n"
        '<p class="small">Ngày tạo: 18/11/2026 - Lượt xem: 203</p>\n'
        f'<table border="0" cellspacing="0" cellpadding="4" width="100%"><tr>{cells}</tr></table>\n'
        '<p><a href="index.php?option=com_zoom&amp;Itemid=41">Quay lại thư viện</a></p>\n'
    )
    return page(
        request,
        "Thư viện ảnh",
        center,
        [
            ("Thư viện ảnh", "index.php?option=com_zoom&amp;Itemid=41"),
            ("Hội thao chào mừng Ngày Nhà giáo Việt Nam 20/11/2026", None),
        ],
    )


def poll_results(request: Request) -> Response:
    rows = "".join(
        f"<tr><td>{lbl}</td><td>{n}</td><td>{p}%</td></tr>"
        for lbl, n, p in [
            ("Rất tốt", 214, 58),
            ("Tốt", 102, 28),
            ("Bình thường", 37, 10),
            ("Cần cải tiến", 15, 4),
        ]
    )
    center = (
        '<div class="componentheading">Kết quả thăm dò ý kiến</div>\n'
        "<p><strong>Bạn đánh giá thế nào về chất lượng các lớp bồi dưỡng của Trường?</strong></p>\n"
        f'<table class="pollstableborder" width="100%">{rows}</table>\n'
        "<p>Số người bình chọn: 368. Lần bình chọn đầu tiên: 15/03/2026. Lần bình chọn mới nhất: 04/12/2026.</p>\n"
    )
    return page(request, "Thăm dò ý kiến", center, [("Thăm dò ý kiến", None)])


def search_page(request: Request, word: str) -> Response:
    w = word.strip().lower()
    hits = [s for s in STORIES if w and w != "tìm kiếm..." and w in s.title.lower()]
    rows = "".join(
        f'<tr class="sectiontableentry{1 + k % 2}"><td><span class="small">{k + 1}. </span>'
        f'<a href="{view_link(s.id, home_itemid(s))}">{esc(s.title)}</a><br />'
        f'<span class="small">({esc(CATS[s.opts["catid"]][0])})</span></td></tr>\n'
        for k, s in enumerate(hits)
    )
    center = (
        '<div class="componentheading">Tìm kiếm</div>\n'
        f"<p>Từ khóa: <b>{esc(word)}</b> - Tìm thấy {len(hits)} kết quả.</p>\n"
        f'<table class="contentpaneopen">{rows}</table>\n'
    )
    return page(request, "Tìm kiếm", center, [("Tìm kiếm", None)])


DOC_BYTES = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 120


class MamboSite:
    """Routes as Mambo's index.php / index2.php do, plus the old SEF form and static files."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method == "POST":
            return self._post(request)
        if path in ("/", "/index.php"):
            params = request.params
            if not params:
                return home(request)
            return self._index(request, params)
        if path == "/index2.php":
            return self._index2(request, request.params)
        if path.startswith("/content/view/"):
            parts = [p for p in path[len("/content/view/") :].split("/") if p]
            if len(parts) == 2 and all(p.isdigit() for p in parts) and path.endswith("/"):
                return self._view(request, int(parts[0]), int(parts[1]), {})
            return None
        if path.lower().endswith(".doc") and path.startswith("/images/stories/vanban/"):
            return Response(200, DOC_BYTES, {"Content-Type": "application/msword"})
        if path.startswith(("/images/", "/templates/", "/components/", "/includes/")):
            return static_file(path)
        return None

    def _view(
        self, request: Request, sid: int, itemid: int | None, params: dict[str, str]
    ) -> Response | None:
        if sid in BY_ID:
            s = BY_ID[sid]
            return article_page(
                request, s, itemid if itemid is not None else home_itemid(s), params
            )
        if sid in STATIC:
            return static_page(request, sid)
        return not_authorised(request)

    def _index(self, request: Request, p: dict[str, str]) -> Response | None:
        option = p.get("option", "")
        task = p.get("task", "")
        if option == "com_frontpage":
            return home(request)
        if option == "com_content":
            sid = _int(p.get("id"), -1)
            if sid is None or sid < 0:
                return None
            start = _int(p.get("limitstart"), 0)
            if start is None:
                return None
            if task == "view":
                itemid = _int(p.get("Itemid"), -1)
                return self._view(request, sid, None if itemid in (None, -1) else itemid, p)
            if task == "blogsection" and sid in (1, 2):
                return section_blog(request, sid, start)
            if task == "blogcategory" and sid in CATS and sid != 4:
                return category_blog(request, sid, start)
            if task == "section" and sid == 3:
                return section_table(request)
            if task == "category" and sid == 4:
                return category_table(request, {})
            return None
        if option == "com_contact":
            return contact_page(request)
        if option == "com_docman":
            gid = _int(p.get("gid"), -1)
            if task == "":
                return docman_list(request)
            if task == "doc_details" and gid in DOCS:
                return docman_details(request, gid)
            if task == "doc_download" and gid in DOCS:
                return Response(
                    200,
                    DOC_BYTES,
                    {
                        "Content-Type": "application/msword",
                        "Content-Disposition": f'attachment; filename="{DOCS[gid]["file"]}"',
                    },
                )
            return None
        if option == "com_zoom":
            if "catid" not in p:
                return zoom_galleries(request)
            return zoom_album(request) if p["catid"] == "5" else None
        if option == "com_poll" and task == "results" and p.get("id") == "14":
            return poll_results(request)
        if option == "com_search":
            return search_page(request, p.get("searchword", ""))
        return None

    def _index2(self, request: Request, p: dict[str, str]) -> Response | None:
        if p.get("option") != "com_content":
            return None
        sid = _int(p.get("id"), -1)
        if sid is None or sid < 0:
            return None
        if p.get("do_pdf") == "1":
            return Response(200, PDF, {"Content-Type": "application/pdf"}) if sid in BY_ID else None
        itemid = _int(p.get("Itemid") or p.get("itemid"), -1)
        if p.get("task") == "emailform" and sid in BY_ID:
            return email_form(request, BY_ID[sid], itemid or 0)
        if p.get("task") == "view":
            if sid in BY_ID:
                s = BY_ID[sid]
                return print_page(request, s, itemid if itemid and itemid > 0 else home_itemid(s))
            if sid in STATIC:
                return static_page(request, sid, printing=True)
            return popup(request, "Lỗi", "Bạn không có quyền truy cập vào trang này.")
        return None

    def _post(self, request: Request) -> Response | None:
        form = {**request.params, **request.form}
        option = form.get("option", "")
        if request.path not in ("/", "/index.php"):
            return None
        if option == "com_search":
            return search_page(request, form.get("searchword", ""))
        if option == "com_content" and form.get("task") == "vote":
            sid = _int(form.get("cid"), -1)
            if sid in BY_ID:
                return redirect(view_path(sid, home_itemid(BY_ID[sid])))
            return None
        if option == "com_content" and form.get("task") == "category":
            return category_table(request, form)
        if option == "com_poll":
            return redirect("/index.php?option=com_poll&task=results&id=14")
        if option == "com_contact":
            return page(
                request,
                "Liên hệ",
                "<p>Cảm ơn bạn đã gửi thư cho chúng tôi.</p>",
                [("Liên hệ", None)],
            )
        return None


def build_site() -> MamboSite:
    return MamboSite()


# --- gold --------------------------------------------------------------------------------------

ALT_EXTRA: dict[int, list[str]] = {
    61: [view_path(61, 1)],
    58: [view_path(58, 1)],
    59: [view_path(59, 1)],
    52: ["/content/view/52/28/"],
    56: ["/content/view/56/29/"],
    51: [view_path(51, 99)],
    57: [
        view_path(57, 31, "&limit=1&limitstart=0"),
        view_path(57, 31, "&limit=1&limitstart=1"),
        view_path(57, 31, "&limit=1&limitstart=2"),
        view_path(57, 31, "&showall=1"),
    ],
}


def _house_conventions(record: dict, s: Story) -> dict:
    """Harmonised after the first crawl (round 76) to the house's conventions, which the helper's
    brief had stated wrongly or not at all: a caption's enclosing parentheses are taken off, and
    the "-" of Word's ``mso-list:Ignore`` marker is the list's bullet, no text (php_msword_thcs)."""
    bullets = {b.text: b.text[2:] for b in s.blocks if isinstance(b, P) and b.style == "wordli"}
    record["body"] = "\n\n".join(bullets.get(p, p) for p in record["body"].split("\n\n"))
    for image in record["images"]:
        caption = image["caption"]
        if caption and caption.startswith("(") and caption.endswith(")"):
            image["caption"] = caption[1:-1]
    return record


def _gold(s: Story) -> dict:
    itemid = home_itemid(s)
    path = view_path(s.id, itemid)
    alts = [*ALT_EXTRA.get(s.id, []), print_path(s.id, itemid)]
    return _house_conventions(gold_record(s, path, s.cat, canonical_path=path, alt_paths=alts), s)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    view_path(3, 2),  # Lịch sử hình thành và phát triển (static content)
    view_path(4, 3),  # Cơ cấu tổ chức (static content)
    view_path(5, 32),  # Lịch giảng dạy tháng 12/2026 (static content, a calendar)
    "/index.php?option=com_contact&task=view&contact_id=1&Itemid=42",
    "/index.php?option=com_docman&task=doc_details&gid=27&Itemid=40",
    "/index.php?option=com_docman&task=doc_details&gid=26&Itemid=40",
    "/index.php?option=com_zoom&Itemid=41&catid=5",
]
