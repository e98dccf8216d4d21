"""Trường Chính trị tỉnh Tuyên Quang on "SVPortal.NET 4.2", a Vietnamese vendor's ASP.NET portal.

Platform
--------
An ASP.NET 2.0/4.0 Web Forms government-portal product of the 2010s sold by a provincial software
house ("Công ty CP Công nghệ Tin học Sao Việt", product SVPortal.NET). One page template
(``Default.aspx``) hosts *tabs* (``tabid=NN``), each a skin with panes (LeftPane, ContentPane,
RightPane) holding modules in boxed containers (``khung_module`` / ``tieude_khung``). The whole
page is one ``<form method="post">`` with ``__VIEWSTATE``; buttons are ``__doPostBack`` links.
Ids are the numbered ``ctl00_ContentPane_ctl01_lblTieuDe`` kind. Every page has the same
``<title>`` (the school's name): the vendor never filled it per article.

URL scheme
----------
- ``/Default.aspx``                                   home (tabid=1); ``/`` answers 302 to it
- ``/Default.aspx?tabid=58&CatID=1``                  listing of a category ("Chuyên mục")
- ``/Default.aspx?tabid=58&CatID=1&Page=2``           its page 2 (numbered pager, real hrefs)
- ``/Default.aspx?tabid=58&ItemID=1247``              article in its category's tab (canonical)
- ``/Default.aspx?tabid=1&ItemID=1247``               the same article opened from the home
  tab's "Tin mới" module (same page, same breadcrumb)
- ``/Default.aspx?tabid=58&CatID=1&ItemID=1247``      the same, as the "Tin mới hơn / Tin cũ
  hơn" block under news articles links it
- ``/(S(5xqmh2uzlb0wkd3avrjc1ney))/Default.aspx?...`` cookieless-session form of any URL (the
  home page's "Tiêu điểm" slider prints it)
- ``/Modules/TinTuc/InTin.aspx?ItemID=1247``          print view (opened by ``window.open``)
- ``/Default.aspx?tabid=52`` / ``53`` / ``80``        intro, organisation, contact (static tabs)
- ``/Default.aspx?tabid=64[&DocID=N]``                documents ("Văn bản") list and entries
- ``/Default.aspx?tabid=75[&AlbumID=N]``, ``tabid=76[&VideoID=N]``  photo albums, videos
- IIS is case-insensitive: ``/default.aspx?TabID=58&itemid=1229`` (typed in an article) works.
- Images ``/UploadFiles/Images/yyyy/mm/dd/*.jpg``; thumbnails ``/UploadFiles/TinTuc/Thumbs/``;
  skin ``/Portals/0/Skins/TCT_Xanh/``; ``WebResource.axd`` / ``ScriptResource.axd`` scripts.

Page templates
--------------
- Chrome: banner with today's date "Thứ Bảy, 05/12/2026"; horizontal menu whose parents are
  ``javascript:void(0)`` with drop-down ``<ul>`` children; breadcrumb ``Trang chủ » tab » cat``;
  LeftPane (vertical menu, "Thông báo" marquee with notice titles, "Văn bản mới"); RightPane
  ("Xem nhiều nhất", photo/video boxes, website links ``<select>``, poll, visitor counter);
  footer with address, phone, email, licence, copyright and the vendor's name.
- News article (tabs 58 and 60): ``lblTieuDe`` headline, date line "Ngày đăng: 04/12/2026
  2:30:00 CH | Lượt xem | Người đăng: tct_bientap", A-/A+/print/email tools, ``lblMoTa`` sapo
  (bold, own element; empty span when there is none), ``divNoiDung`` body with the byline as the
  last right-aligned paragraph, attachment box, share buttons, the "Tin mới hơn / Tin cũ hơn"
  block (tab 58) or "Các thông báo khác" (tab 60), reader comments ("Ý kiến bạn đọc") and a
  comment form.
- Research article (tab 62, other module "NCKH"): date "01/12/2026 07:45" without a label, an
  author box (degree, name, unit) above the text, a bold sapo box (``nckh_sapo``), the text,
  and "Bài viết mới đăng" (the category's three newest).
- Listings: tab 58/60 items with thumbnail, title, "(dd/mm/yyyy)", teaser, "Chi tiết »"; four
  per page in "Hoạt động của Nhà trường", ten elsewhere; tab 62 is a table (three per page)
  with author lines. Pager "Trang: 1 2" with hrefs ``&Page=N``.
- Print view: bare page, ``onload="window.print()"``, title, date, sapo, text, byline.

How each gold article is reached
--------------------------------
Menu -> category listing -> article. "Hoạt động của Nhà trường" (CatID=1) lists 1247, 1243,
1236, 1229 on page 1 and 1214 only on page 2 (also reachable by walking "Tin cũ hơn");
"Công tác Đảng - Đoàn thể" (CatID=2): 1240, 1221; "Thông báo" (tab 60, CatID=4): 1245, 1232;
"Nghiên cứu - Trao đổi" (tab 62, CatID=7): 1242, 1234, 1225 on page 1, 1211 **only** on page
2 (the research module has no older/newer block and its "Bài viết mới đăng" shows the
category's three newest). The home page links the five newest with ``tabid=1`` and three in
the slider with a session prefix.

Traps
-----
1. Cookieless session URLs: the home slider prints ``/(S(5xqmh2uzlb0wkd3avrjc1ney))/Default.aspx
   ?tabid=58&ItemID=…``; the server answers any such prefix with the same page. Gold: one record
   per article at its canonical path; session forms are in ``alt_paths``.
2. One article, four query forms: category tab (canonical), home tab ``tabid=1``, the older/newer
   block's ``&CatID=N&ItemID=``, and a lower-case ``/default.aspx?TabID=58&itemid=1229`` typed in
   a "Xem thêm" line; plus the print view. No ``rel=canonical`` is printed. Gold: canonical =
   ``/Default.aspx?tabid=<cat tab>&ItemID=N``; the others in ``alt_paths``.
3. ``<title>`` is the school's name on every page and there is no og:title; the headline is a
   ``<span id="…lblTieuDe">``. Gold title: that span's text.
4. Dates in the server's vi-VN culture, 12-hour with "SA"/"CH": "2:30:00 CH" is 14:30,
   "12:15:00 CH" is 12:15 (noon), "12:00:00 SA" is midnight -> the day alone ("2026-11-19").
   One article also prints "Cập nhật: 12/11/2026 10:47:00 SA" (not the publication date); the
   header's today and dates in a schedule table are not it either; research pages print a bare
   24-hour "01/12/2026 07:45".
5. A party-style official notice (1245): letterhead "TỈNH ỦY TUYÊN QUANG / TRƯỜNG CHÍNH TRỊ /
   Số 214-TB/TCT | ĐẢNG CỘNG SẢN VIỆT NAM / Tuyên Quang, ngày 30 tháng 11 năm 2026" (not the
   CHXHCNVN motto), "THÔNG BÁO" + subject, "Nơi nhận" and "K/T HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG
   … Lê Thị Hải Yến". Page date line says 01/12/2026 8:05:00 SA. Gold: date "2026-11-30", author
   "Lê Thị Hải Yến", letterhead/kind/subject/closing not body, attachment line not body.
6. Chrome that reads like content inside the article module: "Tin mới hơn / Tin cũ hơn" lists
   with dates, "Các thông báo khác", "Bài viết mới đăng", a reader comment ("Ý kiến bạn đọc
   (1)") with its text, the "Thông báo" marquee in the LeftPane, "Người đăng: tct_bientap".
   None is body; the CMS account is nobody.
7. Text as editors pasted it: one article (1236) stored in decomposed Unicode (Unikey "tổ hợp")
   -> gold NFC; one (1229) written with FCKeditor entities (``&#7889;``, ``&agrave;``); one
   (1240) pasted from Word with ``mso-list:Ignore`` bullets (no text) next to paragraphs where the
   editor typed "- " (text).
8. Bylines in many shapes: "Tin, ảnh: Minh Thu" (author and photographer), "Tin: Hoàng Anh -
   Ảnh: Đức Thịnh", a bare right-aligned "Văn Long", "Phương Linh - Phòng Tổ chức - Hành chính"
   (unit dropped), "ThS. Nguyễn Thị Thanh Huyền, Bí thư Chi bộ …" (degree and post dropped), units
   signing alone ("Công đoàn Trường", "PHÒNG QUẢN LÝ ĐÀO TẠO" as printed), research author boxes
   "TS. Phạm Văn Hùng - ThS. Lương Thị Mai" (two authors), "NCS. Hà Văn Quyết"; a reprint closing
   "(Theo Báo Tuyên Quang điện tử)" -> source; "Theo chương trình, …" in the text is text.
9. Captions: a two-row image table (caption row), an italic line in parentheses under the photo
   (parentheses dropped), a right-aligned "Ảnh: Thu Hà" credit (caption None, photographer), a
   chart with only an ``alt`` (caption None). Listing thumbnails and the slider's large
   thumbnails are not article images.
10. Footnotes: 1242 prints bracket calls "[1]" linked to its "Tài liệu tham khảo" (calls stay,
    notes are body); 1234 prints bare ``<sup><a>1</a></sup>`` calls (dropped: "Đại hội XIV của
    Đảng", not "XIV3") and a "Chú thích:" list (body).
11. Discovery: menu parents are ``javascript:void(0)``; the print link is ``window.open``; the
    last research article is only on page 2 of its listing.

Gold decisions on ambiguous points
----------------------------------
- category = the breadcrumb's last item ("Hoạt động của Nhà trường", "Công tác Đảng - Đoàn
  thể", "Thông báo", "Nghiên cứu - Trao đổi"; the research module's box title "Bài viết nghiên
  cứu" is not it).
- The research sapo box (``nckh_sapo``) is a sapo printed as its own element -> summary. 1225
  has an empty box and a bold first paragraph -> that paragraph is the summary. 1211 and the
  notices have none -> null (the meta description is not a sapo).
- The research author box's second line (the unit) is no author.
- Table rows of 1232's schedule are paragraphs, cells joined by " | ", header row included.
- "Xem thêm: <link>" in 1243 is not body; the right-aligned byline/source lines are not body.
- Note entries of 1234 ("1. Quyết định số …") are printed as text with a typed number: kept.
- A "<br>" inside a paragraph of the notice ("Thời gian học…<br>Địa điểm…") splits it in two.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
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

NAME = "vendor_tabid_tct"
PLATFORM = "SVPortal.NET (ASP.NET Web Forms vendor portal, Default.aspx?tabid=NN&ItemID=NNN)"
START_PATH = "/Default.aspx"

SCHOOL = "Trường Chính trị tỉnh Tuyên Quang"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
SESSION = "(S(5xqmh2uzlb0wkd3avrjc1ney))"

# CatID -> (name, tabid, tab name, page size)
CATS: dict[int, tuple[str, int, str, int]] = {
    1: ("Hoạt động của Nhà trường", 58, "Tin tức - Sự kiện", 4),
    2: ("Công tác Đảng - Đoàn thể", 58, "Tin tức - Sự kiện", 10),
    4: ("Thông báo", 60, "Đào tạo - Bồi dưỡng", 10),
    5: ("Chương trình đào tạo", 60, "Đào tạo - Bồi dưỡng", 10),
    7: ("Nghiên cứu - Trao đổi", 62, "Nghiên cứu - Trao đổi", 3),
}
TABS = {58: "Tin tức - Sự kiện", 60: "Đào tạo - Bồi dưỡng", 62: "Nghiên cứu - Trao đổi"}


def _tbl(src: str, printed: str | None, caption: str | None) -> Img:
    return Img(src, printed, caption, "tbl")


def _pcap(src: str, printed: str, caption: str | None) -> Img:
    return Img(src, printed, caption, "pcap")


# --- the articles ----------------------------------------------------------------------------

A1 = Story(
    id=1247,
    slug="khai-giang-tc-son-duong",
    title="Khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 2026 - 2028 tại xã Sơn Dương",
    cat="1",
    published_at="2026-12-04T14:30:00+07:00",
    summary=(
        "Sáng 04/12, Trường Chính trị tỉnh Tuyên Quang tổ chức khai giảng lớp Trung cấp lý luận "
        "chính trị hệ không tập trung khóa 2026 - 2028 cho 86 học viên là cán bộ, công chức các "
        "xã Sơn Dương, Hồng Lạc, Phú Lương và Tân Trào."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Dự lễ khai giảng có đồng chí Nguyễn Văn Thắng, Tỉnh ủy viên, Hiệu trưởng Trường Chính "
            "trị tỉnh; đại diện lãnh đạo Đảng ủy, HĐND, UBND xã Sơn Dương cùng các phòng, khoa "
            "chuyên môn của Nhà trường."
        ),
        _tbl(
            "/UploadFiles/Images/2026/12/04/khaigiang-tc-sonduong-01.jpg",
            "Đồng chí Nguyễn Văn Thắng, Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
            "Đồng chí Nguyễn Văn Thắng, Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
        ),
        P(
            "Phát biểu khai giảng, đồng chí Hiệu trưởng nhấn mạnh: lớp học được tổ chức theo Kế "
            "hoạch đào tạo năm 2026 của Ban Thường vụ Tỉnh ủy, nhằm trang bị kiến thức lý luận "
            "chính trị, quản lý nhà nước cho đội ngũ cán bộ cơ sở sau khi sắp xếp tổ chức bộ máy "
            "chính quyền địa phương hai cấp."
        ),
        P(
            "Theo chương trình, trong thời gian 18 tháng, học viên sẽ được học tập 5 phần học với "
            "20 học phần, gồm: Những vấn đề cơ bản về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh; "
            "Những vấn đề cơ bản về Đảng Cộng sản và lịch sử Đảng Cộng sản Việt Nam; Những vấn đề "
            "cơ bản về hệ thống chính trị, Nhà nước và pháp luật; Quản lý hành chính nhà nước và "
            "kỹ năng lãnh đạo, quản lý; Tình hình, nhiệm vụ của tỉnh và xã."
        ),
        P(
            "Đồng chí đề nghị học viên nghiêm túc chấp hành quy chế học tập, phát huy tinh thần tự "
            "học, tích cực nghiên cứu, liên hệ thực tiễn địa phương; đồng thời đề nghị Đảng ủy xã "
            "Sơn Dương quan tâm bố trí thời gian, tạo điều kiện về cơ sở vật chất để lớp học đạt "
            "kết quả cao nhất."
        ),
        _tbl(
            "/UploadFiles/Images/2026/12/04/khaigiang-tc-sonduong-02.jpg",
            "Các học viên lớp Trung cấp lý luận chính trị khóa 2026 - 2028 tại buổi khai giảng",
            "Các học viên lớp Trung cấp lý luận chính trị khóa 2026 - 2028 tại buổi khai giảng",
        ),
        P(
            "Thay mặt học viên, đồng chí Ma Thị Hằng, lớp trưởng, hứa sẽ chấp hành nghiêm nội quy, "
            "quy chế, hoàn thành tốt chương trình khóa học."
        ),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Minh Thu</strong></p>'),
    ],
    authors=["Minh Thu"],
    photographers=["Minh Thu"],
    opts={"printed_date": "04/12/2026 2:30:00 CH"},
)

A2 = Story(
    id=1243,
    slug="hoi-thao-chuyen-doi-so",
    title=(
        "Hội thảo khoa học “Nâng cao chất lượng giảng dạy các môn lý luận chính trị trong bối "
        "cảnh chuyển đổi số”"
    ),
    cat="1",
    published_at="2026-12-02T12:15:00+07:00",
    summary=(
        "Ngày 02/12, Trường Chính trị tỉnh tổ chức Hội thảo khoa học cấp trường với chủ đề “Nâng "
        "cao chất lượng giảng dạy các môn lý luận chính trị trong bối cảnh chuyển đổi số”. Đồng "
        "chí Trần Thị Thu Hương, Phó Hiệu trưởng chủ trì Hội thảo."
    ),
    sapo_outside=True,
    blocks=[
        _pcap("/UploadFiles/Images/2026/12/02/hoithao-cds-01.jpg", "(Quang cảnh Hội thảo)", "Quang cảnh Hội thảo"),
        P(
            "Hội thảo nhận được 24 bài tham luận của cán bộ, giảng viên các khoa, phòng trong Nhà "
            "trường và giảng viên kiêm chức của các cơ quan trong tỉnh. Các tham luận tập trung làm "
            "rõ thực trạng ứng dụng công nghệ thông tin trong giảng dạy; kinh nghiệm xây dựng bài "
            "giảng điện tử, học liệu số; việc sử dụng phần mềm quản lý đào tạo và tổ chức kiểm "
            "tra, đánh giá trực tuyến."
        ),
        P(
            "Tại Hội thảo, các đại biểu đã thảo luận, đề xuất nhiều giải pháp, trong đó tập trung "
            "vào ba nhóm vấn đề chính:"
        ),
        P("Đẩy mạnh bồi dưỡng kỹ năng số cho đội ngũ giảng viên;", "li"),
        P("Xây dựng kho học liệu số dùng chung cho các lớp Trung cấp lý luận chính trị;", "li"),
        P(
            "Hoàn thiện hạ tầng kỹ thuật, phòng học thông minh phục vụ giảng dạy kết hợp trực tiếp "
            "và trực tuyến.",
            "li",
        ),
        _pcap(
            "/UploadFiles/Images/2026/12/02/hoithao-cds-02.jpg",
            "Đồng chí Hoàng Minh Đức, Trưởng khoa Lý luận cơ sở trình bày tham luận tại Hội thảo",
            "Đồng chí Hoàng Minh Đức, Trưởng khoa Lý luận cơ sở trình bày tham luận tại Hội thảo",
        ),
        P(
            "Kết luận Hội thảo, đồng chí Phó Hiệu trưởng đánh giá cao chất lượng các bài tham luận "
            "và ý kiến thảo luận; giao Phòng Quản lý khoa học - Thông tin tư liệu tổng hợp, biên "
            "tập các tham luận để xuất bản kỷ yếu, đồng thời tham mưu Ban Giám hiệu ban hành kế "
            "hoạch chuyển đổi số trong hoạt động đào tạo giai đoạn 2027 - 2030."
        ),
        Raw(
            '<p><em>Xem thêm: </em><a href="/default.aspx?TabID=58&amp;itemid=1229">Thi giảng '
            "viên dạy giỏi cấp trường năm 2026: 14 giảng viên tham gia</a></p>"
        ),
        Raw('<p style="text-align: right;"><strong>Tin: Hoàng Anh - Ảnh: Đức Thịnh</strong></p>'),
    ],
    authors=["Hoàng Anh"],
    photographers=["Đức Thịnh"],
    opts={
        "printed_date": "02/12/2026 12:15:00 CH",
        "comments": [
            (
                "Nguyễn Văn Hải",
                "03/12/2026 7:52:00 SA",
                "Hội thảo rất thiết thực. Đề nghị Nhà trường sớm đưa kho học liệu số lên Cổng "
                "thông tin để học viên các lớp ở xa tiện tra cứu.",
            )
        ],
    },
)

A3 = Story(
    id=1236,
    slug="hvct-kv1-lam-viec",
    title="Đoàn công tác Học viện Chính trị khu vực I làm việc với Trường Chính trị tỉnh",
    cat="1",
    published_at="2026-11-27T09:40:00+07:00",
    summary=(
        "Ngày 26/11, Đoàn công tác Học viện Chính trị khu vực I do PGS.TS Lê Văn Cường, Phó Giám "
        "đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị tỉnh về công tác "
        "phối hợp mở lớp Cao cấp lý luận chính trị tại địa phương."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Báo cáo với Đoàn công tác, đồng chí Nguyễn Văn Thắng, Hiệu trưởng Nhà trường cho biết: "
            "từ năm 2020 đến nay, Trường đã phối hợp với Học viện tổ chức 6 lớp Cao cấp lý luận "
            "chính trị hệ không tập trung với 612 học viên; công tác quản lý lớp học, bảo đảm cơ sở "
            "vật chất, ký túc xá được thực hiện nền nếp, đúng quy định."
        ),
        Img(
            "/UploadFiles/Images/2026/11/27/hvctkv1-lamviec.jpg",
            "Đồng chí Phó Giám đốc Học viện Chính trị khu vực I phát biểu tại buổi làm việc",
            "Đồng chí Phó Giám đốc Học viện Chính trị khu vực I phát biểu tại buổi làm việc",
            "center",
        ),
        P(
            "Phát biểu tại buổi làm việc, đồng chí Phó Giám đốc Học viện ghi nhận sự phối hợp chặt "
            "chẽ, trách nhiệm của Trường Chính trị tỉnh; đề nghị Nhà trường tiếp tục quan tâm công "
            "tác quản lý học viên, tăng cường ứng dụng công nghệ thông tin trong quản lý đào tạo, "
            "chuẩn bị tốt các điều kiện để khai giảng lớp Cao cấp lý luận chính trị khóa 2027 - "
            "2028 vào quý I năm 2027."
        ),
        P(
            "Dịp này, hai bên đã trao đổi, thống nhất một số nội dung về phối hợp tổ chức nghiên "
            "cứu thực tế, bồi dưỡng chuyên môn cho giảng viên và liên kết thực hiện đề tài khoa học "
            "cấp cơ sở."
        ),
        Raw('<p align="right"><b>{Văn Long}</b></p>'),
    ],
    authors=["Văn Long"],
    opts={"printed_date": "27/11/2026 9:40:00 SA", "nfd": True},
)

A4 = Story(
    id=1229,
    slug="thi-gvdg-cap-truong-2026",
    title="Thi giảng viên dạy giỏi cấp trường năm 2026: 14 giảng viên tham gia",
    cat="1",
    published_at="2026-11-19",
    summary=(
        "Từ ngày 16 đến 18/11, Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi cấp "
        "trường năm 2026 nhằm chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - "
        "20/11/2026)."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tham gia Hội thi có 14 giảng viên thuộc 4 khoa chuyên môn. Mỗi giảng viên trình bày một "
            "bài giảng lý thuyết trên lớp trong thời gian 45 phút và trả lời câu hỏi của Ban Giám "
            "khảo về nội dung, phương pháp giảng dạy."
        ),
        Img("/UploadFiles/Images/2026/11/19/thi-gvdg-2026.jpg", "Ảnh: Thu Hà", None, "credit"),
        P(
            "Qua 3 ngày thi, Ban Giám khảo đánh giá các bài giảng có nội dung bám sát chương trình, "
            "cập nhật kịp thời các quan điểm mới trong văn kiện Đại hội Đảng các cấp; nhiều giảng "
            "viên đã vận dụng linh hoạt phương pháp thảo luận nhóm, nêu vấn đề, tình huống quản "
            "lý, kết hợp trình chiếu sinh động."
        ),
        P(
            "Kết quả, Ban Tổ chức đã trao 2 giải Nhất, 3 giải Nhì, 4 giải Ba và 5 giải Khuyến "
            "khích. Các giảng viên đạt giải Nhất sẽ được Nhà trường lựa chọn tham dự Hội thi giảng "
            "viên dạy giỏi toàn quốc năm 2027."
        ),
        Raw('<p style="text-align: right;"><strong>{Phương Linh}</strong> - {Phòng Tổ chức - Hành chính}</p>'),
    ],
    authors=["Phương Linh"],
    photographers=["Thu Hà"],
    opts={"printed_date": "19/11/2026 12:00:00 SA", "entities": 1},
)

A5 = Story(
    id=1214,
    slug="be-giang-ket-nap-dang-khoa-iii",
    title="Bế giảng lớp Bồi dưỡng kết nạp đảng viên mới khóa III năm 2026",
    cat="1",
    published_at="2026-10-28T15:05:00+07:00",
    summary=(
        "Chiều 27/10, Trường Chính trị tỉnh phối hợp với Đảng ủy các cơ quan Đảng tỉnh tổ chức bế "
        "giảng lớp Bồi dưỡng lý luận chính trị dành cho đối tượng kết nạp Đảng khóa III năm 2026."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Sau 6 ngày học tập, 73 học viên đã được nghiên cứu, tìm hiểu những nội dung cơ bản về "
            "chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh; Cương lĩnh, Điều lệ Đảng; mục tiêu, lý "
            "tưởng của Đảng và trách nhiệm, nhiệm vụ của người đảng viên."
        ),
        P(
            "Kết thúc khóa học, 100% học viên viết bài thu hoạch đạt yêu cầu, trong đó 41 học viên "
            "đạt loại giỏi, 32 học viên đạt loại khá."
        ),
        _tbl(
            "/UploadFiles/Images/2026/10/28/begiang-ketnapdang.jpg",
            "Trao giấy chứng nhận cho các học viên hoàn thành khóa học",
            "Trao giấy chứng nhận cho các học viên hoàn thành khóa học",
        ),
        P(
            "Phát biểu bế giảng, đại diện lãnh đạo Nhà trường đề nghị các học viên tiếp tục tu "
            "dưỡng, rèn luyện, phấn đấu sớm trở thành đảng viên Đảng Cộng sản Việt Nam."
        ),
        Raw('<p style="text-align: right;"><b>Thanh Phúc</b></p>'),
        Raw('<p style="text-align: right;"><em>(Theo Báo Tuyên Quang điện tử)</em></p>'),
    ],
    authors=["Thanh Phúc"],
    source="Báo Tuyên Quang điện tử",
    opts={"printed_date": "28/10/2026 3:05:00 CH"},
)

B1 = Story(
    id=1240,
    slug="chi-bo-khoa-xdd-sinh-hoat-chuyen-de",
    title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
    cat="2",
    published_at="2026-11-30T16:20:00+07:00",
    blocks=[
        P(
            "Thực hiện Kế hoạch số 45-KH/ĐU ngày 15/01/2026 của Đảng ủy Trường Chính trị tỉnh về "
            "sinh hoạt chuyên đề năm 2026, ngày 28/11, Chi bộ Khoa Xây dựng Đảng đã tổ chức sinh "
            "hoạt chuyên đề quý IV với chủ đề “Nâng cao chất lượng sinh hoạt chi bộ gắn với thực "
            "hiện Quy định số 144-QĐ/TW của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán "
            "bộ, đảng viên trong giai đoạn mới”.",
            "msop",
        ),
        P("Tại buổi sinh hoạt, các đảng viên đã tập trung thảo luận, làm rõ các nội dung:", "msop"),
        P(
            "Những chuẩn mực đạo đức cách mạng: trung thành, gương mẫu, liêm chính, đoàn kết, kỷ "
            "luật;",
            "mso",
        ),
        P(
            "Thực trạng chất lượng sinh hoạt chi bộ thời gian qua, những ưu điểm, hạn chế và nguyên "
            "nhân;",
            "mso",
        ),
        P(
            "Giải pháp nâng cao tính lãnh đạo, tính giáo dục, tính chiến đấu trong sinh hoạt chi "
            "bộ.",
            "mso",
        ),
        P(
            "Kết thúc buổi sinh hoạt, Chi bộ thống nhất một số nhiệm vụ trọng tâm trong thời gian "
            "tới:",
            "msop",
        ),
        P(
            "- Mỗi đảng viên xây dựng kế hoạch tu dưỡng, rèn luyện gắn với vị trí việc làm, đăng ký "
            "ít nhất một việc làm cụ thể;",
            "msop",
        ),
        P(
            "- Đổi mới nội dung sinh hoạt chi bộ theo hướng lựa chọn vấn đề thiết thực, gắn với "
            "nhiệm vụ chuyên môn của Khoa.",
            "msop",
        ),
        Raw(
            '<p class="MsoNormal" align="right" style="text-align:right;line-height:150%"><b>'
            '<span lang="VI" style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New '
            'Roman&quot;,serif">ThS. Nguyễn Thị Thanh Huyền, Bí thư Chi bộ Khoa Xây dựng Đảng'
            "<o:p></o:p></span></b></p>"
        ),
    ],
    authors=["Nguyễn Thị Thanh Huyền"],
    opts={"printed_date": "30/11/2026 4:20:00 CH"},
)

B2 = Story(
    id=1221,
    slug="bong-chuyen-hoi-20-11",
    title="Công đoàn Trường tổ chức giải bóng chuyền hơi chào mừng Ngày Nhà giáo Việt Nam 20/11",
    cat="2",
    published_at="2026-11-08T08:00:00+07:00",
    summary=(
        "Nhằm thiết thực chào mừng 44 năm Ngày Nhà giáo Việt Nam, từ ngày 05 - 07/11, Công đoàn "
        "Trường Chính trị tỉnh tổ chức giải bóng chuyền hơi nam, nữ năm 2026."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Giải đấu thu hút 6 đội bóng đến từ các khoa, phòng với gần 80 vận động viên tham gia. "
            "Các trận đấu diễn ra sôi nổi, hấp dẫn, thể hiện tinh thần đoàn kết, giao lưu, học hỏi "
            "giữa cán bộ, giảng viên, nhân viên trong Nhà trường."
        ),
        _pcap(
            "/UploadFiles/Images/2026/11/08/bongchuyenhoi-ck.jpg",
            "(Trận chung kết giữa đội Khoa Lý luận cơ sở và đội Phòng Tổ chức - Hành chính)",
            "Trận chung kết giữa đội Khoa Lý luận cơ sở và đội Phòng Tổ chức - Hành chính",
        ),
        P(
            "Kết quả chung cuộc: giải Nhất thuộc về đội Khoa Lý luận cơ sở; giải Nhì thuộc về đội "
            "Phòng Tổ chức - Hành chính; đồng giải Ba thuộc về đội Khoa Dân vận và đội Khoa Nhà "
            "nước và Pháp luật."
        ),
        P(
            "Ban Tổ chức cũng trao giải Phong cách cho đội Phòng Quản lý đào tạo và giải Vận động "
            "viên xuất sắc cho đồng chí Hà Thị Ngọc Ánh, Khoa Lý luận cơ sở."
        ),
        Raw('<p style="text-align: right;"><strong>Công đoàn Trường</strong></p>'),
    ],
    authors=["Công đoàn Trường"],
    opts={"printed_date": "08/11/2026 8:00:00 SA", "updated": "12/11/2026 10:47:00 SA"},
)

_LETTERHEAD = """<table border="0" cellpadding="0" cellspacing="0" style="width:100%">
<tbody><tr>
<td style="width:45%;text-align:center;vertical-align:top"><span style="font-size:13px">TỈNH ỦY TUYÊN QUANG</span><br />
<strong>TRƯỜNG CHÍNH TRỊ</strong><br />*<br />Số 214-TB/TCT</td>
<td style="text-align:center;vertical-align:top"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong><br />
&nbsp;<br /><em>Tuyên Quang, ngày 30 tháng 11 năm 2026</em></td>
</tr></tbody></table>
<p style="text-align:center">&nbsp;</p>
<p style="text-align:center"><strong>THÔNG BÁO</strong><br />
<strong>Chiêu sinh lớp Trung cấp lý luận chính trị hệ tập trung năm 2027</strong></p>
<p style="text-align:center">-----</p>"""

_CLOSING = """<table border="0" cellpadding="0" cellspacing="0" style="width:100%">
<tbody><tr>
<td style="width:50%;vertical-align:top"><strong><em>Nơi nhận:</em></strong><br />
<span style="font-size:12px">- Ban Tổ chức Tỉnh ủy (b/c);<br />
- Các đảng bộ trực thuộc Tỉnh ủy;<br />
- Các sở, ban, ngành, đoàn thể tỉnh;<br />
- Lưu VP, Phòng QLĐT.</span></td>
<td style="text-align:center;vertical-align:top"><strong>K/T HIỆU TRƯỞNG<br />PHÓ HIỆU TRƯỞNG</strong><br />
<br /><em>(Đã ký)</em><br /><br /><strong>Lê Thị Hải Yến</strong></td>
</tr></tbody></table>"""

C1 = Story(
    id=1245,
    slug="thong-bao-chieu-sinh-tc-tap-trung-2027",
    title="Thông báo chiêu sinh lớp Trung cấp lý luận chính trị hệ tập trung năm 2027",
    cat="4",
    published_at="2026-11-30",
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Quyết định số 1548-QĐ/TU ngày 20/10/2026 của Ban Thường vụ Tỉnh ủy về việc giao "
            "chỉ tiêu đào tạo, bồi dưỡng cán bộ năm 2027;"
        ),
        P(
            "Trường Chính trị tỉnh Tuyên Quang thông báo chiêu sinh lớp Trung cấp lý luận chính trị "
            "hệ tập trung năm 2027, cụ thể như sau:"
        ),
        P("1. Đối tượng, tiêu chuẩn", "b"),
        P(
            "Cán bộ, công chức, viên chức đang công tác tại các cơ quan, đơn vị trong hệ thống "
            "chính trị của tỉnh được cơ quan có thẩm quyền cử đi học, đáp ứng tiêu chuẩn theo Quy "
            "định số 57-QĐ/TW ngày 08/02/2022 của Bộ Chính trị và Hướng dẫn số 12-HD/BTCTW của Ban "
            "Tổ chức Trung ương."
        ),
        P("2. Thời gian, địa điểm học", "b"),
        P("Thời gian học: 8 tháng, dự kiến khai giảng vào ngày 05/01/2027."),
        P(
            "Địa điểm: Trường Chính trị tỉnh Tuyên Quang, đường Lê Lợi, phường Minh Xuân, tỉnh "
            "Tuyên Quang.",
            "br",
        ),
        P("3. Hồ sơ và thời hạn nộp hồ sơ", "b"),
        P(
            "Hồ sơ gồm: Quyết định cử đi học; bản sao bằng tốt nghiệp chuyên môn; Phiếu đảng viên "
            "(đối với đảng viên); 02 ảnh 3x4."
        ),
        P(
            "Hồ sơ nộp về Phòng Quản lý đào tạo, Trường Chính trị tỉnh trước ngày 25/12/2026. Mọi "
            "chi tiết xin liên hệ số điện thoại 0207.3822.517 (trong giờ hành chính)."
        ),
        Raw(_CLOSING),
    ],
    authors=["Lê Thị Hải Yến"],
    opts={
        "printed_date": "01/12/2026 8:05:00 SA",
        "files": [("TB_214_chieu_sinh_TC_tap_trung_2027.pdf", "186 KB")],
    },
)

C2 = Story(
    id=1232,
    slug="lich-thi-tot-nghiep-tc-chiem-hoa",
    title="Lịch thi tốt nghiệp lớp Trung cấp lý luận chính trị khóa 2025 - 2026 tại xã Chiêm Hóa",
    cat="4",
    published_at="2026-11-24T10:00:00+07:00",
    blocks=[
        P(
            "Phòng Quản lý đào tạo thông báo lịch thi tốt nghiệp lớp Trung cấp lý luận chính trị hệ "
            "không tập trung khóa 2025 - 2026 mở tại xã Chiêm Hóa như sau:"
        ),
        P("TT | Ngày thi | Nội dung thi | Hình thức | Thời gian", "rowh"),
        P(
            "1 | 07/12/2026 | Môn Những vấn đề cơ bản về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí "
            "Minh | Viết | 180 phút",
            "row",
        ),
        P(
            "2 | 08/12/2026 | Môn Tổng hợp (Đường lối, Nhà nước và pháp luật, Quản lý hành chính "
            "nhà nước) | Viết | 180 phút",
            "row",
        ),
        P("3 | 09/12/2026 | Xét duyệt kết quả thi, tổng kết khóa học | - | Buổi sáng", "row"),
        P(
            "Thời gian bắt đầu làm bài: buổi sáng từ 7 giờ 30 phút. Học viên có mặt tại phòng thi "
            "trước giờ thi 15 phút, mang theo thẻ học viên hoặc căn cước để đối chiếu."
        ),
        P(
            "Đề nghị học viên nghiêm túc thực hiện lịch thi; trường hợp vắng thi phải có lý do "
            "chính đáng và được sự đồng ý của Ban Giám hiệu."
        ),
        Raw('<p style="text-align: right;"><strong>PHÒNG QUẢN LÝ ĐÀO TẠO</strong></p>'),
    ],
    authors=["PHÒNG QUẢN LÝ ĐÀO TẠO"],
    opts={"printed_date": "24/11/2026 10:00:00 SA"},
)

D1 = Story(
    id=1242,
    slug="tu-tuong-hcm-danh-gia-can-bo",
    title="Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong đánh giá cán bộ cấp xã hiện nay",
    cat="7",
    published_at="2026-12-01T07:45:00+07:00",
    summary=(
        "Tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ là cơ sở lý luận quan trọng để các cấp "
        "ủy đảng đổi mới công tác đánh giá cán bộ. Bài viết làm rõ một số nội dung trong tư tưởng "
        "của Người về đánh giá cán bộ và đề xuất giải pháp vận dụng trong đánh giá cán bộ cấp xã "
        "sau khi thực hiện mô hình chính quyền địa phương hai cấp."
    ),
    sapo_outside=True,
    blocks=[
        P("1. Tư tưởng Hồ Chí Minh về đánh giá cán bộ", "b"),
        P(
            "Chủ tịch Hồ Chí Minh khẳng định: “Cán bộ là cái gốc của mọi công việc”[1]. Theo "
            "Người, muốn biết rõ cán bộ thì phải xem xét cả quá trình công tác, không chỉ “xem xét "
            "ở ngoài mặt mà còn phải xem xét tính chất của họ”, không chỉ “xem xét một việc mà phải "
            "xem xét toàn cả công việc của họ”[2].",
            "ftn",
        ),
        P(
            "Người chỉ rõ những căn bệnh thường mắc phải khi đánh giá cán bộ như: ham dùng người bà "
            "con, anh em quen biết; ham dùng những kẻ khéo nịnh hót mình; ham dùng người tính tình "
            "hợp với mình, mà tránh những người tính tình không hợp với mình[3].",
            "ftn",
        ),
        P("2. Vận dụng trong đánh giá cán bộ cấp xã hiện nay", "b"),
        P(
            "Thứ nhất, đánh giá cán bộ phải lấy kết quả, sản phẩm cụ thể làm thước đo chủ yếu, gắn "
            "với chức trách, nhiệm vụ được giao và sự hài lòng của người dân."
        ),
        P(
            "Thứ hai, kết hợp đánh giá thường xuyên với đánh giá định kỳ; mở rộng dân chủ, công "
            "khai trong đánh giá, phát huy vai trò giám sát của Mặt trận Tổ quốc và Nhân dân."
        ),
        P(
            "Thứ ba, kiên quyết khắc phục tình trạng nể nang, né tránh, “dĩ hòa vi quý” trong đánh "
            "giá; xử lý nghiêm những trường hợp lợi dụng công tác đánh giá để trù dập, hạ uy tín "
            "người khác."
        ),
        P("Tài liệu tham khảo", "b"),
        P("[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia, Hà Nội, 2011, t.5, tr.309.", "note"),
        P("[2] Sđd, t.5, tr.314.", "note"),
        P("[3] Sđd, t.5, tr.321.", "note"),
    ],
    authors=["Đỗ Thị Minh Nguyệt"],
    opts={"printed_date": "01/12/2026 07:45", "byline": ("ThS. Đỗ Thị Minh Nguyệt", "Khoa Nhà nước và Pháp luật")},
)

D2 = Story(
    id=1234,
    slug="giai-phap-nghien-cuu-thuc-te",
    title=(
        "Một số giải pháp nâng cao hiệu quả nghiên cứu thực tế của học viên lớp Trung cấp lý luận "
        "chính trị"
    ),
    cat="7",
    published_at="2026-11-25T15:10:00+07:00",
    summary=(
        "Nghiên cứu thực tế là hoạt động bắt buộc trong chương trình đào tạo Trung cấp lý luận "
        "chính trị, góp phần gắn lý luận với thực tiễn. Bài viết đánh giá thực trạng và đề xuất "
        "một số giải pháp nâng cao hiệu quả hoạt động này tại Trường Chính trị tỉnh."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Theo Quyết định số 1250-QĐ/HVCTQG của Giám đốc Học viện Chính trị quốc gia Hồ Chí "
            "Minh, nghiên cứu thực tế là hoạt động học tập bắt buộc, được tổ chức vào cuối khóa "
            "học.",
            "sup:Hồ Chí Minh=1",
        ),
        P(
            "Khảo sát 215 học viên các lớp Trung cấp lý luận chính trị năm 2025 - 2026 cho thấy: "
            "87,4% học viên đánh giá nội dung nghiên cứu thực tế phù hợp; tuy nhiên 32,6% học viên "
            "cho rằng thời gian nghiên cứu thực tế còn ngắn, việc viết thu hoạch còn mang tính hình "
            "thức.",
            "sup:hình thức.=2",
        ),
        Img("/UploadFiles/Images/2026/11/25/bieudo-nctt.png", None, None, "bare"),
        P("Một số giải pháp", "b"),
        P(
            "Một là, đổi mới khâu chuẩn bị: xây dựng đề cương nghiên cứu thực tế cụ thể, gắn với "
            "các chuyên đề đã học và nhiệm vụ chính trị của địa phương."
        ),
        P(
            "Hai là, lựa chọn địa bàn nghiên cứu thực tế có mô hình hay, cách làm sáng tạo, đặc "
            "biệt là các xã thực hiện tốt Nghị quyết Đại hội XIV của Đảng.",
            "sup:XIV=3",
        ),
        P(
            "Ba là, nâng cao chất lượng hướng dẫn, chấm bài thu hoạch; kiên quyết chống sao chép, "
            "coi trọng các đề xuất, kiến nghị có giá trị thực tiễn."
        ),
        P("Chú thích:", "b"),
        P(
            "1. Quyết định số 1250-QĐ/HVCTQG ngày 15/3/2024 về việc ban hành chương trình đào tạo "
            "Trung cấp lý luận chính trị.",
            "note",
        ),
        P("2. Số liệu khảo sát của nhóm tác giả, tháng 9/2026.", "note"),
        P(
            "3. Văn kiện Đại hội đại biểu toàn quốc lần thứ XIV, Nxb. Chính trị quốc gia Sự thật, "
            "Hà Nội, 2026.",
            "note",
        ),
    ],
    authors=["Phạm Văn Hùng", "Lương Thị Mai"],
    opts={"printed_date": "25/11/2026 15:10", "byline": ("TS. Phạm Văn Hùng - ThS. Lương Thị Mai", "Khoa Lý luận cơ sở")},
)

D3 = Story(
    id=1225,
    slug="mat-tran-giam-sat-phan-bien",
    title="Phát huy vai trò của Mặt trận Tổ quốc trong giám sát và phản biện xã hội ở cơ sở",
    cat="7",
    published_at="2026-11-14T09:00:00+07:00",
    summary=(
        "Giám sát và phản biện xã hội là chức năng quan trọng của Mặt trận Tổ quốc Việt Nam, được "
        "Hiến pháp năm 2013 và Luật Mặt trận Tổ quốc Việt Nam ghi nhận. Phát huy tốt chức năng "
        "này ở cơ sở góp phần xây dựng Đảng, chính quyền trong sạch, vững mạnh."
    ),
    blocks=[
        P(
            "Giám sát và phản biện xã hội là chức năng quan trọng của Mặt trận Tổ quốc Việt Nam, "
            "được Hiến pháp năm 2013 và Luật Mặt trận Tổ quốc Việt Nam ghi nhận. Phát huy tốt chức "
            "năng này ở cơ sở góp phần xây dựng Đảng, chính quyền trong sạch, vững mạnh.",
            "b",
        ),
        P(
            "Thời gian qua, Ủy ban Mặt trận Tổ quốc các xã trên địa bàn tỉnh đã chủ trì tổ chức "
            "hàng trăm cuộc giám sát về các lĩnh vực thiết thực như thực hiện chính sách an sinh xã "
            "hội, quản lý đất đai, đầu tư xây dựng cơ bản. Nhiều kiến nghị sau giám sát đã được cấp "
            "ủy, chính quyền tiếp thu, giải quyết."
        ),
        P(
            "“Mặt trận phải thực sự là chỗ dựa tin cậy của Nhân dân, nói lên tiếng nói của Nhân "
            "dân, bảo vệ quyền và lợi ích hợp pháp, chính đáng của Nhân dân”.",
            "q",
        ),
        P(
            "Tuy nhiên, hoạt động phản biện xã hội ở cơ sở còn hạn chế; một số nơi tổ chức giám sát "
            "còn hình thức, chưa chọn đúng nội dung bức xúc; việc theo dõi, đôn đốc thực hiện kiến "
            "nghị sau giám sát chưa thường xuyên."
        ),
        P(
            "Để phát huy vai trò của Mặt trận trong thời gian tới, cần tập trung: nâng cao nhận "
            "thức của cấp ủy, chính quyền về giám sát, phản biện xã hội; bồi dưỡng kỹ năng cho cán "
            "bộ Mặt trận cơ sở; thực hiện nghiêm quy chế phối hợp và cơ chế tiếp nhận, phản hồi "
            "kiến nghị."
        ),
    ],
    authors=["Hoàng Thị Lan Anh"],
    opts={"printed_date": "14/11/2026 09:00", "byline": ("CN. Hoàng Thị Lan Anh", "Khoa Dân vận")},
)

D4 = Story(
    id=1211,
    slug="doi-moi-phuong-phap-giang-day",
    title="Đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực của học viên",
    cat="7",
    published_at="2026-10-20T14:00:00+07:00",
    blocks=[
        P(
            "Đổi mới phương pháp giảng dạy là yêu cầu cấp thiết nhằm nâng cao chất lượng đào tạo, "
            "bồi dưỡng cán bộ ở các trường chính trị tỉnh. Thực tế cho thấy, phương pháp thuyết "
            "trình một chiều vẫn còn phổ biến, chưa phát huy được kinh nghiệm thực tiễn phong phú "
            "của học viên là cán bộ đang công tác."
        ),
        _tbl(
            "/UploadFiles/Images/2026/10/20/thaoluannhom.jpg",
            "Một giờ giảng theo phương pháp thảo luận nhóm tại Trường Chính trị tỉnh",
            "Một giờ giảng theo phương pháp thảo luận nhóm tại Trường Chính trị tỉnh",
        ),
        P(
            "Học viên các lớp lý luận chính trị là người trưởng thành, có kinh nghiệm công tác, có "
            "nhu cầu vận dụng kiến thức vào giải quyết công việc. Vì vậy, giảng viên cần chuyển từ "
            "vai trò người truyền đạt sang vai trò người tổ chức, hướng dẫn, gợi mở để học viên chủ "
            "động tiếp cận vấn đề."
        ),
        P(
            "Các phương pháp có thể áp dụng hiệu quả gồm: thảo luận nhóm, nghiên cứu tình huống, "
            "đóng vai, xử lý tình huống quản lý và seminar theo chuyên đề. Việc lựa chọn phương "
            "pháp cần phù hợp với nội dung bài giảng, đối tượng học viên và điều kiện cơ sở vật "
            "chất."
        ),
        P(
            "Bên cạnh đó, Nhà trường cần tăng cường dự giờ, rút kinh nghiệm giảng dạy; gắn kết quả "
            "đổi mới phương pháp với đánh giá, xếp loại giảng viên hằng năm."
        ),
    ],
    authors=["Hà Văn Quyết"],
    opts={"printed_date": "20/10/2026 14:00", "byline": ("NCS. Hà Văn Quyết", "Phòng Quản lý khoa học")},
)

STORIES: list[Story] = [A1, A2, A3, A4, A5, B1, B2, C1, C2, D1, D2, D3, D4]
BY_ID = {s.id: s for s in STORIES}
#: listing order (newest first) per CatID; the page date decides, as the CMS sorts by it
ORDER: dict[int, list[int]] = {
    1: [1247, 1243, 1236, 1229, 1214],
    2: [1240, 1221],
    4: [1245, 1232],
    5: [],
    7: [1242, 1234, 1225, 1211],
}
#: the home page's "Tin mới" module (site-wide newest by page date), linked with tabid=1
HOME_NEWEST = [1247, 1243, 1245, 1242, 1240]
#: the "Tiêu điểm" slider, linked with a cookieless session prefix
SLIDER = [1247, 1243, 1236]
#: "Xem nhiều nhất" (hand-picked by the CMS counter; never the page-2-only articles)
MOST_READ = [(1229, 1874), (1245, 1502), (1242, 1233), (1221, 977), (1232, 861)]


def _cat(story: Story) -> int:
    return int(story.cat)


def _tab(story: Story) -> int:
    return CATS[_cat(story)][1]


def canonical(story: Story) -> str:
    return f"/Default.aspx?tabid={_tab(story)}&ItemID={story.id}"


# --- rendering of the article text ----------------------------------------------------------


def _t(story: Story, value: str) -> str:
    """Article text as this story's editor stored it (NFD, entities or plain), escaped."""
    return text(value, nfd=bool(story.opts.get("nfd")), entities=story.opts.get("entities", 0))


def _raw(story: Story, markup: str) -> str:
    """Raw markup whose ``{…}`` parts are text typed the story's way."""
    return re.sub(r"\{([^{}]+)\}", lambda m: _t(story, m.group(1)), markup)


_MSO_FONT = 'style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif"'


def _para(story: Story, block: P, index: int) -> str:
    style, body = block.style, _t(story, block.text)
    if style == "b":
        return f'<p style="text-align: justify;"><strong>{body}</strong></p>'
    if style == "q":
        return (
            '<blockquote style="margin:0 0 0 40px;border:none;padding:0px;">'
            f'<p style="text-align: justify;"><em>{body}</em></p></blockquote>'
        )
    if style == "msop":
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:'
            f'36.0pt;line-height:150%"><span lang="VI" {_MSO_FONT}>{body}<o:p></o:p></span></p>'
        )
    if style == "mso":
        return (
            '<p class="MsoListParagraphCxSpMiddle" style="margin-left:54.0pt;mso-add-space:auto;'
            "text-align:justify;text-indent:-18.0pt;line-height:150%;mso-list:l0 level1 lfo1\">"
            f'<![if !supportLists]><span lang="VI" {_MSO_FONT}><span style="mso-list:Ignore">'
            '+<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;'
            "&nbsp; </span></span></span><![endif]>"
            f'<span lang="VI" {_MSO_FONT}>{body}<o:p></o:p></span></p>'
        )
    if style == "ftn":
        body = re.sub(
            r"\[(\d+)\]",
            lambda m: f'<a href="#_ftn{m.group(1)}" name="_ftnref{m.group(1)}" title="">[{m.group(1)}]</a>',
            body,
        )
        return f'<p style="text-align: justify;">{body}</p>'
    if style.startswith("sup:"):
        for pair in style[4:].split(";"):
            anchor, number = pair.rsplit("=", 1)
            call = (
                f'<sup><a href="#_ftn{number}" name="_ftnref{number}" title="">'
                f'<span style="font-size:10px">{number}</span></a></sup>'
            )
            anchor_html = _t(story, anchor)
            body = body.replace(anchor_html, anchor_html + call, 1)
        return f'<p style="text-align: justify;">{body}</p>'
    if style == "note":
        m = re.match(r"(\[\d+\]|\d+\.)\s(.*)", block.text)
        assert m, block.text
        number = re.sub(r"\D", "", m.group(1))
        return (
            f'<p style="text-align: justify;"><span style="font-size:12px"><a href="#_ftnref{number}" '
            f'name="_ftn{number}" title="">{_t(story, m.group(1))}</a> {_t(story, m.group(2))}'
            "</span></p>"
        )
    return f'<p style="text-align: justify;">{body}</p>'


def _image(story: Story, img: Img) -> str:
    src = esc(img.src)
    printed = _t(story, img.printed) if img.printed else ""
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width:500px">'
            f'<tbody><tr><td><img alt="" src="{src}" style="width:500px;height:333px" /></td></tr>'
            f'<tr><td style="text-align: center;"><em><span style="font-size:12px">{printed}'
            "</span></em></td></tr></tbody></table>"
        )
    if img.style == "pcap":
        return (
            f'<p style="text-align: center;"><img alt="" src="{src}" style="width:520px;'
            f'height:346px" /></p>\n<p style="text-align: center;"><em>{printed}</em></p>'
        )
    if img.style == "center":
        return (
            f'<div style="text-align: center;"><img alt="" border="0" src="{src}" width="500" />'
            f'</div>\n<p style="text-align: center;"><span style="font-size:11px"><em>{printed}'
            "</em></span></p>"
        )
    if img.style == "credit":
        return (
            f'<p style="text-align: center;"><img alt="" src="{src}" style="width:500px" /></p>\n'
            f'<p style="text-align: right;"><span style="font-size:11px"><em>{printed}</em></span></p>'
        )
    # bare: a chart with only an alt text
    return (
        f'<p style="text-align: center;"><img alt="bieu do khao sat" src="{src}" '
        'style="width:480px;height:300px" /></p>'
    )


def render_body(story: Story) -> str:
    out: list[str] = []
    group: str | None = None
    for index, block in enumerate(story.blocks):
        kind = block.style if isinstance(block, P) else ""
        want = "ul" if kind == "li" else "table" if kind in ("row", "rowh") else None
        if group and want != group:
            out.append("</ul>" if group == "ul" else "</tbody></table>")
            group = None
        if want and not group:
            out.append(
                "<ul>"
                if want == "ul"
                else '<table border="1" cellpadding="4" cellspacing="0" style="width:100%;'
                'border-collapse:collapse"><tbody>'
            )
            group = want
        if isinstance(block, Raw):
            out.append(_raw(story, block.html))
        elif isinstance(block, Img):
            out.append(_image(story, block))
        elif kind == "li":
            out.append(f"<li style=\"text-align: justify;\">{_t(story, block.text)}</li>")
        elif kind in ("row", "rowh"):
            cells = block.text.split(" | ")
            tag = "<td style=\"text-align:center\"><strong>{}</strong></td>" if kind == "rowh" else "<td>{}</td>"
            out.append("<tr>" + "".join(tag.format(_t(story, c)) for c in cells) + "</tr>")
        elif kind == "br":
            last = out.pop()
            assert last.endswith("</p>")
            out.append(last[: -len("</p>")] + f"<br />\n{_t(story, block.text)}</p>")
        else:
            out.append(_para(story, block, index))
    if group:
        out.append("</ul>" if group == "ul" else "</tbody></table>")
    return "\n".join(out)


def teaser(story: Story, limit: int = 230) -> str:
    value = story.summary or story.paragraphs[0]
    if len(value) <= limit:
        return value
    cut = value[:limit].rsplit(" ", 1)[0]
    return cut + "..."


def short_date(story: Story) -> str:
    return story.opts["printed_date"].split(" ")[0]


# --- the chrome -------------------------------------------------------------------------------

_MENU = [
    ("Trang chủ", "/Default.aspx", []),
    (
        "Giới thiệu",
        None,
        [("Lịch sử hình thành", "/Default.aspx?tabid=52"), ("Cơ cấu tổ chức", "/Default.aspx?tabid=53")],
    ),
    (
        "Tin tức - Sự kiện",
        None,
        [
            ("Hoạt động của Nhà trường", "/Default.aspx?tabid=58&CatID=1"),
            ("Công tác Đảng - Đoàn thể", "/Default.aspx?tabid=58&CatID=2"),
        ],
    ),
    (
        "Đào tạo - Bồi dưỡng",
        None,
        [
            ("Thông báo", "/Default.aspx?tabid=60&CatID=4"),
            ("Chương trình đào tạo", "/Default.aspx?tabid=60&CatID=5"),
        ],
    ),
    ("Nghiên cứu - Trao đổi", "/Default.aspx?tabid=62&CatID=7", []),
    ("Văn bản", "/Default.aspx?tabid=64", []),
    (
        "Thư viện",
        None,
        [("Thư viện ảnh", "/Default.aspx?tabid=75"), ("Video clip", "/Default.aspx?tabid=76")],
    ),
    ("Liên hệ", "/Default.aspx?tabid=80", []),
]


def _href(target: str) -> str:
    return esc(target)


def _menu() -> str:
    items = []
    for n, (label, target, children) in enumerate(_MENU):
        href = _href(target) if target else "javascript:void(0);"
        sub = ""
        if children:
            sub = (
                f'\n  <ul class="menucon" id="mnuCon_{n}" style="display:none">'
                + "".join(
                    f'<li><a href="{_href(t)}" class="mnuCon_item">{esc(lbl)}</a></li>'
                    for lbl, t in children
                )
                + "</ul>"
            )
        items.append(
            f'<li class="mnuCha" onmouseover="hienMenu({n})" onmouseout="anMenu({n})">'
            f'<a href="{href}" class="mnuCha_a">{esc(label)}</a>{sub}</li>'
        )
    return '<ul id="ctl00_ucMenuNgang_ulMenu" class="menungang">\n' + "\n".join(items) + "\n</ul>"


def _box(title: str, body: str, ctl: str) -> str:
    return (
        f'<div class="khung_module" id="ctl00_{ctl}_pnlKhung">\n'
        f'<div class="tieude_khung"><span id="ctl00_{ctl}_lblTieuDeKhung">{esc(title)}</span></div>\n'
        f'<div class="noidung_khung">{body}</div>\n</div>'
    )


def _left() -> str:
    vertical = "".join(
        f'<tr><td class="mnuDoc_td"><img src="/Portals/0/Skins/TCT_Xanh/images/muiten.gif" alt="" />'
        f'&nbsp;<a href="{_href(f"/Default.aspx?tabid={tab}&CatID={cid}")}">{esc(name)}</a></td></tr>'
        for cid, (name, tab, _tn, _ps) in CATS.items()
    )
    notices = "".join(
        f'<div class="tb_dong"><img src="/Portals/0/Skins/TCT_Xanh/images/new.gif" alt="" /> '
        f'<a href="{_href(canonical(BY_ID[i]))}">{esc(BY_ID[i].title)}</a></div>'
        for i in ORDER[4]
    )
    docs = (
        '<div class="vb_dong"><a href="/Default.aspx?tabid=64&amp;DocID=318">Kế hoạch số 125-KH/TCT '
        "về đào tạo, bồi dưỡng năm 2027</a><br /><span class=\"vb_ngay\">Ngày ban hành: 28/11/2026"
        "</span></div>"
        '<div class="vb_dong"><a href="/Default.aspx?tabid=64&amp;DocID=315">Quyết định số '
        "1062-QĐ/TCT ban hành Quy chế chi tiêu nội bộ</a><br /><span class=\"vb_ngay\">Ngày ban "
        "hành: 15/11/2026</span></div>"
    )
    return (
        _box("Chuyên mục", f'<table class="mnuDoc" cellpadding="0" cellspacing="0">{vertical}</table>', "LeftPane_ctl00")
        + _box(
            "Thông báo",
            f'<marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()" height="160">{notices}</marquee>',
            "LeftPane_ctl01",
        )
        + _box("Văn bản mới", docs, "LeftPane_ctl02")
    )


def _right() -> str:
    most = "".join(
        f'<li><a href="{_href(canonical(BY_ID[i]))}">{esc(BY_ID[i].title)}</a> '
        f'<span class="xn_luot">({v} lượt xem)</span></li>'
        for i, v in MOST_READ
    )
    links = "".join(
        f'<option value="{esc(u)}">{esc(n)}</option>'
        for n, u in [
            ("Cổng TTĐT tỉnh Tuyên Quang", "https://tuyenquang.gov.vn"),
            ("Báo Tuyên Quang điện tử", "https://baotuyenquang.com.vn"),
            ("Học viện CTQG Hồ Chí Minh", "https://hcma.vn"),
            ("Tạp chí Cộng sản", "https://www.tapchicongsan.org.vn"),
        ]
    )
    poll = (
        '<div class="tdy_cauhoi">Bạn quan tâm nội dung nào nhất trên Cổng thông tin của Nhà trường?</div>'
        + "".join(
            f'<div><input id="ctl00_RightPane_ctl03_rdo_{n}" type="radio" name="ctl00$RightPane$ctl03$rdoBinhChon" '
            f'value="{n}" /><label for="ctl00_RightPane_ctl03_rdo_{n}">{esc(lbl)}</label></div>'
            for n, lbl in enumerate(
                ["Tin tức - Sự kiện", "Thông báo đào tạo", "Nghiên cứu - Trao đổi", "Văn bản"], 1
            )
        )
        + '<div class="tdy_nut"><a id="ctl00_RightPane_ctl03_lnkBinhChon" href="javascript:__doPostBack('
        "'ctl00$RightPane$ctl03$lnkBinhChon','')\">Biểu quyết</a> | <a id=\"ctl00_RightPane_ctl03_lnkKetQua\" "
        "href=\"javascript:__doPostBack('ctl00$RightPane$ctl03$lnkKetQua','')\">Xem kết quả</a></div>"
    )
    counter = (
        '<table class="tk_truycap" cellpadding="2"><tr><td>Đang online:</td><td><span id="ctl00_RightPane_ctl04_lblOnline">27</span></td></tr>'
        '<tr><td>Hôm nay:</td><td><span id="ctl00_RightPane_ctl04_lblHomNay">412</span></td></tr>'
        '<tr><td>Tháng này:</td><td>9.318</td></tr>'
        '<tr><td>Tổng truy cập:</td><td><span id="ctl00_RightPane_ctl04_lblTong">1.284.765</span></td></tr></table>'
    )
    media = (
        '<a href="/Default.aspx?tabid=75&amp;AlbumID=12"><img src="/UploadFiles/Album/12/thumb_dhcb.jpg" '
        'width="180" alt="Đại hội Chi bộ" /></a><div class="anh_ten">Đại hội các chi bộ trực thuộc Đảng '
        "bộ Trường, nhiệm kỳ 2025 - 2027</div>"
    )
    video = (
        '<a href="/Default.aspx?tabid=76&amp;VideoID=9"><img src="/UploadFiles/Video/thumb_9.jpg" '
        'width="180" alt="" /></a><div class="anh_ten">Phóng sự: 60 năm xây dựng và phát triển '
        "Trường Chính trị tỉnh</div>"
    )
    return (
        _box("Xem nhiều nhất", f'<ul class="xemnhieu">{most}</ul>', "RightPane_ctl00")
        + _box("Thư viện ảnh", media, "RightPane_ctl01")
        + _box("Video clip", video, "RightPane_ctl02")
        + _box("Thăm dò ý kiến", poll, "RightPane_ctl03")
        + _box(
            "Liên kết website",
            f'<select class="lk_web" onchange="if(this.value!=\'\')window.open(this.value)"><option value="">'
            f"-- Chọn liên kết --</option>{links}</select>",
            "RightPane_ctl05",
        )
        + _box("Thống kê truy cập", counter, "RightPane_ctl04")
    )


_FOOTER = """<table id="tblFooter" width="1000" align="center" cellpadding="0" cellspacing="0" class="chantrang">
<tr><td class="chantrang_menu"><a href="/Default.aspx">Trang chủ</a> | <a href="/Default.aspx?tabid=52">Giới thiệu</a> | <a href="/Default.aspx?tabid=80">Liên hệ</a> | <a href="#top">Lên đầu trang</a></td></tr>
<tr><td class="chantrang_nd">
<strong>CỔNG THÔNG TIN ĐIỆN TỬ TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG</strong><br />
Chịu trách nhiệm chính: Nguyễn Văn Thắng - Hiệu trưởng<br />
Địa chỉ: Số 2, đường Lê Lợi, phường Minh Xuân, tỉnh Tuyên Quang<br />
Điện thoại: 0207.3822.517 - Fax: 0207.3822.518 - Email: truongchinhtri@tuyenquang.gov.vn<br />
Giấy phép số 15/GP-TTĐT ngày 12/6/2013 của Sở Thông tin và Truyền thông<br />
© Bản quyền thuộc Trường Chính trị tỉnh Tuyên Quang. Ghi rõ nguồn khi phát hành lại thông tin từ website này.<br />
<span class="nhacungcap">Thiết kế và phát triển: Công ty CP Công nghệ Tin học Sao Việt - SVPortal.NET 4.2</span>
</td></tr></table>"""


def page(request: Request, content: str, crumbs: list[tuple[str, str | None]], *, desc: str = "") -> Response:
    """The skin: banner, menu, breadcrumb, three panes, footer, wrapped in the ASP.NET form."""
    action = request.path.rsplit("/", 1)[-1] + (f"?{request.query}" if request.query else "")
    crumb = " » ".join(
        f'<a href="{_href(t)}" class="breadcrumb">{esc(n)}</a>' if t else f'<span class="breadcrumb_ht">{esc(n)}</span>'
        for n, t in crumbs
    )
    viewstate = opaque(request.target, 1400, b"\xff\x01")
    description = desc or (
        "Cổng thông tin điện tử Trường Chính trị tỉnh Tuyên Quang - đào tạo, bồi dưỡng cán bộ, "
        "nghiên cứu khoa học lý luận chính trị"
    )
    body = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>{SCHOOL}</title>
<meta id="MetaDescription" name="DESCRIPTION" content="{esc(description)}" />
<meta id="MetaKeywords" name="KEYWORDS" content="truong chinh tri, tuyen quang, dao tao ly luan chinh tri, boi duong can bo" />
<meta id="MetaCopyright" name="COPYRIGHT" content="Copyright 2013 by Truong Chinh tri tinh Tuyen Quang" />
<meta id="MetaGenerator" name="GENERATOR" content="SVPortal.NET 4.2 - Sao Viet JSC" />
<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
<link id="Portals__default_" rel="stylesheet" type="text/css" href="/Portals/_default/default.css" />
<link id="skin" rel="stylesheet" type="text/css" href="/Portals/0/Skins/TCT_Xanh/skin.css" />
<link rel="SHORTCUT ICON" href="/Portals/0/favicon.ico" />
<script type="text/javascript" src="/Portals/0/Skins/TCT_Xanh/js/menu.js"></script>
</head>
<body id="Body" style="margin:0;background:#e9eef5">
<form name="Form" method="post" action="{esc(action)}" id="Form" enctype="multipart/form-data">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) {{ theForm = document.Form; }}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZNZr42xUqmA1&amp;t=634605546709717464" type="text/javascript"></script>
<a name="top"></a>
<table id="tblMain" width="1000" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td id="tdBanner" style="height:150px;background:url(/Portals/0/Skins/TCT_Xanh/images/banner.jpg) no-repeat">
<div class="bn_trai"><img src="/Portals/0/Skins/TCT_Xanh/images/logo_tct.png" alt="Logo" width="110" /></div>
<div class="bn_ten">TỈNH ỦY TUYÊN QUANG<br /><span>TRƯỜNG CHÍNH TRỊ TỈNH</span></div>
</td></tr>
<tr><td class="thanhngang">
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td class="ngaythang"><span id="ctl00_lblNgayThang">{TODAY_LINE}</span></td>
<td class="timkiem" align="right"><input name="ctl00$txtTuKhoa" type="text" id="ctl00_txtTuKhoa" class="tk_o" value="Nhập từ khóa..." onfocus="if(this.value=='Nhập từ khóa...')this.value='';" />
<a id="ctl00_lnkTimKiem" class="tk_nut" href="javascript:__doPostBack('ctl00$lnkTimKiem','')">Tìm kiếm</a></td>
</tr></table></td></tr>
<tr><td class="menu_nen">{_menu()}</td></tr>
<tr><td class="dd_nen"><div id="ctl00_divBreadcrumb" class="duongdan"><img src="/Portals/0/Skins/TCT_Xanh/images/home.gif" alt="" /> {crumb}</div></td></tr>
<tr><td>
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td id="ctl00_LeftPane" class="LeftPane" valign="top" style="width:210px">{_left()}</td>
<td id="ctl00_ContentPane" class="ContentPane" valign="top" style="padding:0 8px">{content}</td>
<td id="ctl00_RightPane" class="RightPane" valign="top" style="width:210px">{_right()}</td>
</tr></table>
</td></tr>
</table>
{_FOOTER}
<script type="text/javascript">
//<![CDATA[
WebForm_AutoFocus('ctl00_txtTuKhoa');//]]>
</script>
</form>
</body>
</html>"""
    return html(body, headers={"X-AspNet-Version": "4.0.30319", "X-Powered-By": "ASP.NET", "Server": "Microsoft-IIS/7.5"})


# --- pages ------------------------------------------------------------------------------------

HOME = [("Trang chủ", "/Default.aspx")]


def _crumbs(cid: int, last_link: bool = True) -> list[tuple[str, str | None]]:
    name, tab, tab_name, _ps = CATS[cid]
    listing = f"/Default.aspx?tabid={tab}&CatID={cid}"
    if name == tab_name:
        return [*HOME, (name, listing if last_link else None)]
    return [*HOME, (tab_name, None), (name, listing if last_link else None)]


def _thumb(story: Story) -> str:
    if story.images:
        return f"/UploadFiles/TinTuc/Thumbs/{story.id}.jpg"
    return "/Portals/0/Skins/TCT_Xanh/images/no_image.jpg"


def _title(story: Story) -> str:
    return _t(story, story.title)


def _pager(cid: int, current: int, pages: int) -> str:
    if pages <= 1:
        return ""
    _n, tab, _tn, _ps = CATS[cid]
    base = f"/Default.aspx?tabid={tab}&CatID={cid}"

    def url(n: int) -> str:
        return base if n == 1 else f"{base}&Page={n}"

    parts = ['<div class="phantrang" id="ctl00_ContentPane_ctl00_divPhanTrang">Trang: ']
    if current > 1:
        parts.append(f'<a href="{_href(url(current - 1))}" class="pt_lui">« Trước</a> ')
    for n in range(1, pages + 1):
        if n == current:
            parts.append(f'<span class="pt_ht">[{n}]</span> ')
        else:
            parts.append(f'<a href="{_href(url(n))}" class="pt_so">{n}</a> ')
    if current < pages:
        parts.append(f'<a href="{_href(url(current + 1))}" class="pt_tiep">Sau »</a>')
    parts.append("</div>")
    return "".join(parts)


def listing(request: Request, cid: int, page_no: int) -> Response:
    name, tab, _tn, size = CATS[cid]
    ids = ORDER[cid]
    pages = max(1, -(-len(ids) // size))
    chunk = ids[(page_no - 1) * size : page_no * size]
    rows: list[str] = []
    for i in chunk:
        s = BY_ID[i]
        href = _href(canonical(s))
        if tab == 62:
            rows.append(
                f'<tr class="nckh_dong"><td valign="top"><a href="{href}" class="nckh_ten">{_title(s)}</a>'
                f'<div class="nckh_tg">Tác giả: {esc(s.opts["byline"][0])} - {short_date(s)}</div>'
                f'<div class="nckh_tt">{_t(s, teaser(s))}</div></td></tr>'
            )
        else:
            rows.append(
                f'<table class="ds_dong" width="100%" cellpadding="0" cellspacing="0"><tr>'
                f'<td class="ds_anh" valign="top" style="width:140px"><a href="{href}"><img src="{_thumb(s)}" '
                f'width="130" height="90" border="0" alt="" /></a></td><td valign="top">'
                f'<a class="ds_tieude" href="{href}">{_title(s)}</a> <span class="ds_ngay">({short_date(s)})</span>'
                f'<div class="ds_tomtat">{_t(s, teaser(s))}</div>'
                f'<div align="right"><a class="ds_chitiet" href="{href}">Chi tiết »</a></div></td></tr></table>'
            )
    if not rows:
        inner = '<div class="ds_trong">Đang cập nhật dữ liệu...</div>'
    elif tab == 62:
        inner = (
            '<table class="nckh_ds" width="100%" cellspacing="0" cellpadding="5" border="1" rules="rows" '
            f'style="border-collapse:collapse">{"".join(rows)}</table>'
        )
    else:
        inner = "\n".join(rows)
    box_title = "Bài viết nghiên cứu" if tab == 62 else name
    content = _box(box_title, inner + _pager(cid, page_no, pages), "ContentPane_ctl00")
    return page(request, content, _crumbs(cid, last_link=False))


def _date_line(story: Story, ctl: str) -> str:
    parts = []
    if "updated" in story.opts:
        parts.append(f'<span id="{ctl}_lblNgayCapNhat" class="ngaycapnhat">Cập nhật: {story.opts["updated"]}</span>')
    parts.append(f'<span id="{ctl}_lblNgayDang" class="ngaydang">Ngày đăng: {story.opts["printed_date"]}</span>')
    parts.append(f'<span id="{ctl}_lblLuotXem">Lượt xem: {story.views()}</span>')
    parts.append(f'<span id="{ctl}_lblNguoiDang">Người đăng: tct_bientap</span>')
    return '<div class="ngay_ct">' + " &nbsp;|&nbsp; ".join(parts) + "</div>"


def _tools(story: Story) -> str:
    return (
        '<div class="congcu_ct"><a href="javascript:void(0);" onclick="zoomText(-1);">A-</a> '
        '<a href="javascript:void(0);" onclick="zoomText(1);">A+</a> | '
        f"<a href=\"javascript:void(0);\" onclick=\"window.open('/Modules/TinTuc/InTin.aspx?ItemID={story.id}',"
        "'InTin','width=760,height=600,scrollbars=yes');return false;\">"
        '<img src="/Portals/0/Skins/TCT_Xanh/images/print.gif" alt="" border="0" /> In bài</a> | '
        f'<a href="javascript:void(0);" onclick="guiEmail({story.id});">'
        '<img src="/Portals/0/Skins/TCT_Xanh/images/email.gif" alt="" border="0" /> Gửi email</a></div>'
    )


def _share(request: Request, story: Story) -> str:
    url = base_url(request) + canonical(story)
    return (
        '<div class="chiase_ct">Chia sẻ: '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}" target="_blank">'
        '<img src="/Portals/0/Skins/TCT_Xanh/images/facebook.png" alt="Facebook" /></a> '
        f'<a href="https://twitter.com/share?url={esc(url)}" target="_blank">'
        '<img src="/Portals/0/Skins/TCT_Xanh/images/twitter.png" alt="Twitter" /></a> '
        f'<a href="https://sp.zalo.me/share_inline?d={esc(url)}" target="_blank">'
        '<img src="/Portals/0/Skins/TCT_Xanh/images/zalo.png" alt="Zalo" /></a></div>'
    )


def _neighbours(story: Story) -> str:
    cid, tab = _cat(story), _tab(story)
    ids = ORDER[cid]
    pos = ids.index(story.id)
    newer, older = ids[max(0, pos - 3) : pos], ids[pos + 1 : pos + 4]

    def items(seq: list[int]) -> str:
        return "".join(
            f'<li><a href="{_href(f"/Default.aspx?tabid={tab}&CatID={cid}&ItemID={i}")}" class="tk_lk">'
            f'{_title(BY_ID[i])}</a> <span class="tk_ngay">({short_date(BY_ID[i])})</span></li>'
            for i in seq
        )

    rows = []
    if newer:
        rows.append(f'<tr><td class="tk_tieude">Tin mới hơn:</td></tr><tr><td><ul class="tk_ds">{items(newer)}</ul></td></tr>')
    if older:
        rows.append(f'<tr><td class="tk_tieude">Tin cũ hơn:</td></tr><tr><td><ul class="tk_ds">{items(older)}</ul></td></tr>')
    return f'<table class="tinkhac_ct" width="100%" cellpadding="0" cellspacing="0">{"".join(rows)}</table>'


def _other_notices(story: Story) -> str:
    items = "".join(
        f'<li><a href="{_href(canonical(BY_ID[i]))}">{_title(BY_ID[i])}</a> '
        f'<span class="tk_ngay">({short_date(BY_ID[i])})</span></li>'
        for i in ORDER[4]
        if i != story.id
    )
    return f'<div class="tinkhac_ct"><div class="tk_tieude">Các thông báo khác:</div><ul class="tk_ds">{items}</ul></div>'


def _comments(story: Story, ctl: str) -> str:
    comments = story.opts.get("comments", [])
    shown = "".join(
        f'<div class="yk_dong"><div class="yk_nguoi"><b>{esc(who)}</b> <span class="yk_ngay">({when})</span></div>'
        f'<div class="yk_nd">{esc(what)}</div></div>'
        for who, when, what in comments
    )
    return (
        f'<div class="ykien_ct"><div class="tk_tieude">Ý kiến bạn đọc ({len(comments)})</div>{shown}'
        '<table class="yk_form" cellpadding="3">'
        f'<tr><td>Họ và tên (*):</td><td><input name="{ctl}$txtHoTen" type="text" id="{ctl}_txtHoTen" style="width:300px" /></td></tr>'
        f'<tr><td>Email (*):</td><td><input name="{ctl}$txtEmail" type="text" id="{ctl}_txtEmail" style="width:300px" /></td></tr>'
        f'<tr><td>Nội dung (*):</td><td><textarea name="{ctl}$txtNoiDung" rows="4" cols="50" id="{ctl}_txtNoiDung"></textarea></td></tr>'
        f'<tr><td></td><td><input type="submit" name="{ctl}$btnGui" value="Gửi ý kiến" onclick="return kiemTraYKien();" id="{ctl}_btnGui" /></td></tr>'
        "</table></div>"
    )


def _files(story: Story) -> str:
    files = story.opts.get("files", [])
    if not files:
        return ""
    links = "".join(
        f'<div><img src="/Portals/0/Skins/TCT_Xanh/images/pdf.gif" alt="" /> '
        f'<a href="/UploadFiles/DinhKem/2026/{esc(name)}" target="_blank">{esc(name)}</a> ({size})</div>'
        for name, size in files
    )
    return f'<div class="dinhkem_ct"><b>File đính kèm:</b>{links}</div>'


def _meta_desc(story: Story) -> str:
    return teaser(story, 160)


def article(request: Request, story: Story) -> Response:
    cid, tab = _cat(story), _tab(story)
    if tab == 62:
        return research_article(request, story)
    ctl = "ctl00_ContentPane_ctl01"
    sapo = f"<b>{_t(story, story.summary)}</b>" if story.summary else ""
    after = _neighbours(story) if tab == 58 else _other_notices(story)
    inner = (
        f'<div id="{ctl}_pnlChiTiet" class="ct_tin">\n'
        f'<span id="{ctl}_lblTieuDe" class="tieude_ct">\n\t{_title(story)}\n</span>\n'
        f"{_date_line(story, ctl)}\n{_tools(story)}\n"
        f'<div class="mota_ct"><span id="{ctl}_lblMoTa">{sapo}</span></div>\n'
        f'<div id="{ctl}_divNoiDung" class="nd_ct">\n{render_body(story)}\n</div>\n'
        f"{_files(story)}\n{_share(request, story)}\n{after}\n{_comments(story, ctl)}\n</div>"
    )
    content = _box(CATS[cid][0], inner, "ContentPane_ctl01")
    return page(request, content, _crumbs(cid), desc=_meta_desc(story))


def research_article(request: Request, story: Story) -> Response:
    cid = _cat(story)
    ctl = "ctl00_ContentPane_ctl02"
    who, unit = story.opts["byline"]
    sapo = f"<b>{_t(story, story.summary)}</b>" if story.summary and story.sapo_outside else ""
    newest = [i for i in ORDER[cid][:3] if i != story.id]
    others = "".join(
        f'<li><a href="{_href(canonical(BY_ID[i]))}">{_title(BY_ID[i])}</a></li>' for i in newest
    )
    inner = (
        f'<div class="nckh_ct" id="{ctl}_pnlBaiViet">\n'
        f'<h1 class="nckh_tieude"><span id="{ctl}_lblTenBai">{_title(story)}</span></h1>\n'
        f'<div class="nckh_ngay"><img src="/Portals/0/Skins/TCT_Xanh/images/clock.gif" alt="" /> '
        f'{story.opts["printed_date"]}</div>\n'
        f'<div class="nckh_tacgia" style="text-align:right"><b>{esc(who)}</b><br /><i>{esc(unit)}</i></div>\n'
        f'<div class="nckh_sapo" id="{ctl}_divTomTat">{sapo}</div>\n'
        f'<div class="nckh_noidung" id="{ctl}_divNoiDung">\n{render_body(story)}\n</div>\n'
        f"{_tools(story)}\n{_share(request, story)}\n"
        f'<div class="nckh_khac"><div class="tk_tieude">Bài viết mới đăng</div><ul class="tk_ds">{others}</ul></div>\n</div>'
    )
    content = _box("Bài viết nghiên cứu", inner, "ContentPane_ctl02")
    return page(request, content, _crumbs(cid), desc=_meta_desc(story))


def print_view(request: Request, story: Story) -> Response:
    if _tab(story) == 62:
        head = (
            f'<div class="in_ngay">{story.opts["printed_date"]}</div>'
            f'<div class="in_tacgia"><b>{esc(story.opts["byline"][0])}</b> - {esc(story.opts["byline"][1])}</div>'
        )
    else:
        head = f'<div class="in_ngay">Ngày đăng: {story.opts["printed_date"]}</div>'
    sapo = (
        f'<p class="in_mota"><b>{_t(story, story.summary)}</b></p>'
        if story.summary and story.sapo_outside
        else ""
    )
    body = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>In bài viết</title>
<link rel="stylesheet" type="text/css" href="/Portals/0/Skins/TCT_Xanh/print.css" /></head>
<body onload="window.print();">
<form name="form1" method="post" action="InTin.aspx?ItemID={story.id}" id="form1">
<div class="in_dau"><img src="/Portals/0/Skins/TCT_Xanh/images/logo_tct.png" width="60" alt="" /> TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG</div>
<h2 class="in_tieude">{_title(story)}</h2>
{head}
{sapo}
<div class="in_noidung">{render_body(story)}</div>
<div class="in_cuoi">Địa chỉ bài viết: {esc(base_url(request) + canonical(story))}</div>
<div align="center"><a href="javascript:window.print();">In trang</a> | <a href="javascript:window.close();">Đóng cửa sổ</a></div>
</form></body></html>"""
    return html(body)


_HIDDEN = ' style="display:none"'


def home(request: Request) -> Response:
    slides = "".join(
        f'<div class="td_muc" id="td_{n}"{"" if n == 0 else _HIDDEN}>'
        f'<a href="/{SESSION}/Default.aspx?tabid={_tab(BY_ID[i])}&amp;ItemID={i}">'
        f'<img src="/UploadFiles/TinTuc/Thumbs/{i}_lon.jpg" width="420" height="270" border="0" alt="" /></a>'
        f'<div class="td_tieude"><a href="/{SESSION}/Default.aspx?tabid={_tab(BY_ID[i])}&amp;ItemID={i}">'
        f"{_title(BY_ID[i])}</a></div>"
        f'<div class="td_tomtat">{_t(BY_ID[i], teaser(BY_ID[i], 180))}</div></div>'
        for n, i in enumerate(SLIDER)
    )
    newest = "".join(
        f'<li><a href="/Default.aspx?tabid=1&amp;ItemID={i}">{_title(BY_ID[i])}</a> '
        f'<span class="tm_ngay">({short_date(BY_ID[i])})</span></li>'
        for i in HOME_NEWEST
    )

    def cat_block(cid: int, count: int, ctl: str) -> str:
        name, tab, _tn, _ps = CATS[cid]
        first, *rest = ORDER[cid][:count]
        s = BY_ID[first]
        lead = (
            f'<div class="cm_dau"><a href="{_href(canonical(s))}"><img src="{_thumb(s)}" width="150" '
            f'align="left" border="0" alt="" style="margin-right:8px" /></a>'
            f'<a href="{_href(canonical(s))}" class="cm_tieude">{_title(s)}</a>'
            f'<div class="cm_tomtat">{_t(s, teaser(s, 200))}</div></div>'
        )
        more = "".join(
            f'<li><a href="{_href(canonical(BY_ID[i]))}">{_title(BY_ID[i])}</a></li>' for i in rest
        )
        tail = (
            f'<div align="right"><a href="{_href(f"/Default.aspx?tabid={tab}&CatID={cid}")}" '
            'class="xemtiep">Xem tiếp »</a></div>'
        )
        return _box(name, f'{lead}<ul class="cm_ds" style="clear:both">{more}</ul>{tail}', ctl)

    content = (
        _box("Tiêu điểm", f'<div id="ctl00_ContentPane_ctl00_divTieuDiem" class="tieudiem">{slides}</div>'
             '<div class="td_nut"><a href="javascript:chuyenTD(-1)">‹</a> <a href="javascript:chuyenTD(1)">›</a></div>',
             "ContentPane_ctl00")
        + _box("Tin mới", f'<ul class="tinmoi">{newest}</ul>', "ContentPane_ctl01")
        + cat_block(1, 3, "ContentPane_ctl02")
        + cat_block(7, 2, "ContentPane_ctl03")
    )
    return page(request, content, [("Trang chủ", None)])


# --- pages that are not articles ----------------------------------------------------------------

_HISTORY = """<p style="text-align: justify;"><strong>Trường Chính trị tỉnh Tuyên Quang</strong> tiền thân là Trường Đảng tỉnh Tuyên Quang, được thành lập năm 1966 theo Quyết định của Ban Thường vụ Tỉnh ủy. Trải qua hơn 60 năm xây dựng và phát triển, Nhà trường đã nhiều lần đổi tên, sáp nhập và kiện toàn tổ chức.</p>
<p style="text-align: justify;">Năm 1991, khi tái lập tỉnh Tuyên Quang, Trường Đảng tỉnh được tái thành lập; năm 1995 đổi tên thành Trường Chính trị tỉnh Tuyên Quang. Từ ngày 01/7/2025, thực hiện chủ trương sắp xếp đơn vị hành chính cấp tỉnh, Trường Chính trị tỉnh Tuyên Quang và Trường Chính trị tỉnh Hà Giang hợp nhất thành Trường Chính trị tỉnh Tuyên Quang.</p>
<p style="text-align: justify;"><strong>Chức năng, nhiệm vụ:</strong> Trường là đơn vị sự nghiệp trực thuộc Tỉnh ủy, có chức năng tham mưu cho Tỉnh ủy về công tác đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở; đào tạo trung cấp lý luận chính trị; bồi dưỡng lý luận chính trị cho đảng viên mới; nghiên cứu khoa học lý luận chính trị.</p>
<p style="text-align: justify;">Với những thành tích đạt được, Nhà trường vinh dự được Nhà nước tặng thưởng Huân chương Lao động hạng Nhất (2016), Huân chương Độc lập hạng Ba (2021) và nhiều phần thưởng cao quý khác.</p>"""

_ORG = """<table border="1" cellpadding="5" cellspacing="0" style="width:100%;border-collapse:collapse">
<tbody><tr><td colspan="3" style="text-align:center"><strong>BAN GIÁM HIỆU</strong></td></tr>
<tr><td>Đồng chí Nguyễn Văn Thắng</td><td>Tỉnh ủy viên, Hiệu trưởng</td><td>0207.3822.517</td></tr>
<tr><td>Đồng chí Trần Thị Thu Hương</td><td>Phó Hiệu trưởng</td><td>0207.3822.519</td></tr>
<tr><td>Đồng chí Lê Thị Hải Yến</td><td>Phó Hiệu trưởng</td><td>0207.3822.520</td></tr>
<tr><td colspan="3" style="text-align:center"><strong>CÁC PHÒNG, KHOA</strong></td></tr>
<tr><td>Phòng Tổ chức - Hành chính</td><td>Trưởng phòng: Đồng chí Vũ Đức Minh</td><td>0207.3822.521</td></tr>
<tr><td>Phòng Quản lý đào tạo</td><td>Trưởng phòng: Đồng chí Nông Thị Hoa</td><td>0207.3822.522</td></tr>
<tr><td>Phòng Quản lý khoa học - Thông tin tư liệu</td><td>Trưởng phòng: Đồng chí Đặng Văn Toàn</td><td>0207.3822.523</td></tr>
<tr><td>Khoa Lý luận cơ sở</td><td>Trưởng khoa: Đồng chí Hoàng Minh Đức</td><td>0207.3822.524</td></tr>
<tr><td>Khoa Xây dựng Đảng</td><td>Trưởng khoa: Đồng chí Triệu Văn Sơn</td><td>0207.3822.525</td></tr>
<tr><td>Khoa Nhà nước và Pháp luật</td><td>Trưởng khoa: Đồng chí Phùng Thị Lan</td><td>0207.3822.526</td></tr>
<tr><td>Khoa Dân vận</td><td>Trưởng khoa: Đồng chí Ma Văn Hào</td><td>0207.3822.527</td></tr>
</tbody></table>"""

_CONTACT = """<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG</strong></p>
<p>Địa chỉ: Số 2, đường Lê Lợi, phường Minh Xuân, tỉnh Tuyên Quang<br />
Điện thoại: 0207.3822.517 - Fax: 0207.3822.518<br />
Email: <a href="mailto:truongchinhtri@tuyenquang.gov.vn">truongchinhtri@tuyenquang.gov.vn</a></p>
<table class="lh_form" cellpadding="3">
<tr><td>Họ và tên (*):</td><td><input name="ctl00$ContentPane$ctl00$txtHoTen" type="text" style="width:320px" /></td></tr>
<tr><td>Email (*):</td><td><input name="ctl00$ContentPane$ctl00$txtEmail" type="text" style="width:320px" /></td></tr>
<tr><td>Tiêu đề:</td><td><input name="ctl00$ContentPane$ctl00$txtTieuDe" type="text" style="width:320px" /></td></tr>
<tr><td>Nội dung (*):</td><td><textarea name="ctl00$ContentPane$ctl00$txtNoiDung" rows="6" cols="45"></textarea></td></tr>
<tr><td></td><td><input type="submit" name="ctl00$ContentPane$ctl00$btnGui" value="Gửi liên hệ" /> <input type="reset" value="Nhập lại" /></td></tr>
</table>"""

DOCS = {
    318: ("125-KH/TCT", "28/11/2026", "Kế hoạch", "Kế hoạch số 125-KH/TCT về đào tạo, bồi dưỡng năm 2027", "Nguyễn Văn Thắng"),
    315: ("1062-QĐ/TCT", "15/11/2026", "Quyết định", "Quyết định số 1062-QĐ/TCT ban hành Quy chế chi tiêu nội bộ", "Nguyễn Văn Thắng"),
}


def documents(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{n}</td><td><a href="/Default.aspx?tabid=64&amp;DocID={d}">{esc(so)}</a></td><td>{ngay}</td>'
        f'<td><a href="/Default.aspx?tabid=64&amp;DocID={d}">{esc(ty)}</a></td></tr>'
        for n, (d, (so, ngay, _loai, ty, _nk)) in enumerate(DOCS.items(), 1)
    )
    inner = (
        '<table class="vb_ds" width="100%" border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">'
        '<tr class="vb_tieude"><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>'
        f"{rows}</table>"
    )
    return page(request, _box("Văn bản", inner, "ContentPane_ctl00"), [*HOME, ("Văn bản", None)])


def document(request: Request, doc_id: int) -> Response:
    so, ngay, loai, ty, nk = DOCS[doc_id]
    inner = (
        '<table class="vb_ct" width="100%" border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">'
        f"<tr><td style=\"width:150px\"><b>Số/Ký hiệu</b></td><td>{esc(so)}</td></tr>"
        f"<tr><td><b>Ngày ban hành</b></td><td>{ngay}</td></tr>"
        f"<tr><td><b>Loại văn bản</b></td><td>{loai}</td></tr>"
        "<tr><td><b>Cơ quan ban hành</b></td><td>Trường Chính trị tỉnh</td></tr>"
        f"<tr><td><b>Người ký</b></td><td>{esc(nk)}</td></tr>"
        f"<tr><td><b>Trích yếu</b></td><td>{esc(ty)}</td></tr>"
        f'<tr><td><b>Tải về</b></td><td><a href="/UploadFiles/VanBan/2026/{so.replace("/", "_")}.pdf">'
        f'<img src="/Portals/0/Skins/TCT_Xanh/images/pdf.gif" alt="" /> {esc(so.replace("/", "_"))}.pdf</a></td></tr></table>'
        '<div align="right"><a href="/Default.aspx?tabid=64">« Quay lại danh sách</a></div>'
    )
    crumbs = [*HOME, ("Văn bản", "/Default.aspx?tabid=64"), (so, None)]
    return page(request, _box("Chi tiết văn bản", inner, "ContentPane_ctl00"), crumbs)


ALBUM_PHOTOS = [
    ("/UploadFiles/Album/12/dhcb-01.jpg", "Đại hội Chi bộ Khoa Lý luận cơ sở"),
    ("/UploadFiles/Album/12/dhcb-02.jpg", "Đại hội Chi bộ Phòng Quản lý đào tạo"),
    ("/UploadFiles/Album/12/dhcb-03.jpg", "Đại hội Chi bộ Khoa Dân vận"),
]


def albums(request: Request) -> Response:
    inner = (
        '<table width="100%"><tr><td align="center"><a href="/Default.aspx?tabid=75&amp;AlbumID=12">'
        '<img src="/UploadFiles/Album/12/thumb_dhcb.jpg" width="200" alt="" /></a><br />'
        '<a href="/Default.aspx?tabid=75&amp;AlbumID=12">Đại hội các chi bộ trực thuộc Đảng bộ Trường, '
        "nhiệm kỳ 2025 - 2027</a> (3 ảnh)</td></tr></table>"
    )
    return page(request, _box("Thư viện ảnh", inner, "ContentPane_ctl00"), [*HOME, ("Thư viện", None), ("Thư viện ảnh", None)])


def album(request: Request) -> Response:
    photos = "".join(
        f'<td align="center" valign="top"><a href="{src}" rel="lightbox[album12]" title="{esc(cap)}">'
        f'<img src="{src.replace("dhcb-", "thumb_dhcb-")}" width="160" alt="{esc(cap)}" /></a><br />{esc(cap)}</td>'
        for src, cap in ALBUM_PHOTOS
    )
    inner = (
        '<div class="ab_ten"><b>Đại hội các chi bộ trực thuộc Đảng bộ Trường, nhiệm kỳ 2025 - 2027</b></div>'
        f'<table width="100%" cellpadding="4"><tr>{photos}</tr></table>'
    )
    crumbs = [*HOME, ("Thư viện", None), ("Thư viện ảnh", "/Default.aspx?tabid=75")]
    return page(request, _box("Thư viện ảnh", inner, "ContentPane_ctl00"), crumbs)


def videos(request: Request) -> Response:
    inner = (
        '<div><a href="/Default.aspx?tabid=76&amp;VideoID=9"><img src="/UploadFiles/Video/thumb_9.jpg" width="200" alt="" /></a>'
        '<br /><a href="/Default.aspx?tabid=76&amp;VideoID=9">Phóng sự: 60 năm xây dựng và phát triển Trường Chính trị tỉnh</a></div>'
    )
    return page(request, _box("Video clip", inner, "ContentPane_ctl00"), [*HOME, ("Thư viện", None), ("Video clip", None)])


def video(request: Request) -> Response:
    inner = (
        '<div class="vd_ten"><b>Phóng sự: 60 năm xây dựng và phát triển Trường Chính trị tỉnh</b></div>'
        '<div class="vd_khung"><object width="560" height="315"><param name="movie" '
        'value="https://www.youtube.com/v/Qm7cT4xWb2k?version=3" /><embed src="https://www.youtube.com/v/Qm7cT4xWb2k?version=3" '
        'type="application/x-shockwave-flash" width="560" height="315"></embed></object></div>'
        '<div class="vd_mota">Nguồn: Đài Phát thanh và Truyền hình Tuyên Quang</div>'
    )
    crumbs = [*HOME, ("Thư viện", None), ("Video clip", "/Default.aspx?tabid=76")]
    return page(request, _box("Video clip", inner, "ContentPane_ctl00"), crumbs)


STATIC_TABS = {
    52: ("Lịch sử hình thành", "Giới thiệu", _HISTORY),
    53: ("Cơ cấu tổ chức", "Giới thiệu", _ORG),
    80: ("Liên hệ", None, _CONTACT),
}


def static_tab(request: Request, tab: int) -> Response:
    name, parent, body = STATIC_TABS[tab]
    crumbs = [*HOME, *([(parent, None)] if parent else []), (name, None)]
    return page(request, _box(name, body, "ContentPane_ctl00"), crumbs)


# --- routing ----------------------------------------------------------------------------------

_SESSION_PREFIX = re.compile(r"^/\(S\([a-z0-5]{24}\)\)(/.*)$", re.IGNORECASE)


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        m = _SESSION_PREFIX.match(path)
        if m:
            path = m.group(1)
        lower = path.lower()
        if lower == "/":
            return redirect("/Default.aspx")
        if lower.endswith(".axd"):
            return Response(200, b"/* WebResource */", {"Content-Type": "application/x-javascript"})
        if lower.startswith(("/uploadfiles/", "/portals/")):
            if lower.endswith(".pdf"):
                from tests.portals._common import PDF

                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        params = {k.lower(): v for k, v in parse_qsl(request.query, keep_blank_values=True)}
        if lower == "/modules/tintuc/intin.aspx":
            story = BY_ID.get(_int(params.get("itemid")) or 0)
            return print_view(request, story) if story else None
        if lower != "/default.aspx":
            return None
        tab = _int(params.get("tabid")) if "tabid" in params else 1
        item = _int(params.get("itemid"))
        if "itemid" in params:
            story = BY_ID.get(item or 0)
            if story is None or tab not in (1, _tab(story)):
                return None
            return article(request, story)
        if tab == 1:
            return home(request)
        if tab in STATIC_TABS:
            return static_tab(request, tab)
        if tab == 64:
            if "docid" in params:
                doc = _int(params["docid"])
                return document(request, doc) if doc in DOCS else None
            return documents(request)
        if tab == 75:
            if "albumid" in params:
                return album(request) if params["albumid"] == "12" else None
            return albums(request)
        if tab == 76:
            if "videoid" in params:
                return video(request) if params["videoid"] == "9" else None
            return videos(request)
        if tab in TABS:
            cats = [c for c, v in CATS.items() if v[1] == tab]
            cid = _int(params.get("catid")) if "catid" in params else cats[0]
            if cid not in cats:
                return None
            page_no = _int(params.get("page")) or 1
            return listing(request, cid, max(1, page_no))
        return None


def build_site() -> Site:
    return Site()


# --- gold -------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    tab, cid = _tab(story), _cat(story)
    alts = [
        f"/Default.aspx?tabid=1&ItemID={story.id}",
        f"/Default.aspx?tabid={tab}&CatID={cid}&ItemID={story.id}",
        f"/{SESSION}/Default.aspx?tabid={tab}&ItemID={story.id}",
        f"/Modules/TinTuc/InTin.aspx?ItemID={story.id}",
    ]
    if story.id == 1229:
        alts.append("/default.aspx?TabID=58&itemid=1229")
    return alts


GOLD = [
    gold_record(s, canonical(s), CATS[_cat(s)][0], canonical_path=canonical(s), alt_paths=_alt_paths(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/Default.aspx?tabid=52",
    "/Default.aspx?tabid=53",
    "/Default.aspx?tabid=80",
    "/Default.aspx?tabid=64&DocID=318",
    "/Default.aspx?tabid=64&DocID=315",
    "/Default.aspx?tabid=75&AlbumID=12",
    "/Default.aspx?tabid=76&VideoID=9",
]
