"""Phòng GD&ĐT huyện Tiên Du (Bắc Ninh): an ASP.NET WebForms 4 portal behind a URL rewriter.

Platform
--------
A district education office's site as a Vietnamese vendor built them around 2012 on ASP.NET
WebForms 4 (master page + user controls, ``ctl00$cphMain$uc…`` naming, one ``<form id="form1">``
around every page, ``__VIEWSTATE`` / ``__EVENTVALIDATION`` in ``div.aspNetHidden``) with a
``Context.RewritePath`` URL rewriter that makes Vietnamese-looking URLs:

- ``/Default.aspx`` (also ``/``, IIS's default document): the home page (START_PATH);
- ``/tin-tuc/<slug>-c<id>.aspx`` -> ``ChuyenMuc.aspx?cid=<id>``: a category (Repeater ``rptTin``,
  3 items a page) whose pager is a Repeater of LinkButtons ("Trang: 1 2 3 Sau Cuối", each
  ``javascript:__doPostBack('ctl00$cphMain$ucNews$rptPager$ctl01$lbtPage','')``); there is no
  page URL at all: page 2+ exists only as the answer to a postback of the whole form;
- ``/tin-tuc/<slug>-n<id>.aspx`` -> ``ChiTietTin.aspx?id=<id>``: an article (user control
  ``ucChiTietTin``: ``span#…_lblTieuDe``, ``span#…_lblNgayDang`` "Ngày đăng: 01/12/2026
  14:05:33", ``span#…_lblTomTat``, ``div#…_pnNoiDung`` holding the Literal ``ltrNoiDung``'s
  HTML, ``span#…_lblTacGia``, an ImageButton "In tin", and the Repeater "Tin cùng chuyên mục");
- ``/InTin.aspx?id=<id>``: the print view (opened by the print button's ``onclick``);
- ``/Uploads/Images/…`` photos, ``/Uploads/Files/<file>`` attachments;
- other pages: ``/van-ban.aspx`` + ``/van-ban/<slug>-v<id>.aspx`` (documents, GridView),
  ``/thu-vien-anh.aspx`` + ``/thu-vien-anh/<slug>-a<id>.aspx`` (albums), ``/lien-he.aspx``,
  ``/tim-kiem.aspx?tukhoa=…`` (search), ``/Loi.aspx?aspxerrorpath=…`` (customErrors page).

Chrome: banner (the only ``<h1>`` is the office's name), today "Thứ Bảy, 05/12/2026", a menu with
drop-downs, a "Thông báo" marquee, left column "Danh mục" + "Tin đọc nhiều", right column "Văn bản
mới", a "Liên kết website" select, a poll (RadioButtonList + Button + a "Xem kết quả"
LinkButton), a visitor counter, footer with address / phone / e-mail.

How the gold articles are reached
---------------------------------
Categories: "Tin tức - Sự kiện" (c12, 7 articles: 3 pages), "Hoạt động chuyên môn" (c15, 4: 2
pages), "Thông báo" (c19, 2: one page). The home page shows the 5 newest, a "Tin nổi bật" slider
(3), the marquee (the 2 notices) and two category boxes; every page's "Tin đọc nhiều" shows 4;
each article's "Tin cùng chuyên mục" shows the 3 newest others of its category. The three oldest
of c12 (1158, 1144, 1131) are printed nowhere but on pages 2 and 3 of c12's listing (1158 also
links 1169 in its text), so they are reached only by posting the pager back.

Traps
-----
1. LinkButton pager (pagination by postback). Page 2+ of a category is the answer to a POST of
   the whole form (``__EVENTTARGET`` = the LinkButton's UniqueID, ``__EVENTARGUMENT``,
   ``__VIEWSTATE``, ``__VIEWSTATEGENERATOR``, ``__EVENTVALIDATION``, the header's search box …) to
   the form's action; every page of a listing has the same URL; "Sau"/"Trước" move from the page
   recorded in the posted view state, and the numbered items are positional (``ctl00`` = first
   number of the pager's window), the current page being a disabled ``<a class="aspNetDisabled">``
   without href. Gold: 1158, 1144 (page 2) and 1131 (page 3) of c12 are gold and are reached only
   this way; no listing page is an article.
2. Event validation and view-state MAC, customErrors on. A postback whose target is not in the
   posted ``__EVENTVALIDATION`` (a disabled page number, a target from another page's form, a
   hand-made one), or without a view state, or with the view state of another category, gets
   ``302 -> /Loi.aspx?aspxerrorpath=<path>``, a soft error page answering 200 with the whole chrome
   ("Đã có lỗi xảy ra …"). Gold: nothing; it is no article and no listing.
3. ``<base href="http://<host>/">`` on every page and links written relative to the site root
   (``tin-tuc/…-n1187.aspx``, ``Uploads/Images/…``). Resolved against the page's own URL instead
   of the base, a link on ``/tin-tuc/…`` becomes ``/tin-tuc/tin-tuc/…-n1187.aspx``, which the
   rewriter does not match: 404. Gold: all paths are root paths (``/tin-tuc/<slug>-n<id>.aspx``);
   the article photos are gold at ``/Uploads/Images/…``.
4. The rewriter leaks its internal pages. ``RewritePath`` makes WebForms print the rewritten
   path as the form's action: ``action="ChuyenMuc.aspx?cid=12"`` on a category (the postbacks go
   there, and a GET there is page 1 again) and ``action="ChiTietTin.aspx?id=1187"`` on an article,
   which serves the whole article at that URL (GET, or POST of its form). Gold: the pretty URL is
   the article's path and canonical; ``/ChiTietTin.aspx?id=<id>`` is in ``alt_paths``.
5. The rewriter reads only the id, and two controls build slugs their own way: the home slider
   links 1169 under the slug of its first, mistyped title ("…-43-nam-…"), and "Tin đọc nhiều" builds
   its slugs from titles cut at 50 characters ("…-theo-huong-n1172.aspx"). Each answers 200 with
   the article, without redirect; only ``og:url`` names the current slug. Gold: path = og:url's
   path; the other slugs in ``alt_paths``.
6. Print view ``/InTin.aspx?id=<id>`` reached only through the ImageButton's
   ``onclick="window.open('InTin.aspx?id=…')"``, printing the same story in other markup
   (``<h2>``, bare date, no chrome). Gold: in ``alt_paths``.
7. No heading for the headline: ``<title>`` is the office's name on every page, the only ``<h1>``
   is the banner's "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TIÊN DU", the headline is the bold
   ``span#ctl00_cphMain_ucChiTietTin_lblTieuDe``. Gold: title = that span's text.
8. Word paste debris inside the text (1183): the namespaced ``<w:WordDocument>`` settings, whose
   text a browser shows as "Normal 0 false false false EN-US X-NONE X-NONE", a bare ``<style>``
   with Word's "/* Style Definitions */ table.MsoNormalTable {…}", ``<o:p>`` tags, ``MsoNormal``
   paragraphs and the photo inside a Word table whose second row is the caption. Gold: none of
   the debris is text; the caption row is the photo's caption.
9. The sapo printed twice (1176): ``lblTomTat`` holds it and the editor pasted it again as the
   bold first paragraph of the text. Gold: summary = the sapo, once at the head of the body.
10. Auto-excerpt in ``lblTomTat`` (1131): the editor left the sapo blank and the CMS filled it with
   the first 200 characters of the text cut at a word plus "...". Gold: summary null (it is no
   sapo, only a cut copy of the first paragraph); the body starts with the full first paragraph.
11. Dates: the article prints "Ngày đăng: dd/MM/yyyy HH:mm:ss"; the listings print ``Eval("NgayDang",
   "{0:d}")`` under the server's en-US culture ("(12/4/2026)", month first); 1144 was imported with
   midnight ("30/10/2026 00:00:00"); the notice 1189 is posted on the 4th but dated on its
   letterhead the 3rd; "Tin cùng chuyên mục" prints other articles' dates under the text. Gold:
   the article's own line, with seconds and +07:00; 1144 -> "2026-10-30"; 1189 -> "2026-12-03".
12. An intro page in the article template: "Giới thiệu chung" and "Cơ cấu tổ chức" are items
   ``-n2``/``-n3`` of the category "Giới thiệu" (c3), served by ``ChiTietTin.aspx`` with title,
   "Ngày đăng" (2019), view count and print button like any article. Gold: NON_ARTICLES.
13. Postback controls that are no pager, in the same form: the search Button (the form's first
   submit: a plain submission of the form is a search -> 302 to ``/tim-kiem.aspx?tukhoa=``), the
   poll's Button and its "Xem kết quả" LinkButton (the same page again with the results panel).
   Gold: nothing new; search pages are not articles.
14. Bylines and sources as the label and the editors print them: ``lblTacGia`` "ThS. Trần Minh
   Tuấn - Phó Trưởng phòng", "Tin, ảnh: Nguyễn Văn Hải - Trường THCS Lim", "Lê Quang Vinh (Tổ
   Chuyên môn THCS)", "Tổ Văn phòng", "BBT"; right-aligned names inside the text (1169, 1150), a
   "Theo Báo Bắc Ninh" closing line, an official notice signed "TRƯỞNG PHÒNG … Nguyễn Văn Thắng".
   Gold: names only, "BBT" nobody, the unit alone as printed, source "Báo Bắc Ninh".
15. Captions: centred italic line under the photo, a caption in parentheses (taken off), a line
   "Ảnh: Đức Anh" crediting only (caption None, photographer), caption under ``<br>`` in a centred
   div. Text in three encodings: 1169 written with FCKeditor's entities (``&agrave;``,
   ``&#7855;``) mixed with raw UTF-8, 1131 typed in decomposed Unicode (NFD). Gold: NFC text.

Gold decisions on ambiguous points
----------------------------------
- ``category`` is the breadcrumb's last item ("Tin tức - Sự kiện", "Hoạt động chuyên môn",
  "Thông báo"); the parent "Tin tức" is a menu heading only.
- A ``<br>`` inside a paragraph splits it (1158's two award lines). List items, the ``<h3>``
  sub-heads of 1150 and the rows of 1185's timetable (cells joined " | ") are paragraphs.
- 1189 (official notice): letterhead rows, "THÔNG BÁO", the "Về việc …" subject line and the
  closing table ("Nơi nhận", "TRƯỞNG PHÒNG", "(Đã ký)", the name) are not body; its numbered and
  dashed lines are body as typed ("- Buổi sáng: …" keeps its "- ").
- 1144 has an empty ``lblTomTat`` and a bold first paragraph: that bold lead is the summary.
- "File đính kèm:" / "Tải về:" lines and "Xem thêm: <link>" are not body; the PDFs are no images.
- A photographer-only credit line ("Ảnh: Đức Anh") is no caption; "Tin, ảnh: X" makes X both
  author and photographer.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import quote

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
    opaque,
    static_file,
    text,
)

NAME = "aspnet_webforms_linkbutton_vnurl_pgd"
PLATFORM = "ASP.NET WebForms 4 (URL rewriter, Repeater + LinkButton postback pager)"
START_PATH = "/Default.aspx"

TODAY_LINE = "Thứ Bảy, 05/12/2026"
SITE_TITLE = "Phòng Giáo dục và Đào tạo huyện Tiên Du"
PAGE_SIZE = 3
PAGER_WINDOW = 5

# --- categories ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Cat:
    cid: int
    name: str
    slug: str
    parent: str | None = None

    @property
    def path(self) -> str:
        return f"/tin-tuc/{self.slug}-c{self.cid}.aspx"


CATS = {
    3: Cat(3, "Giới thiệu", "gioi-thieu"),
    12: Cat(12, "Tin tức - Sự kiện", "tin-tuc-su-kien", "Tin tức"),
    15: Cat(15, "Hoạt động chuyên môn", "hoat-dong-chuyen-mon", "Tin tức"),
    19: Cat(19, "Thông báo", "thong-bao"),
}

# --- the stories ---------------------------------------------------------------------------
# opts: cid, ngay (the printed "Ngày đăng"), tacgia (lblTacGia), tomtat ("sapo" | "none" |
# "excerpt"), markup ("plain" | "word" | "fck" | "nfd")

_U = "/Uploads/Images/2026"

A1 = Story(
    id=1187,
    slug="hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027-thanh-cong-tot-dep",
    title="Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027 thành công tốt đẹp",
    cat="Tin tức - Sự kiện",
    published_at="2026-12-04T09:12:44+07:00",
    summary="Sau 3 ngày diễn ra sôi nổi, nghiêm túc, sáng 03/12/2026, Phòng GD&ĐT Tiên Du tổ chức "
    "tổng kết và trao giải Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027.",
    sapo_outside=True,
    blocks=[
        P(
            "Tham dự buổi tổng kết có đồng chí Nguyễn Văn Thắng, Trưởng phòng GD&ĐT huyện; các đồng "
            "chí trong Ban Giám khảo; đại diện Ban giám hiệu các trường Tiểu học trên địa bàn huyện "
            "cùng 68 giáo viên tham gia hội thi."
        ),
        P(
            "Hội thi năm nay có 68 giáo viên đến từ 16 trường Tiểu học tham gia ở các môn Tiếng Việt, "
            "Toán, Tiếng Anh, Tin học và Công nghệ. Mỗi giáo viên trình bày biện pháp nâng cao chất "
            "lượng giảng dạy và thực hiện 02 tiết dạy thực hành trên lớp tại Trường TH Lim và Trường "
            "TH Nội Duệ."
        ),
        Img(
            f"{_U}/12/04/hoi-thi-gvdg-1.jpg",
            "Cô giáo Nguyễn Thị Hằng, Trường TH Liên Bão trong tiết dạy môn Tiếng Việt lớp 3",
            "Cô giáo Nguyễn Thị Hằng, Trường TH Liên Bão trong tiết dạy môn Tiếng Việt lớp 3",
        ),
        P(
            "Theo đánh giá của Ban Giám khảo, các tiết dạy đều được chuẩn bị công phu, bám sát yêu "
            "cầu của Chương trình giáo dục phổ thông 2018; nhiều giáo viên mạnh dạn ứng dụng công "
            "nghệ thông tin, tổ chức hoạt động nhóm linh hoạt, tạo không khí lớp học nhẹ nhàng, hiệu quả."
        ),
        P(
            "Kết quả, Ban Tổ chức đã công nhận 52 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
            "huyện, trong đó có 9 giáo viên được tặng giấy khen vì có thành tích xuất sắc. Trường TH "
            "Lim, Trường TH Hoàn Sơn và Trường TH Phật Tích là các đơn vị có tỷ lệ giáo viên đạt giải cao."
        ),
        Img(
            f"{_U}/12/04/hoi-thi-gvdg-2.jpg",
            "Lãnh đạo Phòng GD&ĐT trao giấy khen cho các giáo viên đạt thành tích xuất sắc",
            "Lãnh đạo Phòng GD&ĐT trao giấy khen cho các giáo viên đạt thành tích xuất sắc",
        ),
        P(
            "Phát biểu bế mạc hội thi, đồng chí Trưởng phòng GD&ĐT ghi nhận sự cố gắng của đội ngũ "
            "giáo viên, đồng thời đề nghị các nhà trường tiếp tục nhân rộng những biện pháp hay, "
            "những tiết dạy tốt để góp phần nâng cao chất lượng giáo dục toàn diện trong thời gian tới."
        ),
    ],
    authors=["Phạm Thu Hương"],
    opts={"cid": 12, "ngay": "04/12/2026 09:12:44", "tacgia": "Phạm Thu Hương", "tomtat": "sapo"},
)

_WORD_DEBRIS = (
    "<w:WordDocument><w:View>Normal</w:View> <w:Zoom>0</w:Zoom> <w:TrackMoves>false</w:TrackMoves> "
    "<w:TrackFormatting/> <w:PunctuationKerning/> <w:ValidateAgainstSchemas/> "
    "<w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid> <w:IgnoreMixedContent>false</w:IgnoreMixedContent> "
    "<w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText> <w:DoNotPromoteQF/> "
    "<w:LidThemeOther>EN-US</w:LidThemeOther> <w:LidThemeAsian>X-NONE</w:LidThemeAsian> "
    "<w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript> <w:Compatibility> "
    "<w:BreakWrappedTables/> <w:SnapToGridInCell/> <w:WrapTextWithPunct/> <w:UseAsianBreakRules/> "
    "</w:Compatibility> <m:mathPr> <m:mathFont m:val=\"Cambria Math\"/> <m:brkBin m:val=\"before\"/> "
    "</m:mathPr></w:WordDocument> <w:LatentStyles DefLockedState=\"false\" DefUnhideWhenUsed=\"true\" "
    "LatentStyleCount=\"267\"> </w:LatentStyles>\n"
    "<style type=\"text/css\">\n/* Style Definitions */\n table.MsoNormalTable\n"
    "\t{mso-style-name:\"Table Normal\";\n\tmso-tstyle-rowband-size:0;\n\tmso-tstyle-colband-size:0;\n"
    "\tmso-style-noshow:yes;\n\tmso-style-priority:99;\n\tmso-style-parent:\"\";\n"
    "\tmso-padding-alt:0cm 5.4pt 0cm 5.4pt;\n\tmso-para-margin-top:0cm;\n\tmso-para-margin-bottom:10.0pt;\n"
    "\tline-height:115%;\n\tfont-size:11.0pt;\n\tfont-family:\"Calibri\",\"sans-serif\";}\n</style>\n"
)

A2 = Story(
    id=1183,
    slug="truong-thcs-lim-don-nhan-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-2",
    title="Trường THCS Lim đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 2",
    cat="Tin tức - Sự kiện",
    published_at="2026-12-02T16:40:17+07:00",
    summary="Chiều 01/12/2026, Trường THCS Lim long trọng tổ chức lễ đón nhận Bằng công nhận trường "
    "đạt chuẩn quốc gia mức độ 2 và Bằng công nhận đạt kiểm định chất lượng giáo dục cấp độ 3 của "
    "UBND tỉnh Bắc Ninh.",
    sapo_outside=True,
    blocks=[
        Raw(_WORD_DEBRIS),
        P(
            "Dự buổi lễ có đồng chí Phó Chủ tịch UBND huyện Tiên Du; đại diện lãnh đạo Sở GD&ĐT Bắc "
            "Ninh, Phòng GD&ĐT huyện; lãnh đạo Đảng ủy, HĐND, UBND thị trấn Lim cùng đông đảo các thế "
            "hệ thầy cô giáo, cha mẹ học sinh và học sinh nhà trường."
        ),
        P(
            "Trường THCS Lim được thành lập năm 1965, hiện có 32 lớp với 1.386 học sinh; đội ngũ cán "
            "bộ, giáo viên, nhân viên gồm 68 người, 100% đạt chuẩn trình độ đào tạo, trong đó 21 đồng "
            "chí có trình độ thạc sĩ. Những năm qua, nhà trường luôn nằm trong tốp đầu của huyện về "
            "chất lượng giáo dục mũi nhọn và tỷ lệ học sinh đỗ vào lớp 10 THPT công lập."
        ),
        Img(
            f"{_U}/12/02/thcs-lim-chuan-quoc-gia.jpg",
            "Lãnh đạo UBND huyện trao Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 cho Trường THCS Lim",
            "Lãnh đạo UBND huyện trao Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 cho Trường THCS Lim",
            style="table",
        ),
        P(
            "Năm học 2025 - 2026, nhà trường có 86 lượt học sinh đạt giải học sinh giỏi cấp huyện, 27 "
            "lượt học sinh đạt giải cấp tỉnh và 02 học sinh đạt giải quốc gia. Cơ sở vật chất được "
            "đầu tư đồng bộ với 32 phòng học kiên cố, 10 phòng học bộ môn, thư viện đạt chuẩn và nhà "
            "đa năng."
        ),
        P(
            "Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND huyện biểu dương những nỗ lực của tập "
            "thể nhà trường, đồng thời đề nghị nhà trường tiếp tục duy trì và nâng cao các tiêu chuẩn "
            "đã đạt được, đẩy mạnh đổi mới phương pháp dạy học, xây dựng môi trường giáo dục an toàn, "
            "thân thiện."
        ),
        P(
            "Thay mặt tập thể cán bộ, giáo viên, nhân viên, thầy Nguyễn Đức Toàn, Hiệu trưởng nhà "
            "trường bày tỏ niềm vinh dự, tự hào và hứa sẽ phát huy kết quả đạt được, xứng đáng là lá "
            "cờ đầu của giáo dục THCS huyện Tiên Du."
        ),
    ],
    authors=["Nguyễn Văn Hải"],
    photographers=["Nguyễn Văn Hải"],
    opts={
        "cid": 12,
        "ngay": "02/12/2026 16:40:17",
        "tacgia": "Tin, ảnh: Nguyễn Văn Hải - Trường THCS Lim",
        "tomtat": "sapo",
        "markup": "word",
    },
)

_A3_SAPO = (
    "Ngày 27/11/2026, tại Trường THCS Nội Duệ, Phòng GD&ĐT Tiên Du tổ chức Ngày hội Chuyển đổi số "
    "trong trường học năm 2026 với sự tham gia của hơn 500 cán bộ quản lý, giáo viên và học sinh."
)
A3 = Story(
    id=1176,
    slug="ngay-hoi-chuyen-doi-so-trong-truong-hoc-huyen-tien-du-nam-2026",
    title="Ngày hội Chuyển đổi số trong trường học huyện Tiên Du năm 2026",
    cat="Tin tức - Sự kiện",
    published_at="2026-11-28T10:05:21+07:00",
    summary=_A3_SAPO,
    sapo_outside=True,
    blocks=[
        Raw(f'<p style="text-align: justify;"><strong>{esc(_A3_SAPO)}</strong></p>\n'),
        P(
            "Ngày hội được tổ chức nhằm tuyên truyền, nâng cao nhận thức về chuyển đổi số cho đội ngũ "
            "nhà giáo và học sinh; đồng thời là dịp để các nhà trường giới thiệu, chia sẻ những mô "
            "hình, sản phẩm ứng dụng công nghệ số hiệu quả trong dạy học và quản lý."
        ),
        P(
            "Tại ngày hội, 22 gian trưng bày của các trường Mầm non, Tiểu học và THCS đã giới thiệu "
            "nhiều sản phẩm ấn tượng như: thư viện số, học liệu điện tử, bài giảng E-learning, mô hình "
            "robot do học sinh tự lắp ráp và lập trình, phần mềm quản lý bán trú…"
        ),
        Img(f"{_U}/11/28/ngay-hoi-chuyen-doi-so.jpg", "Ảnh: Đức Anh", None),
        P(
            "Bên cạnh hoạt động trưng bày, Ban Tổ chức còn tổ chức các phần thi trải nghiệm như “Rung "
            "chuông vàng – Công dân số nhí”, thi thiết kế video giới thiệu nhà trường và tọa đàm về "
            "an toàn thông tin trên không gian mạng dành cho học sinh THCS."
        ),
        P(
            "Kết thúc ngày hội, Ban Tổ chức đã trao 3 giải Nhất, 5 giải Nhì, 7 giải Ba cho các gian "
            "trưng bày và các đội thi xuất sắc. Trường THCS Nội Duệ, Trường TH Lim và Trường MN Hoa "
            "Sen đạt giải Nhất toàn đoàn."
        ),
    ],
    authors=["Minh Khôi"],
    photographers=["Đức Anh"],
    opts={"cid": 12, "ngay": "28/11/2026 10:05:21", "tacgia": "Minh Khôi", "tomtat": "sapo"},
)

A4 = Story(
    id=1169,
    slug="mit-tinh-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
    title="Mít tinh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
    cat="Tin tức - Sự kiện",
    published_at="2026-11-20T08:30:00+07:00",
    summary="Sáng 19/11, UBND huyện Tiên Du tổ chức mít tinh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
    "20/11/1982 - 20/11/2026 và biểu dương nhà giáo tiêu biểu năm 2026.",
    sapo_outside=True,
    blocks=[
        P(
            "Dự buổi mít tinh có các đồng chí lãnh đạo Huyện ủy, HĐND, UBND, Ủy ban MTTQ huyện; lãnh "
            "đạo Phòng GD&ĐT cùng hơn 300 nhà giáo đại diện cho gần 2.400 cán bộ, giáo viên, nhân viên "
            "ngành Giáo dục huyện."
        ),
        P(
            "Năm học 2025 - 2026, ngành Giáo dục Tiên Du tiếp tục gặt hái nhiều thành tích nổi bật: "
            "chất lượng giáo dục mũi nhọn đứng thứ 3 toàn tỉnh; tỷ lệ trường đạt chuẩn quốc gia đạt "
            "96,2%; 100% trường học thực hiện sổ điểm điện tử, học bạ số. Toàn huyện có 64 nhà giáo "
            "được công nhận giáo viên dạy giỏi cấp tỉnh."
        ),
        P(
            "Phát biểu tại buổi lễ, đồng chí Chủ tịch UBND huyện ghi nhận, biểu dương những đóng góp "
            "của đội ngũ nhà giáo; đề nghị toàn ngành tiếp tục đổi mới căn bản, toàn diện giáo dục, chú "
            "trọng giáo dục đạo đức, lối sống, kỹ năng sống cho học sinh, xây dựng đội ngũ nhà giáo đủ "
            "về số lượng, vững vàng về chuyên môn."
        ),
        Img(
            f"{_U}/11/20/mit-tinh-20-11.jpg",
            "(Các nhà giáo tiêu biểu nhận giấy khen của UBND huyện)",
            "Các nhà giáo tiêu biểu nhận giấy khen của UBND huyện",
        ),
        P(
            "Dịp này, UBND huyện đã tặng giấy khen cho 45 nhà giáo tiêu biểu có nhiều đóng góp cho sự "
            "nghiệp giáo dục và đào tạo của huyện năm 2026."
        ),
        Raw(
            '<p style="text-align: right;"><strong>Thu H&agrave;</strong></p>\n'
            '<p style="text-align: right;"><em>Theo B&aacute;o B&#7855;c Ninh</em></p>\n'
        ),
    ],
    authors=["Thu Hà"],
    source="Báo Bắc Ninh",
    opts={
        "cid": 12,
        "ngay": "20/11/2026 08:30:00",
        "tacgia": "BBT",
        "tomtat": "sapo",
        "markup": "fck",
        "old_slug": "mit-tinh-ky-niem-43-nam-ngay-nha-giao-viet-nam-20-11",
    },
)

A5 = Story(
    id=1158,
    slug="soi-noi-giai-bong-da-hoc-sinh-thcs-huyen-tien-du-nam-2026",
    title="Sôi nổi Giải Bóng đá học sinh THCS huyện Tiên Du năm 2026",
    cat="Tin tức - Sự kiện",
    published_at="2026-11-12T15:20:48+07:00",
    summary="Từ ngày 05 đến 11/11/2026, tại sân vận động trung tâm huyện, Phòng GD&ĐT Tiên Du phối "
    "hợp với Trung tâm Văn hóa - Thể thao huyện tổ chức Giải Bóng đá học sinh THCS năm 2026.",
    sapo_outside=True,
    blocks=[
        P(
            "Giải đấu thu hút 14 đội bóng nam đến từ các trường THCS trong huyện với gần 250 cầu thủ "
            "tham gia. Các đội được chia thành 4 bảng thi đấu vòng tròn tính điểm, chọn 2 đội đứng đầu "
            "mỗi bảng vào vòng tứ kết."
        ),
        P(
            "Trải qua 25 trận đấu hấp dẫn, các cầu thủ nhí đã thể hiện tinh thần thi đấu trung thực, "
            "đoàn kết, cao thượng, mang đến cho khán giả những pha bóng đẹp mắt."
        ),
        P("Kết quả chung cuộc:", "b"),
        P("Giải Nhất: Trường THCS Lim", "li"),
        P("Giải Nhì: Trường THCS Nội Duệ", "li"),
        P("Giải Ba: Trường THCS Liên Bão và Trường THCS Việt Đoàn", "li"),
        P("Giải Phong cách: Trường THCS Phật Tích", "li"),
        P("Cầu thủ xuất sắc nhất: em Nguyễn Minh Quân, Trường THCS Lim."),
        P("Vua phá lưới: em Trần Đức Huy, Trường THCS Nội Duệ với 9 bàn thắng.", "br"),
        Img(
            f"{_U}/11/12/bong-da-thcs-chung-ket.jpg",
            "Trận chung kết giữa đội Trường THCS Lim và Trường THCS Nội Duệ",
            "Trận chung kết giữa đội Trường THCS Lim và Trường THCS Nội Duệ",
        ),
        P(
            "Giải đấu là hoạt động thiết thực nhằm đẩy mạnh phong trào thể dục thể thao trong trường "
            "học, đồng thời là dịp tuyển chọn những cầu thủ có năng khiếu tham dự Hội khỏe Phù Đổng "
            "cấp tỉnh năm 2027."
        ),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="tin-tuc/'
            + A4.slug
            + f'-n{A4.id}.aspx">{esc(A4.title)}</a></p>\n'
        ),
    ],
    authors=["Lê Quang Vinh"],
    opts={
        "cid": 12,
        "ngay": "12/11/2026 15:20:48",
        "tacgia": "Lê Quang Vinh (Tổ Chuyên môn THCS)",
        "tomtat": "sapo",
    },
)

_A6_LEAD = (
    "Nhằm nâng cao kỹ năng phòng cháy, chữa cháy (PCCC) và cứu nạn, cứu hộ cho đội ngũ cán bộ, giáo "
    "viên, nhân viên, ngày 29/10/2026, Phòng GD&ĐT Tiên Du phối hợp với Công an huyện tổ chức tập "
    "huấn nghiệp vụ PCCC năm 2026."
)
A6 = Story(
    id=1144,
    slug="tap-huan-cong-tac-phong-chay-chua-chay-va-cuu-nan-cuu-ho-trong-truong-hoc",
    title="Tập huấn công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ trong trường học",
    cat="Tin tức - Sự kiện",
    published_at="2026-10-30",
    summary=_A6_LEAD,
    blocks=[
        P(_A6_LEAD, "b"),
        P(
            "Tham gia lớp tập huấn có hơn 150 học viên là cán bộ quản lý, nhân viên bảo vệ, nhân viên y "
            "tế và thành viên đội PCCC cơ sở của các trường Mầm non, Tiểu học, THCS trên địa bàn huyện."
        ),
        P(
            "Tại buổi tập huấn, cán bộ Đội Cảnh sát PCCC và CNCH Công an huyện đã phổ biến các quy định "
            "của Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ; hướng dẫn cách nhận biết nguy cơ cháy, "
            "nổ tại trường học như hệ thống điện xuống cấp, khu vực bếp ăn bán trú, kho chứa đồ dùng "
            "học tập."
        ),
        Img(
            f"{_U}/10/30/tap-huan-pccc.jpg",
            "Học viên thực hành sử dụng bình chữa cháy",
            "Học viên thực hành sử dụng bình chữa cháy",
            style="div",
        ),
        P(
            "Các học viên được thực hành sử dụng bình chữa cháy xách tay, kỹ năng thoát nạn trong đám "
            "cháy, sơ cứu người bị nạn và phương án tổ chức sơ tán học sinh khi có sự cố xảy ra."
        ),
        P(
            "Qua buổi tập huấn giúp các nhà trường chủ động xây dựng, thực tập phương án PCCC tại chỗ, "
            "bảo đảm an toàn tuyệt đối cho học sinh, giáo viên và tài sản của nhà trường."
        ),
    ],
    authors=["Ngọc Anh"],
    opts={"cid": 12, "ngay": "30/10/2026 00:00:00", "tacgia": "Ngọc Anh", "tomtat": "none"},
)

A7 = Story(
    id=1131,
    slug="phong-gd-dt-tien-du-huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
    title="Phòng GD&ĐT Tiên Du hưởng ứng Tuần lễ học tập suốt đời năm 2026",
    cat="Tin tức - Sự kiện",
    published_at="2026-10-16T14:00:09+07:00",
    blocks=[
        P(
            "Thực hiện Kế hoạch của Sở GD&ĐT Bắc Ninh, từ ngày 01 đến 07/10/2026, Phòng GD&ĐT Tiên Du "
            "đã chỉ đạo các nhà trường, trung tâm học tập cộng đồng trên địa bàn huyện tổ chức Tuần lễ "
            "hưởng ứng học tập suốt đời năm 2026 với chủ đề “Học tập suốt đời trong kỷ nguyên số”."
        ),
        P(
            "Trong tuần lễ, các nhà trường đã tổ chức nhiều hoạt động thiết thực như: ngày hội đọc "
            "sách, giới thiệu sách mới, thi kể chuyện theo sách, trưng bày sách và tài liệu tham khảo; "
            "phát động phong trào “Mỗi ngày một trang sách” đối với học sinh."
        ),
        P(
            "Thư viện các trường mở cửa cả ngày thứ Bảy để phục vụ học sinh và phụ huynh đến đọc, mượn "
            "sách. Nhiều trường triển khai thư viện số, giúp học sinh tra cứu tài liệu thuận tiện trên "
            "máy tính và điện thoại."
        ),
        P(
            "Các trung tâm học tập cộng đồng phối hợp với Hội Khuyến học các xã, thị trấn mở các lớp "
            "chuyên đề về trồng trọt, chăn nuôi, kỹ năng sử dụng điện thoại thông minh và dịch vụ công "
            "trực tuyến cho người dân."
        ),
        P(
            "Tuần lễ đã góp phần nâng cao nhận thức của cán bộ, đảng viên và nhân dân về vai trò của "
            "học tập suốt đời, xây dựng xã hội học tập trên địa bàn huyện Tiên Du."
        ),
    ],
    authors=["Hoàng Thị Lan"],
    opts={
        "cid": 12,
        "ngay": "16/10/2026 14:00:09",
        "tacgia": "Hoàng Thị Lan - Tổ Văn phòng",
        "tomtat": "excerpt",
        "markup": "nfd",
    },
)

B1 = Story(
    id=1185,
    slug="chuyen-de-day-hoc-phat-trien-nang-luc-doc-hieu-cho-hoc-sinh-lop-4-tai-truong-th-lien-bao",
    title="Chuyên đề “Dạy học phát triển năng lực đọc hiểu cho học sinh lớp 4” tại Trường TH Liên Bão",
    cat="Hoạt động chuyên môn",
    published_at="2026-12-03T14:05:33+07:00",
    summary="Chiều 02/12/2026, Phòng GD&ĐT Tiên Du tổ chức chuyên đề cấp huyện “Dạy học phát triển "
    "năng lực đọc hiểu cho học sinh lớp 4” tại Trường TH Liên Bão.",
    sapo_outside=True,
    blocks=[
        P(
            "Tham dự chuyên đề có lãnh đạo Phòng GD&ĐT, chuyên viên phụ trách bậc Tiểu học, đại diện "
            "Ban giám hiệu và giáo viên dạy lớp 4 của 16 trường Tiểu học trong huyện."
        ),
        P(
            "Chuyên đề gồm hai phần: phần lý thuyết do tổ chuyên môn khối 4 Trường TH Liên Bão trình "
            "bày và phần minh họa với 02 tiết dạy môn Tiếng Việt. Nội dung cụ thể như sau:"
        ),
        P("Thời gian | Nội dung | Người thực hiện", "td"),
        P("13h30 - 14h15 | Tiết 1: Đọc hiểu văn bản truyện | Cô Nguyễn Thị Thu, lớp 4A", "td"),
        P("14h25 - 15h10 | Tiết 2: Viết đoạn văn nêu ý kiến | Cô Đỗ Thị Hạnh, lớp 4C", "td"),
        P("15h20 - 16h30 | Thảo luận, rút kinh nghiệm | Tổ chuyên môn khối 4", "td"),
        Img(
            f"{_U}/12/03/chuyen-de-doc-hieu-1.jpg",
            "Tiết dạy minh họa của cô giáo Nguyễn Thị Thu",
            "Tiết dạy minh họa của cô giáo Nguyễn Thị Thu",
        ),
        P(
            "Qua các tiết dạy minh họa, giáo viên đã vận dụng linh hoạt các kỹ thuật dạy học tích cực "
            "như khăn trải bàn, mảnh ghép, sơ đồ tư duy; tổ chức cho học sinh đọc, đặt câu hỏi, trao "
            "đổi nhóm để khám phá nội dung văn bản. Học sinh hứng thú, mạnh dạn chia sẻ cảm nhận của "
            "bản thân."
        ),
        P(
            "Trong phần thảo luận, các đại biểu đã trao đổi nhiều ý kiến về cách thiết kế câu hỏi đọc "
            "hiểu theo các mức độ, cách lựa chọn văn bản ngoài sách giáo khoa và việc hướng dẫn học "
            "sinh đọc mở rộng tại thư viện."
        ),
        Img(
            f"{_U}/12/03/chuyen-de-doc-hieu-2.jpg",
            "Các đại biểu trao đổi, thảo luận tại chuyên đề",
            "Các đại biểu trao đổi, thảo luận tại chuyên đề",
        ),
        P(
            "Kết luận chuyên đề, lãnh đạo Phòng GD&ĐT đề nghị các trường Tiểu học tổ chức sinh hoạt "
            "chuyên môn cấp trường, vận dụng kết quả chuyên đề vào thực tiễn dạy học, góp phần nâng cao "
            "chất lượng môn Tiếng Việt."
        ),
    ],
    authors=["Trần Minh Tuấn"],
    opts={
        "cid": 15,
        "ngay": "03/12/2026 14:05:33",
        "tacgia": "ThS. Trần Minh Tuấn - Phó Trưởng phòng",
        "tomtat": "sapo",
    },
)

B2 = Story(
    id=1172,
    slug="sinh-hoat-chuyen-mon-cum-truong-thcs-theo-huong-nghien-cuu-bai-hoc-mon-toan",
    title="Sinh hoạt chuyên môn cụm trường THCS theo hướng nghiên cứu bài học môn Toán",
    cat="Hoạt động chuyên môn",
    published_at="2026-11-25T09:45:10+07:00",
    summary="Ngày 24/11/2026, cụm trường THCS số 2 gồm các trường THCS Nội Duệ, Liên Bão, Hiên Vân và "
    "Việt Đoàn tổ chức sinh hoạt chuyên môn môn Toán theo hướng nghiên cứu bài học tại Trường THCS "
    "Nội Duệ.",
    sapo_outside=True,
    blocks=[
        P(
            "Buổi sinh hoạt có sự tham gia của chuyên viên phụ trách môn Toán Phòng GD&ĐT và 42 giáo "
            "viên dạy Toán của 4 trường trong cụm."
        ),
        Img(
            f"{_U}/11/25/shcm-toan-thcs-noi-due.jpg",
            "(Giờ dạy minh họa môn Toán lớp 7 tại Trường THCS Nội Duệ)",
            "Giờ dạy minh họa môn Toán lớp 7 tại Trường THCS Nội Duệ",
            style="div",
        ),
        P(
            "Tiết dạy minh họa bài “Tam giác cân” do thầy giáo Vũ Văn Long thực hiện. Thay vì tập trung "
            "nhận xét giáo viên, các thầy cô dự giờ chú ý quan sát hoạt động học của học sinh: học sinh "
            "học như thế nào, gặp khó khăn ở đâu, nguyên nhân vì sao."
        ),
        P(
            "Sau tiết dạy, các giáo viên cùng phân tích, thảo luận và đề xuất các biện pháp điều chỉnh "
            "nhằm giúp mọi học sinh đều được tham gia vào hoạt động học tập, đặc biệt là những học sinh "
            "còn rụt rè, tiếp thu chậm."
        ),
        P(
            "Hoạt động sinh hoạt chuyên môn theo cụm được duy trì định kỳ hằng tháng, góp phần tạo môi "
            "trường để giáo viên học hỏi, chia sẻ kinh nghiệm và nâng cao năng lực chuyên môn."
        ),
    ],
    authors=["Tổ Chuyên môn THCS"],
    opts={"cid": 15, "ngay": "25/11/2026 09:45:10", "tacgia": "Tổ Chuyên môn THCS", "tomtat": "sapo"},
)

B3 = Story(
    id=1163,
    slug="tap-huan-su-dung-hoc-ba-so-cho-giao-vien-tieu-hoc",
    title="Tập huấn sử dụng học bạ số cho giáo viên Tiểu học",
    cat="Hoạt động chuyên môn",
    published_at="2026-11-14T10:22:05+07:00",
    summary="Ngày 13/11/2026, Phòng GD&ĐT Tiên Du tổ chức tập huấn triển khai học bạ số cho cán bộ "
    "quản lý và giáo viên các trường Tiểu học trên địa bàn huyện.",
    sapo_outside=True,
    blocks=[
        P(
            "Thực hiện hướng dẫn của Bộ GD&ĐT và Sở GD&ĐT Bắc Ninh về triển khai học bạ số, từ năm học "
            "2026 - 2027, 100% trường Tiểu học của huyện Tiên Du sử dụng học bạ số thay cho học bạ giấy "
            "đối với học sinh lớp 1 đến lớp 5."
        ),
        P("Tại buổi tập huấn, các học viên được hướng dẫn quy trình thực hiện học bạ số gồm các bước:"),
        P(
            "Giáo viên chủ nhiệm nhập nhận xét, đánh giá và kiểm tra dữ liệu trên phần mềm quản lý "
            "trường học.",
            "oli",
        ),
        P("Hiệu trưởng phê duyệt và ký số học bạ của học sinh.", "oli"),
        P("Nhà trường kết xuất dữ liệu và lưu trữ học bạ số theo quy định.", "oli"),
        P("Cha mẹ học sinh tra cứu học bạ qua ứng dụng liên lạc điện tử.", "oli"),
        P(
            "Học viên cũng được thực hành ký số trên máy tính, xử lý các lỗi thường gặp khi đồng bộ dữ "
            "liệu và trao đổi những vướng mắc trong quá trình triển khai tại đơn vị."
        ),
        Raw(
            '<p><img src="/Images/icon_pdf.gif" alt="" /> <strong>File đính kèm:</strong> '
            '<a href="/Uploads/Files/HD_trien_khai_hoc_ba_so_TH.pdf" target="_blank">'
            "HD_trien_khai_hoc_ba_so_TH.pdf</a></p>\n"
        ),
    ],
    authors=["Nguyễn Thị Mai"],
    opts={"cid": 15, "ngay": "14/11/2026 10:22:05", "tacgia": "Nguyễn Thị Mai", "tomtat": "sapo"},
)

B4 = Story(
    id=1150,
    slug="hoi-thao-nang-cao-chat-luong-day-hoc-mon-tieng-anh-cap-thcs",
    title="Hội thảo nâng cao chất lượng dạy học môn Tiếng Anh cấp THCS",
    cat="Hoạt động chuyên môn",
    published_at="2026-11-05T15:35:42+07:00",
    summary="Ngày 04/11/2026, Phòng GD&ĐT Tiên Du tổ chức hội thảo “Nâng cao chất lượng dạy học môn "
    "Tiếng Anh cấp THCS” tại Trường THCS Tân Chi.",
    sapo_outside=True,
    blocks=[
        P(
            "Hội thảo có sự tham gia của 58 giáo viên dạy Tiếng Anh cấp THCS toàn huyện. Các tham luận "
            "tập trung vào những giải pháp phát triển kỹ năng nghe, nói cho học sinh, ứng dụng công nghệ "
            "trong dạy từ vựng và ôn luyện cho học sinh lớp 9 thi vào lớp 10."
        ),
        P("Nhiều giải pháp thiết thực", "h3"),
        P(
            "Cô giáo Đỗ Thị Ngân, Trường THCS Tân Chi chia sẻ kinh nghiệm tổ chức câu lạc bộ Tiếng Anh "
            "với các hoạt động hùng biện, đóng kịch, hát tiếng Anh giúp học sinh tự tin giao tiếp. "
            "Trường THCS Lim giới thiệu cách sử dụng các ứng dụng học từ vựng trực tuyến để giao bài tập "
            "và theo dõi tiến độ học tập của học sinh."
        ),
        P("Tiếp tục đổi mới kiểm tra, đánh giá", "h3"),
        P(
            "Phát biểu kết luận, lãnh đạo Phòng GD&ĐT đề nghị các nhà trường tăng cường kiểm tra, đánh "
            "giá theo định hướng phát triển năng lực, chú trọng đánh giá kỹ năng nghe, nói; tăng cường "
            "tổ chức các hoạt động trải nghiệm bằng tiếng Anh cho học sinh."
        ),
        Raw(
            '<p style="text-align: right;"><strong>Trịnh Thu Phương</strong><br />\n'
            "<em>Trường THCS Tân Chi</em></p>\n"
        ),
    ],
    authors=["Trịnh Thu Phương"],
    opts={"cid": 15, "ngay": "05/11/2026 15:35:42", "tacgia": "", "tomtat": "sapo"},
)

_LETTERHEAD = """<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;">
<tbody>
<tr><td style="text-align: center; width: 40%;">UBND HUYỆN TIÊN DU<br />
<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></td>
<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />
<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>
<tr><td style="text-align: center;">Số: 512/TB-PGDĐT</td>
<td style="text-align: center;"><em>Tiên Du, ngày 03 tháng 12 năm 2026</em></td></tr>
</tbody>
</table>
<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />
<strong>Về việc tổ chức thi chọn học sinh giỏi cấp huyện lớp 9 năm học 2026 - 2027</strong></p>
"""
_CLOSING = """<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;">
<tbody>
<tr><td style="vertical-align: top; width: 50%;"><strong><em>Nơi nhận:</em></strong><br />
- Các trường THCS;<br />
- Lưu: VT.</td>
<td style="text-align: center; vertical-align: top;"><strong>TRƯỞNG PHÒNG</strong><br />
<em>(Đã ký)</em><br />
<br />
<strong>Nguyễn Văn Thắng</strong></td></tr>
</tbody>
</table>
"""

C1 = Story(
    id=1189,
    slug="thong-bao-lich-thi-chon-hoc-sinh-gioi-cap-huyen-lop-9-nam-hoc-2026-2027",
    title="Thông báo lịch thi chọn học sinh giỏi cấp huyện lớp 9 năm học 2026 - 2027",
    cat="Thông báo",
    published_at="2026-12-03",
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Kế hoạch số 468/KH-PGDĐT ngày 15/9/2026 của Phòng GD&ĐT Tiên Du về tổ chức các kỳ "
            "thi, hội thi năm học 2026 - 2027, Phòng GD&ĐT thông báo lịch thi chọn học sinh giỏi cấp "
            "huyện lớp 9 như sau:"
        ),
        P("1. Thời gian thi: Ngày 12/12/2026 (thứ Bảy)."),
        P(
            "- Buổi sáng: thi các môn Ngữ văn, Toán, Tiếng Anh. Thí sinh có mặt tại phòng thi lúc 7 giờ 00."
        ),
        P(
            "- Buổi chiều: thi các môn Khoa học tự nhiên, Lịch sử và Địa lí, Tin học. Thí sinh có mặt tại "
            "phòng thi lúc 13 giờ 30."
        ),
        P("2. Địa điểm thi: Trường THCS Lim, thị trấn Lim, huyện Tiên Du."),
        P(
            "3. Các nhà trường thông báo tới học sinh dự thi, nhắc nhở học sinh mang theo thẻ học sinh "
            "hoặc căn cước, có mặt đúng giờ và thực hiện nghiêm túc quy chế thi."
        ),
        P(
            "Nhận được thông báo này, đề nghị Hiệu trưởng các trường THCS triển khai thực hiện./."
        ),
        Raw(_CLOSING),
    ],
    authors=["Nguyễn Văn Thắng"],
    opts={"cid": 19, "ngay": "04/12/2026 07:50:12", "tacgia": "", "tomtat": "none"},
)

C2 = Story(
    id=1178,
    slug="thong-bao-ket-qua-hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-thcs-nam-hoc-2026-2027",
    title="Thông báo kết quả Hội thi giáo viên chủ nhiệm lớp giỏi cấp THCS năm học 2026 - 2027",
    cat="Thông báo",
    published_at="2026-11-27T16:20:05+07:00",
    summary="Phòng GD&ĐT Tiên Du thông báo kết quả Hội thi giáo viên chủ nhiệm lớp giỏi cấp THCS năm "
    "học 2026 - 2027 tổ chức từ ngày 17 đến 21/11/2026.",
    sapo_outside=True,
    blocks=[
        P(
            "Hội thi có 46 giáo viên đến từ 15 trường THCS tham gia. Các giáo viên đã trải qua hai phần "
            "thi: trình bày biện pháp giáo dục học sinh và xử lý tình huống sư phạm trong công tác chủ "
            "nhiệm lớp."
        ),
        P(
            "Căn cứ kết quả chấm của Ban Giám khảo, Phòng GD&ĐT công nhận 38 giáo viên đạt danh hiệu "
            "giáo viên chủ nhiệm lớp giỏi cấp huyện năm học 2026 - 2027 (có danh sách kèm theo)."
        ),
        P(
            "Phòng GD&ĐT đề nghị các nhà trường thông báo kết quả tới giáo viên và lưu hồ sơ thi đua "
            "theo quy định."
        ),
        Raw(
            '<p><strong>Tải về:</strong> <a href="/Uploads/Files/KQ_HoiThi_GVCN_gioi_THCS_2026.pdf">'
            "Danh sách giáo viên đạt danh hiệu GVCN lớp giỏi cấp THCS</a></p>\n"
        ),
    ],
    authors=["Tổ Văn phòng"],
    opts={"cid": 19, "ngay": "27/11/2026 16:20:05", "tacgia": "Tổ Văn phòng", "tomtat": "sapo"},
)

# intro pages served by the article template (NON_ARTICLES, trap 12)
INTRO1 = Story(
    id=2,
    slug="gioi-thieu-chung",
    title="Giới thiệu chung về Phòng Giáo dục và Đào tạo huyện Tiên Du",
    cat="Giới thiệu",
    published_at=None,
    blocks=[
        P(
            "Phòng Giáo dục và Đào tạo huyện Tiên Du là cơ quan chuyên môn thuộc UBND huyện, có chức "
            "năng tham mưu, giúp UBND huyện thực hiện quản lý nhà nước về giáo dục và đào tạo trên địa "
            "bàn huyện."
        ),
        P(
            "Phòng chịu sự chỉ đạo, quản lý về tổ chức, vị trí việc làm, biên chế công chức và công tác "
            "của UBND huyện; đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ "
            "của Sở Giáo dục và Đào tạo Bắc Ninh."
        ),
        P(
            "Toàn huyện hiện có 19 trường Mầm non, 17 trường Tiểu học và 15 trường THCS với hơn 42.000 "
            "học sinh và gần 2.400 cán bộ, giáo viên, nhân viên."
        ),
    ],
    opts={"cid": 3, "ngay": "12/03/2019 10:15:00", "tacgia": "", "tomtat": "none"},
)
INTRO2 = Story(
    id=3,
    slug="co-cau-to-chuc",
    title="Cơ cấu tổ chức",
    cat="Giới thiệu",
    published_at=None,
    blocks=[
        P("Lãnh đạo Phòng Giáo dục và Đào tạo:", "b"),
        P("Trưởng phòng | Nguyễn Văn Thắng | 0222.3838.221", "td"),
        P("Phó Trưởng phòng | Trần Minh Tuấn | 0222.3838.226", "td"),
        P("Phó Trưởng phòng | Lê Thị Hồng Nhung | 0222.3838.227", "td"),
        P(
            "Các bộ phận: Tổ Văn phòng; Tổ Chuyên môn Mầm non; Tổ Chuyên môn Tiểu học; Tổ Chuyên môn "
            "THCS; Bộ phận Kế hoạch - Tài chính."
        ),
    ],
    opts={"cid": 3, "ngay": "12/03/2019 10:20:00", "tacgia": "", "tomtat": "none"},
)

STORIES = [A1, A2, A3, A4, A5, A6, A7, B1, B2, B3, B4, C1, C2]
PAGES = [*STORIES, INTRO1, INTRO2]
BY_ID = {s.id: s for s in PAGES}

# --- URL helpers ----------------------------------------------------------------------------


def slugify(value: str) -> str:
    """The vendor's slug: marks dropped, đ -> d, runs of other characters -> '-'."""
    s = value.replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def cut(title: str, n: int = 50) -> str:
    """How the sidebar controls shorten a title (and then build the slug from it: trap 5)."""
    if len(title) <= n:
        return title
    return title[:n].rsplit(" ", 1)[0] + "..."


def rel(story: Story, slug: str | None = None) -> str:
    """A link as the templates print it: relative to the <base href> (the site root)."""
    return f"tin-tuc/{slug or story.slug}-n{story.id}.aspx"


def path_of(story: Story) -> str:
    return "/" + rel(story)


def cat_of(story: Story) -> Cat:
    return CATS[story.opts["cid"]]


def in_cat(cid: int) -> list[Story]:
    """Newest first, the way the listing's stored procedure sorts."""
    items = [s for s in PAGES if s.opts["cid"] == cid]
    return sorted(items, key=lambda s: _stamp(s.opts["ngay"]), reverse=True)


def _stamp(ngay: str) -> str:
    d, t = ngay.split(" ")
    dd, mm, yyyy = d.split("/")
    return f"{yyyy}{mm}{dd}{t}"


def us_date(ngay: str) -> str:
    """``{0:d}`` under en-US: month first, no leading zeros (trap 11)."""
    dd, mm, yyyy = ngay.split(" ")[0].split("/")
    return f"{int(mm)}/{int(dd)}/{yyyy}"


def newest(n: int) -> list[Story]:
    return sorted(STORIES, key=lambda s: _stamp(s.opts["ngay"]), reverse=True)[:n]


SLIDER = [(A4, A4.opts["old_slug"]), (A1, None), (B2, None)]
MOST_READ = [B2, A3, B3, B4]


def most_read_link(story: Story) -> tuple[str, str]:
    shown = cut(story.title)
    return shown, f"tin-tuc/{slugify(shown.rstrip('.'))}-n{story.id}.aspx"


# --- view state and event validation --------------------------------------------------------

_MAC_KEY = b"machineKey-validationKey-PGD-TienDu"


def make_viewstate(kind: str, a: int, b: int) -> str:
    payload = f"{kind}|{a}|{b}|".encode("ascii")
    filler = base64.b64decode(opaque(f"vs-{kind}-{a}-{b}", 180))
    body = b"\xff\x01\x0f\x0f\x05" + bytes([len(payload)]) + payload + filler
    mac = hmac.new(_MAC_KEY, body, hashlib.sha1).digest()
    return base64.b64encode(body + mac).decode("ascii")


def parse_viewstate(value: str | None) -> tuple[str, int, int] | None:
    if not value:
        return None
    try:
        raw = base64.b64decode(value, validate=True)
    except ValueError:
        return None
    if len(raw) < 28 or not raw.startswith(b"\xff\x01\x0f\x0f\x05"):
        return None
    body, mac = raw[:-20], raw[-20:]
    if not hmac.compare_digest(mac, hmac.new(_MAC_KEY, body, hashlib.sha1).digest()):
        return None
    n = body[5]
    m = re.fullmatch(rb"(\w)\|(\d+)\|(\d+)\|", body[6 : 6 + n])
    if not m:
        return None
    return m.group(1).decode(), int(m.group(2)), int(m.group(3))


def _h4(target: str) -> bytes:
    return hashlib.sha256(target.encode("utf-8")).digest()[:4]


def make_eventvalidation(targets: list[str]) -> str:
    return base64.b64encode(
        b"\xff\x01\x16" + bytes([len(targets)]) + b"".join(_h4(t) for t in targets)
    ).decode("ascii")


def validated(value: str | None, target: str) -> bool:
    if not value:
        return False
    try:
        raw = base64.b64decode(value, validate=True)
    except ValueError:
        return False
    if not raw.startswith(b"\xff\x01\x16"):
        return False
    hashes = raw[4:]
    return any(hashes[i : i + 4] == _h4(target) for i in range(0, len(hashes), 4))


# control names
T_SEARCH_BOX = "ctl00$ucHeader$txtTuKhoa"
T_SEARCH_BTN = "ctl00$ucHeader$btnTimKiem"
T_POLL_LIST = "ctl00$ucBinhChon$rblBinhChon"
T_POLL_BTN = "ctl00$ucBinhChon$btnBinhChon"
T_POLL_RESULT = "ctl00$ucBinhChon$lbtKetQua"
T_PRINT = "ctl00$cphMain$ucChiTietTin$ibtIn"
_PAGER = "ctl00$cphMain$ucNews$"
CHROME_TARGETS = [T_SEARCH_BTN, T_POLL_LIST, T_POLL_BTN, T_POLL_RESULT]


def cid_of(target: str) -> str:
    return target.replace("$", "_")


# --- the master page ------------------------------------------------------------------------

_MENU = [
    ("Trang chủ", "Default.aspx", []),
    (
        "Giới thiệu",
        rel(INTRO1),
        [("Giới thiệu chung", rel(INTRO1)), ("Cơ cấu tổ chức", rel(INTRO2))],
    ),
    (
        "Tin tức",
        "javascript:void(0);",
        [
            ("Tin tức - Sự kiện", CATS[12].path[1:]),
            ("Hoạt động chuyên môn", CATS[15].path[1:]),
        ],
    ),
    ("Thông báo", CATS[19].path[1:], []),
    ("Văn bản", "van-ban.aspx", []),
    ("Thư viện ảnh", "thu-vien-anh.aspx", []),
    ("Liên hệ", "lien-he.aspx", []),
]


def _menu_html() -> str:
    out = ['<div id="menungang"><ul class="mnu_cap1">']
    for label, href, subs in _MENU:
        out.append(f'<li><a href="{href}" class="mnu_a">{esc(label)}</a>')
        if subs:
            out.append('<ul class="mnu_cap2">')
            out.extend(f'<li><a href="{h}">{esc(lab)}</a></li>' for lab, h in subs)
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul></div>")
    return "".join(out)


def _left_column() -> str:
    mr = []
    for s in MOST_READ:
        shown, href = most_read_link(s)
        mr.append(f'<li><a href="{href}" title="{esc(s.title)}">{esc(shown)}</a></li>')
    return f"""<div id="cotrai">
<div class="khung_trai"><div class="td_khung_trai">DANH MỤC</div>
<ul class="ds_dm">
<li><a href="{CATS[12].path[1:]}">Tin tức - Sự kiện</a></li>
<li><a href="{CATS[15].path[1:]}">Hoạt động chuyên môn</a></li>
<li><a href="{CATS[19].path[1:]}">Thông báo</a></li>
<li><a href="van-ban.aspx">Văn bản chỉ đạo</a></li>
<li><a href="thu-vien-anh.aspx">Thư viện ảnh</a></li>
</ul></div>
<div class="khung_trai"><div class="td_khung_trai">TIN ĐỌC NHIỀU</div>
<ul class="ds_docnhieu">{"".join(mr)}</ul></div>
<div class="khung_trai"><a href="https://hanhchinhcong.bacninh.gov.vn" target="_blank"><img src="Images/banner_dvc.jpg" alt="Dịch vụ công trực tuyến" width="200" /></a>
<a href="https://csdl.moet.gov.vn" target="_blank"><img src="Images/banner_csdl.jpg" alt="Cơ sở dữ liệu ngành" width="200" /></a></div>
</div>"""


def _right_column(poll_result: bool, poll_thanks: bool) -> str:
    docs = "".join(
        f'<li><a href="{d["rel"]}">{esc(d["so"])}: {esc(cut(d["trich_yeu"], 60))}</a></li>'
        for d in DOCS
    )
    if poll_result:
        poll = (
            '<div class="kq_binhchon">Kết quả: Tin tức - Sự kiện 46% | Hoạt động chuyên môn 31% | '
            "Văn bản chỉ đạo 23% (Tổng số phiếu: 1.208)</div>"
        )
    elif poll_thanks:
        poll = '<div class="kq_binhchon">Cảm ơn bạn đã tham gia biểu quyết!</div>'
    else:
        poll = ""
    return f"""<div id="cotphai">
<div class="khung_phai"><div class="td_khung_phai">VĂN BẢN MỚI</div><ul class="ds_vb">{docs}</ul>
<a href="van-ban.aspx" class="xemtatca">Xem tất cả »</a></div>
<div class="khung_phai"><div class="td_khung_phai">LIÊN KẾT WEBSITE</div>
<select name="ddlLienKet" onchange="if(this.value!='')window.open(this.value);">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://sgddt.bacninh.gov.vn">Sở GD&amp;ĐT Bắc Ninh</option>
<option value="https://tiendu.bacninh.gov.vn">UBND huyện Tiên Du</option>
</select></div>
<div class="khung_phai"><div class="td_khung_phai">THĂM DÒ Ý KIẾN</div>
<div class="cauhoi_bc">Bạn quan tâm đến nội dung nào trên website?</div>
<table id="ctl00_ucBinhChon_rblBinhChon" class="ds_bc">
<tr><td><input id="ctl00_ucBinhChon_rblBinhChon_0" type="radio" name="{T_POLL_LIST}" value="1" /><label for="ctl00_ucBinhChon_rblBinhChon_0">Tin tức - Sự kiện</label></td></tr>
<tr><td><input id="ctl00_ucBinhChon_rblBinhChon_1" type="radio" name="{T_POLL_LIST}" value="2" /><label for="ctl00_ucBinhChon_rblBinhChon_1">Hoạt động chuyên môn</label></td></tr>
<tr><td><input id="ctl00_ucBinhChon_rblBinhChon_2" type="radio" name="{T_POLL_LIST}" value="3" /><label for="ctl00_ucBinhChon_rblBinhChon_2">Văn bản chỉ đạo</label></td></tr>
</table>
<input type="submit" name="{T_POLL_BTN}" value="Biểu quyết" id="{cid_of(T_POLL_BTN)}" class="nut_bc" />
<a id="{cid_of(T_POLL_RESULT)}" href="javascript:__doPostBack('{T_POLL_RESULT}','')">Xem kết quả</a>
{poll}</div>
<div class="khung_phai"><div class="td_khung_phai">THỐNG KÊ TRUY CẬP</div>
<table class="thongke"><tr><td>Đang online:</td><td><span id="ctl00_ucThongKe_lblOnline">17</span></td></tr>
<tr><td>Hôm nay:</td><td><span id="ctl00_ucThongKe_lblHomNay">412</span></td></tr>
<tr><td>Tổng truy cập:</td><td><span id="ctl00_ucThongKe_lblTong">2.381.905</span></td></tr></table></div>
</div>"""


def master(
    request: Request,
    *,
    action: str,
    main: str,
    viewstate: str,
    targets: list[str],
    head_extra: str = "",
    poll_result: bool = False,
    poll_thanks: bool = False,
) -> str:
    marquee = " &nbsp;&nbsp;•&nbsp;&nbsp; ".join(
        f'<a href="{rel(s)}">{esc(s.title)}</a>' for s in (C1, C2)
    )
    ev = make_eventvalidation([*targets, *CHROME_TARGETS])
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>
	{esc(SITE_TITLE)}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><base href="{base_url(request)}/" /><meta name="keywords" content="Phòng GD&amp;ĐT Tiên Du, giáo dục Tiên Du, Bắc Ninh" /><meta name="description" content="Cổng thông tin điện tử Phòng Giáo dục và Đào tạo huyện Tiên Du, tỉnh Bắc Ninh" />{head_extra}<link href="App_Themes/XanhDuong/style.css" type="text/css" rel="stylesheet" /><link href="App_Themes/XanhDuong/menu.css" type="text/css" rel="stylesheet" /><link rel="shortcut icon" href="favicon.ico" /></head>
<body>
    <form method="post" action="{action}" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form1'];
if (!theForm) {{
    theForm = document.form1;
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

<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZNgSkbG1BzXhQ5Mf0lQ1&amp;t=634604425811379600" type="text/javascript"></script>
<div id="khung_tong">
<div id="dau_trang">
<div id="banner"><a href="Default.aspx"><img src="Images/logo_pgd.png" alt="Logo" class="logo" /></a>
<h1 class="ten_dv">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TIÊN DU</h1>
<div class="khau_hieu">Dạy tốt - Học tốt</div></div>
<div id="thanh_ngay"><span id="ctl00_ucHeader_lblNgayThang" class="ngay_hien_tai">{TODAY_LINE}</span>
<div class="o_tim"><input name="{T_SEARCH_BOX}" type="text" id="{cid_of(T_SEARCH_BOX)}" class="txt_tim" />
<input type="submit" name="{T_SEARCH_BTN}" value="Tìm kiếm" id="{cid_of(T_SEARCH_BTN)}" class="nut_tim" /></div></div>
{_menu_html()}
<div class="chay_chu"><span class="nhan_tb">Thông báo:</span> <marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{marquee}</marquee></div>
</div>
<div id="than_trang">
{_left_column()}
<div id="cotgiua">
{main}
</div>
{_right_column(poll_result, poll_thanks)}
</div>
<div id="chan_trang">
<div class="dc_chan">Cơ quan chủ quản: <b>Phòng Giáo dục và Đào tạo huyện Tiên Du</b><br />
Địa chỉ: Đường Lý Thường Kiệt, thị trấn Lim, huyện Tiên Du, tỉnh Bắc Ninh<br />
Điện thoại: 0222.3838.221 - Fax: 0222.3838.225 - Email: pgdtiendu@bacninh.edu.vn<br />
Chịu trách nhiệm chính: Ông Nguyễn Văn Thắng - Trưởng phòng<br />
Ghi rõ nguồn "Phòng GD&amp;ĐT Tiên Du" khi phát hành lại thông tin từ website này.</div>
<div class="bq_chan">Bản quyền © 2012 Phòng GD&amp;ĐT Tiên Du. Thiết kế bởi Công ty CP Công nghệ Tin học Kinh Bắc</div>
</div>
</div>

<div class="aspNetHidden">

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{ev}" />
</div></form>
</body>
</html>
"""


def error_redirect(request: Request) -> Response:
    """customErrors mode="On" defaultRedirect="~/Loi.aspx" (trap 2)."""
    return redirect("/Loi.aspx?aspxerrorpath=" + quote(request.path))


def search_redirect(form: dict[str, str]) -> Response:
    return redirect("/tim-kiem.aspx?tukhoa=" + quote(form.get(T_SEARCH_BOX, "").strip()))


def _chrome_postback(form: dict[str, str]) -> tuple[Response | None, dict[str, bool]]:
    """The postbacks every page's chrome answers the same way: search, poll, poll results."""
    if T_SEARCH_BTN in form:
        return search_redirect(form), {}
    if T_POLL_BTN in form:
        return None, {"poll_thanks": True}
    return None, {}


# --- article rendering ----------------------------------------------------------------------


def _t(story: Story, value: str) -> str:
    markup = story.opts.get("markup", "plain")
    if markup == "fck":
        return text(value, entities=2)
    if markup == "nfd":
        return text(value, nfd=True)
    return text(value)


def _p_open(story: Story, style: str = "") -> tuple[str, str]:
    if story.opts.get("markup") == "word":
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
            'line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New '
            'Roman&quot;,&quot;serif&quot;">',
            "<o:p></o:p></span></p>",
        )
    if style == "b":
        return '<p style="text-align: justify;"><strong>', "</strong></p>"
    return '<p style="text-align: justify;">', "</p>"


def _img_html(story: Story, img: Img) -> str:
    printed = _t(story, img.printed) if img.printed else ""
    if img.style == "table":
        return (
            '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" align="center" '
            'style="border-collapse:collapse;mso-yfti-tbllook:1184"><tbody>'
            '<tr style="mso-yfti-irow:0;mso-yfti-firstrow:yes"><td style="padding:0cm 5.4pt 0cm 5.4pt">'
            f'<p class="MsoNormal" align="center" style="text-align:center"><img width="550" height="366" '
            f'src="{img.src}" /><o:p></o:p></p></td></tr>'
            '<tr style="mso-yfti-irow:1;mso-yfti-lastrow:yes"><td style="padding:0cm 5.4pt 0cm 5.4pt">'
            '<p class="MsoNormal" align="center" style="text-align:center"><i><span style="font-size:'
            f'12.0pt">{printed}<o:p></o:p></span></i></p></td></tr></tbody></table>\n'
        )
    if img.style == "div":
        return (
            f'<div style="text-align: center;"><img src="{img.src}" alt="{esc(img.printed or "")}" '
            f'width="500" /><br />\n<span style="font-size: 11px;"><em>{printed}</em></span></div>\n'
        )
    out = (
        f'<p style="text-align: center;"><img alt="" src="{img.src}" '
        'style="width: 560px; height: 373px;" /></p>\n'
    )
    if img.printed:
        out += f'<p style="text-align: center;"><em>{printed}</em></p>\n'
    return out


def content_html(story: Story) -> str:
    """The HTML the Literal ``ltrNoiDung`` writes (what the editor saved)."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
        elif isinstance(b, Img):
            out.append(_img_html(story, b))
            i += 1
        elif b.style in ("li", "oli", "td"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                j += 1
            group = blocks[i:j]
            if b.style == "td":
                rows = []
                for k, p in enumerate(group):
                    tag = "td"
                    cells = "".join(
                        f'<{tag} style="border: 1px solid #999; padding: 3px;">'
                        + (f"<strong>{_t(story, c)}</strong>" if k == 0 else _t(story, c))
                        + f"</{tag}>"
                        for c in p.text.split(" | ")
                    )
                    rows.append(f"<tr>{cells}</tr>")
                out.append(
                    '<table border="1" cellpadding="3" cellspacing="0" style="width: 100%; '
                    f'border-collapse: collapse;"><tbody>{"".join(rows)}</tbody></table>\n'
                )
            else:
                tag = "ul" if b.style == "li" else "ol"
                items = "".join(f"<li>{_t(story, p.text)}</li>" for p in group)
                out.append(f"<{tag}>{items}</{tag}>\n")
            i = j
        elif b.style == "h3":
            out.append(f"<h3>{_t(story, b.text)}</h3>\n")
            i += 1
        else:
            parts = [b.text]
            j = i + 1
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == "br":
                parts.append(blocks[j].text)
                j += 1
            opening, closing = _p_open(story, b.style)
            out.append(opening + "<br />\n".join(_t(story, p) for p in parts) + closing + "\n")
            i = j
    return "".join(out)


def excerpt(story: Story, n: int = 200) -> str:
    first = next(b for b in story.blocks if isinstance(b, P)).text
    if len(first) <= n:
        return first
    return first[:n].rsplit(" ", 1)[0] + "..."


def tomtat_of(story: Story) -> str:
    mode = story.opts.get("tomtat", "none")
    if mode == "sapo":
        return story.summary or ""
    if mode == "excerpt":
        return excerpt(story)
    return ""


def _breadcrumb(cat: Cat) -> str:
    parent = f'<span class="dd_cha">{esc(cat.parent)}</span> <span class="dd_ngan">»</span> ' if cat.parent else ""
    return (
        '<div class="duong_dan"><a href="Default.aspx">Trang chủ</a> <span class="dd_ngan">»</span> '
        f'{parent}<a href="{cat.path[1:]}" class="dd_cuoi">{esc(cat.name)}</a></div>'
    )


def article_page(request: Request, story: Story, **flags: bool) -> Response:
    cat = cat_of(story)
    uc = "ctl00_cphMain_ucChiTietTin_"
    related = [s for s in in_cat(cat.cid) if s.id != story.id][:3]
    rel_html = "".join(
        f'<li><a href="{rel(s)}">{esc(s.title)}</a> <span class="ngay_tlq">({s.opts["ngay"][:10]})</span></li>'
        for s in related
    )
    tomtat = tomtat_of(story)
    canonical = base_url(request) + path_of(story)
    main = f"""{_breadcrumb(cat)}
<div class="khung_chitiet">
<span id="{uc}lblTieuDe" class="tieude_ct">{esc(story.title)}</span>
<div class="dong_ngay"><span id="{uc}lblNgayDang" class="ngay_ct">Ngày đăng: {story.opts["ngay"]}</span> &nbsp;|&nbsp; Lượt xem: <span id="{uc}lblLuotXem">{story.views()}</span></div>
<div class="tomtat_ct"><span id="{uc}lblTomTat" style="font-weight:bold;">{esc(tomtat)}</span></div>
<div id="{uc}pnNoiDung" class="noidung_ct">
	{content_html(story)}
</div>
<div class="tacgia_ct" style="text-align:right;"><span id="{uc}lblTacGia" style="font-weight:bold;">{esc(story.opts.get("tacgia", ""))}</span></div>
<div class="congcu_ct">
<input type="image" name="{T_PRINT}" id="{cid_of(T_PRINT)}" title="In tin" src="Images/icon_print.gif" onclick="window.open('InTin.aspx?id={story.id}','InTin','width=760,height=600,scrollbars=yes');return false;" /> In tin
&nbsp;|&nbsp; <a href="javascript:history.back();">Quay lại</a> &nbsp;|&nbsp; <a href="#">Đầu trang</a>
<iframe src="https://www.facebook.com/plugins/like.php?href={quote(canonical, safe='')}&amp;layout=button_count" scrolling="no" frameborder="0" style="border:none; width:120px; height:21px;"></iframe>
</div>
<div class="tin_cung_cm"><div class="td_tcm">Tin cùng chuyên mục</div>
<ul>{rel_html}</ul></div>
</div>"""
    head = (
        f'<meta property="og:title" content="{esc(story.title)}" />'
        f'<meta property="og:url" content="{canonical}" />'
        '<meta property="og:type" content="article" />'
    )
    page = master(
        request,
        action=f"ChiTietTin.aspx?id={story.id}",
        main=main,
        viewstate=make_viewstate("A", story.id, 0),
        targets=[T_PRINT],
        head_extra=head,
        **flags,
    )
    return html(page)


def article(request: Request, story: Story) -> Response:
    flags: dict[str, bool] = {}
    if request.method == "POST":
        form = request.form
        vs = parse_viewstate(form.get("__VIEWSTATE"))
        if vs is None or vs[:2] != ("A", story.id):
            return error_redirect(request)
        answer, flags = _chrome_postback(form)
        if answer:
            return answer
        target = form.get("__EVENTTARGET", "")
        if target:
            if not validated(form.get("__EVENTVALIDATION"), target):
                return error_redirect(request)
            if target == T_POLL_RESULT:
                flags = {"poll_result": True}
    return article_page(request, story, **flags)


def print_page(request: Request, story: Story) -> Response:
    tomtat = tomtat_of(story)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>In tin</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><base href="{base_url(request)}/" />
<style type="text/css">body{{font-family:Times New Roman;font-size:13pt;width:700px;margin:auto}}</style></head>
<body onload="window.print();">
<form method="post" action="InTin.aspx?id={story.id}" id="form1">
<div class="in_dau"><img src="Images/logo_pgd.png" alt="" width="60" /> PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TIÊN DU</div>
<hr />
<h2><span id="lblTieuDe">{esc(story.title)}</span></h2>
<i><span id="lblNgayDang">{story.opts["ngay"]}</span></i>
<p><b><span id="lblTomTat">{esc(tomtat)}</span></b></p>
<div>{content_html(story)}</div>
<div align="right"><b><span id="lblTacGia">{esc(story.opts.get("tacgia", ""))}</span></b></div>
<hr />
<div class="in_chan">Địa chỉ bài viết: {base_url(request)}{path_of(story)}<br />© Phòng GD&amp;ĐT Tiên Du</div>
</form>
</body>
</html>
"""
    return html(page)


# --- listings --------------------------------------------------------------------------------


def pager_items(cur: int, npages: int) -> list[tuple[str, int, bool]]:
    """The Repeater ``rptPager``'s items: (label, page, enabled), positional (trap 1)."""
    start = (cur - 1) // PAGER_WINDOW * PAGER_WINDOW + 1
    end = min(npages, start + PAGER_WINDOW - 1)
    items: list[tuple[str, int, bool]] = []
    if start > 1:
        items.append(("...", start - 1, True))
    items.extend((str(p), p, p != cur) for p in range(start, end + 1))
    if end < npages:
        items.append(("...", end + 1, True))
    return items


def _pager(cur: int, npages: int) -> tuple[str, list[str]]:
    if npages <= 1:
        return "", []
    targets: list[str] = []
    out = ['<div class="phan_trang"><span class="nhan_trang">Trang:</span> ']

    def link(name: str, label: str, enabled: bool, css: str = "") -> str:
        target = _PAGER + name
        if enabled:
            targets.append(target)
            return (
                f'<a id="{cid_of(target)}" class="{css}" '
                f"href=\"javascript:__doPostBack('{target}','')\">{label}</a> "
            )
        return f'<a id="{cid_of(target)}" class="aspNetDisabled {css}">{label}</a> '

    if cur > 1:
        out.append(link("lbtDau", "Đầu", True, "trang_dau"))
        out.append(link("lbtTruoc", "Trước", True, "trang_truoc"))
    for k, (label, _page, enabled) in enumerate(pager_items(cur, npages)):
        out.append(link(f"rptPager$ctl{k:02d}$lbtPage", label, enabled, "so_trang" if enabled else "trang_ht"))
    if cur < npages:
        out.append(link("lbtSau", "Sau", True, "trang_sau"))
        out.append(link("lbtCuoi", "Cuối", True, "trang_cuoi"))
    out.append("</div>")
    return "".join(out), targets


def resolve_target(target: str, cur: int, npages: int) -> int | None:
    if not target.startswith(_PAGER):
        return None
    name = target[len(_PAGER) :]
    if name == "lbtSau" and cur < npages:
        return cur + 1
    if name == "lbtTruoc" and cur > 1:
        return cur - 1
    if name == "lbtDau":
        return 1
    if name == "lbtCuoi":
        return npages
    m = re.fullmatch(r"rptPager\$ctl(\d\d)\$lbtPage", name)
    if m:
        items = pager_items(cur, npages)
        k = int(m.group(1))
        if k < len(items) and items[k][2]:
            return items[k][1]
    return None


def listing_page(request: Request, cat: Cat, page: int, **flags: bool) -> Response:
    items = in_cat(cat.cid)
    npages = max(1, -(-len(items) // PAGE_SIZE))
    shown = items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    uc = "ctl00_cphMain_ucNews_rptTin_"
    rows = []
    for k, s in enumerate(shown):
        thumb = s.images[0].src.lstrip("/") if s.images else "Images/no_image.jpg"
        tomtat = tomtat_of(s) or excerpt(s, 160)
        rows.append(
            f"""<div class="muc_tin">
<a href="{rel(s)}" class="anh_tin"><img src="{thumb}" alt="" width="130" height="90" border="0" /></a>
<a id="{uc}ctl{k:02d}_hplTieuDe" class="ten_tin" href="{rel(s)}">{esc(s.title)}</a> <span class="ngay_tin">({us_date(s.opts["ngay"])})</span>
<div class="tomtat_tin">{esc(tomtat)}</div>
<a href="{rel(s)}" class="xem_tiep">Xem tiếp »</a>
<div class="clear"></div></div>"""
        )
    pager, targets = _pager(page, npages)
    main = f"""{_breadcrumb(cat)}
<div class="khung_ds">
<div class="td_khung_ds"><span id="ctl00_cphMain_ucNews_lblTenChuyenMuc">{esc(cat.name)}</span></div>
{"".join(rows)}
{pager}
</div>"""
    body = master(
        request,
        action=f"ChuyenMuc.aspx?cid={cat.cid}",
        main=main,
        viewstate=make_viewstate("L", cat.cid, page),
        targets=targets,
        **flags,
    )
    return html(body)


def listing(request: Request, cat: Cat) -> Response:
    npages = max(1, -(-len(in_cat(cat.cid)) // PAGE_SIZE))
    if request.method != "POST":
        return listing_page(request, cat, 1)
    form = request.form
    target = form.get("__EVENTTARGET", "")
    vs = parse_viewstate(form.get("__VIEWSTATE"))
    if vs is None:
        if target or form:
            return error_redirect(request)
        return listing_page(request, cat, 1)
    kind, cid, cur = vs
    if kind != "L" or cid != cat.cid or not 1 <= cur <= npages:
        return error_redirect(request)
    answer, flags = _chrome_postback(form)
    if answer:
        return answer
    if not target:
        return listing_page(request, cat, cur, **flags)
    if not validated(form.get("__EVENTVALIDATION"), target):
        return error_redirect(request)
    if target == T_POLL_RESULT:
        return listing_page(request, cat, cur, poll_result=True)
    page = resolve_target(target, cur, npages)
    if page is None:
        return error_redirect(request)
    return listing_page(request, cat, page)


# --- home and the other pages ---------------------------------------------------------------


def home(request: Request) -> Response:
    flags: dict[str, bool] = {}
    if request.method == "POST":
        form = request.form
        vs = parse_viewstate(form.get("__VIEWSTATE"))
        if vs is None or vs[0] != "H":
            return error_redirect(request)
        answer, flags = _chrome_postback(form)
        if answer:
            return answer
        target = form.get("__EVENTTARGET", "")
        if target:
            if not validated(form.get("__EVENTVALIDATION"), target):
                return error_redirect(request)
            flags = {"poll_result": target == T_POLL_RESULT}
    slides = "".join(
        f'<li><a href="{rel(s, slug)}"><img src="{(s.images[0].src if s.images else "/Images/no_image.jpg").lstrip("/")}" '
        f'width="420" height="280" alt="" /></a><div class="chu_slide"><a href="{rel(s, slug)}">{esc(s.title)}</a></div></li>'
        for s, slug in SLIDER
    )
    latest = "".join(
        f'<li><a href="{rel(s)}">{esc(s.title)}</a> <span class="ngay_moi">({us_date(s.opts["ngay"])})</span></li>'
        for s in newest(5)
    )
    boxes = []
    for cid in (12, 15):
        cat = CATS[cid]
        top = in_cat(cid)[:2]
        first = top[0]
        thumb = first.images[0].src.lstrip("/") if first.images else "Images/no_image.jpg"
        boxes.append(
            f"""<div class="khung_cm_tc"><div class="td_cm_tc"><a href="{cat.path[1:]}">{esc(cat.name)}</a></div>
<div class="tin_dau_cm"><a href="{rel(first)}"><img src="{thumb}" width="150" alt="" /></a>
<a href="{rel(first)}" class="ten_tin_dau">{esc(first.title)}</a>
<div>{esc(tomtat_of(first) or excerpt(first, 160))}</div></div>
<ul>{"".join(f'<li><a href="{rel(s)}">{esc(s.title)}</a></li>' for s in top[1:])}</ul></div>"""
        )
    main = f"""<div class="khung_noibat"><div class="td_noibat">TIN NỔI BẬT</div>
<ul id="slider_tin">{slides}</ul></div>
<div class="khung_moi"><div class="td_moi">TIN MỚI NHẤT</div><ul class="ds_moi">{latest}</ul></div>
{"".join(boxes)}"""
    body = master(
        request,
        action="Default.aspx",
        main=main,
        viewstate=make_viewstate("H", 0, 0),
        targets=[],
        **flags,
    )
    return html(body)


def simple_page(request: Request, action: str, main: str, kind: str = "S", key: int = 0) -> Response:
    flags: dict[str, bool] = {}
    if request.method == "POST":
        form = request.form
        if parse_viewstate(form.get("__VIEWSTATE")) is None:
            return error_redirect(request)
        answer, flags = _chrome_postback(form)
        if answer:
            return answer
        target = form.get("__EVENTTARGET", "")
        if target:
            if not validated(form.get("__EVENTVALIDATION"), target):
                return error_redirect(request)
            flags = {"poll_result": target == T_POLL_RESULT}
    return html(
        master(
            request,
            action=action,
            main=main,
            viewstate=make_viewstate(kind, key, 0),
            targets=[],
            **flags,
        )
    )


DOCS = [
    {
        "id": 61,
        "so": "498/PGDĐT-TH",
        "ngay": "10/11/2026",
        "loai": "Công văn",
        "trich_yeu": "V/v hướng dẫn triển khai học bạ số cấp Tiểu học năm học 2026 - 2027",
        "file": "CV_498_PGDDT_TH_hoc_ba_so.pdf",
        "slug": "cong-van-498-pgddt-th-huong-dan-trien-khai-hoc-ba-so",
    },
    {
        "id": 58,
        "so": "468/KH-PGDĐT",
        "ngay": "15/09/2026",
        "loai": "Kế hoạch",
        "trich_yeu": "Kế hoạch tổ chức các kỳ thi, hội thi năm học 2026 - 2027",
        "file": "KH_468_PGDDT_cac_ky_thi_2026_2027.pdf",
        "slug": "ke-hoach-468-kh-pgddt-to-chuc-cac-ky-thi-hoi-thi",
    },
]
for _d in DOCS:
    _d["rel"] = f"van-ban/{_d['slug']}-v{_d['id']}.aspx"

ALBUM_PATH = "/thu-vien-anh/le-ky-niem-ngay-nha-giao-viet-nam-20-11-2026-a14.aspx"
CONTACT_PATH = "/lien-he.aspx"


def docs_list(request: Request) -> Response:
    rows = "".join(
        f'<tr class="{"dong_le" if k % 2 else "dong_chan"}"><td>{k + 1}</td><td><a href="{d["rel"]}">{esc(d["so"])}</a></td>'
        f'<td>{d["ngay"]}</td><td>{esc(d["trich_yeu"])}</td>'
        f'<td><a href="Uploads/Files/{d["file"]}"><img src="Images/icon_pdf.gif" alt="Tải về" /></a></td></tr>'
        for k, d in enumerate(DOCS)
    )
    main = f"""<div class="duong_dan"><a href="Default.aspx">Trang chủ</a> » <a href="van-ban.aspx">Văn bản chỉ đạo</a></div>
<div class="khung_ds"><div class="td_khung_ds">VĂN BẢN CHỈ ĐẠO</div>
<table class="gv_vanban" cellspacing="0" rules="all" border="1" id="ctl00_cphMain_ucVanBan_gvVanBan" style="border-collapse:collapse;">
<tr><th scope="col">STT</th><th scope="col">Số/Ký hiệu</th><th scope="col">Ngày ban hành</th><th scope="col">Trích yếu</th><th scope="col">Tải về</th></tr>
{rows}</table></div>"""
    return simple_page(request, "VanBan.aspx", main, "V", 0)


def doc_page(request: Request, doc: dict) -> Response:
    main = f"""<div class="duong_dan"><a href="Default.aspx">Trang chủ</a> » <a href="van-ban.aspx">Văn bản chỉ đạo</a></div>
<div class="khung_ct_vb"><table class="tt_vanban" cellpadding="4" border="1" style="border-collapse:collapse;width:100%">
<tr><td class="nhan_vb">Số/Ký hiệu</td><td><span id="ctl00_cphMain_ucChiTietVB_lblSoKH">{esc(doc["so"])}</span></td></tr>
<tr><td class="nhan_vb">Loại văn bản</td><td>{esc(doc["loai"])}</td></tr>
<tr><td class="nhan_vb">Ngày ban hành</td><td>{doc["ngay"]}</td></tr>
<tr><td class="nhan_vb">Cơ quan ban hành</td><td>Phòng GD&amp;ĐT Tiên Du</td></tr>
<tr><td class="nhan_vb">Trích yếu</td><td><span id="ctl00_cphMain_ucChiTietVB_lblTrichYeu">{esc(doc["trich_yeu"])}</span></td></tr>
<tr><td class="nhan_vb">Người ký</td><td>Nguyễn Văn Thắng</td></tr>
<tr><td class="nhan_vb">Tệp đính kèm</td><td><a href="Uploads/Files/{doc["file"]}">{doc["file"]}</a></td></tr>
</table></div>"""
    return simple_page(request, f"ChiTietVanBan.aspx?id={doc['id']}", main, "V", doc["id"])


def albums(request: Request) -> Response:
    main = f"""<div class="duong_dan"><a href="Default.aspx">Trang chủ</a> » <a href="thu-vien-anh.aspx">Thư viện ảnh</a></div>
<div class="khung_ds"><div class="td_khung_ds">THƯ VIỆN ẢNH</div>
<div class="album"><a href="{ALBUM_PATH[1:]}"><img src="Uploads/Albums/14/bia.jpg" width="200" alt="" /></a><br />
<a href="{ALBUM_PATH[1:]}">Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026</a> (12 ảnh)</div></div>"""
    return simple_page(request, "ThuVienAnh.aspx", main, "T", 0)


def album(request: Request) -> Response:
    pics = "".join(
        f'<a href="Uploads/Albums/14/anh-{k:02d}.jpg" rel="lightbox[a14]"><img src="Uploads/Albums/14/thumb_anh-{k:02d}.jpg" width="150" alt="" /></a>'
        for k in range(1, 13)
    )
    main = f"""<div class="duong_dan"><a href="Default.aspx">Trang chủ</a> » <a href="thu-vien-anh.aspx">Thư viện ảnh</a></div>
<div class="khung_album"><div class="td_khung_ds">Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026</div>
<div class="ds_anh">{pics}</div></div>"""
    return simple_page(request, "ChiTietAlbum.aspx?id=14", main, "T", 14)


def contact(request: Request) -> Response:
    sent = request.method == "POST" and "ctl00$cphMain$ucLienHe$btnGui" in request.form
    note = '<div class="tb_gui">Cảm ơn bạn đã gửi liên hệ. Chúng tôi sẽ phản hồi sớm nhất!</div>' if sent else ""
    main = f"""<div class="duong_dan"><a href="Default.aspx">Trang chủ</a> » <a href="lien-he.aspx">Liên hệ</a></div>
<div class="khung_lienhe"><div class="td_khung_ds">LIÊN HỆ</div>
<p><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TIÊN DU</b><br />Địa chỉ: Đường Lý Thường Kiệt, thị trấn Lim, huyện Tiên Du, tỉnh Bắc Ninh<br />
Điện thoại: 0222.3838.221 - Email: pgdtiendu@bacninh.edu.vn</p>
{note}
<table class="form_lh"><tr><td>Họ và tên (*)</td><td><input name="ctl00$cphMain$ucLienHe$txtHoTen" type="text" /></td></tr>
<tr><td>Email (*)</td><td><input name="ctl00$cphMain$ucLienHe$txtEmail" type="text" /></td></tr>
<tr><td>Nội dung (*)</td><td><textarea name="ctl00$cphMain$ucLienHe$txtNoiDung" rows="6" cols="40"></textarea></td></tr>
<tr><td></td><td><input type="submit" name="ctl00$cphMain$ucLienHe$btnGui" value="Gửi liên hệ" /></td></tr></table></div>"""
    if sent:
        return html(master(request, action="LienHe.aspx", main=main, viewstate=make_viewstate("C", 0, 0), targets=[]))
    return simple_page(request, "LienHe.aspx", main, "C", 0)


def search(request: Request) -> Response:
    kw = request.params.get("tukhoa", "").strip()
    if not kw:
        found = '<div class="tb_tim">Vui lòng nhập từ khóa cần tìm.</div>'
    else:
        hits = [s for s in STORIES if kw.casefold() in s.title.casefold()]
        found = f'<div class="tb_tim">Tìm thấy {len(hits)} kết quả cho từ khóa "{esc(kw)}"</div><ul>' + "".join(
            f'<li><a href="{rel(s)}">{esc(s.title)}</a></li>' for s in hits
        ) + "</ul>"
    main = f"""<div class="duong_dan"><a href="Default.aspx">Trang chủ</a> » Tìm kiếm</div>
<div class="khung_ds"><div class="td_khung_ds">KẾT QUẢ TÌM KIẾM</div>{found}</div>"""
    return simple_page(request, "TimKiem.aspx?tukhoa=" + quote(kw), main, "K", 0)


def error_page(request: Request) -> Response:
    main = """<div class="khung_loi"><img src="Images/icon_loi.gif" alt="" />
<p><b>Đã có lỗi xảy ra trong quá trình xử lý yêu cầu của bạn.</b></p>
<p>Trang bạn yêu cầu tạm thời không thể hiển thị. Vui lòng quay lại <a href="Default.aspx">Trang chủ</a> hoặc thử lại sau.</p></div>"""
    return html(master(request, action="Loi.aspx", main=main, viewstate=make_viewstate("E", 0, 0), targets=[]))


def _file(path: str) -> Response | None:
    if path.lower().endswith(".pdf"):
        return Response(200, PDF, {"Content-Type": "application/pdf"})
    return static_file(path)


# --- routing ---------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^/tin-tuc/([a-z0-9-]+)-n(\d+)\.aspx$")
_CATEGORY = re.compile(r"^/tin-tuc/([a-z0-9-]+)-c(\d+)\.aspx$")
_DOC = re.compile(r"^/van-ban/([a-z0-9-]+)-v(\d+)\.aspx$")
_STATIC_PREFIXES = ("/Uploads/", "/Images/", "/App_Themes/", "/js/")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path in ("/", "/Default.aspx"):
            return home(request)
        m = _ARTICLE.match(path)
        if m:
            story = BY_ID.get(int(m.group(2)))
            return article(request, story) if story else None
        m = _CATEGORY.match(path)
        if m:
            cat = CATS.get(int(m.group(2)))
            return listing(request, cat) if cat else None
        if path == "/ChiTietTin.aspx":
            story = BY_ID.get(int(params["id"])) if params.get("id", "").isdigit() else None
            return article(request, story) if story else None
        if path == "/ChuyenMuc.aspx":
            cat = CATS.get(int(params["cid"])) if params.get("cid", "").isdigit() else None
            return listing(request, cat) if cat else None
        if path == "/InTin.aspx":
            story = BY_ID.get(int(params["id"])) if params.get("id", "").isdigit() else None
            return print_page(request, story) if story else None
        if path in ("/van-ban.aspx", "/VanBan.aspx"):
            return docs_list(request)
        m = _DOC.match(path)
        if m:
            doc = next((d for d in DOCS if d["id"] == int(m.group(2))), None)
            return doc_page(request, doc) if doc else None
        if path == "/ChiTietVanBan.aspx":
            doc = next((d for d in DOCS if str(d["id"]) == params.get("id")), None)
            return doc_page(request, doc) if doc else None
        if path in ("/thu-vien-anh.aspx", "/ThuVienAnh.aspx"):
            return albums(request)
        if path == ALBUM_PATH or (path == "/ChiTietAlbum.aspx" and params.get("id") == "14"):
            return album(request)
        if path in (CONTACT_PATH, "/LienHe.aspx"):
            return contact(request)
        if path in ("/tim-kiem.aspx", "/TimKiem.aspx"):
            return search(request)
        if path == "/Loi.aspx":
            return error_page(request)
        if path in ("/WebResource.axd", "/ScriptResource.axd"):
            return Response(200, b"/* WebForms script */", {"Content-Type": "application/x-javascript"})
        if path == "/favicon.ico":
            return static_file(path)
        if path.startswith(_STATIC_PREFIXES):
            return _file(path)
        return None


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------


def _alts(story: Story) -> list[str]:
    alts = []
    if story.opts.get("old_slug"):
        alts.append(f"/tin-tuc/{story.opts['old_slug']}-n{story.id}.aspx")
    if story in MOST_READ:
        alt = "/" + most_read_link(story)[1]
        if alt != path_of(story):
            alts.append(alt)
    alts += [f"/ChiTietTin.aspx?id={story.id}", f"/InTin.aspx?id={story.id}"]
    return alts


GOLD = [
    gold_record(s, path_of(s), s.cat, canonical_path=path_of(s), alt_paths=_alts(s), image_page="/")
    for s in STORIES
]

#: the pages a reader would call "not articles" (trap 12's intro pages among them)
NON_ARTICLES = [
    path_of(INTRO1),
    path_of(INTRO2),
    CONTACT_PATH,
    "/" + DOCS[0]["rel"],
    "/" + DOCS[1]["rel"],
    ALBUM_PATH,
]

#: the gold articles that only page 2+ of a listing prints (reached by postback only)
DEEP_ONLY = [path_of(A5), path_of(A6), path_of(A7)]
