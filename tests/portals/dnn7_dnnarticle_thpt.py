"""DotNetNuke 7 + a DNNArticle-like article module: Trường THPT Chuyên Lương Văn Tụy (Ninh Bình).

Platform
--------
DotNetNuke 7.x (ASP.NET WebForms): one ``<form id="Form" method="post"
enctype="multipart/form-data">`` around the whole page with ``__VIEWSTATE`` /
``__EVENTVALIDATION`` / ``__VIEWSTATEGENERATOR``, the ``__doPostBack`` script, a skin
("LVT2014") with panes ``dnn_HeaderPane`` / ``dnn_LeftPane`` / ``dnn_ContentPane`` /
``dnn_RightPane``, DDRMenu markup (``ul.topLevel > li.item.haschild > div.subLevel``), the
breadcrumb skin object ``dnn_dnnBREADCRUMB_lblBreadCrumb`` and module wrappers
``div.DnnModule.DnnModule-DNNArticle.DnnModule-<mid>`` with ``<a name="<mid>">`` and a
container title ``span#dnn_ctr<mid>_dnnTITLE_titleLabel``. The article module (ZLDNN's
DNNArticle clone) has a list control with its own pager, a category tree, an article view with
print/e-mail links, an attachment grid, tags, rating and reader comments. Texts were written
in Telerik RadEditor (and pasted from Word).

URL scheme (DNN "human friendly" URLs, all case-insensitive)
-----------------------------------------------------------
- tabs: ``/<page-name>.aspx`` (what the menu prints), also ``/<page-name>/tabid/<n>/Default.aspx``,
  ``/tabid/<n>/Default.aspx`` and ``/Default.aspx?tabid=<n>``; ``/`` is the home tab (36).
- article lists: ``/tin-tuc/tabid/56/CategoryID/<n>/Default.aspx`` with ``?currentpage=<n>``
  (tab 56: "Tin tức - Sự kiện" id 2, "Đoàn thanh niên" id 4); the tab "Hoạt động chuyên môn"
  (``/hoat-dong-chuyen-mon.aspx``, tab 58, category 3) pages by **postback** only.
- articles: ``/<page-name>/tabid/<n>/ArticleID/<id>/<slug>.aspx`` (the slug is ignored by the
  platform: any slug serves the article); the module-control form
  ``/trang-chu/tabid/36/ctl/ArticleView/mid/380/articleId/<id>/Default.aspx``; the print view
  ``/DesktopModules/DNNArticle/DNNArticlePrint.aspx?articleid=<id>&tabid=<n>&moduleid=<mid>``.
- files: ``/LinkClick.aspx?fileticket=<ticket>&tabid=<n>&mid=<mid>`` (attachments),
  images under ``/Portals/0/Images/…``, list thumbnails from
  ``/DesktopModules/DNNArticle/MakeThumbnail.aspx?Image=…&w=…``.

Page templates
--------------
home (slider "Tin nổi bật", "Tin mới cập nhật" list, notices marquee), tab 56 list (main
list of category 2 + a "Hoạt động Đoàn" box; with ``CategoryID`` only that category), tab 58
list (postback pager), article view (friendly / ctl / other tab), print view, documents list
(tab 60) and document entries, photo-album list (tab 62) and album, intro pages (tabs 53/54),
contact (tab 64, Feedback module), login/terms/privacy (DNN's own, rel=nofollow / footer).

How each gold article is reached
--------------------------------
- Tin tức - Sự kiện (page size 4): 1208, 1199, 1194, 1190 on page 1; **1181 and 1176 only on
  ``?currentpage=2``**.
- Đoàn thanh niên (one page): 1205, 1197, 1184.
- Hoạt động chuyên môn (page size 3): 1203, 1201, 1196 on page 1; **1179 only on the postback
  page 2** (POST ``__EVENTTARGET=dnn$ctr421$ArticleList$rptPager$ctl01$lnkPage`` or
  ``dnn$ctr421$ArticleList$lnkNext``; urlencoded or multipart both accepted).
- Home: the five newest through the ctl form, 1196 (slider) through tab 56, 1208 (slider).
- "Các tin khác" under an article lists only the newest of its category (3 / 2 / 2), and
  "Đọc nhiều nhất" only page-1 articles, so no back door reaches the page-2 articles.

Traps
-----
1. **Postback pager** (not in the README): "Hoạt động chuyên môn" pages with
   ``javascript:__doPostBack('dnn$ctr421$ArticleList$rptPager$ctl01$lnkPage','')`` links; the
   current page is an ``aspNetDisabled`` link; "Sau »" (``lnkNext``) depends on the posted
   ``__VIEWSTATE``; ``?currentpage=2`` on this tab is ignored (page 1 again). Gold: 1179
   (reachable only through the POST) is an article like any other.
2. **Pager duplicates and empty pages** (pagination): tab 56 prints ``?currentpage=1`` ("« Đầu")
   as a second URL of page 1, and ``/tin-tuc.aspx`` shows the same list as ``CategoryID/2``;
   an out-of-range ``currentpage`` answers 200 with "Không có bài viết nào". Gold: listings are
   not articles; 1181/1176 only via ``currentpage=2``.
3. **One article, many URLs** (duplicates): the friendly URL with its slug is the gold path;
   1205's title was edited after publishing and the cached "Các tin khác" boxes still link the
   old slug (``Chung-ket-Rung-chuong-vang.aspx``) which the platform serves as well; the home
   list module has no view tab, so it links the ``ctl/ArticleView/mid/380/articleId/<id>`` form
   (no canonical link there, ``<title>`` is the tab's "Trường … > Trang chủ", breadcrumb only
   "Trang chủ"); the home slider links 1196 (a "Hoạt động chuyên môn" article) through tab 56
   (``/tin-tuc/tabid/56/ArticleID/1196/…``, with a canonical link to tab 58); the print view
   is linked only from an ``onclick`` ``window.open``. Gold: path = the friendly URL on the
   article's own tab with its current slug; every other form above in ``alt_paths``.
4. **vi-VN 12-hour clock** (not in the README): the view prints ``dd/MM/yyyy h:mm:ss tt`` with
   the .NET vi-VN designators SA/CH: "04/12/2026 3:20:00 CH" -> 15:20; "20/11/2026 12:15:00 CH"
   -> 12:15 (noon, not 00:15); "05/11/2026 12:00:00 SA" is midnight -> the day alone.
5. **Listing dates in en-US order** (not in the README): the list control was set to the server
   culture and prints ``M/d/yyyy`` ("11/12/2026" for 12 November, "12/4/2026" for 4 December)
   while the view prints ``dd/MM/yyyy``. Gold dates come from the view.
6. **Other dates next to the publication date**: "Sửa lần cuối: 05/12/2026 7:48:31 SA" after the
   text, reader comments with their own dates, the header's "Thứ Bảy, 05/12/2026". Gold: the
   "Ngày đăng" date only.
7. **CMS account as poster** (bylines): the info bar prints "Đăng bởi: Quản trị Website" (or
   "lvt_admin"); the real signature is a right-aligned line at the end of the text (sometimes at
   the top: 1184), in forms "Tin: X - Ảnh: Y", "Tin, ảnh: X", "ThS. X - Tổ …", "X (Tổ trưởng
   …)", a unit alone ("Đoàn trường", "Công đoàn trường", "Tổ Ngữ văn") or "BBT". Gold: as the
   README says; the account is nobody.
8. **Widgets inside the text's container** (not in the README): the content ``div`` also holds
   the attachment grid (a real ``<table>`` with header row "Tên tệp | Dung lượng | Lượt tải")
   and the AddThis toolbox; right under it come "Sửa lần cuối", a star rating (1205, 1197),
   "Từ khóa" tags and "Các tin khác". Gold: none of it is body; the grid's rows are not table
   paragraphs.
9. **Reader comments** (not in the README): "Ý kiến bạn đọc (2)" under 1199 and 1197, each with
   a name, a later date and paragraphs of text, then a comment form. Gold: not body, no author.
10. **Article-shaped URLs that are not articles** (not in the README): document entries (tab 60)
    and a photo album (tab 62) are served by the same article module at
    ``/…/tabid/<n>/ArticleID/<id>/<slug>.aspx`` with title, "Ngày đăng" and a module body. Gold:
    NON_ARTICLES.
11. **Headline is not a heading** (not in the README): the container title is an ``<h2>`` that
    prints the category ("Tin tức - Sự kiện") or "Chi tiết tin", sidebar modules are ``<h2>``
    too, and the article's headline is a ``<span id="dnn_ctr413_ViewArticle_lblTitle">`` in a
    ``div.zl_tieude``. Gold title: the span's text.
12. **Sapo field**: the module's "Tóm tắt" field is printed bold in its own ``div.zl_tomtat``
    outside the content (gold: summary and the body's first paragraph); one article has no field
    but a bold lead paragraph inside the text (1199, summary = that paragraph); the rest have no
    sapo (summary null, though the list prints an auto-made excerpt and the meta description).
13. **Captions in four forms**: RadEditor's caption table (the caption is the second row of a
    one-column layout table, not a body table row), ``<img><br><em>…</em>`` in one ``<p>``, a
    centred next paragraph in parentheses (parentheses dropped), and "Ảnh: X" credit lines
    (caption null, X a photographer).
14. **Text forms and encodings**: Word ``p.MsoNormal`` with ``<o:p>``, ``div > span`` runs,
    paragraphs separated only by ``<br />`` inside one ``<p>`` (1190), decomposed Unicode (NFD,
    typed with "Unicode tổ hợp") in 1176, named/decimal entities mixed with raw UTF-8 in 1196.
    Gold: NFC text, one paragraph per ``<br>``-separated line.
15. **Lines at the end of the text**: "Xem thêm: <link>" (not body), "(Theo Báo Ninh Bình điện
    tử)" in parentheses under the signer (source "Báo Ninh Bình điện tử"), a body sentence
    "Theo kế hoạch, …" that is text, and a results table whose rows are body paragraphs.

Gold decisions on ambiguous points
----------------------------------
- ``category``: the article module's category, printed as the breadcrumb's last crumb and as
  "Chuyên mục:" in the info bar ("Tin tức - Sự kiện", "Đoàn thanh niên", "Hoạt động chuyên
  môn"), not the tab "Tin tức" above it; for 1196 read through tab 56 it is still "Hoạt động
  chuyên môn".
- 1196's canonical path is the tab-58 URL (its own tab and its canonical link).
- A unit signing alone ("Công đoàn trường", "Đoàn trường", "Tổ Ngữ văn") is the author; "BBT"
  is nobody. "Hồng Nhung" above "(Theo Báo Ninh Bình điện tử)" is the author of the reprint.
- The header row of the results table in 1203 is a body paragraph like the other rows.
- A quoted sentence printed as its own paragraph (1201) is body.
- The album's one-line introduction does not make it an article; document entries are not
  articles although their URLs are article URLs.
"""

from __future__ import annotations

import re
import unicodedata
from email.parser import BytesParser
from email.policy import HTTP
from urllib.parse import parse_qs, quote, unquote

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
    opaque,
    static_file,
    text,
)

NAME = "dnn7_dnnarticle_thpt"
PLATFORM = "DotNetNuke 7 + DNNArticle (ASP.NET WebForms)"
START_PATH = "/"

SCHOOL = "Trường THPT Chuyên Lương Văn Tụy"
HEADER_DATE = "Thứ Bảy, 05/12/2026"

# --- tabs and categories --------------------------------------------------------------------

#: tab id -> (page name in URLs, menu label, page title)
TABS: dict[int, tuple[str, str]] = {
    36: ("trang-chu", "Trang chủ"),
    53: ("gioi-thieu", "Lịch sử truyền thống"),
    54: ("co-cau-to-chuc", "Cơ cấu tổ chức"),
    56: ("tin-tuc", "Tin tức"),
    58: ("hoat-dong-chuyen-mon", "Hoạt động chuyên môn"),
    60: ("van-ban", "Văn bản"),
    62: ("thu-vien-anh", "Thư viện ảnh"),
    64: ("lien-he", "Liên hệ"),
}
TAB_BY_NAME = {name: tid for tid, (name, _label) in TABS.items()}

#: category id -> (name, tab, list module, view module, page size, "other articles" count)
CATS: dict[int, tuple[str, int, int, int, int, int]] = {
    2: ("Tin tức - Sự kiện", 56, 412, 413, 4, 3),
    4: ("Đoàn thanh niên", 56, 412, 413, 4, 2),
    3: ("Hoạt động chuyên môn", 58, 421, 422, 3, 2),
}


def tab_url(tid: int) -> str:
    if tid == 36:
        return "/"
    return f"/{TABS[tid][0]}.aspx"


def cat_url(cid: int, page: int | None = None) -> str:
    tid = CATS[cid][1]
    if tid == 58:
        return tab_url(58)
    url = f"/{TABS[tid][0]}/tabid/{tid}/CategoryID/{cid}/Default.aspx"
    return url + (f"?currentpage={page}" if page else "")


def slugify(title: str) -> str:
    s = title.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^A-Za-z0-9]+", "-", s).strip("-")
    return s


# --- the articles ---------------------------------------------------------------------------

IMG = "/Portals/0/Images/TinTuc/2026"

S1208 = Story(
    1208,
    "",
    "Lễ ra quân đội tuyển học sinh giỏi quốc gia năm học 2026 - 2027",
    "2",
    "2026-12-04T15:20:00+07:00",
    [
        P(
            "Tham dự buổi lễ có ông Đinh Văn Hùng, Phó Giám đốc Sở GD&ĐT Ninh Bình; đại diện lãnh đạo "
            "các phòng chuyên môn của Sở; Ban đại diện cha mẹ học sinh nhà trường cùng toàn thể thầy cô "
            "giáo, học sinh các đội tuyển."
        ),
        Img(f"{IMG}/12/ra-quan-hsgqg-01.jpg", "Các đại biểu dự Lễ ra quân đội tuyển học sinh giỏi quốc gia",
            "Các đại biểu dự Lễ ra quân đội tuyển học sinh giỏi quốc gia", "table"),
        P(
            "Phát biểu khai mạc, nhà giáo Nguyễn Thị Thu Hằng, Hiệu trưởng nhà trường cho biết: năm học "
            "2026 - 2027 là năm thứ hai tỉnh Ninh Bình tham dự kỳ thi chọn học sinh giỏi quốc gia sau "
            "khi hợp nhất, các đội tuyển được tuyển chọn từ ba trường chuyên trên địa bàn tỉnh, trong đó "
            "học sinh Trường THPT Chuyên Lương Văn Tụy chiếm gần 60%."
        ),
        P(
            "Trong thời gian ôn luyện, các đội tuyển được nhà trường bố trí phòng học riêng, tăng cường "
            "thời lượng luyện đề và mời giảng viên Trường Đại học Sư phạm Hà Nội, Trường Đại học Khoa học "
            "Tự nhiên (ĐHQG Hà Nội) về trực tiếp giảng dạy các chuyên đề nâng cao."
        ),
        P(
            "Thay mặt các thầy cô giáo tham gia bồi dưỡng, thầy Lê Quang Vinh, Tổ trưởng Tổ Toán - Tin bày "
            "tỏ quyết tâm đồng hành cùng học sinh trong những ngày ôn luyện cuối cùng, phấn đấu giữ vững "
            "thành tích của những năm học trước."
        ),
        Img(f"{IMG}/12/ra-quan-hsgqg-02.jpg",
            "(Em Trần Khánh Linh, lớp 12 Hóa phát biểu quyết tâm thay mặt học sinh các đội tuyển)",
            "Em Trần Khánh Linh, lớp 12 Hóa phát biểu quyết tâm thay mặt học sinh các đội tuyển", "next"),
        P(
            "Phát biểu chỉ đạo, ông Đinh Văn Hùng ghi nhận sự chuẩn bị chu đáo của nhà trường, đồng thời "
            "đề nghị các em giữ gìn sức khỏe, phân bổ thời gian hợp lý và tự tin bước vào kỳ thi dự kiến "
            "diễn ra vào đầu tháng 01/2027."
        ),
        P(
            "Dịp này, Ban đại diện cha mẹ học sinh đã trao 88 suất quà động viên các thí sinh với tổng "
            "trị giá 44 triệu đồng."
        ),
        Raw('<p style="text-align: right;"><strong>Tin: Đinh Quang Huy - Ảnh: Bùi Ngọc Mai</strong></p>'),
    ],
    authors=["Đinh Quang Huy"],
    photographers=["Bùi Ngọc Mai"],
    summary=(
        "Chiều ngày 04/12, Trường THPT Chuyên Lương Văn Tụy long trọng tổ chức Lễ ra quân đội tuyển học "
        "sinh giỏi quốc gia năm học 2026 - 2027 với 88 học sinh tham gia 10 đội tuyển của tỉnh."
    ),
    sapo_outside=True,
    opts={
        "cat": 2, "date": "04/12/2026 3:20:00 CH", "updated": "05/12/2026 7:48:31 SA",
        "poster": "Quản trị Website", "form": "p", "tags": ["ra quân", "học sinh giỏi quốc gia", "đội tuyển"],
    },
)

S1199 = Story(
    1199,
    "",
    "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    "2",
    "2026-11-20T12:15:00+07:00",
    [
        P(
            "Sáng 20/11, trong không khí phấn khởi của những ngày tháng Mười một, Trường THPT Chuyên Lương "
            "Văn Tụy tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, tôn vinh những đóng góp của đội ngũ "
            "thầy cô giáo qua các thế hệ.",
            "lead",
        ),
        P(
            "Về dự buổi lễ có đại diện lãnh đạo Sở Giáo dục và Đào tạo, lãnh đạo phường Hoa Lư, các thầy "
            "cô giáo nguyên là cán bộ quản lý, giáo viên của nhà trường đã nghỉ hưu cùng đông đảo cựu học "
            "sinh."
        ),
        Img(f"{IMG}/11/IMG_2041.JPG", "Tiết mục văn nghệ chào mừng của học sinh lớp 11 Anh",
            "Tiết mục văn nghệ chào mừng của học sinh lớp 11 Anh", "br"),
        P(
            "Ôn lại truyền thống ngày Nhà giáo Việt Nam, thầy Phạm Văn Toàn, Phó Hiệu trưởng nhà trường "
            "nhấn mạnh: trải qua hơn nửa thế kỷ xây dựng và phát triển, các thế hệ thầy cô giáo Lương Văn "
            "Tụy luôn giữ vững lương tâm, trách nhiệm nghề nghiệp, góp phần đưa nhà trường trở thành một "
            "trong những trường chuyên có bề dày thành tích của cả nước."
        ),
        P(
            "Năm học 2025 - 2026, nhà trường có 71 học sinh đạt giải học sinh giỏi quốc gia, 2 học sinh "
            "được chọn vào đội tuyển dự thi Olympic quốc tế; tỷ lệ học sinh tốt nghiệp THPT đạt 100%, nhiều "
            "em trúng tuyển vào các trường đại học tốp đầu trong và ngoài nước."
        ),
        P(
            "Tại buổi lễ, nhà trường đã trao danh hiệu Chiến sĩ thi đua cơ sở cho 12 thầy cô giáo; khen "
            "thưởng các tập thể, cá nhân đạt thành tích xuất sắc trong Hội giảng chào mừng ngày 20/11."
        ),
        Img(f"{IMG}/11/IMG_2057.JPG", "Ảnh: Phạm Thu Hương", None, "br"),
        P(
            "Đại diện cho các thế hệ học sinh, em Hoàng Minh Quân, Bí thư Đoàn trường đã gửi lời tri ân "
            "sâu sắc cùng những bó hoa tươi thắm tới các thầy cô giáo."
        ),
        Raw('<div style="text-align: right;"><span style="font-size: 13pt;"><strong><em>Tin, ảnh: '
            "Phạm Thu Hương</em></strong></span></div>"),
    ],
    authors=["Phạm Thu Hương"],
    photographers=["Phạm Thu Hương"],
    summary=(
        "Sáng 20/11, trong không khí phấn khởi của những ngày tháng Mười một, Trường THPT Chuyên Lương "
        "Văn Tụy tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, tôn vinh những đóng góp của đội ngũ "
        "thầy cô giáo qua các thế hệ."
    ),
    opts={
        "cat": 2, "date": "20/11/2026 12:15:00 CH", "updated": "21/11/2026 9:02:10 SA",
        "poster": "lvt_admin", "form": "div", "tags": ["20/11", "Nhà giáo Việt Nam"],
        "comments": [
            ("Nguyễn Minh Anh (cựu HS khóa 2019 - 2022)", "20/11/2026 8:12:44 CH",
             "Con chúc các thầy cô luôn mạnh khỏe, hạnh phúc và mãi giữ lửa yêu nghề. Những năm tháng ở "
             "Lương Văn Tụy là quãng thời gian đẹp nhất của con."),
            ("Phụ huynh lớp 10 Toán", "21/11/2026 6:40:02 SA",
             "Cảm ơn các thầy cô đã tận tâm với các con. Chúc nhà trường ngày càng phát triển."),
        ],
    },
)

S1194 = Story(
    1194,
    "",
    "Đoàn công tác Trường THPT Chuyên Hạ Long đến thăm và giao lưu chuyên môn",
    "2",
    "2026-11-12T08:45:00+07:00",
    [
        P(
            "Tiếp và làm việc với đoàn có nhà giáo Nguyễn Thị Thu Hằng, Hiệu trưởng nhà trường cùng các "
            "Phó Hiệu trưởng và tổ trưởng các tổ chuyên môn."
        ),
        P(
            "Tại buổi làm việc, hai bên đã chia sẻ kinh nghiệm trong việc xây dựng chương trình dạy học "
            "các môn chuyên, phát hiện và tuyển chọn học sinh vào đội tuyển, tổ chức các kỳ thi thử theo "
            "định dạng đề thi quốc gia."
        ),
        Img(f"{IMG}/11/giao-luu-chuyen-ha-long.jpg", "(Hai đoàn trao đổi kinh nghiệm tại phòng họp Hội đồng)",
            "Hai đoàn trao đổi kinh nghiệm tại phòng họp Hội đồng", "next"),
        P(
            "Đoàn công tác cũng đã dự giờ 6 tiết dạy tại các lớp chuyên Toán, Vật lý, Tiếng Anh và tham "
            "quan phòng thí nghiệm Hóa - Sinh vừa được đầu tư nâng cấp."
        ),
        P(
            "Kết thúc chuyến thăm, lãnh đạo hai nhà trường thống nhất sẽ duy trì trao đổi đề thi, tài liệu "
            "chuyên đề và tổ chức giao lưu học sinh giữa hai trường vào học kỳ II."
        ),
        Raw('<p class="MsoNormal" align="right" style="text-align:right"><b><span lang="VI" '
            'style="font-size:13.0pt;font-family:&quot;Times New Roman&quot;,serif">ThS. Nguyễn Hữu Thắng '
            "- Tổ Lịch sử - Địa lý<o:p></o:p></span></b></p>"),
    ],
    authors=["Nguyễn Hữu Thắng"],
    summary=(
        "Ngày 11/11, đoàn cán bộ quản lý, giáo viên Trường THPT Chuyên Hạ Long (tỉnh Quảng Ninh) do thầy "
        "Vũ Đức Thịnh, Phó Hiệu trưởng làm trưởng đoàn đã đến thăm, trao đổi kinh nghiệm công tác bồi "
        "dưỡng học sinh giỏi tại Trường THPT Chuyên Lương Văn Tụy."
    ),
    sapo_outside=True,
    opts={"cat": 2, "date": "12/11/2026 8:45:00 SA", "poster": "Quản trị Website", "form": "mso"},
)

S1190 = Story(
    1190,
    "",
    "Hội thảo tư vấn hướng nghiệp, tuyển sinh đại học cho học sinh khối 12",
    "2",
    "2026-11-05",
    [
        P(
            "Nhằm giúp học sinh khối 12 có thêm thông tin để lựa chọn ngành nghề phù hợp, chiều 04/11, "
            "Trường THPT Chuyên Lương Văn Tụy phối hợp với Đại học Bách khoa Hà Nội và Học viện Ngoại giao "
            "tổ chức Hội thảo tư vấn hướng nghiệp, tuyển sinh đại học năm 2027."
        ),
        P("Hơn 400 học sinh khối 12 cùng đông đảo cha mẹ học sinh đã tham dự hội thảo."),
        P(
            "Các chuyên gia tuyển sinh đã giới thiệu những điểm mới trong quy chế tuyển sinh đại học năm "
            "2027, các phương thức xét tuyển kết hợp điểm thi tốt nghiệp THPT với chứng chỉ quốc tế và kết "
            "quả kỳ thi đánh giá tư duy."
        ),
        Img(f"{IMG}/11/hoi-thao-huong-nghiep.jpg", None, None, "none"),
        P(
            "Phần giao lưu, hỏi đáp diễn ra sôi nổi với nhiều câu hỏi về cơ hội việc làm của các ngành "
            "công nghệ bán dẫn, trí tuệ nhân tạo, quan hệ quốc tế và cách chuẩn bị hồ sơ du học."
        ),
        P(
            "Theo kế hoạch, nhà trường sẽ tiếp tục tổ chức các buổi tư vấn theo nhóm ngành vào tháng 12 và "
            "tháng 01/2027."
        ),
        Raw('<p><em>Xem thêm: <a href="/tin-tuc/tabid/56/ArticleID/1194/'
            'Doan-cong-tac-Truong-THPT-Chuyen-Ha-Long-den-tham-va-giao-luu-chuyen-mon.aspx">Đoàn công tác '
            "Trường THPT Chuyên Hạ Long đến thăm và giao lưu chuyên môn</a></em></p>"),
        Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
    ],
    opts={"cat": 2, "date": "05/11/2026 12:00:00 SA", "poster": "Quản trị Website", "form": "br"},
)

S1181 = Story(
    1181,
    "",
    "Phát động phong trào thi đua chào mừng 44 năm Ngày Nhà giáo Việt Nam",
    "2",
    "2026-10-22T07:30:00+07:00",
    [
        P("Đợt thi đua diễn ra từ ngày 19/10 đến ngày 20/11/2026 với các nội dung chính:"),
        P("Thi đua dạy tốt, học tốt; đăng ký giờ học tốt, tuần học tốt ở tất cả các lớp;", "li"),
        P("Hội giảng cấp trường dành cho giáo viên dưới 35 tuổi;", "li"),
        P("Thi làm báo tường, thi văn nghệ theo chủ đề “Tri ân thầy cô”;", "li"),
        P("Giải bóng đá nam, bóng chuyền nữ học sinh.", "li"),
        P(
            "Các chi đoàn, tổ công đoàn đăng ký danh hiệu thi đua với Ban Thường trực trước ngày 25/10. "
            "Kết quả thi đua sẽ được tổng kết và khen thưởng tại Lễ kỷ niệm Ngày Nhà giáo Việt Nam."
        ),
        Raw('<p style="text-align: right;"><strong>Công đoàn trường</strong></p>'),
    ],
    authors=["Công đoàn trường"],
    summary=(
        "Sáng 19/10, tại buổi chào cờ đầu tuần, Ban Chấp hành Công đoàn và Đoàn trường đã phát động đợt "
        "thi đua cao điểm chào mừng 44 năm Ngày Nhà giáo Việt Nam 20/11."
    ),
    sapo_outside=True,
    opts={"cat": 2, "date": "22/10/2026 7:30:00 SA", "poster": "Quản trị Website", "form": "p"},
)

S1176 = Story(
    1176,
    "",
    "Hội nghị viên chức, người lao động năm học 2026 - 2027",
    "2",
    "2026-10-09T14:00:00+07:00",
    [
        P(
            "Chiều 08/10, Trường THPT Chuyên Lương Văn Tụy tổ chức Hội nghị viên chức, người lao động năm "
            "học 2026 - 2027. Tham dự hội nghị có 112 cán bộ, giáo viên, nhân viên trong toàn trường."
        ),
        P(
            "Hội nghị đã nghe báo cáo tổng kết năm học 2025 - 2026, phương hướng nhiệm vụ năm học mới; "
            "báo cáo công khai tài chính và báo cáo hoạt động của Ban Thanh tra nhân dân."
        ),
        P(
            "Năm học 2026 - 2027, nhà trường đặt mục tiêu duy trì tỷ lệ học sinh đạt giải quốc gia trên "
            "70%, đẩy mạnh chuyển đổi số trong quản lý và dạy học, thực hiện hiệu quả Chương trình giáo dục "
            "phổ thông 2018 ở cả ba khối lớp."
        ),
        P(
            "Các đại biểu đã thảo luận, đóng góp nhiều ý kiến tâm huyết về quy chế chi tiêu nội bộ, quy "
            "chế thi đua khen thưởng và việc bố trí phòng học cho các câu lạc bộ học thuật."
        ),
        Img(f"{IMG}/10/hoi-nghi-vien-chuc.jpg", "Ảnh: Trần Minh Đức", None, "next"),
        P(
            "Hội nghị đã biểu quyết thông qua nghị quyết với 100% đại biểu nhất trí và bầu Ban Thanh tra "
            "nhân dân nhiệm kỳ 2026 - 2028 gồm 3 đồng chí."
        ),
        Raw('<p style="text-align: right;"><strong>Vũ Thị Lan Anh</strong></p>'),
    ],
    authors=["Vũ Thị Lan Anh"],
    photographers=["Trần Minh Đức"],
    opts={"cat": 2, "date": "09/10/2026 2:00:00 CH", "poster": "Quản trị Website", "form": "p", "nfd": True},
)

S1205 = Story(
    1205,
    "",
    "Chung kết cuộc thi “Rung chuông vàng” khối 10 năm học 2026 - 2027",
    "4",
    "2026-11-28T16:10:00+07:00",
    [
        P(
            "Cuộc thi gồm 30 câu hỏi thuộc các lĩnh vực văn hóa, lịch sử, địa lý quê hương Ninh Bình, khoa "
            "học tự nhiên và hiểu biết xã hội. Sau mỗi câu hỏi, những thí sinh trả lời sai sẽ rời sàn thi "
            "đấu."
        ),
        Img(f"{IMG}/11/rung-chuong-vang-01.jpg", "Toàn cảnh sàn thi đấu tại sân trường",
            "Toàn cảnh sàn thi đấu tại sân trường", "table"),
        P(
            "Trải qua những phần thi gay cấn, em Nguyễn Bảo Ngọc, lớp 10 Sinh đã xuất sắc vượt qua câu "
            "hỏi thứ 27 và trở thành thí sinh duy nhất còn lại trên sàn đấu."
        ),
        P(
            "Ban tổ chức đã trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và giải tập thể cổ vũ ấn tượng cho chi "
            "đoàn 10 Văn."
        ),
        Img(f"{IMG}/11/rung-chuong-vang-02.jpg", "Em Nguyễn Bảo Ngọc nhận giải Nhất cuộc thi",
            "Em Nguyễn Bảo Ngọc nhận giải Nhất cuộc thi", "table"),
        Raw('<div style="text-align: right;"><strong>Đoàn trường</strong></div>'),
    ],
    authors=["Đoàn trường"],
    summary=(
        "Chiều 27/11, Đoàn trường THPT Chuyên Lương Văn Tụy tổ chức vòng chung kết cuộc thi “Rung chuông "
        "vàng” dành cho học sinh khối 10 với sự tham gia của 100 thí sinh đến từ 10 lớp chuyên."
    ),
    sapo_outside=True,
    opts={
        "cat": 4, "date": "28/11/2026 4:10:00 CH", "poster": "doantruong.lvt", "form": "div",
        "old_slug": "Chung-ket-Rung-chuong-vang", "rating": (4, 17),
    },
)

S1197 = Story(
    1197,
    "",
    "Hiến máu tình nguyện “Giọt hồng Lương Văn Tụy” lần thứ V",
    "4",
    "2026-11-15T10:05:00+07:00",
    [
        P(
            "Ngay từ 7 giờ sáng, đông đảo đoàn viên là học sinh khối 12 đủ 18 tuổi, giáo viên và cha mẹ "
            "học sinh đã có mặt tại nhà đa năng của trường để đăng ký, khám sàng lọc."
        ),
        P(
            "Kết quả, ngày hội đã tiếp nhận 186 đơn vị máu. Nhiều thầy cô giáo đã hiến máu từ 10 lần trở "
            "lên, trở thành tấm gương để các em học sinh noi theo."
        ),
        Img(f"{IMG}/11/hien-mau-2026.jpg", "(Đoàn viên khối 12 tham gia hiến máu)",
            "Đoàn viên khối 12 tham gia hiến máu", "next"),
        P(
            "Em Lê Hoàng Anh, lớp 12 Lý chia sẻ: “Đây là lần đầu tiên em hiến máu. Em thấy rất vui vì một "
            "giọt máu cho đi có thể góp phần cứu sống người bệnh.”"
        ),
        P(
            "Ngày hội là hoạt động thiết thực hưởng ứng phong trào “Tuổi trẻ Ninh Bình vì cộng đồng”, góp "
            "phần giáo dục lòng nhân ái cho đoàn viên, thanh niên."
        ),
        Raw('<p style="text-align: right;"><strong>Hồng Nhung</strong></p>'
            '<p style="text-align: right;"><em>(Theo Báo Ninh Bình điện tử)</em></p>'),
    ],
    authors=["Hồng Nhung"],
    source="Báo Ninh Bình điện tử",
    summary=(
        "Sáng 14/11, Đoàn trường THPT Chuyên Lương Văn Tụy phối hợp với Trung tâm Y tế khu vực Hoa Lư tổ "
        "chức Ngày hội hiến máu tình nguyện “Giọt hồng Lương Văn Tụy” lần thứ V."
    ),
    sapo_outside=True,
    opts={
        "cat": 4, "date": "15/11/2026 10:05:00 SA", "poster": "doantruong.lvt", "form": "p",
        "comments": [
            ("Trần Thị Hà", "15/11/2026 9:31:18 CH",
             "Rất ý nghĩa! Năm sau con em đủ tuổi cũng sẽ đăng ký tham gia."),
            ("Lê Văn Sơn - cựu HS K30", "16/11/2026 7:05:50 SA",
             "Tự hào về các em. Giọt hồng Lương Văn Tụy năm nào cũng đông vui."),
        ],
        "rating": (5, 9),
    },
)

S1184 = Story(
    1184,
    "",
    "Ra mắt Câu lạc bộ Khoa học - Công nghệ (STEM Club) năm học 2026 - 2027",
    "4",
    "2026-10-26T09:20:00+07:00",
    [
        Raw('<p style="text-align: right;"><em>Nguyễn Thị Minh Ngọc – Phó Bí thư Đoàn trường</em></p>'),
        P(
            "Sáng 24/10, Đoàn trường tổ chức lễ ra mắt Câu lạc bộ Khoa học - Công nghệ (STEM Club) năm học "
            "2026 - 2027 với 65 thành viên là học sinh các lớp chuyên Toán, Tin học, Vật lý, Hóa học và "
            "Sinh học."
        ),
        P(
            "Câu lạc bộ gồm 4 nhóm: Lập trình và trí tuệ nhân tạo, Robotics, Thiết kế mô hình khoa học và "
            "Truyền thông khoa học. Mỗi nhóm do một thầy cô giáo của tổ chuyên môn trực tiếp hướng dẫn."
        ),
        P(
            "Tại buổi ra mắt, các thành viên khóa trước đã giới thiệu mô hình hệ thống tưới cây tự động và "
            "robot phân loại rác đạt giải Ba cuộc thi Khoa học kỹ thuật cấp tỉnh năm học 2025 - 2026."
        ),
        Img(f"{IMG}/10/clb-stem-ra-mat.jpg", "Thành viên câu lạc bộ giới thiệu mô hình robot phân loại rác",
            "Thành viên câu lạc bộ giới thiệu mô hình robot phân loại rác", "br"),
        P(
            "Câu lạc bộ sinh hoạt định kỳ vào chiều thứ Bảy hằng tuần tại phòng Tin học số 2. Học sinh có "
            "nhu cầu tham gia đăng ký với Ban chấp hành chi đoàn lớp trước ngày 15/11."
        ),
    ],
    authors=["Nguyễn Thị Minh Ngọc"],
    opts={
        "cat": 4, "date": "26/10/2026 9:20:00 SA", "poster": "doantruong.lvt", "form": "p",
        "attachments": [("Ke_hoach_hoat_dong_CLB_STEM_2026-2027.pdf", "248 KB", 37, "cLbStEm2026kH%3d")],
    },
)

S1203 = Story(
    1203,
    "",
    "Kết quả kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027",
    "3",
    "2026-12-02T10:40:00+07:00",
    [
        P(
            "Kỳ thi diễn ra trong hai ngày 25 và 26/11/2026 với 10 môn thi gồm Toán, Vật lý, Hóa học, Sinh "
            "học, Tin học, Ngữ văn, Lịch sử, Địa lý, Tiếng Anh và Tiếng Pháp."
        ),
        P("Kết quả cụ thể theo từng môn như sau:"),
        P("Môn thi | Nhất | Nhì | Ba | Khuyến khích", "th"),
        P("Toán | 4 | 5 | 3 | 2", "tr"),
        P("Vật lý | 3 | 6 | 4 | 1", "tr"),
        P("Hóa học | 5 | 4 | 3 | 2", "tr"),
        P("Sinh học | 3 | 5 | 4 | 2", "tr"),
        P("Tin học | 4 | 3 | 4 | 3", "tr"),
        P("Ngữ văn | 2 | 5 | 5 | 2", "tr"),
        P("Tiếng Anh | 4 | 6 | 3 | 1", "tr"),
        P("Các môn khác | 6 | 16 | 14 | 8", "tr"),
        P("Tổng | 31 | 50 | 40 | 21", "tr"),
        P(
            "Nhà trường có 8 học sinh đạt điểm cao nhất tỉnh ở các môn thi. Kết quả kỳ thi là một trong "
            "những căn cứ để xét công nhận danh hiệu học sinh giỏi và khen thưởng cuối năm học."
        ),
        P(
            "Ban Giám hiệu nhà trường biểu dương tinh thần nỗ lực của các em học sinh và sự tận tâm của đội "
            "ngũ giáo viên bồi dưỡng."
        ),
        Raw('<p style="text-align: right;"><strong>TS. Nguyễn Văn Khải - Phó Hiệu trưởng</strong></p>'),
    ],
    authors=["Nguyễn Văn Khải"],
    summary=(
        "Theo kết quả do Sở Giáo dục và Đào tạo công bố ngày 01/12, học sinh Trường THPT Chuyên Lương Văn "
        "Tụy đạt 142 giải tại kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12, trong đó có 31 giải Nhất."
    ),
    sapo_outside=True,
    opts={
        "cat": 3, "date": "02/12/2026 10:40:00 SA", "poster": "Quản trị Website", "form": "p",
        "attachments": [("Danh sach hoc sinh dat giai HSG tinh lop 12.xlsx", "56 KB", 214, "hSgT12kQ2026%3d")],
    },
)

S1201 = Story(
    1201,
    "",
    "Sinh hoạt chuyên đề “Dạy học phát triển năng lực tư duy phản biện qua môn Ngữ văn”",
    "3",
    "2026-11-25T15:00:00+07:00",
    [
        P(
            "Thực hiện kế hoạch sinh hoạt chuyên môn năm học 2026 - 2027, chiều 24/11, Tổ Ngữ văn tổ chức "
            "sinh hoạt chuyên đề “Dạy học phát triển năng lực tư duy phản biện qua môn Ngữ văn” với sự tham "
            "gia của giáo viên Ngữ văn các trường THPT trên địa bàn phường Hoa Lư."
        ),
        P(
            "Báo cáo viên của chuyên đề là cô Trần Thị Thanh Hoa, Tổ trưởng chuyên môn. Cô đã trình bày cơ "
            "sở lý luận về tư duy phản biện, các mức độ biểu hiện của năng lực này ở học sinh trung học phổ "
            "thông và những kỹ thuật dạy học có thể vận dụng như đặt câu hỏi mở, tranh biện, phản hồi đồng "
            "đẳng."
        ),
        P(
            "“Tư duy phản biện không phải là phủ định, mà là biết đặt câu hỏi đúng trước một văn bản, một ý "
            "kiến hay chính suy nghĩ của mình”, cô Thanh Hoa chia sẻ.",
            "quote",
        ),
        P(
            "Sau phần báo cáo, các thầy cô đã dự tiết dạy minh họa bài “Nghị luận về một vấn đề xã hội” tại "
            "lớp 11 Văn do cô Đỗ Thị Thu Trang thực hiện. Học sinh được chia thành các nhóm tranh biện về "
            "chủ đề “Mạng xã hội có làm người trẻ cô đơn hơn?”."
        ),
        Img(f"{IMG}/11/chuyen-de-ngu-van.jpg", "(Học sinh lớp 11 Văn tranh biện trong tiết dạy minh họa)",
            "Học sinh lớp 11 Văn tranh biện trong tiết dạy minh họa", "next"),
        P(
            "Trong phần thảo luận, nhiều ý kiến cho rằng cần xây dựng bộ tiêu chí đánh giá năng lực tư duy "
            "phản biện phù hợp với từng khối lớp và tăng cường các dạng đề mở trong kiểm tra định kỳ."
        ),
        P(
            "Chuyên đề đã cung cấp cho giáo viên thêm những gợi ý thiết thực để đổi mới phương pháp dạy "
            "học theo định hướng phát triển phẩm chất, năng lực người học."
        ),
        Raw('<p class="MsoNormal" align="right" style="text-align:right"><b><span lang="VI" '
            'style="font-size:13.0pt">Tổ Ngữ văn<o:p></o:p></span></b></p>'),
    ],
    authors=["Tổ Ngữ văn"],
    opts={"cat": 3, "date": "25/11/2026 3:00:00 CH", "poster": "Quản trị Website", "form": "mso"},
)

S1196 = Story(
    1196,
    "",
    "Tổng kết Hội giảng chào mừng Ngày Nhà giáo Việt Nam 20/11",
    "3",
    "2026-11-18T16:45:00+07:00",
    [
        P(
            "Hội giảng năm nay có 38 giáo viên đăng ký tham gia, tập trung vào các chủ đề vận dụng công nghệ "
            "số và trí tuệ nhân tạo trong thiết kế hoạt động học tập."
        ),
        P(
            "Ban Giám khảo gồm các thầy cô trong Ban Giám hiệu và tổ trưởng các tổ chuyên môn đã dự giờ, "
            "đánh giá theo tiêu chí của Công văn 5512/BGDĐT-GDTrH."
        ),
        Img(f"{IMG}/11/hoi-giang-vat-ly.jpg", "Tiết dạy môn Vật lý của thầy Mai Xuân Trường tại lớp 10 Lý",
            "Tiết dạy môn Vật lý của thầy Mai Xuân Trường tại lớp 10 Lý", "table"),
        P(
            "Nhiều tiết dạy được đánh giá cao về tính sáng tạo như tiết Hóa học sử dụng phòng thí nghiệm "
            "ảo, tiết Lịch sử với hoạt động đóng vai nhân vật, tiết Tiếng Anh kết hợp dự án truyền thông."
        ),
        P("Kết quả, Ban tổ chức đã trao 4 giải Nhất, 6 giải Nhì, 8 giải Ba cho các tiết dạy xuất sắc."),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Bùi Ngọc Mai</strong></p>'),
    ],
    authors=["Bùi Ngọc Mai"],
    photographers=["Bùi Ngọc Mai"],
    summary=(
        "Sau gần một tháng triển khai, Hội giảng cấp trường chào mừng 44 năm Ngày Nhà giáo Việt Nam đã "
        "khép lại với 32 tiết dạy được xếp loại Giỏi."
    ),
    sapo_outside=True,
    opts={"cat": 3, "date": "18/11/2026 4:45:00 CH", "poster": "Quản trị Website", "form": "p", "entities": 2},
)

S1179 = Story(
    1179,
    "",
    "Sinh hoạt chuyên môn theo nghiên cứu bài học tại Tổ Toán - Tin",
    "3",
    "2026-10-15T14:30:00+07:00",
    [
        P(
            "Ngày 13/10, Tổ Toán - Tin tổ chức buổi sinh hoạt chuyên môn theo hướng nghiên cứu bài học đầu "
            "tiên của năm học 2026 - 2027."
        ),
        P("Tiết dạy minh họa", "h"),
        P(
            "Tiết dạy minh họa bài “Xác suất của biến cố” tại lớp 11 Toán 1 do thầy Phạm Đức Long thực "
            "hiện. Thay vì giảng giải công thức, thầy tổ chức cho học sinh làm thí nghiệm tung đồng xu, gieo "
            "xúc xắc theo nhóm, ghi chép kết quả và tự rút ra nhận xét."
        ),
        Img(f"{IMG}/10/nghien-cuu-bai-hoc-toan.jpg", None, None, "none"),
        P("Thảo luận sau giờ dạy", "h"),
        P(
            "Các thầy cô dự giờ tập trung quan sát hoạt động học của học sinh: em nào tích cực, em nào còn "
            "lúng túng và nguyên nhân vì sao. Nhiều ý kiến đề xuất điều chỉnh thời lượng hoạt động nhóm và "
            "bổ sung phiếu học tập phân hóa."
        ),
        P(
            "Buổi sinh hoạt giúp giáo viên trong tổ có thêm cơ hội học hỏi lẫn nhau, hướng tới mục tiêu mọi "
            "học sinh đều được tham gia vào quá trình học tập."
        ),
        Raw('<div style="text-align: right;"><span style="font-size: 13pt;"><strong>Lê Quang Vinh (Tổ '
            "trưởng Tổ Toán - Tin)</strong></span></div>"),
    ],
    authors=["Lê Quang Vinh"],
    opts={"cat": 3, "date": "15/10/2026 2:30:00 CH", "poster": "Quản trị Website", "form": "div"},
)

STORIES: list[Story] = [
    S1208, S1203, S1205, S1201, S1199, S1196, S1197, S1194, S1190, S1184, S1181, S1179, S1176,
]
for _s in STORIES:
    _s.slug = slugify(_s.title)
STORY_BY_ID = {s.id: s for s in STORIES}
# newest first (the order every list prints)
STORIES.sort(key=lambda s: s.published_at, reverse=True)


def cat_of(story: Story) -> int:
    return story.opts["cat"]


def in_cat(cid: int) -> list[Story]:
    return [s for s in STORIES if cat_of(s) == cid]


def art_url(story: Story, tid: int | None = None, slug: str | None = None) -> str:
    tid = tid or CATS[cat_of(story)][1]
    return f"/{TABS[tid][0]}/tabid/{tid}/ArticleID/{story.id}/{slug or story.slug}.aspx"


def ctl_url(story: Story) -> str:
    return f"/trang-chu/tabid/36/ctl/ArticleView/mid/380/articleId/{story.id}/Default.aspx"


def print_url(story: Story, tid: int | None = None) -> str:
    tid = tid or CATS[cat_of(story)][1]
    mid = VIEW_MID[tid]
    return f"/DesktopModules/DNNArticle/DNNArticlePrint.aspx?articleid={story.id}&tabid={tid}&moduleid={mid}"


def other_url(story: Story) -> str:
    """How the cached "Các tin khác" box links a story (1205 still under its old slug)."""
    return art_url(story, slug=story.opts.get("old_slug"))


HOME_LATEST = STORIES[:5]
SLIDER = [S1196, S1208]
MOST_READ = [S1199, S1197, S1203]

# --- non-articles served by the article module ----------------------------------------------

DOCS = [
    {
        "id": 1150,
        "slug": "Cong-van-so-215-ve-viec-to-chuc-thi-chon-HSG-cap-tinh-lop-12",
        "title": "Công văn số 215/THPTC-CM về việc tổ chức thi chọn học sinh giỏi cấp tỉnh lớp 12",
        "date": "10/11/2026 9:15:00 SA",
        "fields": [
            ("Số/Ký hiệu", "215/THPTC-CM"),
            ("Ngày ban hành", "10/11/2026"),
            ("Loại văn bản", "Công văn"),
            ("Cơ quan ban hành", SCHOOL),
            ("Người ký", "Nguyễn Thị Thu Hằng"),
            ("Trích yếu", "V/v tổ chức cho học sinh tham dự kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học "
                          "2026 - 2027"),
        ],
        "file": ("CV 215 thi HSG tinh lop 12.pdf", "fTkT215cVhSg%3d"),
    },
    {
        "id": 1152,
        "slug": "Ke-hoach-kiem-tra-danh-gia-giua-hoc-ky-I-nam-hoc-2026-2027",
        "title": "Kế hoạch kiểm tra, đánh giá giữa học kỳ I năm học 2026 - 2027",
        "date": "21/10/2026 4:02:00 CH",
        "fields": [
            ("Số/Ký hiệu", "198/KH-THPTC"),
            ("Ngày ban hành", "20/10/2026"),
            ("Loại văn bản", "Kế hoạch"),
            ("Cơ quan ban hành", SCHOOL),
            ("Người ký", "Phạm Văn Toàn"),
            ("Trích yếu", "Kế hoạch kiểm tra, đánh giá giữa học kỳ I các khối 10, 11, 12"),
        ],
        "file": ("KH 198 kiem tra giua ky I.pdf", "kH198gKi2026%3d"),
    },
]
DOC_BY_ID = {d["id"]: d for d in DOCS}
ALBUM = {
    "id": 1160,
    "slug": "Album-anh-Le-khai-giang-nam-hoc-2026-2027",
    "title": "Album ảnh: Lễ khai giảng năm học 2026 - 2027",
    "date": "05/09/2026 6:30:00 CH",
}
ALBUM_URL = f"/thu-vien-anh/tabid/62/ArticleID/{ALBUM['id']}/{ALBUM['slug']}.aspx"


def doc_url(doc: dict) -> str:
    return f"/van-ban/tabid/60/ArticleID/{doc['id']}/{doc['slug']}.aspx"


#: fileticket (decoded) -> file name
FILES: dict[str, str] = {}
for _s in STORIES:
    for _name, _size, _hits, _ticket in _s.opts.get("attachments", []):
        FILES[unquote(_ticket)] = _name
for _d in DOCS:
    FILES[unquote(_d["file"][1])] = _d["file"][0]


def linkclick(ticket: str, tid: int, mid: int) -> str:
    return f"/LinkClick.aspx?fileticket={ticket}&amp;tabid={tid}&amp;portalid=0&amp;mid={mid}"


for _s in STORIES:
    _s.cat = CATS[cat_of(_s)][0]

# --- small pieces -----------------------------------------------------------------------------

#: view module of each tab that shows articles (the ctl form runs the home list module 380)
VIEW_MID = {56: 413, 58: 422, 36: 380, 60: 431, 62: 441}


def us_date(story: Story) -> str:
    """How the list control prints a date: the server's en-US culture, M/d/yyyy."""
    y, m, d = story.published_at[:10].split("-")
    return f"{int(m)}/{int(d)}/{y}"


def tx(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")), entities=int(story.opts.get("entities", 0)))


def excerpt(story: Story, size: int = 170) -> str:
    src = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    if len(src) <= size:
        return src
    return src[:size].rsplit(" ", 1)[0] + "..."


def thumb(story: Story, w: int = 150, h: int = 100) -> str:
    imgs = story.images
    src = imgs[0].src if imgs else "/Portals/0/Images/no-image.jpg"
    return f"/DesktopModules/DNNArticle/MakeThumbnail.aspx?Image={quote(src, safe='')}&amp;w={w}&amp;h={h}"


def module(mid: int, kind: str, title: str, inner: str, container: str = "ctnr_tin") -> str:
    return f"""<div class="DnnModule DnnModule-{kind} DnnModule-{mid}"><a name="{mid}"></a>
<div class="{container}">
  <h2 class="{container}_head"><span id="dnn_ctr{mid}_dnnTITLE_titleLabel" class="TitleHead">{esc(title)}</span></h2>
  <div id="dnn_ctr{mid}_ContentPane" class="{container}_body">
    <!-- Start_Module_{mid} --><div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent Mod{kind}C">
{inner}
    </div><!-- End_Module_{mid} -->
  </div>
</div>
</div>"""


def _menu(tid: int) -> str:
    def item(label: str, href: str, cls: str, sub: str = "", on: bool = False) -> str:
        sel = " selected" if on else ""
        return f'<li class="item{cls}{sel}"><a href="{href}"><div><span>{esc(label)}</span></div></a>{sub}</li>'

    intro = (
        '<div class="subLevel"><ul>'
        + item("Lịch sử truyền thống", tab_url(53), " first")
        + item("Cơ cấu tổ chức", tab_url(54), " last")
        + "</ul></div>"
    )
    news = (
        '<div class="subLevel"><ul>'
        + item("Tin tức - Sự kiện", cat_url(2), " first")
        + item("Đoàn thanh niên", cat_url(4), " last")
        + "</ul></div>"
    )
    return (
        '<div id="dnnMenu" class="lvtMenu"><ul class="topLevel">'
        + item("Trang chủ", "/", " first", on=tid == 36)
        + '<li class="item haschild'
        + (" selected" if tid in (53, 54) else "")
        + '"><a href="javascript:void(0)" class="disabled"><div><span>Giới thiệu</span></div></a>'
        + intro
        + "</li>"
        + item("Tin tức", tab_url(56), " haschild", news, on=tid == 56)
        + item("Chuyên môn", tab_url(58), "", on=tid == 58)
        + item("Văn bản", tab_url(60), "", on=tid == 60)
        + item("Thư viện ảnh", tab_url(62), "", on=tid == 62)
        + item("Liên hệ", tab_url(64), " last", on=tid == 64)
        + "</ul></div>"
    )


def _left() -> str:
    tree = (
        '<div class="zlCatTree" id="dnn_ctr415_CategoryTree_divTree"><ul class="zl_cay">'
        f'<li class="zl_goc"><a href="{tab_url(56)}">Tin tức</a><ul>'
        f'<li><a href="{cat_url(2)}">Tin tức - Sự kiện</a> <span class="zl_dem">({len(in_cat(2))})</span></li>'
        f'<li><a href="{cat_url(4)}">Đoàn thanh niên</a> <span class="zl_dem">({len(in_cat(4))})</span></li>'
        "</ul></li>"
        f'<li class="zl_goc"><a href="{tab_url(58)}">Hoạt động chuyên môn</a> '
        f'<span class="zl_dem">({len(in_cat(3))})</span></li>'
        "</ul></div>"
    )
    most = "".join(
        f'<li><a href="{art_url(s)}" title="{esc(s.title)}">{esc(s.title)}</a></li>' for s in MOST_READ
    )
    counter = (
        '<table class="tk_truycap" cellspacing="0" cellpadding="2">'
        '<tr><td><img src="/Portals/0/Skins/LVT2014/images/online.gif" alt="" /> Đang online:</td><td>37</td></tr>'
        "<tr><td>Hôm nay:</td><td>1.204</td></tr>"
        "<tr><td>Hôm qua:</td><td>2.386</td></tr>"
        "<tr><td>Tổng truy cập:</td><td>2.915.633</td></tr></table>"
    )
    poll = (
        '<div class="binhchon"><p class="bc_cauhoi">Bạn biết đến website của nhà trường qua kênh nào?</p>'
        '<input type="radio" name="dnn$ctr418$Survey$rbl" value="1" id="bc1" /><label for="bc1">Mạng xã hội</label><br />'
        '<input type="radio" name="dnn$ctr418$Survey$rbl" value="2" id="bc2" /><label for="bc2">Giáo viên, bạn bè giới thiệu</label><br />'
        '<input type="radio" name="dnn$ctr418$Survey$rbl" value="3" id="bc3" /><label for="bc3">Công cụ tìm kiếm</label><br />'
        '<a id="dnn_ctr418_Survey_cmdVote" class="dnnPrimaryAction" '
        "href=\"javascript:__doPostBack('dnn$ctr418$Survey$cmdVote','')\">Biểu quyết</a> "
        '<a id="dnn_ctr418_Survey_cmdResults" '
        "href=\"javascript:__doPostBack('dnn$ctr418$Survey$cmdResults','')\">Xem kết quả</a></div>"
    )
    return (
        module(415, "DNNArticleCategory", "Danh mục tin", tree, "ctnr_left")
        + module(416, "DNNArticleMostView", "Đọc nhiều nhất", f'<ul class="zl_docnhieu">{most}</ul>', "ctnr_left")
        + module(417, "CountVisitor", "Thống kê truy cập", counter, "ctnr_left")
        + module(418, "Survey", "Thăm dò ý kiến", poll, "ctnr_left")
    )


def _right() -> str:
    notices = "".join(
        f'<li><img src="/Portals/0/Skins/LVT2014/images/new.gif" alt="" /> <a href="{doc_url(d)}">{esc(d["title"])}</a></li>'
        for d in DOCS
    )
    notices += (
        '<li><a href="https://ninhbinh.edu.vn" target="_blank">Sở GD&amp;ĐT Ninh Bình công bố lịch thi '
        "chọn học sinh giỏi quốc gia năm 2027</a></li>"
    )
    links = (
        '<select class="lienket" onchange="if(this.value!=\'\')window.open(this.value);">'
        '<option value="">--- Liên kết website ---</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://ninhbinh.edu.vn">Sở GD&amp;ĐT Ninh Bình</option>'
        '<option value="https://ninhbinh.gov.vn">Cổng TTĐT tỉnh Ninh Bình</option>'
        '<option value="https://thisinh.thitotnghiepthpt.edu.vn">Hệ thống thi THPT</option></select>'
    )
    banners = (
        '<a href="https://www.facebook.com/thptchuyenluongvantuy" target="_blank">'
        '<img src="/Portals/0/Banner/facebook-lvt.png" alt="Fanpage" /></a>'
        '<a href="https://www.youtube.com/@luongvantuytv" target="_blank">'
        '<img src="/Portals/0/Banner/youtube-lvt.png" alt="Kênh Youtube" /></a>'
    )
    return (
        module(382, "Announcements", "Thông báo", f'<marquee direction="up" scrollamount="2" '
               f'onmouseover="this.stop()" onmouseout="this.start()"><ul class="tb_list">{notices}</ul></marquee>',
               "ctnr_right")
        + module(419, "DNNHTML", "Liên kết", links + banners, "ctnr_right")
    )


SKIN = "/Portals/_default/Skins/LVT2014"


def page(
    request: Request,
    *,
    tid: int,
    title: str,
    crumbs: list[tuple[str, str]],
    content: str,
    sides: bool = True,
    head: str = "",
    description: str = "Trường THPT Chuyên Lương Văn Tụy - Ninh Bình",
    keywords: str = "THPT Chuyên Lương Văn Tụy, Ninh Bình, trường chuyên",
    vs_seed: str = "",
) -> Response:
    action = request.target
    crumb_html = '<span class="sep"> › </span>'.join(
        f'<a href="{href}" class="Breadcrumb">{esc(label)}</a>' for label, href in crumbs
    )
    viewstate = opaque(vs_seed or f"{NAME}|{request.path}|{request.query}", 420, b"\xff\x01")
    returnurl = quote(tab_url(tid), safe="")
    left = f'<div id="dnn_LeftPane" class="LeftPane">{_left()}</div>' if sides else (
        '<div id="dnn_LeftPane" class="LeftPane DNNEmptyPane"></div>')
    right = f'<div id="dnn_RightPane" class="RightPane">{_right()}</div>' if sides else (
        '<div id="dnn_RightPane" class="RightPane DNNEmptyPane"></div>')
    body = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xml:lang="vi-VN" lang="vi-VN" xmlns="http://www.w3.org/1999/xhtml">
<head id="Head">
<!--**********************************************************************************-->
<!-- DotNetNuke® - http://www.dotnetnuke.com                                          -->
<!-- Copyright (c) 2002-2014                                                          -->
<!-- by DotNetNuke Corporation                                                        -->
<!--**********************************************************************************-->
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<meta content="text/javascript" http-equiv="Content-Script-Type" />
<meta content="text/css" http-equiv="Content-Style-Type" />
<meta id="MetaDescription" name="DESCRIPTION" content="{esc(description)}" />
<meta id="MetaKeywords" name="KEYWORDS" content="{esc(keywords)}" />
<meta id="MetaCopyright" name="COPYRIGHT" content="Bản quyền 2026 bởi Trường THPT Chuyên Lương Văn Tụy" />
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />
<meta id="MetaAuthor" name="AUTHOR" content="Trường THPT Chuyên Lương Văn Tụy" />
<meta name="RESOURCE-TYPE" content="DOCUMENT" />
<meta name="DISTRIBUTION" content="GLOBAL" />
<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
<meta name="REVISIT-AFTER" content="1 DAYS" />
<meta name="RATING" content="GENERAL" />
<meta http-equiv="PAGE-ENTER" content="RevealTrans(Duration=0,Transition=1)" />
<style id="StylePlaceholder" type="text/css"></style>
<link href="/Portals/_default/default.css?cdv=52" type="text/css" rel="stylesheet"/>
<link href="/DesktopModules/DNNArticle/module.css?cdv=52" type="text/css" rel="stylesheet"/>
<link href="{SKIN}/skin.css?cdv=52" type="text/css" rel="stylesheet"/>
<link href="/Portals/_default/Containers/LVT2014/container.css?cdv=52" type="text/css" rel="stylesheet"/>
<link href="/Portals/0/portal.css?cdv=52" type="text/css" rel="stylesheet"/>
<script src="/Resources/libraries/jQuery/01_09_01/jquery.js?cdv=52" type="text/javascript"></script>
<script src="/Resources/libraries/jQuery-UI/01_10_03/jquery-ui.js?cdv=52" type="text/javascript"></script>
<link id="favicon" rel="SHORTCUT ICON" href="/Portals/0/favicon.ico?ver=2014-08-11" type="image/x-icon" />
{head}<title>
\t{esc(title)}
</title></head>
<body id="Body">
<form method="post" action="{esc(action)}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) {{
    theForm = document.Form;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZPX7Q2hK0mR1nS2m8tQ1&amp;t=635589219571259667" type="text/javascript"></script>
<script src="/ScriptResource.axd?d=NJmAwtEo3IpHk4v7Rb8AqYV9QvW0_z1eV4uPSP0&amp;t=ffffffff93f0c3e2" type="text/javascript"></script>
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{opaque(viewstate, 96)}" />
</div>
<script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ScriptManager', 'Form', [], [], [], 90, '');
//]]>
</script>
<!--CDF(Css|/Portals/_default/default.css?cdv=52)-->
<div id="lvt_wrapper">
 <div id="lvt_top">
  <div class="top_ngay"><span id="dnn_dnnCURRENTDATE_lblDate" class="ngayhientai">{HEADER_DATE}</span></div>
  <div class="top_lienket">
   <a id="dnn_dnnLOGIN_loginLink" title="Đăng nhập" class="SkinObject" rel="nofollow" onclick="this.disabled=true;" href="/dang-nhap.aspx?returnurl={returnurl}">Đăng nhập</a>
   <span class="top_timkiem"><input name="dnn$dnnSEARCH$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSEARCH_txtSearch" class="NormalTextBox" placeholder="Tìm kiếm..." />
   <a id="dnn_dnnSEARCH_cmdSearch" class="SkinObject" href="javascript:__doPostBack('dnn$dnnSEARCH$cmdSearch','')">Tìm</a></span>
  </div>
 </div>
 <div id="lvt_banner">
  <a id="dnn_dnnLOGO_hypLogo" title="{SCHOOL}" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/logo-lvt.png" alt="{SCHOOL}" /></a>
  <div class="banner_chu"><span class="bn_so">SỞ GIÁO DỤC VÀ ĐÀO TẠO NINH BÌNH</span><br />
   <span class="bn_truong">TRƯỜNG THPT CHUYÊN LƯƠNG VĂN TỤY</span><br />
   <span class="bn_khauhieu">Kỷ cương - Trách nhiệm - Sáng tạo - Chất lượng</span></div>
 </div>
 <div id="lvt_menu">{_menu(tid)}</div>
 <div id="lvt_vitri"><span class="vt_nhan">Bạn đang ở:</span> <span id="dnn_dnnBREADCRUMB_lblBreadCrumb">{crumb_html}</span></div>
 <table id="lvt_body" cellpadding="0" cellspacing="0" width="100%"><tr>
  <td class="cot_trai" valign="top">{left}</td>
  <td class="cot_giua" valign="top"><div id="dnn_ContentPane" class="ContentPane">
{content}
  </div></td>
  <td class="cot_phai" valign="top">{right}</td>
 </tr></table>
 <div id="lvt_footer"><div id="dnn_FooterPane" class="FooterPane">
  <div class="ft_ten">TRƯỜNG THPT CHUYÊN LƯƠNG VĂN TỤY - TỈNH NINH BÌNH</div>
  <div class="ft_dc">Địa chỉ: Đường Xuân Thành, phường Hoa Lư, tỉnh Ninh Bình<br />
  Điện thoại: 0229.3871.326 - Fax: 0229.3871.327 - Email: c3chuyenlvt@ninhbinh.edu.vn</div>
  <div class="ft_bq">Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Thị Thu Hằng<br />
  <span id="dnn_dnnCOPYRIGHT_lblCopyright" class="footer">Bản quyền © 2026 Trường THPT Chuyên Lương Văn Tụy</span> |
  <a id="dnn_dnnTERMS_hypTerms" class="footer" rel="nofollow" href="/Terms.aspx">Điều khoản sử dụng</a> |
  <a id="dnn_dnnPRIVACY_hypPrivacy" class="footer" rel="nofollow" href="/Privacy.aspx">Chính sách bảo mật</a></div>
 </div></div>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`{tid}`}}" />
<input name="__RequestVerificationToken" type="hidden" value="{opaque(viewstate + 'rvt', 48)}" />
</form>
<!--CDF(Javascript|/Resources/Shared/Scripts/initWidgets.js?cdv=52)-->
</body>
</html>
"""
    return html(body, headers={"X-Powered-By": "ASP.NET", "Cache-Control": "private"})


# --- the article's text as RadEditor stored it ----------------------------------------------

def _img_tag(src: str) -> str:
    return f'<img alt="" src="{esc(src)}" style="width: 600px; height: 400px;" />'


def _para(story: Story, p: P, form: str) -> str:
    t = tx(story, p.text)
    if p.style == "lead":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if p.style == "h":
        return f'<p style="text-align: justify;"><strong><span style="color: #003399;">{t}</span></strong></p>'
    if p.style == "quote":
        return ('<blockquote style="margin: 0 0 0 40px; border: none; padding: 0px;">'
                f'<p style="text-align: justify;"><em>{t}</em></p></blockquote>')
    if form == "div":
        return ('<div style="text-align: justify;"><span style="font-family: \'Times New Roman\'; '
                f'font-size: 13pt;">{t}</span></div>')
    if form == "mso":
        return ('<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
                'line-height:150%"><span lang="VI" style="font-size:14.0pt;line-height:150%;font-family:'
                f'&quot;Times New Roman&quot;,serif">{t}<o:p></o:p></span></p>')
    return f'<p style="text-align: justify;">{t}</p>'


def _image(story: Story, img: Img, form: str) -> str:
    tag = _img_tag(img.src)
    cap = tx(story, img.printed) if img.printed else ""
    style = "next" if form == "mso" and img.style != "none" else img.style
    if style == "table":
        return ('<table align="center" border="0" cellpadding="2" cellspacing="0" class="tblAnh" '
                f'style="width: 600px;"><tbody><tr><td>{tag}</td></tr>'
                '<tr><td style="text-align: center; background-color: #f2f2f2;"><span style="font-size: '
                f'11pt;"><em>{cap}</em></span></td></tr></tbody></table>')
    if style == "br":
        return f'<p style="text-align: center;">{tag}<br />\n<em>{cap}</em></p>'
    if style == "next":
        return (f'<p style="text-align: center;">{tag}</p>\n'
                f'<p style="text-align: center;"><em><span style="font-size: 11pt;">{cap}</span></em></p>')
    return f'<p style="text-align: center;">{tag}</p>'


def render_text(story: Story) -> str:
    form = story.opts.get("form", "p")
    blocks = story.blocks
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    tds = "".join(f'<td style="text-align: center;"><strong>{tx(story, c)}</strong></td>' for c in cells)
                    rows.append(f'<tr style="background-color: #dbe5f1;">{tds}</tr>')
                else:
                    tds = f"<td>{tx(story, cells[0])}</td>" + "".join(
                        f'<td style="text-align: center;">{tx(story, c)}</td>' for c in cells[1:])
                    rows.append(f"<tr>{tds}</tr>")
                i += 1
            out.append('<table border="1" cellpadding="4" cellspacing="0" style="width: 100%; '
                       'border-collapse: collapse;"><tbody>' + "\n".join(rows) + "</tbody></table>")
            continue
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{tx(story, blocks[i].text)}</li>")
                i += 1
            out.append('<ul style="list-style-type: disc;">' + "".join(items) + "</ul>")
            continue
        if isinstance(b, P) and form == "br" and not b.style:
            lines = []
            while i < len(blocks) and isinstance(blocks[i], P) and not blocks[i].style:
                lines.append(tx(story, blocks[i].text))
                i += 1
            out.append('<p style="text-align: justify;">' + "<br />\n".join(lines) + "</p>")
            continue
        if isinstance(b, P):
            out.append(_para(story, b, form))
        elif isinstance(b, Img):
            out.append(_image(story, b, form))
        else:
            out.append(b.html)
        i += 1
    return "\n".join(out)


# --- the article module's controls -----------------------------------------------------------

def list_items(stories: list[Story], href) -> str:
    rows = []
    for s in stories:
        url = href(s)
        rows.append(
            f"""<div class="zl_tin_item">
 <div class="zl_anh"><a href="{url}"><img src="{thumb(s)}" alt="{esc(s.title)}" border="0" /></a></div>
 <div class="zl_tieudetin"><a href="{url}" class="zl_link">{esc(s.title)}</a> <span class="zl_ngaytin">({us_date(s)})</span></div>
 <div class="zl_tomtattin">{esc(excerpt(s))}</div>
 <div class="zl_xemtiep"><a href="{url}">Chi tiết »</a></div>
 <div class="clear"></div>
</div>"""
        )
    return "\n".join(rows) or '<div class="zl_trong">Không có bài viết nào trong chuyên mục này.</div>'


def get_pager(cid: int, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    parts = [f'<span class="zl_trang">Trang {page}/{pages}</span>']
    if page > 1:
        parts.append(f'<a href="{cat_url(cid, 1)}" class="zl_pg">« Đầu</a>')
        parts.append(f'<a href="{cat_url(cid, page - 1)}" class="zl_pg">‹ Trước</a>')
    for n in range(1, pages + 1):
        parts.append(f'<span class="zl_pg_ht">{n}</span>' if n == page else
                     f'<a href="{cat_url(cid, n)}" class="zl_pg">{n}</a>')
    if page < pages:
        parts.append(f'<a href="{cat_url(cid, page + 1)}" class="zl_pg">Sau ›</a>')
        parts.append(f'<a href="{cat_url(cid, pages)}" class="zl_pg">Cuối »</a>')
    return '<div class="zl_phantrang">' + " ".join(parts) + "</div>"


PB = "dnn$ctr421$ArticleList"


def postback_pager(page: int, pages: int) -> str:
    parts = [f'<span class="zl_trang">Trang {page}/{pages}</span>']
    if page > 1:
        parts.append(f'<a id="dnn_ctr421_ArticleList_lnkPrev" class="zl_pg" '
                     f"href=\"javascript:__doPostBack('{PB}$lnkPrev','')\">‹ Trước</a>")
    for n in range(1, pages + 1):
        cid = f"dnn_ctr421_ArticleList_rptPager_ctl{n - 1:02d}_lnkPage"
        if n == page:
            parts.append(f'<a id="{cid}" class="aspNetDisabled zl_pg_ht">{n}</a>')
        else:
            parts.append(f'<a id="{cid}" class="zl_pg" '
                         f"href=\"javascript:__doPostBack('{PB}$rptPager$ctl{n - 1:02d}$lnkPage','')\">{n}</a>")
    if page < pages:
        parts.append(f'<a id="dnn_ctr421_ArticleList_lnkNext" class="zl_pg" '
                     f"href=\"javascript:__doPostBack('{PB}$lnkNext','')\">Sau ›</a>")
    return '<div class="zl_phantrang">' + " ".join(parts) + "</div>"


def _pages(cid: int) -> int:
    size = CATS[cid][4]
    return max(1, -(-len(in_cat(cid)) // size))


def _slice(cid: int, page: int) -> list[Story]:
    size = CATS[cid][4]
    return in_cat(cid)[(page - 1) * size: page * size]


def _tools(story: Story, tid: int, mid: int, request: Request) -> str:
    purl = print_url(story, tid).replace("&", "&amp;")
    link = base_url(request) + art_url(story)
    mail = f"mailto:?subject={quote(story.title)}&amp;body={quote(link)}"
    return (
        f'<div class="zl_congcu" id="dnn_ctr{mid}_ViewArticle_pnlTools">'
        f'<a href="javascript:void(0);" onclick="zlChangeFont(-1);return false;" class="zl_co">A-</a> '
        f'<a href="javascript:void(0);" onclick="zlChangeFont(1);return false;" class="zl_co">A+</a> '
        f'<a id="dnn_ctr{mid}_ViewArticle_hlPrint" href="javascript:void(0);" '
        f"onclick=\"window.open('{purl}','inbai','width=820,height=640,scrollbars=yes');return false;\">"
        '<img src="/DesktopModules/DNNArticle/images/print.gif" alt="In" /> In bài viết</a> '
        f'<a id="dnn_ctr{mid}_ViewArticle_hlEmail" href="{mail}">'
        '<img src="/DesktopModules/DNNArticle/images/email.gif" alt="Email" /> Gửi email</a></div>'
    )


def _attachments(story: Story, tid: int, mid: int) -> str:
    files = story.opts.get("attachments")
    if not files:
        return ""
    rows = "".join(
        f'<tr class="dnnGridItem"><td><img src="/DesktopModules/DNNArticle/images/file.gif" alt="" /> '
        f'<a href="{linkclick(ticket, tid, mid)}" target="_blank">{esc(name)}</a></td>'
        f"<td>{size}</td><td>{hits}</td></tr>"
        for name, size, hits, ticket in files
    )
    return (
        f'<div class="zl_dinhkem"><table class="dnnGrid" id="dnn_ctr{mid}_ViewArticle_grdAttachments" '
        'cellspacing="0" border="0" style="width:100%;border-collapse:collapse;">'
        '<tr class="dnnGridHeader"><th scope="col">Tên tệp</th><th scope="col">Dung lượng</th>'
        f'<th scope="col">Lượt tải</th></tr>{rows}</table></div>'
    )


def _addthis() -> str:
    return (
        '<div class="addthis_toolbox addthis_default_style" style="margin-top:10px">'
        '<a class="addthis_button_facebook_like" fb:like:layout="button_count"></a>'
        '<a class="addthis_button_tweet"></a><a class="addthis_button_zalo"></a>'
        '<a class="addthis_counter addthis_pill_style"></a></div>'
        '<script type="text/javascript" src="//s7.addthis.com/js/300/addthis_widget.js#pubid=ra-4f2a1b"></script>'
    )


def _rating(story: Story, mid: int) -> str:
    r = story.opts.get("rating")
    if not r:
        return ""
    stars, votes = r
    imgs = "".join(
        f'<img src="/DesktopModules/DNNArticle/images/star_{"on" if k < stars else "off"}.gif" alt="" />'
        for k in range(5)
    )
    return (f'<div class="zl_danhgia" id="dnn_ctr{mid}_ViewArticle_Rating">Đánh giá: {imgs} '
            f"<span>({votes} lượt đánh giá)</span></div>")


def _comments(story: Story, mid: int) -> str:
    comments = story.opts.get("comments", [])
    items = "".join(
        f'<div class="bl_item"><div class="bl_dau"><span class="bl_ten">{esc(name)}</span> '
        f'<span class="bl_ngay">{date}</span></div><p class="bl_nd">{esc(body)}</p></div>'
        for name, date, body in comments
    )
    head = f'<div class="bl_tieude">Ý kiến bạn đọc ({len(comments)})</div>' if comments else ""
    return (
        f'<div class="zl_binhluan" id="dnn_ctr{mid}_ViewArticle_pnlComment">{head}{items}'
        '<div class="bl_gui"><div class="bl_tieude">Gửi ý kiến của bạn</div>'
        f'Họ tên: <input name="dnn$ctr{mid}$ViewArticle$txtName" type="text" /><br />'
        f'Email: <input name="dnn$ctr{mid}$ViewArticle$txtEmail" type="text" /><br />'
        f'<textarea name="dnn$ctr{mid}$ViewArticle$txtComment" rows="4" cols="50"></textarea><br />'
        f'<a id="dnn_ctr{mid}_ViewArticle_cmdSubmit" class="dnnPrimaryAction" '
        f"href=\"javascript:__doPostBack('dnn$ctr{mid}$ViewArticle$cmdSubmit','')\">Gửi ý kiến</a></div></div>"
    )


def article_view(story: Story, tid: int, request: Request) -> str:
    cid = cat_of(story)
    mid = VIEW_MID[tid]
    cat_name = CATS[cid][0]
    summary = (f'<div class="zl_tomtat" id="dnn_ctr{mid}_ViewArticle_lblSummary"><strong>{esc(story.summary)}'
               "</strong></div>") if story.summary and story.sapo_outside else ""
    updated = (f'<div class="zl_sualan">Sửa lần cuối: {story.opts["updated"]}</div>'
               if story.opts.get("updated") else "")
    tags = story.opts.get("tags", [])
    tag_html = ('<div class="zl_tags">Từ khóa: ' + ", ".join(
        f'<a href="/tin-tuc/tabid/56/tag/{quote(t, safe="")}/Default.aspx" rel="nofollow">{esc(t)}</a>' for t in tags
    ) + "</div>") if tags else ""
    n_other = CATS[cid][5]
    others = [s for s in in_cat(cid) if s is not story][:n_other]
    other_html = "".join(
        f'<li><a href="{other_url(s)}">{esc(s.title)}</a> <span class="zl_ngaytin">({us_date(s)})</span></li>'
        for s in others
    )
    inner = f"""<div id="dnn_ctr{mid}_ViewArticle_pnlView" class="zl_baiviet">
 <div class="zl_tieude"><span id="dnn_ctr{mid}_ViewArticle_lblTitle" class="zl_tieude_txt">{esc(story.title)}</span></div>
 <div class="zl_thongtin">
  <span class="zl_ngaydang">Ngày đăng: <span id="dnn_ctr{mid}_ViewArticle_lblPublishDate">{story.opts["date"]}</span></span>
  <span class="zl_sep">|</span> <span class="zl_chuyenmuc">Chuyên mục: <a href="{cat_url(cid)}">{esc(cat_name)}</a></span>
  <span class="zl_sep">|</span> <span class="zl_nguoidang">Đăng bởi: {esc(story.opts["poster"])}</span>
  <span class="zl_sep">|</span> <span class="zl_luotxem">Lượt xem: {story.views()}</span>
 </div>
 {_tools(story, tid, mid, request)}
 {summary}
 <div id="dnn_ctr{mid}_ViewArticle_lblContent" class="zl_noidung">
{render_text(story)}
{_attachments(story, tid, mid)}
{_addthis()}
 </div>
 {updated}
 {_rating(story, mid)}
 {tag_html}
 <div class="zl_tinkhac"><div class="zl_tinkhac_tieude">Các tin khác</div><ul>{other_html}</ul></div>
 {_comments(story, mid)}
</div>"""
    return module(mid, "DNNArticleView", cat_name if tid != 36 else "Chi tiết tin", inner)


def article_page(request: Request, story: Story, tid: int, *, ctl: bool = False) -> Response:
    cid = cat_of(story)
    own_tid = CATS[cid][1]
    if ctl:
        crumbs = [("Trang chủ", "/")]
        title = f"{SCHOOL} > Trang chủ"
        head = ""
    else:
        crumbs = [("Trang chủ", "/")]
        if own_tid == 56 or tid == 56:
            crumbs.append(("Tin tức", tab_url(56)))
        crumbs.append((CATS[cid][0], cat_url(cid)))
        title = story.title
        head = f'<link rel="canonical" href="{base_url(request)}{art_url(story)}" />\n'
    return page(
        request, tid=tid, title=title, crumbs=crumbs, content=article_view(story, tid, request),
        sides=not ctl, head=head, description=excerpt(story, 250), keywords=", ".join(story.opts.get("tags", [])),
    )


def print_page(request: Request, story: Story) -> Response:
    summary = f'<div class="in_tomtat"><b>{esc(story.summary)}</b></div>' if story.summary and story.sapo_outside else ""
    body = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(story.title)}</title><link href="/DesktopModules/DNNArticle/print.css" rel="stylesheet" type="text/css" />
<meta name="robots" content="noindex" /></head>
<body onload="window.print();"><form method="post" action="{esc(request.target)}" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{opaque('print' + str(story.id), 120)}" /></div>
<div class="in_dau"><img src="/Portals/0/logo-lvt.png" alt="" /> {SCHOOL}</div>
<div class="in_tieude">{esc(story.title)}</div>
<div class="in_ngay">{story.opts["date"]}</div>
{summary}
<div class="in_noidung">
{render_text(story)}
</div>
<div class="in_url">Địa chỉ bài viết: {base_url(request)}{art_url(story)}</div>
</form></body></html>"""
    return html(body)


# --- tab pages ------------------------------------------------------------------------------

def home_page(request: Request) -> Response:
    slides = "".join(
        f"""<div class="zl_slide_item"><a href="{art_url(s, 56)}"><img src="{thumb(s, 480, 300)}" alt="" /></a>
<div class="zl_slide_cap"><a href="{art_url(s, 56)}">{esc(s.title)}</a><p>{esc(excerpt(s, 200))}</p></div></div>"""
        for s in SLIDER
    )
    latest = list_items(HOME_LATEST, ctl_url)
    boxes = "".join(
        f'<div class="xemtatca"><a href="{href}">{esc(label)}: xem tất cả »</a></div>'
        for label, href in (("Tin tức - Sự kiện", cat_url(2)), ("Đoàn thanh niên", cat_url(4)),
                            ("Hoạt động chuyên môn", tab_url(58)))
    )
    content = (
        module(381, "DNNArticleSlider", "Tin nổi bật",
               f'<div class="zl_slider" id="dnn_ctr381_ArticleSlider_divSlider">{slides}</div>')
        + module(380, "DNNArticle", "Tin mới cập nhật", f'<div class="zl_dstin">{latest}</div>{boxes}')
    )
    return page(request, tid=36, title=f"{SCHOOL} > Trang chủ", crumbs=[("Trang chủ", "/")], content=content)


def news_tab(request: Request, cid: int | None) -> Response:
    """Tab 56: the main list (category 2 unless CategoryID says otherwise) with ?currentpage."""
    main = cid or 2
    try:
        pg = max(1, int(request.params.get("currentpage", "1")))
    except ValueError:
        pg = 1
    pages = _pages(main)
    items = list_items(_slice(main, pg), art_url)
    content = module(412, "DNNArticle", CATS[main][0],
                     f'<div class="zl_dstin">{items}</div>{get_pager(main, pg, pages)}')
    crumbs = [("Trang chủ", "/"), ("Tin tức", tab_url(56))]
    if cid:
        crumbs.append((CATS[cid][0], cat_url(cid)))
    else:
        doan = "".join(
            f'<li><a href="{art_url(s)}">{esc(s.title)}</a> <span class="zl_ngaytin">({us_date(s)})</span></li>'
            for s in in_cat(4)[:2]
        )
        content += module(414, "DNNArticle", "Hoạt động Đoàn",
                          f'<ul class="zl_dsngan">{doan}</ul><div class="xemtatca"><a href="{cat_url(4)}">'
                          "Xem tất cả »</a></div>")
    title = f"{SCHOOL} > Tin tức" + (f" > {CATS[cid][0]}" if cid else "")
    return page(request, tid=56, title=title, crumbs=crumbs, content=content)


def _vs_58(pg: int) -> str:
    return f"{NAME}|tab58|page{pg}"


VS_58 = {opaque(_vs_58(n), 420, b"\xff\x01"): n for n in (1, 2)}


def expertise_tab(request: Request, fields: dict[str, str] | None) -> Response:
    """Tab 58: the list pages by postback only; ?currentpage is not read."""
    pages = _pages(3)
    pg = 1
    if fields:
        target = fields.get("__EVENTTARGET", "")
        current = VS_58.get(fields.get("__VIEWSTATE", ""), 1)
        m = re.fullmatch(re.escape(PB) + r"\$rptPager\$ctl(\d\d)\$lnkPage", target)
        if m:
            pg = int(m.group(1)) + 1
        elif target == f"{PB}$lnkNext":
            pg = current + 1
        elif target == f"{PB}$lnkPrev":
            pg = current - 1
        else:
            pg = current
        pg = min(max(pg, 1), pages)
    items = list_items(_slice(3, pg), art_url)
    content = module(421, "DNNArticle", "Hoạt động chuyên môn",
                     f'<div class="zl_dstin">{items}</div>{postback_pager(pg, pages)}')
    return page(request, tid=58, title=f"{SCHOOL} > Hoạt động chuyên môn",
                crumbs=[("Trang chủ", "/"), ("Hoạt động chuyên môn", tab_url(58))], content=content,
                vs_seed=_vs_58(pg))


def tag_page(request: Request, tag: str) -> Response | None:
    tagged = [s for s in STORIES if tag in s.opts.get("tags", [])]
    if not tagged:
        return None
    content = module(412, "DNNArticle", f"Từ khóa: {tag}", f'<div class="zl_dstin">{list_items(tagged, art_url)}</div>')
    return page(request, tid=56, title=f"{SCHOOL} > Tin tức", crumbs=[("Trang chủ", "/"), ("Tin tức", tab_url(56))],
                content=content)


def docs_tab(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{esc(d["fields"][0][1])}</td><td>{esc(d["fields"][1][1])}</td>'
        f'<td><a href="{doc_url(d)}">{esc(d["title"])}</a></td>'
        f'<td><a href="{linkclick(d["file"][1], 60, 431)}"><img src="/DesktopModules/DNNArticle/images/pdf.gif" '
        'alt="Tải về" /></a></td></tr>'
        for d in DOCS
    )
    table = ('<table class="zl_vanban" cellspacing="0" cellpadding="4" border="1" style="width:100%">'
             "<tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>"
             f"{rows}</table>")
    return page(request, tid=60, title=f"{SCHOOL} > Văn bản", crumbs=[("Trang chủ", "/"), ("Văn bản", tab_url(60))],
                content=module(430, "DNNArticle", "Văn bản - Thông báo", table))


def doc_entry(request: Request, doc: dict) -> Response:
    rows = "".join(f'<tr><td class="vb_nhan">{esc(k)}</td><td>{esc(v)}</td></tr>' for k, v in doc["fields"])
    name, ticket = doc["file"]
    rows += (f'<tr><td class="vb_nhan">Tệp đính kèm</td><td><a href="{linkclick(ticket, 60, 431)}" '
             f'target="_blank">{esc(name)}</a></td></tr>')
    inner = f"""<div id="dnn_ctr431_ViewArticle_pnlView" class="zl_baiviet">
 <div class="zl_tieude"><span id="dnn_ctr431_ViewArticle_lblTitle" class="zl_tieude_txt">{esc(doc["title"])}</span></div>
 <div class="zl_thongtin"><span class="zl_ngaydang">Ngày đăng: <span id="dnn_ctr431_ViewArticle_lblPublishDate">{doc["date"]}</span></span>
  <span class="zl_sep">|</span> <span class="zl_nguoidang">Đăng bởi: Văn thư</span></div>
 <div id="dnn_ctr431_ViewArticle_lblContent" class="zl_noidung">
  <table class="vb_chitiet" cellpadding="5" cellspacing="0" border="1" style="width:100%;border-collapse:collapse">{rows}</table>
 </div>
</div>"""
    return page(request, tid=60, title=doc["title"], crumbs=[("Trang chủ", "/"), ("Văn bản", tab_url(60))],
                content=module(431, "DNNArticleView", "Văn bản - Thông báo", inner))


ALBUM_PHOTOS = [f"/Portals/0/Images/ThuVienAnh/KhaiGiang2026/anh-{n:02d}.jpg" for n in range(1, 9)]


def album_tab(request: Request) -> Response:
    cover = ALBUM_PHOTOS[0]
    inner = (f'<div class="zl_album"><a href="{ALBUM_URL}"><img src="{cover}" alt="" style="width:220px" /></a>'
             f'<div><a href="{ALBUM_URL}">{esc(ALBUM["title"])}</a> ({len(ALBUM_PHOTOS)} ảnh)</div></div>')
    return page(request, tid=62, title=f"{SCHOOL} > Thư viện ảnh",
                crumbs=[("Trang chủ", "/"), ("Thư viện ảnh", tab_url(62))],
                content=module(440, "DNNArticle", "Thư viện ảnh", inner))


def album_page(request: Request) -> Response:
    photos = "".join(
        f'<a href="{src}" rel="lightbox[album]" title="Ảnh {n}"><img src="{src}" alt="Ảnh {n}" '
        'style="width:180px;height:120px" /></a>'
        for n, src in enumerate(ALBUM_PHOTOS, 1)
    )
    inner = f"""<div id="dnn_ctr441_ViewArticle_pnlView" class="zl_baiviet">
 <div class="zl_tieude"><span id="dnn_ctr441_ViewArticle_lblTitle" class="zl_tieude_txt">{esc(ALBUM["title"])}</span></div>
 <div class="zl_thongtin"><span class="zl_ngaydang">Ngày đăng: {ALBUM["date"]}</span></div>
 <div id="dnn_ctr441_ViewArticle_lblContent" class="zl_noidung">
  <p>Một số hình ảnh tại Lễ khai giảng năm học 2026 - 2027 của Trường THPT Chuyên Lương Văn Tụy.</p>
  <div class="zl_gallery">{photos}</div>
 </div>
</div>"""
    return page(request, tid=62, title=ALBUM["title"], crumbs=[("Trang chủ", "/"), ("Thư viện ảnh", tab_url(62))],
                content=module(441, "DNNArticleView", "Thư viện ảnh", inner))


INTRO = [
    "Tiền thân của Trường THPT Chuyên Lương Văn Tụy là Trường cấp III Lương Văn Tụy của thị xã Ninh Bình; "
    "trải qua nhiều lần đổi tên và sắp xếp, trường trở thành trường trung học phổ thông chuyên của tỉnh.",
    "Trường mang tên nhà giáo yêu nước Lương Văn Tụy, một tấm gương sáng về tinh thần hiếu học và lòng yêu "
    "nước của quê hương Ninh Bình.",
    "Qua hơn sáu mươi năm xây dựng và trưởng thành, nhà trường đã đào tạo hàng vạn học sinh, nhiều em đạt "
    "giải quốc gia, quốc tế và trở thành những nhà khoa học, cán bộ quản lý, doanh nhân thành đạt.",
    "Nhà trường vinh dự được Nhà nước tặng thưởng Huân chương Lao động hạng Nhất, Huân chương Độc lập hạng "
    "Ba và nhiều Bằng khen của Thủ tướng Chính phủ, Bộ Giáo dục và Đào tạo.",
]


def html_module_page(request: Request, tid: int, heading: str, inner: str, crumbs: list[tuple[str, str]]) -> Response:
    return page(request, tid=tid, title=f"{SCHOOL} > {heading}", crumbs=crumbs,
                content=module(500 + tid, "DNN_HTML", heading,
                               f'<div id="dnn_ctr{500 + tid}_HtmlModule_lblContent" class="Normal">{inner}</div>'))


def intro_page(request: Request) -> Response:
    inner = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in INTRO)
    inner += '<p style="text-align: center;"><img src="/Portals/0/Images/GioiThieu/toan-canh-truong.jpg" alt="" /></p>'
    return html_module_page(request, 53, "Lịch sử truyền thống", inner,
                            [("Trang chủ", "/"), ("Giới thiệu", "javascript:void(0)"), ("Lịch sử truyền thống", tab_url(53))])


def staff_page(request: Request) -> Response:
    rows = [
        ("Nguyễn Thị Thu Hằng", "Hiệu trưởng", "Phụ trách chung, công tác tổ chức, tài chính"),
        ("Phạm Văn Toàn", "Phó Hiệu trưởng", "Phụ trách chuyên môn khối tự nhiên"),
        ("Nguyễn Văn Khải", "Phó Hiệu trưởng", "Phụ trách chuyên môn khối xã hội, thi học sinh giỏi"),
        ("Đặng Thị Hồng Vân", "Phó Hiệu trưởng", "Phụ trách cơ sở vật chất, bán trú, nội trú"),
    ]
    table = ('<table border="1" cellpadding="5" cellspacing="0" style="width:100%;border-collapse:collapse">'
             "<tr><th>Họ và tên</th><th>Chức vụ</th><th>Nhiệm vụ</th></tr>"
             + "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>" for a, b, c in rows)
             + "</table>")
    inner = ("<p><strong>BAN GIÁM HIỆU</strong></p>" + table
             + "<p>Nhà trường có 12 tổ chuyên môn, 1 tổ Văn phòng với 126 cán bộ, giáo viên, nhân viên; "
               "45 lớp với 1.520 học sinh.</p>")
    return html_module_page(request, 54, "Cơ cấu tổ chức", inner,
                            [("Trang chủ", "/"), ("Giới thiệu", "javascript:void(0)"), ("Cơ cấu tổ chức", tab_url(54))])


def contact_page(request: Request) -> Response:
    inner = (
        "<p><strong>TRƯỜNG THPT CHUYÊN LƯƠNG VĂN TỤY</strong></p>"
        "<p>Địa chỉ: Đường Xuân Thành, phường Hoa Lư, tỉnh Ninh Bình</p>"
        "<p>Điện thoại: 0229.3871.326 - Email: c3chuyenlvt@ninhbinh.edu.vn</p>"
        '<div class="dnnForm" id="dnn_ctr564_Feedback_divForm"><fieldset>'
        '<div class="dnnFormItem"><label>Họ và tên (*)</label><input name="dnn$ctr564$Feedback$txtName" type="text" /></div>'
        '<div class="dnnFormItem"><label>Email (*)</label><input name="dnn$ctr564$Feedback$txtEmail" type="text" /></div>'
        '<div class="dnnFormItem"><label>Tiêu đề</label><input name="dnn$ctr564$Feedback$txtSubject" type="text" /></div>'
        '<div class="dnnFormItem"><label>Nội dung</label><textarea name="dnn$ctr564$Feedback$txtBody" rows="6"></textarea></div>'
        "</fieldset><a id=\"dnn_ctr564_Feedback_cmdSend\" class=\"dnnPrimaryAction\" "
        "href=\"javascript:__doPostBack('dnn$ctr564$Feedback$cmdSend','')\">Gửi liên hệ</a></div>"
        '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3740!2d105.97!3d20.25" '
        'width="100%" height="300" frameborder="0"></iframe>'
    )
    return html_module_page(request, 64, "Liên hệ", inner, [("Trang chủ", "/"), ("Liên hệ", tab_url(64))])


def login_page(request: Request) -> Response:
    inner = (
        '<div class="dnnForm dnnLoginService"><div class="dnnFormItem"><label>Tên đăng nhập:</label>'
        '<input name="dnn$ctr$Login$Login_DNN$txtUsername" type="text" /></div>'
        '<div class="dnnFormItem"><label>Mật khẩu:</label><input name="dnn$ctr$Login$Login_DNN$txtPassword" '
        'type="password" /></div><a id="dnn_ctr_Login_Login_DNN_cmdLogin" class="dnnPrimaryAction" '
        "href=\"javascript:__doPostBack('dnn$ctr$Login$Login_DNN$cmdLogin','')\">Đăng nhập</a></div>"
    )
    return page(request, tid=36, title=f"{SCHOOL} > Đăng nhập", crumbs=[("Trang chủ", "/")],
                content=module(0, "Login", "Đăng nhập", inner), sides=False)


def terms_page(request: Request, privacy: bool) -> Response:
    heading = "Chính sách bảo mật" if privacy else "Điều khoản sử dụng"
    inner = ("<p>Website Trường THPT Chuyên Lương Văn Tụy tôn trọng quyền riêng tư của người dùng. Thông tin cá "
             "nhân bạn cung cấp chỉ được dùng cho mục đích liên hệ với nhà trường.</p>" if privacy else
             "<p>Mọi thông tin đăng tải trên website thuộc quyền sở hữu của Trường THPT Chuyên Lương Văn Tụy. "
             "Khi sử dụng lại thông tin, đề nghị ghi rõ nguồn.</p>")
    return page(request, tid=36, title=f"{SCHOOL} > {heading}", crumbs=[("Trang chủ", "/")],
                content=module(0, "Privacy" if privacy else "Terms", heading, f'<div class="Normal">{inner}</div>'),
                sides=False)


# --- routing --------------------------------------------------------------------------------

R_ART = re.compile(r"/([\w-]+)/tabid/(\d+)/articleid/(\d+)/[^/]+\.aspx")
R_CTL = re.compile(r"/trang-chu/tabid/36/ctl/articleview/mid/380/articleid/(\d+)/default\.aspx")
R_CAT = re.compile(r"/tin-tuc/tabid/56/categoryid/(\d+)/default\.aspx")
R_TAG = re.compile(r"/tin-tuc/tabid/56/tag/([^/]+)/default\.aspx")
R_TAB = re.compile(r"(?:/([\w-]+))?/tabid/(\d+)/default\.aspx")
R_FRIENDLY = re.compile(r"/([\w-]+)\.aspx")


def _header(request: Request, name: str) -> str:
    for key, value in request.headers.items():
        if key.lower() == name:
            return value
    return ""


def form_fields(request: Request) -> dict[str, str]:
    """The posted fields, urlencoded or multipart/form-data (the form's own enctype)."""
    ctype = _header(request, "content-type")
    if "multipart/form-data" in ctype.lower():
        msg = BytesParser(policy=HTTP).parsebytes(
            b"Content-Type: " + ctype.encode("latin-1") + b"\r\n\r\n" + request.body
        )
        fields: dict[str, str] = {}
        for part in msg.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if name:
                payload = part.get_payload(decode=True) or b""
                fields[str(name)] = payload.decode("utf-8", "replace")
        return fields
    return {k: v[0] for k, v in parse_qs(request.body.decode("utf-8", "replace"), keep_blank_values=True).items()}


def _tab_page(request: Request, tid: int, fields: dict[str, str] | None) -> Response | None:
    if tid == 36:
        return home_page(request)
    if tid == 53:
        return intro_page(request)
    if tid == 54:
        return staff_page(request)
    if tid == 56:
        return news_tab(request, None)
    if tid == 58:
        return expertise_tab(request, fields)
    if tid == 60:
        return docs_tab(request)
    if tid == 62:
        return album_tab(request)
    if tid == 64:
        return contact_page(request)
    return None


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        low = path.lower()
        fields = form_fields(request) if request.method == "POST" else None
        params = {k.lower(): v for k, v in request.params.items()}

        if low == "/desktopmodules/dnnarticle/makethumbnail.aspx":
            return static_file("thumb.jpg")
        if low == "/desktopmodules/dnnarticle/dnnarticleprint.aspx":
            story = STORY_BY_ID.get(int(params.get("articleid", "0") or 0)) if params.get("articleid", "").isdigit() else None
            return print_page(request, story) if story else None
        if low == "/linkclick.aspx":
            name = FILES.get(params.get("fileticket", ""))
            if not name:
                return None
            ctype = "application/pdf" if name.endswith(".pdf") else "application/vnd.ms-excel"
            return Response(200, PDF, {"Content-Type": ctype,
                                       "Content-Disposition": f'attachment; filename="{quote(name)}"'})
        if low.startswith(("/portals/", "/desktopmodules/", "/resources/")) or low.endswith(".axd"):
            if low.endswith(".axd"):
                return static_file("x.js")
            return static_file(path)

        if low in ("/", "/default.aspx"):
            tid = int(params["tabid"]) if params.get("tabid", "").isdigit() else 36
            if tid in TABS and "articleid" in params and params["articleid"].isdigit():
                story = STORY_BY_ID.get(int(params["articleid"]))
                if story and tid in (56, CATS[cat_of(story)][1]):
                    return article_page(request, story, tid)
                return None
            return _tab_page(request, tid, fields)
        if m := R_CTL.fullmatch(low):
            story = STORY_BY_ID.get(int(m.group(1)))
            return article_page(request, story, 36, ctl=True) if story else None
        if m := R_ART.fullmatch(low):
            name, tid, aid = m.group(1), int(m.group(2)), int(m.group(3))
            if TAB_BY_NAME.get(name) != tid:
                return None
            if story := STORY_BY_ID.get(aid):
                if tid in (56, CATS[cat_of(story)][1]):
                    return article_page(request, story, tid)
                return None
            if tid == 60 and aid in DOC_BY_ID:
                return doc_entry(request, DOC_BY_ID[aid])
            if tid == 62 and aid == ALBUM["id"]:
                return album_page(request)
            return None
        if m := R_CAT.fullmatch(low):
            cid = int(m.group(1))
            if cid in CATS and CATS[cid][1] == 56:
                return news_tab(request, cid)
            return None
        if m := R_TAG.fullmatch(low):
            return tag_page(request, unquote(path.split("/")[-2]))
        if m := R_TAB.fullmatch(low):
            name, tid = m.group(1), int(m.group(2))
            if tid not in TABS or (name and TAB_BY_NAME.get(name) != tid):
                return None
            return _tab_page(request, tid, fields)
        if m := R_FRIENDLY.fullmatch(low):
            name = m.group(1)
            if name == "dang-nhap":
                return login_page(request)
            if name in ("terms", "privacy"):
                return terms_page(request, name == "privacy")
            if name in TAB_BY_NAME:
                return _tab_page(request, TAB_BY_NAME[name], fields)
        return None


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts: list[str] = []
    if story.opts.get("old_slug"):
        alts.append(art_url(story, slug=story.opts["old_slug"]))
    if story in HOME_LATEST:
        alts.append(ctl_url(story))
        alts.append(print_url(story, 36))
    if story in SLIDER and CATS[cat_of(story)][1] != 56:
        alts.append(art_url(story, 56))
        alts.append(print_url(story, 56))
    alts.append(print_url(story))
    return alts


GOLD = [
    gold_record(s, art_url(s), CATS[cat_of(s)][0], canonical_path=art_url(s), alt_paths=_alt_paths(s))
    for s in STORIES
]

NON_ARTICLES = [
    tab_url(53),
    tab_url(54),
    tab_url(64),
    doc_url(DOCS[0]),
    doc_url(DOCS[1]),
    ALBUM_URL,
]
