"""Trường Mầm non Sơn Ca (thành phố Đồng Hới, tỉnh Quảng Bình): DotNetNuke 7 + a Ventrian-like
"News Articles" module (DnnForge - NewsArticles), written blind.

Platform
--------
DotNetNuke 7.x (ASP.NET WebForms): every page is one ``<form id="Form" method="post">`` with
``__VIEWSTATE``/``__EVENTVALIDATION``, a custom skin ("SonCa") whose panes are ``dnn_LeftPane``,
``dnn_ContentPane``, ``dnn_TinTucPane``, ``dnn_ThongBaoPane`` and ``dnn_RightPane``, DDRMenu's
``ul.topLevel``/``div.subLevel`` drop-down menu, the skin objects (``dnnCURRENTDATE`` "Thứ Bảy,
05/12/2026", ``dnnBREADCRUMB``, ``dnnLOGIN``, ``dnnCOPYRIGHT``) and module containers whose title
is the ``dnnTITLE`` label (``<span id="dnn_ctr412_dnnTITLE_titleLabel" class="Head">``). The
articles module (tab 56, module 412) prints its own templates with the vendor's Vietnamese class
names (``bv_tieude``, ``bv_ngay``, ``bv_tomtat``, ``bv_noidung``, ``ds_tin_item`` …). Text is
RadEditor output (inline styles, image tables, Word pastes).

URL scheme
----------
- ``/Default.aspx`` (start; ``/`` serves it too), other tabs ``/<slug>/tabid/<n>/Default.aspx``
  (intro 54, staff 55, documents 57, album 58, weekly menu 59, contact 60)
- list ``/tin-tuc/tabid/56/Default.aspx``, pages ``/tin-tuc/tabid/56/currentpage/N/Default.aspx``
  (5 articles a page, pager "Trang 1 2 3 »"; page 1 is linked as the bare list URL)
- categories ``/tin-tuc/tabid/56/CategoryID/<id>/<slug>.aspx`` and their page 2
  ``/tin-tuc/tabid/56/CategoryID/<id>/currentpage/2/<slug>.aspx`` (ids 3, 4, 5, 6)
- articles ``/tin-tuc/tabid/56/ArticleID/<id>/<slug>.aspx`` (the slug is made from the *current*
  title at render time and ignored when the URL is read, as the vendor's URL rewriter does)
- print ``/tin-tuc/tabid/56/ArticleID/<id>/Print/true/Default.aspx``
- the module's long form ``/tin-tuc/tabid/56/articleType/ArticleView/articleId/<id>/Default.aspx``
  and the raw query form ``/Default.aspx?tabid=56&articleType=ArticleView&articleId=<id>``
- files ``/Portals/0/<folder>/<file>``; handler files ``/LinkClick.aspx?fileticket=…&tabid=…``;
  list thumbnails ``/DesktopModules/DnnForge%20-%20NewsArticles/ImageHandler.ashx?…``
- ``/Login.aspx?returnurl=<this page>`` (rel=nofollow, disallowed in /robots.txt)
- URL paths are case-insensitive, as on IIS.

Page templates
--------------
Home: left "Tin nổi bật" (a hand-typed HTML module shown on all pages), links, counter; centre a
welcome HTML module, the skin's "Tin tức" pane (the 4 newest non-notice articles, long-form URLs,
"Xem tất cả »"); right the skin's "Thông báo" pane (on all pages: a ``<marquee>`` of the notices in
query form), poll. List/category: dnnTITLE "Tin tức", the category name, items (thumbnail, title,
"Ngày đăng: dd/MM/yyyy", summary or the first 200 characters + "...", "Xem tiếp »"), pager.
Article: breadcrumb "Trang chủ › Tin tức › <category> › <title>", dnnTITLE "Tin tức", headline in
a ``div.bv_tieude`` (no heading element), "Ngày đăng: 04/12/2026 | Lượt xem: 412", the bold sapo
``div.bv_tomtat`` when there is one, the text ``div.bv_noidung``, attachments, "Người viết: X",
"Chuyên mục: …", the "Gửi bài viết | In | Đánh giá" toolbar, "Các bài viết khác" (3 newest of
the primary category), "Ý kiến bạn đọc (N)" comments and the comment form.

How the gold articles are reached
---------------------------------
List page 1: 243, 241, 240, 238, 237; page 2: 236, 233, 231, 229, 226; page 3: 224, 222, 219.
Category 3 "Hoạt động nhà trường" (7 with 240): page 1 243, 240, 238, 236, 233; page 2 226, 219.
Category 4 "Chuyên môn - Nghiệp vụ": 240, 231, 222. Category 5 "Cha mẹ cần biết": 237, 224.
Category 6 "Thông báo": 241, 229. Home "Tin tức" pane: 243, 240, 238, 237 (long form); the
"Thông báo" pane: 241, 229 (query form); "Tin nổi bật": 236 (old slug), 233 (lower-case path).
219 and 226 are reached only from page 2+ of a listing (list page 2/3, category 3 page 2): the
"Các bài viết khác" box shows only a category's 3 newest.

Traps
-----
1. Four URLs of one article (discovery, duplicates): the SEO URL (canonical, the listings' form),
   the module's long form ``articleType/ArticleView/articleId/N/Default.aspx`` in the home page's
   "Tin tức" pane, the raw query form ``/Default.aspx?tabid=56&articleType=ArticleView&articleId=N``
   in the "Thông báo" marquee, and the print view. Gold: the SEO path; the others in ``alt_paths``.
2. Retitled article, stale slug: 236 was renamed after publication ("Hội thi … cấp trường" ->
   "Sôi nổi Hội thi …"); the module regenerates the slug everywhere, but the hand-typed
   "Tin nổi bật" module still links ``…/ArticleID/236/hoi-thi-be-khoe-be-ngoan-cap-truong.aspx``,
   which serves the same page (the slug is ignored). Gold: the new slug's path is the path and
   canonical, the old one an alt_path.
3. Case-insensitive duplicate (not in the README's list): "Tin nổi bật" links 233 as
   ``/tin-tuc/tabid/56/articleid/233/…`` (lower case, as typed by hand); IIS serves it. Gold: an
   alt_path of the canonical mixed-case URL.
4. The headline is no heading (not in the README's list): the first heading of the content is the
   container's dnnTITLE ``<h2>`` "Tin tức" (on every list and article page), the breadcrumb's last
   crumb is the article title and the one before it the category; the headline is a
   ``div.bv_tieude``; ``<title>`` adds " | Trường Mầm non Sơn Ca". Gold title: the headline;
   category: the breadcrumb's category crumb (never "Tin tức", never the title crumb).
5. Multi-category article (not in the README's list): 240 is filed under "Chuyên môn - Nghiệp vụ"
   (primary: breadcrumb) and "Hoạt động nhà trường" ("Chuyên mục: A, B"), and appears in both
   listings. Gold: one record, category "Chuyên môn - Nghiệp vụ".
6. Sapo printed twice (not in the README's list): 238 and 231 print the summary in the bold
   ``div.bv_tomtat`` and the editor pasted it again as the text's first (plain) paragraph. Gold:
   summary = that sentence, and the body has it once, as its first paragraph.
7. Reader comments (not in the README's list): "Ý kiến bạn đọc (N)" under 243, 238 and 226 with
   names ("Phụ huynh bé Gia Bảo"), vi-VN date-times ("04/12/2026 8:47:15 CH", later than the
   article) and sentences of text, then the comment form. Gold: no body, author or date from them.
8. Handler-served images (not in the README's list): 243's photos are
   ``<img src="/LinkClick.aspx?fileticket=K3v9pQ0aZtM%3d&amp;tabid=56&amp;portalid=0&amp;mid=412">``
   (no image extension; the answer is image/jpeg). Gold image path: the decoded-entity URL with
   its query as printed (``%3d`` kept); 241's "Tệp đính kèm" LinkClick PDF is not body. 240 has a
   file name with ``%20`` kept as printed.
9. Word paste (not in the README's list): 233's text starts with a bare ``<style>`` block of
   Word's definitions ("/* Font Definitions */ @font-face …") and a conditional-comment
   ``<xml>``; paragraphs are ``p.MsoNormal`` with ``<o:p>`` and ``<o:p>&nbsp;</o:p>`` spacers, its
   list items carry Word's ``mso-list:Ignore`` "·" markers. Gold: the CSS and markers are no text;
   spacer paragraphs are nothing.
10. Image tables vs. data tables: RadEditor puts a photo and its caption in a 2-row layout table
    (``<em>(Caption)</em>``); 240 and 222 also have real data tables. Gold: a caption table is an
    image with its caption (enclosing parentheses off, inner ones kept: "Bé Nguyễn Gia Bảo (lớp
    Lá 2) thử …"), not body; a data table's rows are body paragraphs, cells joined by " | ".
11. Bylines: "Người viết:" prints the DNN account's display name. "Administrator", "admin",
    "BBT", "vanthu" are accounts -> nobody; the real signature is then a right-aligned line at
    the end of the text ("Tin, ảnh: Hoàng Thị Lan" -> author and photographer; "Tổ Văn phòng",
    "Tổ chuyên môn khối Mẫu giáo", "BAN GIÁM HIỆU" -> the unit as printed). Display names with a
    degree or post ("ThS. Hồ Thị Ngọc Ánh", "Phạm Thị Thu Hà - P.HT") -> the name only. A photo
    line "Ảnh: Trần Thị Mai Anh" (238) is a photographer credit, caption None.
12. Dates printed day-first only ("Ngày đăng: 02/11/2026" is 2 November, "08/10/2026" is
    8 October): gold is the day alone. Near them: the header's today, comments' date-times,
    "(dd/MM/yyyy)" after related titles, the counter. 241 is an official notice (letterhead,
    "Số: 87/TB-MNSC", "Đồng Hới, ngày 02 tháng 12 năm 2026", "Nơi nhận", signer): its date is the
    letterhead's 2026-12-02 although "Ngày đăng" says 03/12/2026; its signer is the author.
13. Decomposed text: 226's text paragraphs and captions are NFD (typed with Unikey's "Unicode tổ
    hợp"). Gold: NFC.
14. Crawl noise: the login link differs on every page (``/Login.aspx?returnurl=…``), rel=nofollow
    and disallowed in robots.txt; the "Gửi bài viết" tool, the search box, the poll and the
    comment form are postbacks/javascript; the list's thumbnails come from ImageHandler.ashx.

Gold decisions on ambiguous points
----------------------------------
- published_at is the article page's "Ngày đăng" day (the template prints no time), except the
  official notice 241 (letterhead day). The print view prints the same day.
- summary: the ``div.bv_tomtat`` sentence, or the bold lead paragraph inside the text (237, 224);
  null when neither is printed (the list's truncated "..." text and the meta description are no
  sapo).
- A closing "Nguồn: X" line (237) -> source X; no other article names a source.
- "Ảnh minh họa" printed under a photo (237) is that photo's caption.
- The letterhead, "THÔNG BÁO" and its subject line, "Nơi nhận" and the signer block of 241 are not
  body; its numbered points "1. Đối tượng: …" are.
- 224's "<br>" inside a paragraph splits it in two; its bold numbered sub-heads are paragraphs.
- The hand-typed "- " at the start of 229's points is text and kept.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from crawler.demo.server import Request, Response
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

NAME = "aspnet_webforms_dnn7_articles_mamnon"
PLATFORM = "DotNetNuke 7 (ASP.NET WebForms) + Ventrian-like News Articles module"
START_PATH = "/Default.aspx"

SCHOOL = "Trường Mầm non Sơn Ca"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
TAB = "/tin-tuc/tabid/56"
LIST_PATH = f"{TAB}/Default.aspx"
PAGE_SIZE = 5

# Ventrian category ids -> (name as the menu/breadcrumb prints it, slug)
CATS: dict[int, tuple[str, str]] = {
    3: ("Hoạt động nhà trường", "hoat-dong-nha-truong"),
    4: ("Chuyên môn - Nghiệp vụ", "chuyen-mon-nghiep-vu"),
    5: ("Cha mẹ cần biết", "cha-me-can-biet"),
    6: ("Thông báo", "thong-bao"),
}
CATS_BY_NAME: dict[str, int] = {name: cid for cid, (name, _slug) in CATS.items()}

# the other DNN tabs (all NON_ARTICLES)
TABS: dict[int, tuple[str, str]] = {
    54: ("gioi-thieu", "Giới thiệu chung"),
    55: ("doi-ngu", "Đội ngũ CB-GV-NV"),
    57: ("van-ban", "Văn bản"),
    58: ("thu-vien-anh", "Thư viện ảnh"),
    59: ("thuc-don", "Thực đơn"),
    60: ("lien-he", "Liên hệ"),
}

# LinkClick.aspx file tickets (decoded value as the server reads it) -> (kind, file name)
TICKETS: dict[str, tuple[str, str]] = {
    "K3v9pQ0aZtM=": ("jpg", "cuu-hoa-01.jpg"),
    "Wq1LxT7cR2E=": ("jpg", "cuu-hoa-02.jpg"),
    "tB8wq2LmN0c=": ("pdf", "TB-87-tiem-soi-rubella.pdf"),
    "pX4mZ0dFh6Q=": ("pdf", "KH-nam-hoc-2026-2027.pdf"),
    "aQ9vN3sJk1U=": ("pdf", "QC-chi-tieu-noi-bo-2026.pdf"),
}


def _ticket(ticket: str) -> str:
    """A file ticket as DNN URL-encodes it: lower-case escapes (``%3d``, ``%2f``)."""
    return re.sub(r"%[0-9A-F]{2}", lambda m: m.group().lower(), quote(ticket, safe=""))


def linkclick(ticket: str, tabid: int = 56, mid: int = 412) -> str:
    """A LinkClick href as DNN prints it (``&amp;`` in the markup)."""
    return f"/LinkClick.aspx?fileticket={_ticket(ticket)}&amp;tabid={tabid}&amp;portalid=0&amp;mid={mid}"


def _lc_gold(ticket: str) -> str:
    return f"/LinkClick.aspx?fileticket={_ticket(ticket)}&tabid=56&portalid=0&mid=412"


LETTERHEAD_241 = """<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;">
    <tbody>
        <tr>
            <td style="width: 42%; text-align: center; vertical-align: top;"><span style="font-size: 12px;">PHÒNG GD&amp;ĐT THÀNH PHỐ ĐỒNG HỚI</span><br />
            <strong>TRƯỜNG MẦM NON SƠN CA</strong></td>
            <td style="text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />
            <strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td>
        </tr>
        <tr>
            <td style="text-align: center;">Số: 87/TB-MNSC</td>
            <td style="text-align: center;"><em>Đồng Hới, ngày 02 tháng 12 năm 2026</em></td>
        </tr>
    </tbody>
</table>
<p style="text-align: center;">&nbsp;</p>
<p style="text-align: center;"><strong><span style="font-size: 16px;">THÔNG BÁO</span></strong></p>
<p style="text-align: center;"><strong>Về việc tổ chức tiêm bổ sung vắc xin Sởi – Rubella cho trẻ từ 1 đến 5 tuổi</strong></p>"""

CLOSING_241 = """<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;">
    <tbody>
        <tr>
            <td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />
            <span style="font-size: 11px;">- Cha mẹ trẻ (để thực hiện);<br />
            - Trạm Y tế phường Đồng Phú (phối hợp);<br />
            - Lưu: VT.</span></td>
            <td style="text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG</strong><br />
            <br />
            <em>(Đã ký)</em><br />
            <br />
            <strong>Nguyễn Thị Thanh Hương</strong></td>
        </tr>
    </tbody>
</table>"""

WORD_JUNK = """<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Normal</w:View>
  <w:Zoom>0</w:Zoom>
  <w:TrackMoves/>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:LidThemeOther>VI</w:LidThemeOther>
  <w:LidThemeAsian>X-NONE</w:LidThemeAsian>
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
	margin:0cm;
	margin-bottom:.0001pt;
	font-size:14.0pt;
	font-family:"Times New Roman","serif";
	mso-fareast-language:EN-US;}
 table.MsoNormalTable
	{mso-style-name:"Table Normal";
	mso-tstyle-rowband-size:0;
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;}
-->
</style>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>"""


def sign(line: str) -> Raw:
    """A right-aligned signature line typed at the end of the text."""
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


def plain(line: str) -> Raw:
    """The sapo pasted again as the text's first paragraph (trap 6)."""
    return Raw(f'<p style="text-align: justify;">{esc(line)}</p>')


S243_SAPO = "Nhằm giúp trẻ làm quen với kỹ năng thoát hiểm khi có cháy, sáng ngày 03/12/2026, Trường Mầm non Sơn Ca phối hợp với Đội Cảnh sát PCCC và CNCH Công an thành phố Đồng Hới tổ chức cho hơn 150 trẻ khối Lá tham gia hoạt động trải nghiệm “Một ngày làm lính cứu hỏa”."
S240_SAPO = "Từ ngày 16 đến ngày 27/11/2026, Trường Mầm non Sơn Ca tổ chức Hội thi giáo viên dạy giỏi cấp trường với sự tham gia của 18 giáo viên thuộc ba khối Nhà trẻ, Mẫu giáo bé – nhỡ và Mẫu giáo lớn."
S238_SAPO = "Sáng 19/11/2026, trong không khí ấm áp, trang trọng, Trường Mầm non Sơn Ca long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)."
S237_LEAD = "Bệnh tay chân miệng là bệnh truyền nhiễm cấp tính do vi rút gây ra, lây truyền qua đường tiêu hóa và tiếp xúc trực tiếp, thường gặp ở trẻ dưới 5 tuổi. Bệnh có thể gây biến chứng nặng nếu không được phát hiện và xử trí kịp thời."
S236_SAPO = "Chiều 13/11/2026, tại sân trường, Trường Mầm non Sơn Ca tổ chức Hội thi “Bé khỏe – Bé ngoan” dành cho trẻ 4 – 5 tuổi với sự tham gia của 12 đội thi đến từ các lớp Chồi và Lá."
S231_SAPO = "Ngày 30/10/2026, Tổ chuyên môn khối Mẫu giáo tổ chức sinh hoạt chuyên đề “Xây dựng môi trường giáo dục lấy trẻ làm trung tâm” tại lớp Chồi 2, thu hút sự tham gia của toàn thể giáo viên trong trường."
S226_SAPO = "Hướng tới kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 – 20/10/2026), các lớp trong trường đã tổ chức hoạt động “Bé khéo tay – Tặng quà cho mẹ” trong tuần từ ngày 14 đến 19/10/2026."
S224_LEAD = "Những tuần đầu năm học hay sau kỳ nghỉ dài, nhiều trẻ khóc, bám mẹ, không muốn đến lớp. Đây là phản ứng tâm lý bình thường, nhưng nếu cha mẹ không có cách đồng hành phù hợp, tình trạng này có thể kéo dài và khiến trẻ căng thẳng."
S219_SAPO = "Chiều 07/10/2026, Trường Mầm non Sơn Ca tổ chức Hội nghị viên chức, người lao động năm học 2026 – 2027 nhằm đánh giá kết quả năm học vừa qua và thống nhất phương hướng, nhiệm vụ năm học mới."

# newest first: the order of the list pages
STORIES: list[Story] = [
    Story(
        id=243,
        slug="be-lop-la-trai-nghiem-mot-ngay-lam-linh-cuu-hoa",
        title="Bé lớp Lá trải nghiệm “Một ngày làm lính cứu hỏa”",
        cat="Hoạt động nhà trường",
        published_at="2026-12-04",
        summary=S243_SAPO,
        sapo_outside=True,
        blocks=[
            P("Ngay từ sáng sớm, các bé đã có mặt tại sân trường trong trang phục gọn gàng, háo hức chờ đón các chú cảnh sát. Sau phần giới thiệu của cô Hiệu trưởng, các chú đã trò chuyện với trẻ về công việc hằng ngày của người lính cứu hỏa, về số điện thoại khẩn cấp 114 và những nguyên nhân thường gây ra cháy trong gia đình."),
            P("Thông qua hình ảnh, video và những câu hỏi gần gũi, trẻ được hướng dẫn cách nhận biết đám cháy, cách kêu cứu, cách dùng khăn ướt che mũi, miệng và cúi thấp người khi di chuyển qua khu vực có khói."),
            Img(
                linkclick("K3v9pQ0aZtM="),
                "(Các chú Cảnh sát PCCC hướng dẫn trẻ cách cúi thấp người, che mũi khi thoát khỏi đám khói)",
                "Các chú Cảnh sát PCCC hướng dẫn trẻ cách cúi thấp người, che mũi khi thoát khỏi đám khói",
                "tbl",
            ),
            P("Phần được các bé mong chờ nhất là được tận mắt quan sát xe chữa cháy, được đội mũ, mặc thử áo chống cháy và cầm vòi phun nước dưới sự hỗ trợ của các chú. Nhiều bé reo lên thích thú khi dòng nước từ vòi rồng phun cao giữa sân trường."),
            Img(
                linkclick("Wq1LxT7cR2E="),
                "(Bé Nguyễn Gia Bảo (lớp Lá 2) thử làm “lính cứu hỏa nhí”)",
                "Bé Nguyễn Gia Bảo (lớp Lá 2) thử làm “lính cứu hỏa nhí”",
                "tbl",
            ),
            P("Kết thúc buổi trải nghiệm, các cô giáo tiếp tục tổ chức cho trẻ vẽ tranh, kể lại những điều đã được học. Những câu nói hồn nhiên như “Con sẽ không nghịch bật lửa nữa”, “Thấy khói là con báo ngay cho bố mẹ” cho thấy bài học đã đến với trẻ một cách nhẹ nhàng mà hiệu quả."),
            P("Hoạt động nằm trong kế hoạch giáo dục kỹ năng sống năm học 2026 – 2027 của nhà trường, góp phần hình thành cho trẻ ý thức tự bảo vệ bản thân ngay từ lứa tuổi mầm non."),
            sign("Tin, ảnh: Hoàng Thị Lan"),
        ],
        authors=["Hoàng Thị Lan"],
        photographers=["Hoàng Thị Lan"],
        opts={
            "date": "04/12/2026",
            "by": "Administrator",
            "cats": [3],
            "thumb": "NewsArticles/243/cuu-hoa-thumb.jpg",
            "rating": "4-5",
            "comments": [
                ("Phụ huynh bé Gia Bảo", "04/12/2026 8:47:15 CH", "Về nhà con kể suốt cả buổi tối, cảm ơn các cô và nhà trường đã tổ chức một hoạt động rất ý nghĩa!"),
                ("Mẹ Bống - Lá 3", "05/12/2026 6:31:02 SA", "Mong nhà trường tổ chức thêm nhiều buổi trải nghiệm như thế này cho các bé."),
            ],
        },
    ),
    Story(
        id=241,
        slug="thong-bao-to-chuc-tiem-bo-sung-vac-xin-soi-rubella-cho-tre",
        title="Thông báo tổ chức tiêm bổ sung vắc xin Sởi – Rubella cho trẻ",
        cat="Thông báo",
        published_at="2026-12-02",
        blocks=[
            Raw(LETTERHEAD_241),
            P("Thực hiện Kế hoạch số 215/KH-TTYT ngày 25/11/2026 của Trung tâm Y tế thành phố Đồng Hới về việc tiêm bổ sung vắc xin Sởi – Rubella cho trẻ em trên địa bàn, Trường Mầm non Sơn Ca thông báo đến quý cha mẹ trẻ như sau:", "indent"),
            P("1. Đối tượng: Trẻ từ 1 đến 5 tuổi đang học tại trường chưa tiêm hoặc chưa tiêm đủ mũi vắc xin Sởi – Rubella.", "indent"),
            P("2. Thời gian: Từ 7 giờ 30 đến 10 giờ 30, thứ Tư ngày 09/12/2026.", "indent"),
            P("3. Địa điểm: Phòng Y tế nhà trường và phòng đa chức năng (tầng 1, dãy nhà B).", "indent"),
            P("4. Cha mẹ trẻ mang theo sổ tiêm chủng hoặc giấy xác nhận tiêm chủng của trẻ, nộp cho giáo viên chủ nhiệm trước ngày 07/12/2026 để nhà trường lập danh sách. Trẻ đang sốt, ho hoặc mắc bệnh cấp tính sẽ được hoãn tiêm và hẹn lịch tiêm bù.", "indent"),
            P("Nhà trường đề nghị quý cha mẹ trẻ quan tâm, phối hợp để việc tiêm chủng được an toàn, đầy đủ. Mọi thắc mắc xin liên hệ nhân viên y tế của trường, cô Đặng Thị Huyền, số điện thoại 0232 3822 416.", "indent"),
            Raw(CLOSING_241),
        ],
        authors=["Nguyễn Thị Thanh Hương"],
        opts={
            "date": "03/12/2026",
            "by": "vanthu",
            "cats": [6],
            "rating": "0-0",
            "attach": ("tB8wq2LmN0c=", "TB-87-tiem-soi-rubella.pdf", "186 KB"),
        },
    ),
    Story(
        id=240,
        slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027",
        cat="Chuyên môn - Nghiệp vụ",
        published_at="2026-11-28",
        summary=S240_SAPO,
        sapo_outside=True,
        blocks=[
            P("Hội thi nhằm đánh giá năng lực chuyên môn, kỹ năng tổ chức các hoạt động giáo dục của giáo viên theo Chương trình Giáo dục mầm non hiện hành, đồng thời lựa chọn những giáo viên tiêu biểu tham gia Hội thi cấp thành phố trong tháng 01/2027."),
            P("Mỗi giáo viên dự thi thực hiện hai phần: trình bày biện pháp nâng cao chất lượng chăm sóc, giáo dục trẻ và thực hành tổ chức một hoạt động giáo dục trên lớp do bốc thăm. Ban giám khảo gồm Ban giám hiệu và các tổ trưởng chuyên môn."),
            Img(
                "/Portals/0/Images/2026-11/Hoi%20thi%20GVDG%2001.jpg",
                "Cô Nguyễn Thị Bích Thủy tổ chức hoạt động khám phá “Những chiếc lá kỳ diệu” cho trẻ lớp Chồi 1",
                "Cô Nguyễn Thị Bích Thủy tổ chức hoạt động khám phá “Những chiếc lá kỳ diệu” cho trẻ lớp Chồi 1",
                "p",
            ),
            P("Các tiết dạy được chuẩn bị công phu, đồ dùng trực quan phong phú, nhiều đồ chơi được cô và trẻ làm từ nguyên vật liệu tái chế. Nhiều giáo viên đã mạnh dạn ứng dụng công nghệ thông tin, lồng ghép trò chơi dân gian và tạo cơ hội để trẻ được trải nghiệm, khám phá."),
            P("Kết quả hội thi", "h"),
            P("Xếp loại | Số giáo viên | Tỉ lệ", "tr"),
            P("Giỏi | 11 | 61,1%", "tr"),
            P("Khá | 6 | 33,3%", "tr"),
            P("Đạt yêu cầu | 1 | 5,6%", "tr"),
            P("Phát biểu bế mạc, cô Nguyễn Thị Thanh Hương, Hiệu trưởng nhà trường ghi nhận tinh thần cầu thị, đổi mới của đội ngũ và đề nghị các tổ chuyên môn tiếp tục tổ chức sinh hoạt chuyên đề, dự giờ rút kinh nghiệm sau hội thi."),
            Img(
                "/Portals/0/Images/2026-11/GVDG-trao-giay-khen.jpg",
                "(Ban giám hiệu trao giấy khen cho các giáo viên đạt giải)",
                "Ban giám hiệu trao giấy khen cho các giáo viên đạt giải",
                "tbl",
            ),
        ],
        authors=["Lê Thị Minh Nguyệt"],
        opts={"date": "28/11/2026", "by": "Lê Thị Minh Nguyệt (Tổ trưởng chuyên môn)", "cats": [4, 3], "rating": "4-0"},
    ),
    Story(
        id=238,
        slug="truong-mam-non-son-ca-to-chuc-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Trường Mầm non Sơn Ca tổ chức kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="Hoạt động nhà trường",
        published_at="2026-11-20",
        summary=S238_SAPO,
        sapo_outside=True,
        blocks=[
            plain(S238_SAPO),
            P("Đến dự buổi lễ có đại diện lãnh đạo Phòng Giáo dục và Đào tạo thành phố, Đảng ủy, UBND phường Đồng Phú, Ban đại diện cha mẹ trẻ cùng các thế hệ cán bộ, giáo viên, nhân viên đã nghỉ hưu và toàn thể cán bộ, giáo viên, nhân viên nhà trường."),
            Img(
                "/Portals/0/Images/2026-11/20-11-van-nghe.jpg",
                "(Tiết mục múa “Cô giáo như mẹ hiền” của các bé lớp Lá 1)",
                "Tiết mục múa “Cô giáo như mẹ hiền” của các bé lớp Lá 1",
                "tbl",
            ),
            P("Mở đầu chương trình là những tiết mục văn nghệ đặc sắc do chính các bé và giáo viên biểu diễn. Những lời ca, điệu múa hồn nhiên của trẻ đã mang đến cho buổi lễ không khí vui tươi, xúc động."),
            P("Tại buổi lễ, cô Phạm Thị Thu Hà, Phó Hiệu trưởng nhà trường ôn lại truyền thống vẻ vang của ngành Giáo dục và những chặng đường phát triển của nhà trường. Trong năm học 2025 – 2026, trường tiếp tục giữ vững danh hiệu Tập thể lao động xuất sắc, có 02 giáo viên đạt giáo viên dạy giỏi cấp tỉnh và 07 giáo viên đạt giáo viên dạy giỏi cấp thành phố."),
            Img("/Portals/0/Images/2026-11/20-11-tang-hoa.jpg", "Ảnh: Trần Thị Mai Anh", None, "p"),
            P("Thay mặt Ban đại diện cha mẹ trẻ, ông Hoàng Minh Đức đã gửi lời tri ân sâu sắc đến các thầy cô, những người ngày đêm tận tụy chăm sóc, nuôi dạy các cháu như chính con em của mình."),
            P("“Mỗi ngày đến trường là một ngày vui – đó là mong muốn và cũng là lời hứa của tập thể giáo viên, nhân viên Trường Mầm non Sơn Ca gửi đến các bậc phụ huynh.”", "quote"),
            P("Buổi lễ khép lại trong không khí ấm cúng với những bó hoa tươi thắm và lời chúc mừng chân thành dành cho các thầy cô giáo."),
        ],
        authors=["Phạm Thị Thu Hà"],
        photographers=["Trần Thị Mai Anh"],
        opts={
            "date": "20/11/2026",
            "by": "Phạm Thị Thu Hà - P.HT",
            "cats": [3],
            "rating": "5-0",
            "comments": [
                ("Nguyễn Thị Hồng", "20/11/2026 7:15:40 CH", "Chúc các cô luôn mạnh khỏe, hạnh phúc và mãi yêu nghề!"),
                ("Bố bé Su (Chồi 2)", "21/11/2026 9:02:11 SA", "Tiết mục múa của các bé lớp Lá 1 đáng yêu quá. Cảm ơn các cô đã vất vả tập luyện cho các con."),
                ("Cựu giáo viên", "22/11/2026 10:48:57 SA", "Nhìn ảnh mà nhớ trường, nhớ lớp. Chúc Sơn Ca ngày càng phát triển."),
            ],
        },
    ),
    Story(
        id=237,
        slug="phong-chong-benh-tay-chan-mieng-cho-tre-mam-non",
        title="Phòng chống bệnh tay chân miệng cho trẻ mầm non",
        cat="Cha mẹ cần biết",
        published_at="2026-11-17",
        summary=S237_LEAD,
        blocks=[
            P(S237_LEAD, "lead"),
            P("Dấu hiệu nhận biết", "h3"),
            P("Trẻ sốt nhẹ, mệt mỏi, chán ăn, đau họng.", "li"),
            P("Xuất hiện các vết loét đỏ hoặc bóng nước ở niêm mạc miệng, lợi, lưỡi.", "li"),
            P("Phát ban dạng bóng nước ở lòng bàn tay, lòng bàn chân, đầu gối, mông.", "li"),
            P("Cha mẹ cần làm gì?", "h3"),
            P("Thường xuyên rửa tay cho trẻ bằng xà phòng dưới vòi nước sạch, đặc biệt trước khi ăn, sau khi đi vệ sinh. Cho trẻ ăn chín, uống chín; không để trẻ mút tay, ngậm đồ chơi."),
            P("Lau rửa đồ chơi, vật dụng sinh hoạt của trẻ bằng xà phòng hoặc dung dịch khử khuẩn thông thường."),
            Img("/Portals/0/Images/2026-11/rua-tay-dung-cach.jpg", "Ảnh minh họa", "Ảnh minh họa", "p"),
            P("Khi trẻ có dấu hiệu nghi ngờ mắc bệnh, cha mẹ cần cho trẻ nghỉ học, đưa trẻ đến cơ sở y tế để được khám và điều trị kịp thời, đồng thời báo cho giáo viên chủ nhiệm để nhà trường chủ động khử khuẩn lớp học."),
            Raw('<p style="text-align: right;"><em>Nguồn: Trung tâm Kiểm soát bệnh tật tỉnh Quảng Bình</em></p>'),
        ],
        source="Trung tâm Kiểm soát bệnh tật tỉnh Quảng Bình",
        opts={"date": "17/11/2026", "by": "BBT", "cats": [5], "rating": "3-5"},
    ),
    Story(
        id=236,
        slug="soi-noi-hoi-thi-be-khoe-be-ngoan-nam-hoc-2026-2027",
        title="Sôi nổi Hội thi “Bé khỏe – Bé ngoan” năm học 2026 – 2027",
        cat="Hoạt động nhà trường",
        published_at="2026-11-14",
        summary=S236_SAPO,
        sapo_outside=True,
        blocks=[
            P("Hội thi gồm ba phần: đồng diễn thể dục buổi sáng, vượt chướng ngại vật và phần thi “Bé ngoan” với các câu hỏi về lễ giáo, vệ sinh cá nhân và an toàn giao thông."),
            P("Trong phần đồng diễn, các đội mang đến những bài tập sinh động trên nền nhạc “Bé khỏe bé ngoan”, “Tập thể dục buổi sáng”, kết hợp dụng cụ như cờ, nơ, vòng do cô và trẻ tự làm."),
            Img("/Portals/0/Images/2026-11/be-khoe-be-ngoan-1.jpg", "Phần thi đồng diễn của đội lớp Lá 3", "Phần thi đồng diễn của đội lớp Lá 3", "div"),
            P("Ở phần vượt chướng ngại vật, các bé lần lượt bò chui qua cổng, bật liên tục qua vòng, đi trên ghế thể dục và về đích trong tiếng cổ vũ rộn ràng của các bạn và phụ huynh."),
            Img("/Portals/0/Images/2026-11/be-khoe-be-ngoan-2.jpg", "Các bé hào hứng với phần thi vượt chướng ngại vật", "Các bé hào hứng với phần thi vượt chướng ngại vật", "div"),
            P("Kết quả, Ban tổ chức đã trao 01 giải Nhất cho lớp Lá 3, 02 giải Nhì cho lớp Lá 1, Chồi 2 và 03 giải Ba cho các lớp Lá 2, Chồi 1, Chồi 3; các đội còn lại đạt giải Khuyến khích."),
        ],
        authors=["Nguyễn Thị Bích Thủy"],
        opts={
            "date": "14/11/2026",
            "by": "Nguyễn Thị Bích Thủy",
            "cats": [3],
            "rating": "4-0",
            "old_slug": "hoi-thi-be-khoe-be-ngoan-cap-truong",
            "old_title": "Hội thi “Bé khỏe – Bé ngoan” cấp trường",
        },
    ),
    Story(
        id=233,
        slug="tong-ve-sinh-truong-lop-sau-mua-lu-san-sang-don-tre-tro-lai-hoc",
        title="Tổng vệ sinh trường lớp sau mưa lũ, sẵn sàng đón trẻ trở lại học",
        cat="Hoạt động nhà trường",
        published_at="2026-11-06",
        blocks=[
            Raw(WORD_JUNK),
            P("Từ ngày 02 đến ngày 05/11/2026, sau đợt mưa lớn kéo dài gây ngập úng cục bộ trên địa bàn thành phố, toàn thể cán bộ, giáo viên, nhân viên Trường Mầm non Sơn Ca đã khẩn trương ra quân tổng vệ sinh, khắc phục hậu quả mưa lũ.", "word"),
            P("Khu vực sân chơi, nhà bếp và các phòng học tầng 1 bị nước tràn vào được ưu tiên xử lý trước. Bùn đất được dọn sạch, tường, nền nhà được cọ rửa; toàn bộ bàn ghế, đồ dùng, đồ chơi được lau rửa, phơi khô và khử khuẩn bằng Cloramin B theo hướng dẫn của Trạm Y tế phường.", "word"),
            P("Thu gom, xử lý rác thải, cành cây gãy đổ trong khuôn viên trường;", "wordli"),
            P("Kiểm tra hệ thống điện, nước, thiết bị nhà bếp trước khi đưa vào sử dụng;", "wordli"),
            P("Phun thuốc khử khuẩn toàn bộ phòng học, phòng ngủ, nhà vệ sinh của trẻ.", "wordli"),
            Raw('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'),
            Img("/Portals/0/Images/2026-11/tong-ve-sinh-sau-lu.jpg", "Giáo viên, nhân viên nhà trường dọn bùn đất tại khu vực sân chơi", "Giáo viên, nhân viên nhà trường dọn bùn đất tại khu vực sân chơi", "p"),
            P("Nhiều phụ huynh cũng đã tự nguyện đến trường hỗ trợ nhân công, phương tiện để công việc được hoàn thành sớm. Đến chiều 05/11/2026, trường lớp đã khang trang, sạch sẽ, đủ điều kiện đón trẻ đi học trở lại từ thứ Hai ngày 09/11/2026.", "word"),
            Raw('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'),
            Raw('<p class="MsoNormal" align="right" style="text-align:right"><b><span lang="VI" style="font-size:14.0pt">Tổ Văn phòng<o:p></o:p></span></b></p>'),
        ],
        authors=["Tổ Văn phòng"],
        opts={"date": "06/11/2026", "by": "admin", "cats": [3], "rating": "3-0"},
    ),
    Story(
        id=231,
        slug="chuyen-de-xay-dung-moi-truong-giao-duc-lay-tre-lam-trung-tam",
        title="Chuyên đề “Xây dựng môi trường giáo dục lấy trẻ làm trung tâm”",
        cat="Chuyên môn - Nghiệp vụ",
        published_at="2026-11-02",
        summary=S231_SAPO,
        sapo_outside=True,
        blocks=[
            plain(S231_SAPO),
            P("Tại buổi sinh hoạt, các giáo viên được dự hoạt động học “Bé tìm hiểu các phương tiện giao thông đường thủy” do cô Võ Thị Hạnh tổ chức và tham quan cách bố trí các góc chơi trong lớp."),
            Img("/Portals/0/Images/2026-10/chuyen-de-choi-2.jpg", "(Góc xây dựng được bố trí mở, trẻ tự lựa chọn nguyên vật liệu)", "Góc xây dựng được bố trí mở, trẻ tự lựa chọn nguyên vật liệu", "tbl"),
            P("Lớp học được sắp xếp khoa học, các góc chơi mở, đồ dùng để ở tầm với của trẻ; sản phẩm của trẻ được trưng bày ngay trên mảng tường của lớp. Trẻ được tự lựa chọn góc chơi, tự nhận vai, tự thỏa thuận với bạn và chủ động chia sẻ ý tưởng với cô."),
            P("Sau phần dự giờ, các giáo viên thảo luận, chia sẻ những khó khăn khi tổ chức hoạt động theo hướng lấy trẻ làm trung tâm như diện tích phòng học hạn chế, sĩ số lớp đông và đề xuất các giải pháp phù hợp với điều kiện thực tế của từng lớp."),
            P("Chuyên đề đã giúp giáo viên có thêm kinh nghiệm trong việc tạo môi trường cho trẻ hoạt động tích cực, phát huy tính chủ động, sáng tạo của trẻ."),
            Img("/Portals/0/Images/2026-10/chuyen-de-thao-luan.jpg", "(Giáo viên thảo luận, rút kinh nghiệm sau tiết dự giờ)", "Giáo viên thảo luận, rút kinh nghiệm sau tiết dự giờ", "tbl"),
            sign("Tổ chuyên môn khối Mẫu giáo"),
        ],
        authors=["Tổ chuyên môn khối Mẫu giáo"],
        opts={"date": "02/11/2026", "by": "admin", "cats": [4], "rating": "4-0"},
    ),
    Story(
        id=229,
        slug="thong-bao-cho-tre-nghi-hoc-do-anh-huong-cua-mua-lu",
        title="Thông báo cho trẻ nghỉ học do ảnh hưởng của mưa lũ",
        cat="Thông báo",
        published_at="2026-10-28",
        blocks=[
            P("Thực hiện Công điện khẩn của UBND thành phố Đồng Hới về việc ứng phó với mưa lớn, nguy cơ ngập lụt trên địa bàn, Trường Mầm non Sơn Ca thông báo:"),
            P("- Cho toàn bộ trẻ nghỉ học từ ngày 29/10/2026 cho đến khi có thông báo mới."),
            P("- Cán bộ, giáo viên, nhân viên trực theo lịch phân công để bảo vệ tài sản, hồ sơ, sổ sách của nhà trường."),
            P("- Giáo viên chủ nhiệm thông báo qua nhóm Zalo của lớp đến từng phụ huynh và nắm tình hình trẻ trong những ngày nghỉ."),
            P("Đề nghị quý cha mẹ trẻ chủ động theo dõi thông tin, giữ trẻ ở nơi an toàn, tuyệt đối không cho trẻ đến gần ao hồ, sông suối, khu vực ngập nước."),
            sign("BAN GIÁM HIỆU"),
        ],
        authors=["BAN GIÁM HIỆU"],
        opts={"date": "28/10/2026", "by": "Administrator", "cats": [6], "rating": "0-0"},
    ),
    Story(
        id=226,
        slug="be-kheo-tay-lam-qua-tang-me-nhan-ngay-phu-nu-viet-nam-20-10",
        title="Bé khéo tay làm quà tặng mẹ nhân ngày Phụ nữ Việt Nam 20/10",
        cat="Hoạt động nhà trường",
        published_at="2026-10-20",
        summary=S226_SAPO,
        sapo_outside=True,
        blocks=[
            P("Với sự hướng dẫn của cô, các bé đã tự tay làm những món quà nhỏ xinh như bưu thiếp, vòng hoa, khung ảnh từ giấy màu, lá khô, hạt hột và các nguyên liệu đã qua sử dụng."),
            Img("/Portals/0/Images/2026-10/qua-tang-me-1.jpg", "Bé lớp Mầm 2 trang trí bưu thiếp tặng mẹ", "Bé lớp Mầm 2 trang trí bưu thiếp tặng mẹ", "p"),
            P("Các bé lớp Nhà trẻ được cô hỗ trợ in dấu vân tay, dán hoa lên thiệp; các bé lớp Chồi, lớp Lá thì tự cắt, dán, vẽ trang trí theo ý tưởng của mình. Mỗi sản phẩm dù còn vụng về nhưng chứa đựng tình cảm chân thành của trẻ dành cho mẹ, cho bà."),
            P("Chiều 19/10/2026, các lớp tổ chức buổi giao lưu “Con yêu mẹ”, trẻ hát tặng mẹ, đọc thơ và trao tận tay mẹ những món quà mình làm. Nhiều phụ huynh không giấu được niềm xúc động khi nhận món quà đặc biệt từ con."),
            Img("/Portals/0/Images/2026-10/qua-tang-me-2.jpg", "Khoảnh khắc trao quà trong buổi giao lưu “Con yêu mẹ” ở lớp Lá 1", "Khoảnh khắc trao quà trong buổi giao lưu “Con yêu mẹ” ở lớp Lá 1", "p"),
            P("Hoạt động góp phần giáo dục trẻ lòng biết ơn, tình yêu thương đối với bà, mẹ, cô giáo và rèn luyện sự khéo léo của đôi bàn tay."),
        ],
        authors=["Trần Thị Mai Anh"],
        opts={
            "date": "20/10/2026",
            "by": "Trần Thị Mai Anh",
            "cats": [3],
            "rating": "4-5",
            "nfd": True,
            "comments": [
                ("Mẹ bé Na", "21/10/2026 9:12:30 CH", "Tấm thiệp con làm mẹ sẽ giữ mãi. Cảm ơn cô Mai Anh nhiều ạ!"),
            ],
        },
    ),
    Story(
        id=224,
        slug="cha-me-can-lam-gi-khi-tre-ngai-den-truong",
        title="Cha mẹ cần làm gì khi trẻ ngại đến trường?",
        cat="Cha mẹ cần biết",
        published_at="2026-10-16",
        summary=S224_LEAD,
        blocks=[
            P(S224_LEAD, "lead"),
            P("1. Chuẩn bị tâm lý cho trẻ từ ở nhà", "h"),
            P("Hãy trò chuyện với trẻ về trường lớp bằng những điều thú vị: cô giáo hiền, các bạn vui, nhiều đồ chơi đẹp. Tránh dọa trẻ “Không ngoan mẹ cho đi học cả ngày” vì điều đó khiến trẻ coi việc đến trường là hình phạt."),
            P("2. Tạo thói quen sinh hoạt ổn định", "h"),
            P("Cho trẻ ngủ sớm, dậy đúng giờ, ăn sáng đầy đủ trước khi đến lớp. Một nếp sinh hoạt gần giống ở trường sẽ giúp trẻ nhanh thích nghi hơn."),
            Img("/Portals/0/Images/2026-10/tre-ngai-di-hoc.jpg", None, None, "bare"),
            P("3. Chia tay dứt khoát, đón trẻ đúng giờ", "h"),
            P("Khi đưa trẻ đến lớp, cha mẹ nên chào tạm biệt trẻ một cách vui vẻ, ngắn gọn rồi ra về; không nên nấn ná hay lén bỏ đi khi trẻ không để ý."),
            P("Buổi chiều, hãy đón trẻ đúng giờ như đã hứa để trẻ tin tưởng.", "br"),
            P("4. Phối hợp chặt chẽ với giáo viên", "h"),
            P("Cha mẹ nên trao đổi với cô giáo về sở thích, thói quen, những điều trẻ sợ để cô có cách tiếp cận phù hợp. Nếu trẻ ngại đến trường kéo dài kèm theo biểu hiện bất thường như sợ hãi, mất ngủ, cha mẹ cần trao đổi ngay với nhà trường."),
        ],
        authors=["Hồ Thị Ngọc Ánh"],
        opts={"date": "16/10/2026", "by": "ThS. Hồ Thị Ngọc Ánh", "cats": [5], "rating": "4-5"},
    ),
    Story(
        id=222,
        slug="boi-duong-ky-nang-ung-dung-cong-nghe-thong-tin-cho-giao-vien",
        title="Bồi dưỡng kỹ năng ứng dụng công nghệ thông tin cho giáo viên",
        cat="Chuyên môn - Nghiệp vụ",
        published_at="2026-10-14",
        blocks=[
            P("Nhằm nâng cao năng lực ứng dụng công nghệ thông tin trong thiết kế và tổ chức hoạt động giáo dục, từ ngày 12 đến 14/10/2026, Trường Mầm non Sơn Ca tổ chức lớp bồi dưỡng cho 32 giáo viên toàn trường."),
            P("Lớp học do thầy Phan Văn Tú, giáo viên Tin học Trường THCS Đồng Phú trực tiếp hướng dẫn. Nội dung bồi dưỡng cụ thể như sau:"),
            P("Ngày | Nội dung | Hình thức", "tr"),
            P("12/10/2026 | Khai thác học liệu số, kho bài giảng e-learning của ngành | Trực tiếp", "tr"),
            P("13/10/2026 | Thiết kế bài giảng điện tử bằng PowerPoint, chèn âm thanh, video | Thực hành", "tr"),
            P("14/10/2026 | Sử dụng phần mềm Kidsmart và các trò chơi tương tác cho trẻ | Thực hành", "tr"),
            Img("/Portals/0/Images/2026-10/boi-duong-cntt.jpg", "(Giáo viên thực hành thiết kế bài giảng tại phòng tin học)", "Giáo viên thực hành thiết kế bài giảng tại phòng tin học", "p"),
            P("Kết thúc khóa học, mỗi giáo viên hoàn thành một sản phẩm bài giảng điện tử. Nhà trường sẽ lựa chọn các sản phẩm tốt để xây dựng kho học liệu dùng chung của trường."),
        ],
        authors=["Lê Thị Minh Nguyệt"],
        opts={"date": "14/10/2026", "by": "Lê Thị Minh Nguyệt", "cats": [4], "rating": "3-5"},
    ),
    Story(
        id=219,
        slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        title="Hội nghị viên chức, người lao động năm học 2026 – 2027",
        cat="Hoạt động nhà trường",
        published_at="2026-10-08",
        summary=S219_SAPO,
        sapo_outside=True,
        blocks=[
            P("Hội nghị vinh dự đón tiếp đồng chí Lê Văn Hải, Phó Trưởng phòng Giáo dục và Đào tạo thành phố Đồng Hới, cùng đại diện Đảng ủy phường Đồng Phú và 45 cán bộ, giáo viên, nhân viên nhà trường."),
            P("Năm học 2025 – 2026, nhà trường duy trì 14 nhóm, lớp với 412 trẻ; tỉ lệ chuyên cần đạt 96,5%, tỉ lệ trẻ suy dinh dưỡng giảm còn 1,2%. 100% trẻ được đảm bảo an toàn tuyệt đối về thể chất và tinh thần."),
            Img("/Portals/0/Images/2026-10/hoi-nghi-vc-2026.jpg", "(Quang cảnh Hội nghị)", "Quang cảnh Hội nghị", "tbl"),
            P("Năm học 2026 – 2027, nhà trường tập trung vào các nhiệm vụ trọng tâm: nâng cao chất lượng chăm sóc, nuôi dưỡng, giáo dục trẻ; đẩy mạnh chuyển đổi số trong quản lý; xây dựng trường học an toàn, thân thiện; phấn đấu duy trì chuẩn Quốc gia mức độ 2."),
            P("Hội nghị đã thảo luận, biểu quyết thông qua Quy chế chi tiêu nội bộ, Quy chế dân chủ cơ sở và bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 – 2027. Các cá nhân, tập thể đăng ký thi đua ngay tại hội nghị."),
            Img("/Portals/0/Images/2026-10/ky-giao-uoc-thi-dua.jpg", "(Các tổ chuyên môn ký giao ước thi đua)", "Các tổ chuyên môn ký giao ước thi đua", "tbl"),
        ],
        authors=["Nguyễn Thị Thanh Hương"],
        opts={"date": "08/10/2026", "by": "Nguyễn Thị Thanh Hương", "cats": [3], "rating": "4-0"},
    ),
]

BY_ID: dict[int, Story] = {s.id: s for s in STORIES}

# home "Tin tức" pane: the newest non-notice articles, in the module's long URL form (trap 1)
HOME_NEWS = [s.id for s in STORIES if 6 not in s.opts["cats"]][:4]
NOTICES = [s.id for s in STORIES if 6 in s.opts["cats"]]


def article_path(story: Story) -> str:
    return f"{TAB}/ArticleID/{story.id}/{story.slug}.aspx"


def print_path(story: Story) -> str:
    return f"{TAB}/ArticleID/{story.id}/Print/true/Default.aspx"


def long_path(story: Story) -> str:
    return f"{TAB}/articleType/ArticleView/articleId/{story.id}/Default.aspx"


def query_href(story: Story) -> str:
    return f"/Default.aspx?tabid=56&amp;articleType=ArticleView&amp;articleId={story.id}"


def query_path(story: Story) -> str:
    return f"/Default.aspx?tabid=56&articleType=ArticleView&articleId={story.id}"


def old_slug_path(story: Story) -> str:
    return f"{TAB}/ArticleID/{story.id}/{story.opts['old_slug']}.aspx"


def lower_path(story: Story) -> str:
    return f"{TAB}/articleid/{story.id}/{story.slug}.aspx"


def cat_path(cid: int, page: int = 1) -> str:
    slug = CATS[cid][1]
    if page == 1:
        return f"{TAB}/CategoryID/{cid}/{slug}.aspx"
    return f"{TAB}/CategoryID/{cid}/currentpage/{page}/{slug}.aspx"


def list_path(page: int = 1) -> str:
    return LIST_PATH if page == 1 else f"{TAB}/currentpage/{page}/Default.aspx"


def tab_path(tabid: int) -> str:
    return f"/{TABS[tabid][0]}/tabid/{tabid}/Default.aspx"


# hand-typed "Tin nổi bật" HTML module (traps 2, 3)
FEATURED_LINKS = [
    (old_slug_path(BY_ID[236]), BY_ID[236].opts["old_title"]),
    (lower_path(BY_ID[233]), "Tổng vệ sinh trường lớp sau mưa lũ"),
    (tab_path(59), "Thực đơn tuần 1 tháng 12/2026"),
]


# --- article text as RadEditor stores it ----------------------------------------------------


def _t(value: str, nfd: bool) -> str:
    return text(value, nfd=nfd)


def _img_tag(img: Img, alt: str = "") -> str:
    return f'<img alt="{esc(alt)}" src="{img.src}" style="width: 500px; height: 333px;" />'


def render_img(img: Img, nfd: bool) -> str:
    printed = _t(img.printed, nfd) if img.printed else ""
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width: 510px;">\n'
            "    <tbody>\n"
            f"        <tr>\n            <td>{_img_tag(img)}</td>\n        </tr>\n"
            f'        <tr>\n            <td style="text-align: center;"><em><span style="font-size: 12px;">{printed}</span></em></td>\n        </tr>\n'
            "    </tbody>\n</table>"
        )
    if img.style == "div":
        return (
            f'<div style="text-align: center;">{_img_tag(img, img.caption or "")}<br />\n'
            f'<span class="chuthich_anh" style="color: #0054a6;"><em>{printed}</em></span></div>'
        )
    if img.style == "bare":
        return f'<p style="text-align: center;">{_img_tag(img)}</p>'
    # "p": the picture's paragraph, then a centred italic line
    return (
        f'<p style="text-align: center;">{_img_tag(img)}</p>\n'
        f'<p style="text-align: center;"><em>{printed}</em></p>'
    )


_WORD_SPAN = '<span lang="VI" style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">'


def render_blocks(story: Story) -> str:
    nfd = bool(story.opts.get("nfd"))
    out: list[str] = []
    group: str | None = None  # open <ul> or <table>

    def close() -> None:
        nonlocal group
        if group == "li":
            out.append("</ul>")
        elif group == "tr":
            out.append("    </tbody>\n</table>")
        group = None

    for block in story.blocks:
        style = block.style if isinstance(block, P) else ""
        if group and style != group:
            close()
        if isinstance(block, Raw):
            out.append(block.html)
            continue
        if isinstance(block, Img):
            out.append(render_img(block, nfd))
            continue
        t = _t(block.text, nfd)
        if style == "li":
            if group != "li":
                out.append('<ul style="list-style-type: circle;">')
                group = "li"
            out.append(f"    <li>{t}</li>")
        elif style == "tr":
            cells = [_t(c, nfd) for c in block.text.split(" | ")]
            if group != "tr":
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" class="MsoTableGrid" style="width: 96%; border-collapse: collapse;">\n    <tbody>'
                )
                group = "tr"
                row = "".join(f'<td style="text-align: center;"><strong>{c}</strong></td>' for c in cells)
            else:
                row = "".join(f"<td>{c}</td>" for c in cells)
            out.append(f"        <tr>{row}</tr>")
        elif style == "br":
            last = out[-1]
            assert last.endswith("</p>"), story.id
            out[-1] = last[: -len("</p>")] + f"<br />\n{t}</p>"
        elif style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{t}</strong></p>')
        elif style == "h":
            out.append(f'<p style="text-align: justify;"><strong><span style="color: #006600;">{t}</span></strong></p>')
        elif style == "h3":
            out.append(f'<h3 style="font-size: 14px; color: #c0392b;">{t}</h3>')
        elif style == "quote":
            out.append(f'<blockquote>\n<p style="text-align: justify;"><em>{t}</em></p>\n</blockquote>')
        elif style == "indent":
            out.append(f'<p style="text-indent: 36pt; text-align: justify;">{t}</p>')
        elif style == "word":
            out.append(
                f'<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:150%">{_WORD_SPAN}{t}<o:p></o:p></span></p>'
            )
        elif style == "wordli":
            out.append(
                '<p class="MsoListParagraphCxSpMiddle" style="margin-left:54.0pt;mso-add-space:auto;text-align:justify;text-indent:-18.0pt;line-height:150%;mso-list:l0 level1 lfo1">'
                '<span lang="VI" style="font-size:14.0pt;line-height:150%;font-family:Symbol;mso-fareast-font-family:Symbol"><span style="mso-list:Ignore">·'
                '<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>'
                f"{_WORD_SPAN}{t}<o:p></o:p></span></p>"
            )
        else:
            out.append(f'<p style="text-align: justify;">{t}</p>')
    close()
    return "\n".join(out)


def auto_summary(story: Story) -> str:
    """The list's summary when the article has none: the first 200 characters and "..."."""
    if story.summary:
        return story.summary
    first = story.paragraphs[0]
    return first if len(first) <= 200 else first[:200].rsplit(" ", 1)[0] + "..."


def thumb(story: Story) -> str:
    """The list thumbnail, through the module's ImageHandler (never a gold image)."""
    name = story.opts.get("thumb")
    if not name:
        imgs = [i for i in story.images if i.src.startswith("/Portals/0/")]
        if not imgs:
            return "/Portals/_default/Skins/SonCa/images/no-image.jpg"
        name = imgs[0].src[len("/Portals/0/") :].replace("%20", " ")
    fn = quote(name, safe="")
    return (
        "/DesktopModules/DnnForge%20-%20NewsArticles/ImageHandler.ashx?Width=150&amp;Height=110"
        f"&amp;HomeDirectory=%2fPortals%2f0%2f&amp;FileName={fn}&amp;PortalID=0&amp;q=1"
    )


# --- the skin -------------------------------------------------------------------------------


def _menu(current: str) -> str:
    def item(href: str, label: str, key: str, sub: list[tuple[str, str]] | None = None, first: bool = False) -> str:
        cls = ["item"]
        if first:
            cls.append("first")
        if sub:
            cls.append("haschild")
        if key == current:
            cls += ["selected", "breadcrumb"]
        html = f'<li class="{" ".join(cls)}"><a href="{href}"><div><span>{esc(label)}</span></div></a>'
        if sub:
            html += '<div class="subLevel"><ul>'
            for i, (h, lbl) in enumerate(sub):
                html += f'<li class="item{" first" if i == 0 else ""}"><a href="{h}"><div><span>{esc(lbl)}</span></div></a></li>'
            html += "</ul></div>"
        return html + "</li>"

    items = [
        item("/Default.aspx", "Trang chủ", "home", first=True),
        item(tab_path(54), "Giới thiệu", "gioi-thieu", [(tab_path(54), "Giới thiệu chung"), (tab_path(55), "Đội ngũ CB-GV-NV")]),
        item(LIST_PATH, "Tin tức", "tin-tuc", [(cat_path(c), CATS[c][0]) for c in CATS]),
        item(tab_path(59), "Thực đơn", "thuc-don"),
        item(tab_path(58), "Thư viện ảnh", "thu-vien-anh"),
        item(tab_path(57), "Văn bản", "van-ban"),
        item(tab_path(60), "Liên hệ", "lien-he"),
    ]
    return '<div id="dnn_dnnMENU" class="menu_ngang">\n<ul class="topLevel">\n' + "\n".join(items) + "\n</ul>\n</div>"


def _breadcrumb(crumbs: list[tuple[str, str | None]]) -> str:
    parts = ['<a href="/Default.aspx" class="Breadcrumb">Trang chủ</a>']
    for label, href in crumbs:
        if href:
            parts.append(f'<a href="{href}" class="Breadcrumb">{esc(label)}</a>')
        else:
            parts.append(f'<span class="Breadcrumb">{esc(label)}</span>')
    sep = '<img alt="" src="/Portals/_default/Skins/SonCa/images/breadcrumb.gif" />'
    return (
        '<div class="dd_vitri">Bạn đang ở: <span id="dnn_dnnBREADCRUMB_lblBreadCrumb">'
        + f" {sep} ".join(parts)
        + "</span></div>"
    )


# module definition of each container (DNN prints it in the ModuleContent's class)
_MODULE_CLASS = {412: "DnnForgeNewsArticles", 418: "DnnForgeNewsArticlesLatest", 419: "DnnForgeNewsArticlesLatest", 425: "VisitorCounter", 426: "DNNPolls", 457: "Documents"}


def _container(mid: int, title: str, inner: str, cls: str = "khung_giua") -> str:
    mod = _MODULE_CLASS.get(mid, "DNNHTML")
    return f"""<div class="DnnModule DnnModule-{mid}"><a name="{mid}"></a>
<div class="{cls}">
  <div class="{cls}_top"><h2 class="{cls}_td"><span id="dnn_ctr{mid}_dnnTITLE_titleLabel" class="Head">{esc(title)}</span></h2></div>
  <div id="dnn_ctr{mid}_ContentPane" class="{cls}_nd"><!-- Start_Module_{mid} --><div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent Mod{mod}C">
{inner}
  </div><!-- End_Module_{mid} --></div>
</div></div>"""


def _featured() -> str:
    items = "\n".join(f'<li><a href="{href}">{esc(label)}</a></li>' for href, label in FEATURED_LINKS)
    inner = f'<div id="dnn_ctr421_HtmlModule_lblContent" class="Normal">\n<ul class="tin_noibat">\n{items}\n</ul>\n</div>'
    return _container(421, "Tin nổi bật", inner, "khung_trai")


def _links_and_counter() -> str:
    links = _container(
        422,
        "Liên kết website",
        """<div id="dnn_ctr422_HtmlModule_lblContent" class="Normal">
<select onchange="if(this.value!='')window.open(this.value)" style="width: 180px;">
<option value="">-- Chọn liên kết --</option>
<option value="https://quangbinh.edu.vn/">Sở GD&amp;ĐT Quảng Bình</option>
<option value="https://moet.gov.vn/">Bộ Giáo dục và Đào tạo</option>
</select>
<p><a href="https://donghoi.edu.vn/" target="_blank"><img alt="Phòng GD&amp;ĐT Đồng Hới" src="/Portals/0/Banner/phong-gd-dong-hoi.png" /></a></p>
<p><a href="https://www.facebook.com/mnsoncadonghoi" target="_blank"><img alt="Facebook" src="/Portals/0/Banner/facebook-mnsonca.png" /></a></p>
</div>""",
        "khung_trai",
    )
    counter = _container(
        425,
        "Thống kê truy cập",
        """<table class="thongke" cellpadding="2" cellspacing="0">
<tr><td><img alt="" src="/Portals/_default/Skins/SonCa/images/online.gif" /> Đang online:</td><td align="right"><span id="dnn_ctr425_Counter_lblOnline">17</span></td></tr>
<tr><td>Hôm nay:</td><td align="right"><span id="dnn_ctr425_Counter_lblToday">248</span></td></tr>
<tr><td>Hôm qua:</td><td align="right"><span id="dnn_ctr425_Counter_lblYesterday">316</span></td></tr>
<tr><td>Tổng truy cập:</td><td align="right"><span id="dnn_ctr425_Counter_lblTotal">1.204.583</span></td></tr>
</table>""",
        "khung_trai",
    )
    return links + "\n" + counter


def _notices_pane() -> str:
    """The skin's "Thông báo" pane, shown on all pages: notices in the raw query form (trap 1)."""
    rows = []
    for sid in NOTICES:
        s = BY_ID[sid]
        rows.append(
            f'<div class="tb_dong"><img alt="" src="/Portals/_default/Skins/SonCa/images/new.gif" /> '
            f'<a href="{query_href(s)}" class="tb_lienket">{esc(s.title)}</a> <span class="tb_ngay">({s.opts["date"]})</span></div>'
        )
    inner = (
        '<marquee direction="up" scrollamount="2" height="190" onmouseover="this.stop()" onmouseout="this.start()">\n'
        + "\n".join(rows)
        + "\n</marquee>"
    )
    return '<div id="dnn_ThongBaoPane" class="ThongBaoPane">' + _container(419, "Thông báo", inner, "khung_phai") + "</div>"


def _poll() -> str:
    return _container(
        426,
        "Thăm dò ý kiến",
        """<div class="Normal">Quý phụ huynh đánh giá thế nào về bữa ăn bán trú của trẻ?</div>
<table id="dnn_ctr426_Poll_rblAnswers" class="Normal">
<tr><td><input id="dnn_ctr426_Poll_rblAnswers_0" type="radio" name="dnn$ctr426$Poll$rblAnswers" value="1" /><label for="dnn_ctr426_Poll_rblAnswers_0">Rất hài lòng</label></td></tr>
<tr><td><input id="dnn_ctr426_Poll_rblAnswers_1" type="radio" name="dnn$ctr426$Poll$rblAnswers" value="2" /><label for="dnn_ctr426_Poll_rblAnswers_1">Hài lòng</label></td></tr>
<tr><td><input id="dnn_ctr426_Poll_rblAnswers_2" type="radio" name="dnn$ctr426$Poll$rblAnswers" value="3" /><label for="dnn_ctr426_Poll_rblAnswers_2">Cần cải thiện</label></td></tr>
</table>
<a id="dnn_ctr426_Poll_cmdVote" class="CommandButton" href="javascript:__doPostBack('dnn$ctr426$Poll$cmdVote','')">Bình chọn</a>
<a id="dnn_ctr426_Poll_cmdResults" class="CommandButton" href="javascript:__doPostBack('dnn$ctr426$Poll$cmdResults','')">Xem kết quả</a>""",
        "khung_phai",
    )


def page(
    request: Request,
    *,
    title: str,
    current: str,
    crumbs: list[tuple[str, str | None]],
    center: str,
    description: str = "Trường Mầm non Sơn Ca - thành phố Đồng Hới - tỉnh Quảng Bình",
    canonical: str | None = None,
    home_extra: str = "",
) -> Response:
    action = esc(request.target)
    returnurl = quote(request.target, safe="").lower()
    canon = f'<link rel="canonical" href="{base_url(request)}{canonical}" />\n' if canonical else ""
    body = f"""<!DOCTYPE html>
<html  lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<meta content="text/javascript" http-equiv="Content-Script-Type" />
<meta content="text/css" http-equiv="Content-Style-Type" />
<meta id="MetaCopyright" name="COPYRIGHT" content="Copyright 2026 by Trường Mầm non Sơn Ca" />
<meta id="MetaAuthor" name="AUTHOR" content="Trường Mầm non Sơn Ca" />
<meta name="RESOURCE-TYPE" content="DOCUMENT" />
<meta name="DISTRIBUTION" content="GLOBAL" />
<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
<meta name="REVISIT-AFTER" content="1 DAYS" />
<meta name="RATING" content="GENERAL" />
<meta http-equiv="PAGE-ENTER" content="RevealTrans(Duration=0,Transition=1)" />
<style id="StylePlaceholder" type="text/css"></style>
<link href="/Portals/_default/default.css?cdv=58" type="text/css" rel="stylesheet"/><link href="/DesktopModules/DnnForge%20-%20NewsArticles/module.css?cdv=58" type="text/css" rel="stylesheet"/><link href="/Portals/_default/Skins/SonCa/skin.css?cdv=58" type="text/css" rel="stylesheet"/><link href="/Portals/0/portal.css?cdv=58" type="text/css" rel="stylesheet"/>
<script src="/Resources/libraries/jQuery/01_09_01/jquery.js?cdv=58" type="text/javascript"></script>
<title>
	{esc(title)}
</title><meta id="MetaDescription" name="DESCRIPTION" content="{esc(description)}" /><meta id="MetaKeywords" name="KEYWORDS" content="mầm non, Sơn Ca, Đồng Hới, Quảng Bình" /><meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />
{canon}<link rel='SHORTCUT ICON' href='/Portals/0/favicon.ico?ver=2019-9-11' type='image/x-icon' /></head>
<body id="Body">
<form method="post" action="{action}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{opaque(request.path + 'vs', 420)}" />
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
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZLH2sV8Pq7Sx0eJc1Q2&amp;t=635588628260000000" type="text/javascript"></script>
<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvuRLs2F9t1Iw&amp;t=2a9d95e3" type="text/javascript"></script>
<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{opaque(request.path + 'ev', 96)}" />
</div>
<div id="bao_ngoai">
 <div id="dau_trang">
  <div class="dau_logo"><a id="dnn_dnnLOGO_hypLogo" title="Trường Mầm non Sơn Ca" href="/Default.aspx"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/logo-mnsonca.png" alt="Trường Mầm non Sơn Ca" /></a></div>
  <div class="dau_ten"><span class="dau_ten1">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ ĐỒNG HỚI</span><br /><span class="dau_ten2">TRƯỜNG MẦM NON SƠN CA</span></div>
  <div class="dau_phai">
   <span id="dnn_dnnCURRENTDATE_lblDate" class="ngay_hientai">{HEADER_DATE}</span>
   <span class="dangnhap"><a id="dnn_dnnLOGIN_loginLink" title="Đăng nhập" class="SkinObject" rel="nofollow" onclick="this.disabled=true;" href="/Login.aspx?returnurl={returnurl}">Đăng nhập</a></span>
   <div class="timkiem"><span id="dnn_dnnSEARCH_ClassicSearch"><input name="dnn$dnnSEARCH$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSEARCH_txtSearch" class="NormalTextBox" placeholder="Tìm kiếm..." />
   <a id="dnn_dnnSEARCH_cmdSearch" class="SkinObject" href="javascript:__doPostBack('dnn$dnnSEARCH$cmdSearch','')">Tìm</a></span></div>
  </div>
 </div>
 {_menu(current)}
 <div class="chu_chay"><marquee scrollamount="3">Chào mừng quý phụ huynh đến với website Trường Mầm non Sơn Ca - "Tất cả vì học sinh thân yêu"</marquee></div>
 {_breadcrumb(crumbs) if crumbs else ""}
 <table id="than_trang" cellpadding="0" cellspacing="0" border="0" width="100%"><tr>
  <td id="dnn_LeftPane" class="LeftPane" valign="top" width="220">
{_featured()}
{_links_and_counter()}
  </td>
  <td valign="top">
  <div id="dnn_ContentPane" class="ContentPane">
{center}
  </div>
{home_extra}
  </td>
  <td id="dnn_RightPane" class="RightPane" valign="top" width="230">
{_notices_pane()}
{_poll()}
  </td>
 </tr></table>
 <div id="chan_trang">
  <div class="chan_nd"><strong>TRƯỜNG MẦM NON SƠN CA</strong><br />
  Địa chỉ: Số 12 đường Trần Hưng Đạo, phường Đồng Phú, thành phố Đồng Hới, tỉnh Quảng Bình<br />
  Điện thoại: 0232 3822 416 - Email: <a href="mailto:mnsonca.dh@quangbinh.edu.vn">mnsonca.dh@quangbinh.edu.vn</a><br />
  Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Thị Thanh Hương</div>
  <div class="chan_bq"><span id="dnn_dnnCOPYRIGHT_lblCopyright" class="SkinObject">Copyright 2026 by Trường Mầm non Sơn Ca</span></div>
 </div>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`}}" />
</form>
</body>
</html>
"""
    return Response(200, body.encode("utf-8"), {"Content-Type": "text/html; charset=utf-8", "X-Powered-By": "ASP.NET", "Cache-Control": "private"})


# --- the articles module's views ------------------------------------------------------------


def _list_item(story: Story, href: str) -> str:
    return f"""<div class="ds_tin_item">
  <div class="ds_tin_anh"><a href="{href}"><img src="{thumb(story)}" alt="{esc(story.title)}" border="0" /></a></div>
  <div class="ds_tin_td"><a href="{href}">{esc(story.title)}</a></div>
  <div class="ds_tin_ngay">Ngày đăng: {story.opts["date"]}</div>
  <div class="ds_tin_tt">{esc(auto_summary(story))}</div>
  <div class="ds_tin_xt"><a href="{href}">Xem tiếp »</a></div>
  <div style="clear: both;"></div>
</div>"""


def _pager(page_no: int, pages: int, url) -> str:
    if pages <= 1:
        return ""
    parts = ['<span class="Normal">Trang </span>']
    if page_no > 1:
        parts.append(f'<a href="{url(page_no - 1)}" class="CommandButton">«</a>')
    for n in range(1, pages + 1):
        if n == page_no:
            parts.append(f'<span class="NormalBold">{n}</span>')
        else:
            parts.append(f'<a href="{url(n)}" class="CommandButton">{n}</a>')
    if page_no < pages:
        parts.append(f'<a href="{url(page_no + 1)}" class="CommandButton">»</a>')
    return '<div class="PagingTable" align="center">' + " ".join(parts) + "</div>"


def listing(request: Request, stories: list[Story], page_no: int, url, heading: str | None, crumbs) -> Response | None:
    pages = max(1, -(-len(stories) // PAGE_SIZE))
    if not 1 <= page_no <= pages:
        return None
    chunk = stories[(page_no - 1) * PAGE_SIZE : page_no * PAGE_SIZE]
    head = f'<div class="ds_chuyenmuc">{esc(heading)}</div>\n' if heading else ""
    inner = (
        f'<div id="dnn_ctr412_Listing" class="ds_tin">\n{head}'
        + "\n".join(_list_item(s, article_path(s)) for s in chunk)
        + "\n"
        + _pager(page_no, pages, url)
        + "\n</div>"
    )
    title = f"{heading or 'Tin tức'}{f' - Trang {page_no}' if page_no > 1 else ''} | {SCHOOL}"
    return page(request, title=title, current="tin-tuc", crumbs=crumbs, center=_container(412, "Tin tức", inner))


def list_page(request: Request, page_no: int) -> Response | None:
    return listing(request, STORIES, page_no, list_path, None, [("Tin tức", LIST_PATH)])


def category_page(request: Request, cid: int, page_no: int) -> Response | None:
    if cid not in CATS:
        return None
    stories = [s for s in STORIES if cid in s.opts["cats"]]
    name = CATS[cid][0]
    crumbs = [("Tin tức", LIST_PATH), (name, cat_path(cid))]
    return listing(request, stories, page_no, lambda n: cat_path(cid, n), name, crumbs)


def _comments(story: Story) -> str:
    comments = story.opts.get("comments", [])
    items = "\n".join(
        f"""<div class="ykien_muc">
  <div class="ykien_ten"><img alt="" src="/DesktopModules/DnnForge%20-%20NewsArticles/Images/comment.gif" /> <b>{esc(name)}</b> <span class="ykien_ngay">{when}</span></div>
  <div class="ykien_nd">{esc(body)}</div>
</div>"""
        for name, when, body in comments
    )
    shown = f'<div class="bv_ykien">\n<div class="bv_khoi_td">Ý kiến bạn đọc ({len(comments)})</div>\n{items}\n</div>' if comments else ""
    form = """<div class="bv_guiykien">
<div class="bv_khoi_td">Gửi ý kiến của bạn</div>
<table cellpadding="3" cellspacing="0" class="Normal">
<tr><td>Họ và tên (*)</td><td><input name="dnn$ctr412$ViewArticle$ucPostComment$txtName" type="text" id="dnn_ctr412_ViewArticle_ucPostComment_txtName" class="NormalTextBox" style="width:300px;" /></td></tr>
<tr><td>Email (*)</td><td><input name="dnn$ctr412$ViewArticle$ucPostComment$txtEmail" type="text" id="dnn_ctr412_ViewArticle_ucPostComment_txtEmail" class="NormalTextBox" style="width:300px;" /></td></tr>
<tr><td valign="top">Nội dung (*)</td><td><textarea name="dnn$ctr412$ViewArticle$ucPostComment$txtComment" rows="5" cols="50" id="dnn_ctr412_ViewArticle_ucPostComment_txtComment" class="NormalTextBox"></textarea></td></tr>
<tr><td></td><td><input id="dnn_ctr412_ViewArticle_ucPostComment_chkNotifyMe" type="checkbox" name="dnn$ctr412$ViewArticle$ucPostComment$chkNotifyMe" /><label for="dnn_ctr412_ViewArticle_ucPostComment_chkNotifyMe">Thông báo cho tôi khi có ý kiến mới</label></td></tr>
<tr><td></td><td><input type="submit" name="dnn$ctr412$ViewArticle$ucPostComment$btnAddComment" value="Gửi ý kiến" id="dnn_ctr412_ViewArticle_ucPostComment_btnAddComment" class="CommandButton" /></td></tr>
</table>
<div class="Normal"><em>Ý kiến của bạn sẽ được Ban biên tập duyệt trước khi đăng.</em></div>
</div>"""
    return shown + "\n" + form


def _related(story: Story) -> str:
    cid = story.opts["cats"][0]
    others = [s for s in STORIES if cid in s.opts["cats"] and s.id != story.id][:3]
    if not others:
        return ""
    items = "\n".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="bv_khac_ngay">({s.opts["date"]})</span></li>'
        for s in others
    )
    return f'<div class="bv_khac">\n<div class="bv_khoi_td">Các bài viết khác</div>\n<ul>\n{items}\n</ul>\n</div>'


def _details(story: Story) -> str:
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="bv_tomtat"><b>{esc(story.summary)}</b></div>\n'
    attach = ""
    if "attach" in story.opts:
        ticket, fname, size = story.opts["attach"]
        attach = (
            '<div class="bv_dinhkem"><img alt="" src="/DesktopModules/DnnForge%20-%20NewsArticles/Images/Files/pdf.gif" /> '
            f'Tệp đính kèm: <a href="{linkclick(ticket)}" target="_blank">{esc(fname)}</a> ({size})</div>\n'
        )
    return f'{sapo}<div class="bv_noidung" id="dnn_ctr412_ViewArticle_divContent">\n{render_blocks(story)}\n</div>\n{attach}'


def article_page(request: Request, story: Story) -> Response:
    cats = ", ".join(f'<a href="{cat_path(c)}">{esc(CATS[c][0])}</a>' for c in story.opts["cats"])
    primary = story.opts["cats"][0]
    stars = story.opts.get("rating", "0-0")
    votes = 7 + story.id % 11 if stars != "0-0" else 0
    send = f"{base_url(request)}{TAB}/ArticleID/{story.id}/ctl/SendToFriend/mid/412/Default.aspx?popUp=true"
    inner = f"""<div id="dnn_ctr412_ViewArticle_pnlArticle" class="NewsArticles">
<div class="bv_chitiet">
<div class="bv_tieude">{esc(story.title)}</div>
<div class="bv_ngay">Ngày đăng: {story.opts["date"]} | Lượt xem: {story.views()}</div>
{_details(story)}<div class="bv_nguoiviet" align="right">Người viết: <span class="bv_tacgia">{esc(story.opts["by"])}</span></div>
<div class="bv_chuyenmuc">Chuyên mục: {cats}</div>
<table class="bv_congcu" cellpadding="0" cellspacing="0" border="0"><tr>
<td><a href="javascript:dnnModal.show('{send}',false,420,560,false,'')"><img alt="" src="/DesktopModules/DnnForge%20-%20NewsArticles/Images/email.gif" /> Gửi bài viết</a></td>
<td>&nbsp;|&nbsp;<a href="{print_path(story)}" target="_blank"><img alt="" src="/DesktopModules/DnnForge%20-%20NewsArticles/Images/print.gif" /> In</a></td>
<td>&nbsp;|&nbsp;Đánh giá: <img alt="Đánh giá" src="/DesktopModules/DnnForge%20-%20NewsArticles/Images/Rating/stars-{stars}.gif" /> ({votes} lượt)</td>
</tr></table>
{_related(story)}
{_comments(story)}
</div>
</div>"""
    crumbs = [("Tin tức", LIST_PATH), (CATS[primary][0], cat_path(primary)), (story.title, None)]
    description = story.summary or auto_summary(story)
    return page(
        request,
        title=f"{story.title} | {SCHOOL}",
        current="tin-tuc",
        crumbs=crumbs,
        center=_container(412, "Tin tức", inner),
        description=description,
        canonical=article_path(story),
    )


def print_page(request: Request, story: Story) -> Response:
    body = f"""<!DOCTYPE html>
<html lang="vi-VN">
<head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<meta name="ROBOTS" content="NOINDEX, NOFOLLOW" />
<title>{esc(story.title)}</title>
<link href="/DesktopModules/DnnForge%20-%20NewsArticles/module.css?cdv=58" type="text/css" rel="stylesheet"/>
</head>
<body onload="window.print();" style="background: #fff;">
<div class="in_dau"><img alt="" src="/Portals/0/logo-mnsonca.png" height="50" /> <b>TRƯỜNG MẦM NON SƠN CA</b></div>
<hr />
<div class="bv_tieude">{esc(story.title)}</div>
<div class="bv_ngay">Ngày đăng: {story.opts["date"]}</div>
{_details(story)}<div class="bv_nguoiviet" align="right">Người viết: {esc(story.opts["by"])}</div>
<hr />
<div class="in_chan">Bài viết được in từ website {SCHOOL}: {base_url(request)}{article_path(story)}</div>
</body>
</html>
"""
    return Response(200, body.encode("utf-8"), {"Content-Type": "text/html; charset=utf-8"})


# --- the home page and the other tabs -------------------------------------------------------


def home_page(request: Request) -> Response:
    welcome = _container(
        410,
        "Chào mừng",
        f"""<div id="dnn_ctr410_HtmlModule_lblContent" class="Normal">
<p><img alt="" src="/Portals/0/Images/truong-mn-son-ca.jpg" style="float: left; margin: 0 10px 5px 0; width: 180px;" />Trường Mầm non Sơn Ca được thành lập năm 1982, là một trong những trường mầm non công lập đầu tiên của thành phố Đồng Hới. Với đội ngũ cán bộ, giáo viên tận tâm, yêu trẻ, nhà trường luôn là địa chỉ tin cậy của các bậc phụ huynh trong việc chăm sóc, nuôi dưỡng và giáo dục trẻ.</p>
<p style="text-align: right;"><a href="{tab_path(54)}">Xem tiếp »</a></p>
</div>""",
    )
    rows = []
    for sid in HOME_NEWS:
        s = BY_ID[sid]
        href = long_path(s)
        rows.append(
            f"""<div class="tt_moi_muc">
  <a href="{href}"><img class="tt_moi_anh" src="{thumb(s)}" alt="" /></a>
  <a href="{href}" class="tt_moi_td">{esc(s.title)}</a> <span class="tt_moi_ngay">({s.opts["date"]})</span>
  <div class="tt_moi_tt">{esc(auto_summary(s))}</div>
</div>"""
        )
    news = '<div id="dnn_TinTucPane" class="TinTucPane">' + _container(
        418,
        "Tin tức",
        "\n".join(rows) + f'\n<div class="tt_moi_xemtat" align="right"><a href="{LIST_PATH}">Xem tất cả »</a></div>',
    ) + "</div>"
    return page(request, title=SCHOOL, current="home", crumbs=[], center=welcome, home_extra=news)


def _html_tab(request: Request, tabid: int, inner: str, crumbs=None) -> Response:
    slug, label = TABS[tabid]
    current = "gioi-thieu" if tabid in (54, 55) else slug
    crumbs = crumbs or [(label, tab_path(tabid))]
    return page(
        request,
        title=f"{label} | {SCHOOL}",
        current=current,
        crumbs=crumbs,
        center=_container(400 + tabid, label, f'<div id="dnn_ctr{400 + tabid}_HtmlModule_lblContent" class="Normal">\n{inner}\n</div>'),
    )


INTRO = """<p><strong>Trường Mầm non Sơn Ca</strong> được thành lập ngày 15 tháng 8 năm 1982, tọa lạc tại số 12 đường Trần Hưng Đạo, phường Đồng Phú, thành phố Đồng Hới, tỉnh Quảng Bình.</p>
<p>Trải qua hơn 40 năm xây dựng và phát triển, nhà trường không ngừng lớn mạnh về quy mô và chất lượng. Năm học 2026 – 2027, trường có 14 nhóm, lớp với 418 trẻ, 45 cán bộ, giáo viên, nhân viên; 100% giáo viên đạt chuẩn và trên chuẩn về trình độ đào tạo.</p>
<p>Trường được công nhận đạt chuẩn Quốc gia mức độ 2 năm 2019, đạt Kiểm định chất lượng giáo dục cấp độ 3; nhiều năm liền đạt danh hiệu Tập thể lao động xuất sắc, được UBND tỉnh Quảng Bình tặng Bằng khen.</p>
<p><strong>Sứ mệnh:</strong> Xây dựng môi trường giáo dục an toàn, thân thiện, nơi mỗi trẻ được yêu thương, tôn trọng và phát triển toàn diện.</p>"""

STAFF = """<table border="1" cellpadding="4" cellspacing="0" style="width: 100%; border-collapse: collapse;">
<tr><td><strong>Họ và tên</strong></td><td><strong>Chức vụ</strong></td><td><strong>Điện thoại</strong></td></tr>
<tr><td>Nguyễn Thị Thanh Hương</td><td>Hiệu trưởng</td><td>0914 226 518</td></tr>
<tr><td>Phạm Thị Thu Hà</td><td>Phó Hiệu trưởng</td><td>0915 331 207</td></tr>
<tr><td>Võ Thị Kim Oanh</td><td>Phó Hiệu trưởng</td><td>0948 117 602</td></tr>
<tr><td>Lê Thị Minh Nguyệt</td><td>Tổ trưởng chuyên môn khối Mẫu giáo</td><td>0912 554 083</td></tr>
<tr><td>Hoàng Thị Lan</td><td>Tổ trưởng Tổ Văn phòng</td><td>0983 402 775</td></tr>
</table>
<p>Tổng số: 45 cán bộ, giáo viên, nhân viên (3 cán bộ quản lý, 30 giáo viên, 12 nhân viên).</p>"""

MENU_WEEK = """<p style="text-align: center;"><strong>THỰC ĐƠN TUẦN 1 THÁNG 12/2026</strong><br /><em>(Từ ngày 30/11/2026 đến ngày 04/12/2026)</em></p>
<table border="1" cellpadding="4" cellspacing="0" style="width: 100%; border-collapse: collapse;">
<tr><td><strong>Thứ</strong></td><td><strong>Bữa trưa</strong></td><td><strong>Bữa xế</strong></td></tr>
<tr><td>Thứ Hai</td><td>Cơm, thịt heo rim tôm, canh bí đỏ nấu xương</td><td>Cháo gà hạt sen</td></tr>
<tr><td>Thứ Ba</td><td>Cơm, cá thu sốt cà chua, canh rau ngót thịt bằm</td><td>Sữa chua, bánh bông lan</td></tr>
<tr><td>Thứ Tư</td><td>Cơm, trứng chiên thịt, canh cải nấu tôm</td><td>Súp cua rau củ</td></tr>
<tr><td>Thứ Năm</td><td>Cơm, gà kho nấm, canh mồng tơi nấu cua</td><td>Chè đậu xanh phổ tai</td></tr>
<tr><td>Thứ Sáu</td><td>Bún bò Huế</td><td>Sữa tươi, chuối</td></tr>
</table>
<p><em>Thực đơn do nhân viên dinh dưỡng xây dựng, đảm bảo 50 – 55% nhu cầu năng lượng của trẻ trong ngày.</em></p>"""

ALBUM = "\n".join(
    f'<div class="album_anh"><a href="/Portals/0/Gallery/2026/{n}.jpg" target="_blank"><img alt="{esc(cap)}" src="/Portals/0/Gallery/2026/thumbs/{n}.jpg" /></a><br /><span>{esc(cap)}</span></div>'
    for n, cap in [
        ("khai-giang-2026", "Lễ khai giảng năm học 2026 – 2027"),
        ("trung-thu-2026", "Đêm hội trăng rằm 2026"),
        ("20-10-2026", "Bé làm quà tặng mẹ"),
        ("20-11-2026", "Kỷ niệm Ngày Nhà giáo Việt Nam"),
    ]
)

CONTACT = """<p><strong>TRƯỜNG MẦM NON SƠN CA</strong><br />Địa chỉ: Số 12 đường Trần Hưng Đạo, phường Đồng Phú, thành phố Đồng Hới, tỉnh Quảng Bình<br />Điện thoại: 0232 3822 416<br />Email: mnsonca.dh@quangbinh.edu.vn</p>
<table class="Normal" cellpadding="3">
<tr><td>Họ tên:</td><td><input name="dnn$ctr460$Feedback$txtName" type="text" id="dnn_ctr460_Feedback_txtName" class="NormalTextBox" /></td></tr>
<tr><td>Email:</td><td><input name="dnn$ctr460$Feedback$txtEmail" type="text" id="dnn_ctr460_Feedback_txtEmail" class="NormalTextBox" /></td></tr>
<tr><td>Nội dung:</td><td><textarea name="dnn$ctr460$Feedback$txtBody" rows="6" cols="45" id="dnn_ctr460_Feedback_txtBody"></textarea></td></tr>
</table>
<a id="dnn_ctr460_Feedback_cmdSend" class="CommandButton" href="javascript:__doPostBack('dnn$ctr460$Feedback$cmdSend','')">Gửi liên hệ</a>
<p><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3817.2!2d106.62!3d17.47" width="100%" height="300" frameborder="0"></iframe></p>"""


def documents_inner() -> str:
    docs = [
        ("pX4mZ0dFh6Q=", "Kế hoạch thực hiện nhiệm vụ năm học 2026 – 2027", "15/09/2026", "312 KB"),
        ("aQ9vN3sJk1U=", "Quy chế chi tiêu nội bộ năm 2026", "12/10/2026", "205 KB"),
    ]
    rows = "\n".join(
        f'<tr class="Normal"><td>{esc(t)}</td><td>{d}</td><td>{size}</td><td><a href="{linkclick(tk, 57, 457)}" class="CommandButton">Tải về</a></td></tr>'
        for tk, t, d, size in docs
    )
    return (
        '<table id="dnn_ctr457_Documents_grdDocuments" class="DocumentsTable" cellspacing="0" border="0" style="width:100%;">\n'
        '<tr class="DocumentsHeader"><th>Tiêu đề</th><th>Ngày đăng</th><th>Kích thước</th><th>&nbsp;</th></tr>\n'
        + rows
        + "\n</table>"
    )


def tab_page(request: Request, tabid: int) -> Response | None:
    if tabid == 54:
        return _html_tab(request, 54, INTRO, [("Giới thiệu", tab_path(54)), ("Giới thiệu chung", tab_path(54))])
    if tabid == 55:
        return _html_tab(request, 55, STAFF, [("Giới thiệu", tab_path(54)), ("Đội ngũ CB-GV-NV", tab_path(55))])
    if tabid == 57:
        return _html_tab(request, 57, documents_inner())
    if tabid == 58:
        return _html_tab(request, 58, ALBUM)
    if tabid == 59:
        return _html_tab(request, 59, MENU_WEEK)
    if tabid == 60:
        return _html_tab(request, 60, CONTACT)
    return None


def login_page(request: Request) -> Response:
    body = f"""<!DOCTYPE html><html lang="vi-VN"><head><meta charset="utf-8" /><meta name="ROBOTS" content="NOINDEX, NOFOLLOW" /><title>Đăng nhập | {SCHOOL}</title></head>
<body><form method="post" action="{esc(request.target)}" id="Form">
<div class="dnnForm"><label>Tên đăng nhập:</label> <input name="dnn$ctr$Login$Login_DNN$txtUsername" type="text" />
<label>Mật khẩu:</label> <input name="dnn$ctr$Login$Login_DNN$txtPassword" type="password" />
<input type="submit" value="Đăng nhập" /></div></form></body></html>"""
    return Response(200, body.encode("utf-8"), {"Content-Type": "text/html; charset=utf-8"})


ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /App_Browsers/
Disallow: /App_Code/
Disallow: /App_Data/
Disallow: /bin/
Disallow: /Config/
Disallow: /Install/
Disallow: /Login.aspx
Disallow: /*/ctl/
"""


# --- routing --------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^/tin-tuc/tabid/56/articleid/(\d+)/([a-z0-9-]+)\.aspx$")
_PRINT = re.compile(r"^/tin-tuc/tabid/56/articleid/(\d+)/print/true/default\.aspx$")
_LONG = re.compile(r"^/tin-tuc/tabid/56/articletype/articleview/articleid/(\d+)/default\.aspx$")
_LIST = re.compile(r"^/tin-tuc/tabid/56/(?:currentpage/(\d+)/)?default\.aspx$")
_CAT = re.compile(r"^/tin-tuc/tabid/56/categoryid/(\d+)/(?:currentpage/(\d+)/)?([a-z0-9-]+)\.aspx$")
_TAB = re.compile(r"^/([a-z0-9-]+)/tabid/(\d+)/default\.aspx$")


def _file(request: Request) -> Response | None:
    ticket = request.params.get("fileticket", "")
    if ticket not in TICKETS:
        return None
    kind, name = TICKETS[ticket]
    if kind == "pdf":
        return Response(
            200,
            PDF,
            {"Content-Type": "application/pdf", "Content-Disposition": f'attachment; filename="{name}"'},
        )
    return static_file(name)


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path.lower()
        if path in ("/", "/default.aspx"):
            params = {k.lower(): v for k, v in request.params.items()}
            if not params:
                return home_page(request)
            return self._query_form(request, params)
        if path == "/robots.txt":
            return Response(200, ROBOTS.encode(), {"Content-Type": "text/plain"})
        if path == "/login.aspx":
            return login_page(request)
        if path == "/linkclick.aspx":
            return _file(request)
        if path.endswith((".ashx", ".axd")):
            kind = ".jpg" if path.endswith(".ashx") else ".js"
            return static_file(kind)
        if m := _PRINT.match(path):
            story = BY_ID.get(int(m.group(1)))
            return print_page(request, story) if story else None
        if m := _LONG.match(path):
            story = BY_ID.get(int(m.group(1)))
            return article_page(request, story) if story else None
        if m := _LIST.match(path):
            return list_page(request, int(m.group(1) or 1))
        if m := _CAT.match(path):
            return category_page(request, int(m.group(1)), int(m.group(2) or 1))
        if m := _ARTICLE.match(path):
            story = BY_ID.get(int(m.group(1)))
            return article_page(request, story) if story else None
        if m := _TAB.match(path):
            tabid = int(m.group(2))
            if tabid in TABS and TABS[tabid][0] == m.group(1):
                return tab_page(request, tabid)
            return None
        if path.startswith(("/portals/", "/desktopmodules/", "/resources/")):
            return static_file(request.path)
        return None

    def _query_form(self, request: Request, params: dict[str, str]) -> Response | None:
        """``/Default.aspx?tabid=…``: DNN's unfriendly URLs (the notices pane links articles so)."""
        tabid = params.get("tabid", "")
        if tabid == "56":
            aid = params.get("articleid", "")
            if params.get("articletype", "").lower() == "articleview" and aid.isdigit():
                story = BY_ID.get(int(aid))
                return article_page(request, story) if story else None
            if set(params) == {"tabid"}:
                return list_page(request, 1)
            return None
        if tabid.isdigit() and int(tabid) in TABS and set(params) == {"tabid"}:
            return tab_page(request, int(tabid))
        return None


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = [print_path(story)]
    if story.id in HOME_NEWS:
        alts.append(long_path(story))
    if story.id in NOTICES:
        alts.append(query_path(story))
    if "old_slug" in story.opts:
        alts.append(old_slug_path(story))
    if story.id == 233:
        alts.append(lower_path(story))
    return alts


GOLD = [
    gold_record(s, article_path(s), s.cat, canonical_path=article_path(s), alt_paths=_alt_paths(s))
    for s in STORIES
]

# 243's photos are LinkClick handler URLs: the gold path carries the decoded query (trap 8)
assert GOLD[0]["images"][0]["path"] == _lc_gold("K3v9pQ0aZtM="), GOLD[0]["images"]

NON_ARTICLES = [tab_path(t) for t in (54, 55, 57, 58, 59, 60)]
