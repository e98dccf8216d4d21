"""Fixture portal: Phòng GD&ĐT huyện Yên Định on a small vendor's ASP.NET WebForms application.

Imitates the site of a district education office built around 2014 by a local software vendor
on ASP.NET 4 WebForms: one MasterPage (``Site.master``) with one ``<form id="aspnetForm"
method="post">`` around the whole page, a ``ContentPlaceHolder1``, Repeater and DataList
controls, Labels that print the article (``<span id="ctl00_ContentPlaceHolder1_lblNoiDung">``
holding CKEditor HTML), and LinkButtons (``href="javascript:__doPostBack(&#39;…&#39;,&#39;&#39;)"``)
for everything that "acts": the pager, "Quay lại", the week schedule. Every page carries
``__VIEWSTATE`` (a long base64 blob that starts ``/wEPDw``, different for every page and every
state of a page), ``__VIEWSTATEGENERATOR`` (per .aspx file) and ``__EVENTVALIDATION``. The HTML
``<title>`` is the office's name on every page (the vendor never set ``Page.Title``): the
headline is only in ``span#ctl00_ContentPlaceHolder1_lblTieuDe.tieude_chitiet``. IIS answers
paths and query keys case-insensitively.

What it serves:

- ``/`` (= ``/Default.aspx``): a Nivo slider of the four newest posts linked through the URL
  rewriter (``/TinTuc/ChiTiet/<id>/<slug>``), a "Tin tức - Sự kiện" box (four newest), an
  "Hoạt động chuyên môn" box, a "Thông báo" box;
- the master around every page: a banner, the header clock ``TODAY`` in ``lblNgay``, a
  ``<marquee>``, a top menu, a search box (``ctl00$txtTuKhoa`` + a submit ``ctl00$btnTimKiem``),
  a left DataList of categories (``dlChuyenMuc``), "Tin mới nhất" (five newest, dated), a right
  column "Văn bản mới" (``/VanBan/ChiTiet.aspx?id=…``), "Lịch công tác" banner, "Liên kết
  website" (a ``<select>``), "Thống kê truy cập" (Online / Hôm nay / Tổng số), a footer with
  address, phone, hotline and the vendor's name;
- ``/TinTuc.aspx?cid=N``: a category's Repeater (three posts a page, each linked as
  ``ChiTietTin.aspx?id=…&amp;cid=N``, a thumbnail, "(dd/mm/yyyy)" and an excerpt) and the pager
  "« Trang trước 1 2 3 Trang sau »": every button a LinkButton
  (``ctl00$ContentPlaceHolder1$rptPager$ctl0K$lnkPage`` for page K+1,
  ``ctl00$ContentPlaceHolder1$lnkTrangTruoc`` / ``lnkTrangSau``), the current page a disabled
  ``<a>`` without ``href``. There is no GET address for page 2+: ``?page=2`` or anything else
  in the query is ignored. Categories: 3 "Tin tức - Sự kiện" (eight posts, three pages),
  5 "Hoạt động chuyên môn" (three, one page), 7 "Thông báo" (two, one page), 9 "Thi đua - Khen
  thưởng" (empty: "Chưa có tin bài trong chuyên mục này.");
- articles at ``/ChiTietTin.aspx?id=N`` (sidebar, "Các tin khác"), ``/ChiTietTin.aspx?id=N&cid=C``
  (category lists) and ``/TinTuc/ChiTiet/N/<slug>`` (the slider; any slug is rewritten to the
  same page): three addresses of one page, no ``rel=canonical``. One article links another as
  ``/chitiettin.aspx?id=1233`` (an editor's lowercase paste: a fourth address of that post).
  The page: breadcrumb, ``lblTieuDe``, an info line "Ngày đăng: dd/mm/yyyy" (``lblNgayDang``;
  on three edited posts followed by " - Cập nhật: dd/mm/yyyy HH:mm" in ``lblNgayCapNhat``) "|
  Người đăng: admin|bientap | Lượt xem: N", the bold lead ``lblTomTat`` (empty span when the
  post has none), the body ``lblNoiDung`` (CKEditor 4 with its default entity options: Latin-1
  letters as named entities ``&agrave;``, the other Vietnamese letters raw; images with a
  centred italic line, with a "(…)" line after a ``<br />``, or in a two-row table; tables;
  lists; bylines as right-aligned last lines), an optional "Tác giả:" field (``lblTacGia``), an
  optional "File đính kèm" link, the tools ("« Quay lại" LinkButton, "In bài" =
  ``javascript:window.print()``, Facebook share, "Về đầu trang") and a Repeater "Các tin khác"
  (the five newest other posts of the category, dated). ``?id=`` of no post answers 200 with
  "Tin bài không tồn tại hoặc đã bị xóa!" (a soft 404; one post links ``?id=845``); no ``id``
  redirects to ``/Default.aspx``.
- non-articles: ``/GioiThieu.aspx``, ``/LienHe.aspx`` (a form whose submit button
  ``btnGui`` posts back and answers "Cảm ơn…"), ``/VanBan.aspx`` (a GridView of documents, five
  a page, paged by its own pager ``__doPostBack('ctl00$ContentPlaceHolder1$gvVanBan','Page$2')``)
  and ``/VanBan/ChiTiet.aspx?id=N`` (register fields and a PDF), ``/LichCongTac.aspx`` (the week
  schedule), ``/ThuVienAnh.aspx`` and its albums ``?albumid=N``, ``/TimKiem.aspx?tukhoa=…``
  (reached only through the search button), ``/QuanTri/DangNhap.aspx`` (disallowed in
  robots.txt). No sitemap, no feed, no archive.

How a postback is answered (the fixture's honest WebForms): the view state is
``/wEPDw…``: the page's state (which page, which category, which page of the list, which week)
followed by filler and an HMAC-SHA1 "MAC" under the site's machine key, so the server reads its
state back from what the client echoes and needs no memory. A POST with neither
``__VIEWSTATE`` nor ``__EVENTTARGET`` is no postback and answers the page as a GET would; a POST
with an empty or missing ``__VIEWSTATE`` also answers the first state (the event finds no
control to raise). A ``__VIEWSTATE`` whose MAC fails (altered, truncated, ``+`` sent unencoded)
or that another page or another category printed answers **500** "Validation of viewstate MAC
failed." (ASP.NET's yellow error page). With a good view state, a postback that raises an
event (``__EVENTTARGET`` or a submit button) must echo the ``__EVENTVALIDATION`` the same page
printed, or it answers **500** "Invalid postback or callback argument.". As in ASP.NET, a
submit button named in the post data wins over ``__EVENTTARGET`` (``Page`` raises the button
registered by its post data first): a client that posts the whole form with
``ctl00$btnTimKiem=Tìm kiếm`` and a pager target gets the search (302 to
``/TimKiem.aspx?tukhoa=``), not page 2. An ``__EVENTTARGET`` that names no enabled control of
the state re-renders that state.

Traps and hard cases: (1) the news list of category 3 pages only by postback; its oldest two
posts (ids 1222 and 1218, page 3) are linked from nowhere else: no sitemap, no feed, and "Các
tin khác" lists only the five newest; (2) ``/LichCongTac.aspx``'s "« Tuần trước" / "Tuần sau
»" LinkButtons post back to another week for ever (each answer has a new view state and two
new buttons; weeks with no data print "Chưa có lịch công tác"); (3) "« Quay lại" on an article
is a postback answered by a 302 to the category list; (4) the search button and the contact
form's button post the same form: they are no pager; (5) the same article under three (one of
them four) addresses; (6) the soft 404; (7) a "Cập nhật:" stamp with a time printed next to
the date-only publication day; (8) the ``<title>`` never names the article; (9) one old post's
body is decomposed Unicode (typed with Unikey's "Unicode tổ hợp": the tone marks are
combining characters after their letter) and shows a photo still
linked on the office's former domain ``yendinh.edu.vn``.

Gold (by hand). Articles are the posts of the three non-empty categories (13); documents,
albums, the schedule, static pages, search results and listings are not. The gold ``path`` is
``/ChiTietTin.aspx?id=N``; ``&cid=``, the rewritten address (and the lowercase paste) are
``alt_paths``. Judgement calls:
- ``published_at`` is the ``lblNgayDang`` day, date only (the page prints no time for it); the
  "Cập nhật: … HH:mm" stamp is an edit time and never the publication date; the list's
  "(dd/mm/yyyy)" agrees with it.
- ``summary`` is ``lblTomTat`` (the bold lead printed apart from ``lblNoiDung``) and is the
  body's first paragraph; None when the span is empty.
- authors: the right-aligned signature lines at the end of ``lblNoiDung``: "Tin, ảnh: X" and
  "Tin và ảnh: X" give X as author and photographer; "Bài: X - Ảnh: Y" gives X and Y; "Người
  viết: X - Trường TH Định Tân" gives X (the unit after the dash dropped); a bare bold name is
  the author; "Ảnh: Y" alone is a photographer. Posts nobody signs in the text take the
  "Tác giả:" field: "Tổ Trung học cơ sở" (a unit, kept as author), "ThS. Nguyễn Thị Hạnh" →
  "Nguyễn Thị Hạnh". "Người đăng: admin/bientap" credits nobody. "Nguồn: X" is the source and
  leaves the author alone (1235); a post signed only "Nguồn: Báo Thanh Hóa" has no author.
- captions: the italic line under a photo, the second row of the image table, the "(…)" line
  after the ``<br />`` without its parentheses; photos with no line have caption None.
  Images are the ``<img>`` of ``lblNoiDung`` in order (thumbnails, banners and sidebar pictures
  are not), their gold address absolute as printed (the old-domain photo keeps its host).
- tables: a row is one body paragraph, cells joined by " | " (header row included); list items
  are paragraphs; a link inside a paragraph is text of that paragraph; the attached PDF's link
  ("File đính kèm") is not body.
- category: the category the breadcrumb names (the post's own ``cid``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import unicodedata
import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape as _escape
from html.entities import codepoint2name
from urllib.parse import quote, unquote_plus

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, esc, gold_record, opaque, static_file

NAME = "aspnet_linkbutton_pgd"
PLATFORM = "aspnet-webforms"
START_PATH = "/"

SITE = "Phòng Giáo dục và Đào tạo huyện Yên Định"
SHORT = "Phòng GD&ĐT Yên Định"
ADDRESS = "Khu phố 3, thị trấn Quán Lào, huyện Yên Định, tỉnh Thanh Hóa"
PHONE = "0237 3 869 256"
HOTLINE = "0912 486 305"
EMAIL = "pgdyendinh@thanhhoa.edu.vn"
OLD_HOST = "http://yendinh.edu.vn"
TODAY_DATE = date(2026, 11, 25)
PAGE_SIZE = 3
DOC_PAGE_SIZE = 5
OTHERS = 5
NEWEST = 5

CP = "ctl00$ContentPlaceHolder1$"
CP_ID = "ctl00_ContentPlaceHolder1_"
SEARCH_BUTTON = "ctl00$btnTimKiem"
SEARCH_BOX = "ctl00$txtTuKhoa"
NEXT_PAGE = CP + "lnkTrangSau"
PREV_PAGE = CP + "lnkTrangTruoc"
BACK = CP + "lnkQuayLai"
NEXT_WEEK = CP + "lnkTuanSau"
PREV_WEEK = CP + "lnkTuanTruoc"
THIS_WEEK = CP + "lnkTuanNay"
DOC_GRID = CP + "gvVanBan"
SEND_BUTTON = CP + "btnGui"


def pager_button(page: int) -> str:
    """The LinkButton of page ``page`` (1-based) in the list's pager Repeater."""
    return f"{CP}rptPager$ctl{page - 1:02d}$lnkPage"


#: cid -> printed category name (9 has no post)
CATS: dict[int, str] = {
    3: "Tin tức - Sự kiện",
    5: "Hoạt động chuyên môn",
    7: "Thông báo",
    9: "Thi đua - Khen thưởng",
}
_IMG = "/Upload/images/2026"

# Story.opts: day (date printed by lblNgayDang), user (Người đăng login), updated (the
# "Cập nhật:" stamp), tacgia (the author field as printed), attach (href, name), nfd.
# Img styles: em (centred image, centred italic line), paren (image, <br />, the "(…)" line in
# the same paragraph), table (two-row image table), bare (image alone).
# P styles: "" paragraph, li, th/tr (table rows, cells " | "), "a|href|phrase" (inline link).
STORIES: list[Story] = [
    Story(
        id=1241,
        slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-thcs-nam-hoc-2026-2027",
        title="Khai mạc Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 - 2027",
        cat="5",
        published_at="2026-11-24",
        summary=(
            "Sáng 23/11/2026, tại Trường THCS Lê Đình Kiên, Phòng Giáo dục và Đào tạo huyện Yên Định"
            " tổ chức khai mạc Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 - 2027 với"
            " sự tham gia của 68 giáo viên đến từ 23 trường THCS trong huyện."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi nhằm đánh giá năng lực chuyên môn, nghiệp vụ của giáo viên, đồng thời phát"
                " hiện, tôn vinh những giáo viên có năng lực dạy học tốt, tạo điều kiện để giáo viên"
                " giao lưu, học hỏi kinh nghiệm và lan tỏa các phương pháp dạy học tích cực theo"
                " Chương trình giáo dục phổ thông 2018."
            ),
            Img(
                f"{_IMG}/11/khai-mac-gvdg-thcs-2026.jpg",
                "Đồng chí Trưởng phòng GD&ĐT huyện phát biểu khai mạc Hội thi",
                "Đồng chí Trưởng phòng GD&ĐT huyện phát biểu khai mạc Hội thi",
                "table",
            ),
            P(
                "Các giáo viên dự thi phải trải qua hai phần: trình bày biện pháp nâng cao chất lượng"
                " giảng dạy bộ môn và thực hành dạy 02 tiết trên lớp, trong đó có 01 tiết do giáo viên"
                " tự chọn và 01 tiết bốc thăm. Hội thi diễn ra từ ngày 23/11 đến ngày 04/12/2026 tại 4"
                " điểm trường."
            ),
            P(
                "Phát biểu khai mạc, đồng chí Lê Văn Quang, Trưởng phòng GD&ĐT huyện đề nghị Ban Giám"
                " khảo làm việc khách quan, công bằng; các giáo viên dự thi phát huy tinh thần sáng"
                " tạo, đổi mới phương pháp, ứng dụng hiệu quả công nghệ thông tin trong các tiết dạy."
            ),
        ],
        authors=["Tổ Trung học cơ sở"],
        opts={"day": date(2026, 11, 24), "user": "admin", "tacgia": "Tổ Trung học cơ sở"},
    ),
    Story(
        id=1240,
        slug="yen-dinh-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Yên Định kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="3",
        published_at="2026-11-21",
        summary=(
            "Sáng 19/11/2026, Phòng Giáo dục và Đào tạo huyện Yên Định long trọng tổ chức Lễ kỷ niệm"
            " 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và biểu dương nhà giáo tiêu"
            " biểu năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tới dự buổi lễ có đồng chí Phó Chủ tịch UBND huyện, lãnh đạo các phòng, ban, ngành của"
                " huyện cùng hơn 200 đại biểu là cán bộ quản lý, giáo viên tiêu biểu đại diện cho gần"
                " 2.100 cán bộ, giáo viên, nhân viên toàn ngành."
            ),
            Img(
                f"{_IMG}/11/ky-niem-20-11-2026-1.jpg",
                "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "em",
            ),
            P(
                "Năm học 2025 - 2026, ngành Giáo dục huyện Yên Định tiếp tục giữ vững vị trí tốp đầu"
                " của tỉnh: 100% trường học đạt chuẩn quốc gia, tỷ lệ học sinh tốt nghiệp THCS đạt"
                " 99,8%; có 86 học sinh đạt giải trong kỳ thi học sinh giỏi cấp tỉnh, 2 học sinh đạt"
                " giải cấp quốc gia."
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND huyện ghi nhận, biểu dương những"
                " đóng góp của đội ngũ nhà giáo và đề nghị ngành tiếp tục đổi mới công tác quản lý,"
                " nâng cao chất lượng giáo dục toàn diện, quan tâm hơn nữa đến học sinh vùng khó khăn."
            ),
            Img(
                f"{_IMG}/11/ky-niem-20-11-2026-2.jpg",
                "Khen thưởng 35 nhà giáo tiêu biểu năm 2026",
                "Khen thưởng 35 nhà giáo tiêu biểu năm 2026",
                "em",
            ),
            Img(f"{_IMG}/11/ky-niem-20-11-2026-3.jpg", None, None, "bare"),
            P(
                "Nhân dịp này, UBND huyện tặng Giấy khen cho 35 nhà giáo tiêu biểu có nhiều thành tích"
                " trong sự nghiệp trồng người."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Lê Thị Hồng Nhung</strong></p>'),
        ],
        authors=["Lê Thị Hồng Nhung"],
        photographers=["Lê Thị Hồng Nhung"],
        opts={"day": date(2026, 11, 21), "user": "bientap", "updated": "23/11/2026 15:40"},
    ),
    Story(
        id=1239,
        slug="trao-120-suat-qua-cho-hoc-sinh-co-hoan-canh-kho-khan-truoc-mua-dong",
        title="Trao 120 suất quà cho học sinh có hoàn cảnh khó khăn trước mùa đông",
        cat="3",
        published_at="2026-11-18",
        blocks=[
            P(
                "Chiều 16/11/2026, Trường Tiểu học Định Tân phối hợp với Hội Khuyến học xã và các nhà"
                " hảo tâm tổ chức trao 120 suất quà cho học sinh có hoàn cảnh khó khăn trong toàn"
                " huyện."
            ),
            Img(
                f"{_IMG}/11/trao-qua-mua-dong-1.jpg",
                "Đại diện nhà hảo tâm trao áo ấm cho học sinh Trường TH Định Tân",
                "Đại diện nhà hảo tâm trao áo ấm cho học sinh Trường TH Định Tân",
                "table",
            ),
            P(
                "Mỗi suất quà gồm 01 áo khoác ấm, 01 bộ sách giáo khoa, vở viết và 300.000 đồng tiền"
                " mặt, tổng trị giá hơn 96 triệu đồng. Nguồn kinh phí do cán bộ, giáo viên, cha mẹ học"
                " sinh và các doanh nghiệp trên địa bàn đóng góp."
            ),
            P(
                "Trước đó, nhiều liên đội đã dành số tiền thu được từ phong trào “Kế hoạch nhỏ” để ủng"
                " hộ chương trình.",
                "a|/chitiettin.aspx?id=1233|phong trào “Kế hoạch nhỏ”",
            ),
            Img(
                f"{_IMG}/11/trao-qua-mua-dong-2.jpg",
                "Các em học sinh vui mừng nhận quà",
                "Các em học sinh vui mừng nhận quà",
                "em",
            ),
            P(
                "Những món quà tuy không lớn về giá trị vật chất nhưng đã kịp thời động viên các em"
                " vượt qua khó khăn, yên tâm đến trường khi mùa đông đến."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Người viết: Nguyễn Văn Thắng - Trường TH Định'
                ' Tân</strong></p>\n<p style="text-align: right;"><em>Ảnh: Hoàng Minh Đức</em></p>'
            ),
        ],
        authors=["Nguyễn Văn Thắng"],
        photographers=["Hoàng Minh Đức"],
        opts={"day": date(2026, 11, 18), "user": "bientap"},
    ),
    Story(
        id=1238,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027-cap-thcs",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 cấp THCS",
        cat="7",
        published_at="2026-11-17",
        blocks=[
            P(
                "Căn cứ Kế hoạch thời gian năm học 2026 - 2027 của UBND tỉnh Thanh Hóa, Phòng GD&ĐT"
                " huyện Yên Định thông báo lịch kiểm tra cuối học kỳ I các môn do Phòng ra đề đối với"
                " các trường THCS như sau:"
            ),
            P("Ngày | Buổi | Môn kiểm tra | Khối lớp | Thời gian làm bài", "th"),
            P("15/12/2026 | Sáng | Ngữ văn | 6, 7, 8, 9 | 90 phút", "tr"),
            P("15/12/2026 | Chiều | Tiếng Anh | 6, 7, 8, 9 | 60 phút", "tr"),
            P("16/12/2026 | Sáng | Toán | 6, 7, 8, 9 | 90 phút", "tr"),
            P("16/12/2026 | Chiều | Khoa học tự nhiên | 6, 7, 8, 9 | 60 phút", "tr"),
            P(
                "Các môn còn lại do nhà trường chủ động ra đề và tổ chức kiểm tra, hoàn thành trước ngày"
                " 20/12/2026. Hiệu trưởng các trường chịu trách nhiệm tổ chức kiểm tra nghiêm túc, đúng"
                " quy chế."
            ),
        ],
        opts={
            "day": date(2026, 11, 17),
            "user": "admin",
            "attach": ("/Upload/files/2026/11/2150-PGDDT-THCS.pdf", "2150-PGDDT-THCS.pdf"),
        },
    ),
    Story(
        id=1236,
        slug="truong-thcs-dinh-hoa-don-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-2",
        title="Trường THCS Định Hòa đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 2",
        cat="3",
        published_at="2026-11-13",
        summary=(
            "Ngày 12/11/2026, Trường THCS Định Hòa long trọng tổ chức Lễ đón nhận Bằng công nhận"
            " trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Trường THCS Định Hòa hiện có 14 lớp với 512 học sinh, 31 cán bộ, giáo viên, nhân viên;"
                " 100% giáo viên đạt chuẩn và trên chuẩn về trình độ đào tạo. Những năm qua, nhà trường"
                " luôn duy trì tỷ lệ học sinh khá, giỏi trên 70%, nhiều năm liền có học sinh đạt giải"
                " học sinh giỏi cấp tỉnh."
            ),
            Img(
                f"{_IMG}/11/dinh-hoa-chuan-quoc-gia.jpg",
                "Lãnh đạo huyện trao Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 cho nhà trường",
                "Lãnh đạo huyện trao Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 cho nhà trường",
                "em",
            ),
            P(
                "Để đạt được kết quả này, nhà trường đã nhận được sự quan tâm đầu tư của huyện, xã với"
                " tổng kinh phí hơn 8 tỷ đồng xây dựng nhà lớp học bộ môn, nhà đa năng và cải tạo khuôn"
                " viên; cùng với sự đóng góp tích cực của cha mẹ học sinh."
            ),
            Img(f"{_IMG}/11/dinh-hoa-van-nghe.jpg", None, None, "bare"),
            P(
                "Phát biểu tại buổi lễ, đại diện lãnh đạo Phòng GD&ĐT đề nghị nhà trường tiếp tục phát"
                " huy kết quả đạt được, duy trì bền vững các tiêu chuẩn, không ngừng nâng cao chất"
                " lượng dạy và học."
            ),
            Raw('<p style="text-align: right;"><strong>Phạm Thị Thu Trang</strong></p>'),
        ],
        authors=["Phạm Thị Thu Trang"],
        opts={"day": date(2026, 11, 13), "user": "bientap"},
    ),
    Story(
        id=1235,
        slug="chuyen-de-day-hoc-phat-trien-nang-luc-doc-cho-hoc-sinh-lop-2",
        title="Chuyên đề “Dạy học phát triển năng lực đọc cho học sinh lớp 2”",
        cat="5",
        published_at="2026-11-11",
        blocks=[
            P(
                "Thực hiện kế hoạch bồi dưỡng chuyên môn năm học 2026 - 2027, ngày 10/11/2026, Phòng"
                " GD&ĐT huyện Yên Định tổ chức chuyên đề cấp huyện “Dạy học phát triển năng lực đọc cho"
                " học sinh lớp 2” tại Trường Tiểu học Định Hưng."
            ),
            Img(
                f"{_IMG}/11/chuyen-de-doc-lop-2-1.jpg",
                "(Tiết dạy minh họa của cô giáo Lê Thị Thanh Hương, lớp 2A)",
                "Tiết dạy minh họa của cô giáo Lê Thị Thanh Hương, lớp 2A",
                "paren",
            ),
            P(
                "Tham dự chuyên đề có cán bộ quản lý và giáo viên dạy lớp 2 của 26 trường tiểu học"
                " trong huyện. Các đại biểu đã dự hai tiết dạy minh họa môn Tiếng Việt, sau đó thảo"
                " luận về cách tổ chức các hoạt động đọc hiểu, đọc mở rộng và xây dựng góc đọc sách"
                " trong lớp học."
            ),
            Img(
                f"{_IMG}/11/chuyen-de-doc-lop-2-2.jpg",
                "(Giáo viên các trường thảo luận, chia sẻ kinh nghiệm)",
                "Giáo viên các trường thảo luận, chia sẻ kinh nghiệm",
                "paren",
            ),
            P(
                "Qua chuyên đề, giáo viên được trao đổi nhiều kinh nghiệm hay trong việc hình thành kỹ"
                " năng đọc, giúp học sinh đọc đúng, đọc hiểu và yêu thích đọc sách ngay từ những lớp"
                " đầu cấp."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Nguyễn Đình Khoa</strong></p>\n'
                '<p style="text-align: right;"><em>Nguồn: Trường TH Định Hưng</em></p>'
            ),
        ],
        authors=["Nguyễn Đình Khoa"],
        source="Trường TH Định Hưng",
        opts={"day": date(2026, 11, 11), "user": "admin"},
    ),
    Story(
        id=1233,
        slug="lien-doi-truong-th-quan-lao-ra-quan-ke-hoach-nho-thu-gom-giay-vun",
        title="Liên đội Trường TH Quán Lào ra quân “Kế hoạch nhỏ” thu gom giấy vụn",
        cat="3",
        published_at="2026-11-06",
        blocks=[
            P(
                "Hưởng ứng phong trào thi đua chào mừng Ngày Nhà giáo Việt Nam 20/11, sáng 05/11/2026,"
                " Liên đội Trường Tiểu học Quán Lào tổ chức ra quân thực hiện “Kế hoạch nhỏ” thu gom"
                " giấy vụn, vỏ chai nhựa."
            ),
            P(
                "Ngay từ sáng sớm, các chi đội đã mang đến trường những bó giấy báo cũ, vở đã qua sử"
                " dụng, vỏ chai, lon nước được phân loại gọn gàng. Kết thúc buổi ra quân, Liên đội thu"
                " được hơn 1,2 tấn giấy vụn và 350 kg vỏ chai nhựa."
            ),
            Img(
                f"{_IMG}/11/ke-hoach-nho-quan-lao.jpg",
                "(Học sinh lớp 5A cân giấy vụn thu gom được)",
                "Học sinh lớp 5A cân giấy vụn thu gom được",
                "em",
            ),
            P(
                "Toàn bộ số tiền thu được sẽ được Liên đội dùng để mua sách vở, đồ dùng học tập tặng các"
                " bạn học sinh có hoàn cảnh khó khăn và bổ sung sách cho thư viện xanh của nhà trường."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Bài: Đỗ Thị Mai - Ảnh: Trần Quốc Huy'
                "</strong></p>"
            ),
        ],
        authors=["Đỗ Thị Mai"],
        photographers=["Trần Quốc Huy"],
        opts={"day": date(2026, 11, 6), "user": "bientap"},
    ),
    Story(
        id=1231,
        slug="thong-bao-to-chuc-hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-huyen-bac-tieu-hoc",
        title="Thông báo tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp huyện bậc Tiểu học",
        cat="7",
        published_at="2026-11-02",
        blocks=[
            P(
                "Thực hiện nhiệm vụ năm học 2026 - 2027, Phòng GD&ĐT huyện Yên Định tổ chức Hội thi giáo"
                " viên chủ nhiệm lớp giỏi cấp huyện bậc Tiểu học, cụ thể như sau:"
            ),
            P(
                "Đối tượng: giáo viên đang làm công tác chủ nhiệm lớp tại các trường tiểu học, có ít"
                " nhất 03 năm làm công tác chủ nhiệm;",
                "li",
            ),
            P("Số lượng: mỗi trường đăng ký từ 01 đến 02 giáo viên dự thi;", "li"),
            P("Thời gian: từ ngày 07/12 đến ngày 11/12/2026 tại Trường Tiểu học Quán Lào.", "li"),
            P(
                "Hồ sơ dự thi thực hiện theo hướng dẫn tại thông báo năm học 2024 - 2025 của Phòng. Các"
                " trường gửi danh sách đăng ký về Phòng GD&ĐT (qua bộ phận Tiểu học) trước ngày"
                " 20/11/2026.",
                "a|/ChiTietTin.aspx?id=845|thông báo năm học 2024 - 2025",
            ),
        ],
        opts={"day": date(2026, 11, 2), "user": "bientap"},
    ),
    Story(
        id=1229,
        slug="hoi-khoe-phu-dong-huyen-yen-dinh-lan-thu-x-nam-2026-thanh-cong-tot-dep",
        title="Hội khỏe Phù Đổng huyện Yên Định lần thứ X năm 2026 thành công tốt đẹp",
        cat="3",
        published_at="2026-10-30",
        summary=(
            "Sau 5 ngày thi đấu sôi nổi (từ 24 đến 28/10/2026), Hội khỏe Phù Đổng huyện Yên Định lần"
            " thứ X đã bế mạc và trao giải cho các tập thể, cá nhân xuất sắc."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội khỏe năm nay thu hút gần 1.200 vận động viên là học sinh của 52 trường tiểu học và"
                " THCS tranh tài ở 8 môn: điền kinh, bơi lội, bóng đá, cờ vua, cầu lông, bóng bàn, đá"
                " cầu và kéo co."
            ),
            Img(
                f"{_IMG}/10/hkpd-2026-keo-co.jpg",
                "Phần thi kéo co của học sinh khối THCS",
                "Phần thi kéo co của học sinh khối THCS",
                "em",
            ),
            P("Kết quả toàn đoàn các đơn vị dẫn đầu:"),
            P("Xếp hạng | Đơn vị | Huy chương Vàng | Huy chương Bạc | Huy chương Đồng", "th"),
            P("Nhất | Trường THCS Lê Đình Kiên | 14 | 9 | 7", "tr"),
            P("Nhì | Trường THCS Quán Lào | 11 | 10 | 8", "tr"),
            P("Ba | Trường THCS Định Tăng | 8 | 7 | 12", "tr"),
            P(
                "Ban tổ chức đã trao 3 giải toàn đoàn, 168 huy chương các loại cho các vận động viên. Từ"
                " kết quả Hội khỏe, Phòng GD&ĐT sẽ tuyển chọn vận động viên tham dự Hội khỏe Phù Đổng"
                " cấp tỉnh năm 2027."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Mai Xuân Trường</strong></p>'),
        ],
        authors=["Mai Xuân Trường"],
        opts={"day": date(2026, 10, 30), "user": "admin"},
    ),
    Story(
        id=1226,
        slug="soi-noi-ngay-hoi-doc-sach-cua-hoc-sinh-tieu-hoc-huyen-yen-dinh",
        title="Sôi nổi Ngày hội đọc sách của học sinh tiểu học huyện Yên Định",
        cat="3",
        published_at="2026-10-22",
        blocks=[
            P(
                "Ngày 20/10/2026, Phòng GD&ĐT huyện Yên Định tổ chức Ngày hội đọc sách cho học sinh tiểu"
                " học năm 2026 tại Trung tâm Văn hóa huyện, với sự tham gia của hơn 800 học sinh đến từ"
                " 26 trường tiểu học."
            ),
            P(
                "Ngày hội gồm nhiều hoạt động bổ ích như: trưng bày sách, giới thiệu sách, thi kể chuyện"
                " theo sách, vẽ tranh về nhân vật em yêu thích và đố vui. Các gian trưng bày được trang"
                " trí công phu, thu hút đông đảo học sinh và phụ huynh tham quan."
            ),
            Img(f"{_IMG}/10/ngay-hoi-doc-sach-1.jpg", None, None, "bare"),
            Img(f"{_IMG}/10/ngay-hoi-doc-sach-2.jpg", None, None, "bare"),
            Img(f"{_IMG}/10/ngay-hoi-doc-sach-3.jpg", None, None, "bare"),
            P(
                "Ngày hội là dịp để các nhà trường lan tỏa văn hóa đọc, khơi dậy niềm đam mê đọc sách"
                " của học sinh, góp phần xây dựng thói quen đọc sách hằng ngày trong mỗi gia đình."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Thanh Hóa</em></p>'),
        ],
        source="Báo Thanh Hóa",
        opts={"day": date(2026, 10, 22), "user": "bientap"},
    ),
    Story(
        id=1224,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-tai-cum-truong-thcs-so-2",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học tại cụm trường THCS số 2",
        cat="5",
        published_at="2026-10-16",
        summary=(
            "Ngày 14/10/2026, cụm trường THCS số 2 (gồm các trường THCS Định Tăng, Định Tường, Định"
            " Bình và Định Công) tổ chức buổi sinh hoạt chuyên môn theo hướng nghiên cứu bài học môn"
            " Khoa học tự nhiên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Buổi sinh hoạt được tổ chức theo đúng quy trình: giáo viên dạy minh họa, các thành viên"
                " dự giờ tập trung quan sát hoạt động học của học sinh, sau đó cùng phân tích nguyên"
                " nhân học sinh gặp khó khăn và đề xuất biện pháp điều chỉnh."
            ),
            P(
                "Theo đánh giá của tổ chuyên môn Phòng GD&ĐT, hình thức sinh hoạt này giúp giáo viên"
                " chuyển trọng tâm từ việc nhận xét người dạy sang quan sát người học, qua đó nâng cao"
                " năng lực thiết kế và tổ chức hoạt động dạy học theo chương trình mới."
            ),
        ],
        authors=["Nguyễn Thị Hạnh"],
        opts={"day": date(2026, 10, 16), "user": "admin", "tacgia": "ThS. Nguyễn Thị Hạnh"},
    ),
    Story(
        id=1222,
        slug="tap-huan-ky-nang-phong-chong-duoi-nuoc-cho-giao-vien-va-hoc-sinh",
        title="Tập huấn kỹ năng phòng, chống đuối nước cho giáo viên và học sinh",
        cat="3",
        published_at="2026-10-12",
        summary=(
            "Từ ngày 08 đến 10/10/2026, Phòng GD&ĐT phối hợp với Trung tâm Văn hóa - Thể thao huyện"
            " Yên Định tổ chức tập huấn kỹ năng phòng, chống đuối nước cho 150 giáo viên và học sinh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại lớp tập huấn, học viên được trang bị kiến thức về nguyên nhân, cách phòng tránh tai"
                " nạn đuối nước; kỹ năng nhận biết khu vực nước nguy hiểm và các bước sơ cứu, cấp cứu"
                " người bị đuối nước."
            ),
            Img(
                f"{_IMG}/10/tap-huan-duoi-nuoc.jpg",
                "Học viên thực hành sơ cứu người bị đuối nước",
                "Học viên thực hành sơ cứu người bị đuối nước",
                "em",
            ),
            P(
                "Sau tập huấn, các giáo viên sẽ là nòng cốt hướng dẫn kỹ năng an toàn trong môi trường"
                " nước cho học sinh tại đơn vị mình, góp phần giảm thiểu tai nạn thương tích trong học"
                " sinh."
            ),
            Raw('<p style="text-align: right;"><strong>Tin và ảnh: Vũ Thị Lan Anh</strong></p>'),
        ],
        authors=["Vũ Thị Lan Anh"],
        photographers=["Vũ Thị Lan Anh"],
        opts={"day": date(2026, 10, 12), "user": "bientap"},
    ),
    Story(
        id=1218,
        slug="tuyen-duong-86-hoc-sinh-dat-giai-cap-tinh-nam-hoc-2025-2026",
        title="Tuyên dương 86 học sinh đạt giải cấp tỉnh năm học 2025 - 2026",
        cat="3",
        published_at="2026-10-05",
        blocks=[
            P(
                "Chiều 03/10/2026, Phòng GD&ĐT huyện Yên Định tổ chức Lễ tuyên dương, khen thưởng học"
                " sinh đạt giải trong các kỳ thi, cuộc thi cấp tỉnh, cấp quốc gia năm học 2025 - 2026."
            ),
            Img(
                f"{OLD_HOST}/Upload/images/2026/10/tuyen-duong-hsg-2026.jpg",
                "Lãnh đạo huyện trao thưởng cho các học sinh đạt giải cấp quốc gia",
                "Lãnh đạo huyện trao thưởng cho các học sinh đạt giải cấp quốc gia",
                "em",
            ),
            P(
                "Năm học qua, học sinh huyện Yên Định đạt 86 giải cấp tỉnh, trong đó có 9 giải Nhất, 21"
                " giải Nhì, 28 giải Ba và 28 giải Khuyến khích; 2 học sinh đạt giải Ba kỳ thi chọn học"
                " sinh giỏi quốc gia môn Ngữ văn và Lịch sử."
            ),
            P(
                "Tổng số tiền thưởng cho học sinh và giáo viên hướng dẫn hơn 180 triệu đồng, trích từ"
                " ngân sách huyện và Quỹ Khuyến học huyện."
            ),
            Raw('<p style="text-align: right;"><strong>Người viết: Trịnh Văn Long</strong></p>'),
        ],
        authors=["Trịnh Văn Long"],
        opts={
            "day": date(2026, 10, 5),
            "user": "admin",
            "updated": "07/10/2026 08:02",
            "nfd": True,
        },
    ),
]

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}
SOFT_404_ID = 845


def cid_of(s: Story) -> int:
    return int(s.cat)


def newest(cid: int | None = None) -> list[Story]:
    """Posts newest first (all, or one category's)."""
    items = [s for s in STORIES if cid is None or cid_of(s) == cid]
    return sorted(items, key=lambda s: (s.opts["day"], s.id), reverse=True)


def pages_of(cid: int) -> int:
    return max(1, -(-len(newest(cid)) // PAGE_SIZE))


def list_page(cid: int, page: int) -> list[Story]:
    return newest(cid)[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]


def article_path(s: Story) -> str:
    return f"/ChiTietTin.aspx?id={s.id}"


def listed_path(s: Story) -> str:
    return f"/ChiTietTin.aspx?id={s.id}&cid={s.cat}"


def rewritten_path(s: Story) -> str:
    return f"/TinTuc/ChiTiet/{s.id}/{s.slug}"


#: addresses other than article_path that serve the same post
def alt_paths(s: Story) -> list[str]:
    out = [listed_path(s), rewritten_path(s)]
    for other in STORIES:
        for b in other.blocks:
            if isinstance(b, P) and b.style.startswith("a|"):
                href = b.style.split("|")[1]
                if href.lower() == article_path(s).lower() and href != article_path(s):
                    out.append(href)
    return out


@dataclass(frozen=True)
class Doc:
    id: int
    number: str
    kind: str
    issued: date
    signer: str
    abstract: str
    file: str

    @property
    def path(self) -> str:
        return f"/VanBan/ChiTiet.aspx?id={self.id}"


DOCS: list[Doc] = [
    Doc(418, "2150/PGDĐT-THCS", "Công văn", date(2026, 11, 16), "Lê Văn Quang",
        "V/v kiểm tra cuối học kỳ I năm học 2026 - 2027 cấp THCS", "2150-PGDDT-THCS.pdf"),
    Doc(417, "612/KH-PGDĐT", "Kế hoạch", date(2026, 11, 3), "Lê Văn Quang",
        "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 - 2027",
        "612-KH-PGDDT.pdf"),
    Doc(416, "2087/PGDĐT-TH", "Công văn", date(2026, 10, 28), "Nguyễn Thị Lý",
        "V/v tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp huyện bậc Tiểu học",
        "2087-PGDDT-TH.pdf"),
    Doc(415, "231/QĐ-PGDĐT", "Quyết định", date(2026, 10, 20), "Lê Văn Quang",
        "Quyết định thành lập Ban tổ chức Hội khỏe Phù Đổng huyện lần thứ X năm 2026",
        "231-QD-PGDDT.pdf"),
    Doc(414, "1998/PGDĐT-VP", "Công văn", date(2026, 10, 9), "Nguyễn Thị Lý",
        "V/v tăng cường công tác phòng, chống đuối nước cho học sinh", "1998-PGDDT-VP.pdf"),
    Doc(413, "587/KH-PGDĐT", "Kế hoạch", date(2026, 9, 25), "Lê Văn Quang",
        "Kế hoạch bồi dưỡng thường xuyên giáo viên năm học 2026 - 2027", "587-KH-PGDDT.pdf"),
    Doc(412, "1902/PGDĐT-MN", "Công văn", date(2026, 9, 14), "Nguyễn Thị Lý",
        "V/v hướng dẫn nhiệm vụ giáo dục mầm non năm học 2026 - 2027", "1902-PGDDT-MN.pdf"),
]  # fmt: skip
_DOC_BY_ID = {d.id: d for d in DOCS}


def doc_pages() -> int:
    return max(1, -(-len(DOCS) // DOC_PAGE_SIZE))


#: albums of /ThuVienAnh.aspx: id -> (title, day, [(file, caption)])
ALBUMS: dict[int, tuple[str, date, list[tuple[str, str]]]] = {
    21: ("Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", date(2026, 11, 21), [
        ("album-20-11-01.jpg", "Tiết mục văn nghệ chào mừng"),
        ("album-20-11-02.jpg", "Đại biểu dự lễ"),
        ("album-20-11-03.jpg", "Trao Giấy khen cho nhà giáo tiêu biểu"),
    ]),
    20: ("Hội khỏe Phù Đổng huyện lần thứ X", date(2026, 10, 30), [
        ("album-hkpd-01.jpg", "Lễ khai mạc"),
        ("album-hkpd-02.jpg", "Môn đá cầu"),
    ]),
    19: ("Khai giảng năm học 2026 - 2027", date(2026, 9, 5), [
        ("album-khai-giang-01.jpg", "Lễ chào cờ tại Trường THCS Lê Đình Kiên"),
        ("album-khai-giang-02.jpg", "Học sinh lớp 1 Trường TH Quán Lào"),
    ]),
}  # fmt: skip

#: the week schedule: Monday -> [(day label, morning, afternoon)]
SCHEDULE: dict[date, list[tuple[str, str, str]]] = {
    date(2026, 11, 23): [
        ("Thứ Hai 23/11", "Trưởng phòng dự khai mạc Hội thi GVDG THCS tại THCS Lê Đình Kiên",
         "Giao ban lãnh đạo Phòng"),
        ("Thứ Ba 24/11", "Phó Trưởng phòng Nguyễn Thị Lý dự giờ GVDG tại THCS Quán Lào",
         "Làm việc tại cơ quan"),
        ("Thứ Tư 25/11", "Trưởng phòng dự họp UBND huyện", "Kiểm tra nấu ăn bán trú TH Định Tân"),
        ("Thứ Năm 26/11", "Dự giờ GVDG THCS tại THCS Định Tăng", "Làm việc tại cơ quan"),
        ("Thứ Sáu 27/11", "Họp Hội đồng thi đua ngành", "Tổng hợp báo cáo tháng 11"),
    ],
    date(2026, 11, 16): [
        ("Thứ Hai 16/11", "Giao ban lãnh đạo Phòng", "Làm việc tại cơ quan"),
        ("Thứ Ba 17/11", "Kiểm tra công tác chuẩn bị Lễ kỷ niệm 20/11", "Làm việc tại cơ quan"),
        ("Thứ Tư 18/11", "Dự Lễ đón Bằng chuẩn quốc gia THCS Định Hòa", "Làm việc tại cơ quan"),
        ("Thứ Năm 19/11", "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", "Nghỉ bù"),
        ("Thứ Sáu 20/11", "Các trường tổ chức kỷ niệm Ngày Nhà giáo Việt Nam", ""),
    ],
}  # fmt: skip
THIS_MONDAY = date(2026, 11, 23)

GOLD: list[dict] = [
    gold_record(s, article_path(s), CATS[cid_of(s)], alt_paths=alt_paths(s)) for s in newest()
]

NON_ARTICLES: list[str] = [
    "/",
    "/Default.aspx",
    *(f"/TinTuc.aspx?cid={c}" for c in CATS),
    "/GioiThieu.aspx",
    "/LienHe.aspx",
    "/VanBan.aspx",
    *(d.path for d in DOCS),
    "/LichCongTac.aspx",
    "/ThuVienAnh.aspx",
    *(f"/ThuVienAnh.aspx?albumid={a}" for a in ALBUMS),
    f"/ChiTietTin.aspx?id={SOFT_404_ID}",
]


# --- the view state: the page's state, sealed with the machine key ---------------------------

_MACHINE_KEY = b"7F3A9C2E1B5D4F60A8C7E9B1D3F5A7C9E1B3D5F7"
_VS_HEAD = b"\xff\x01\x0f\x0f\x05"
_MAC_LEN = 20


def viewstate(state: str) -> str:
    """The ``__VIEWSTATE`` a page prints for ``state``: a LosFormatter-like head carrying the
    state, the controls' filler, and an HMAC-SHA1 over it (ASP.NET 4's default validation)."""
    raw = state.encode("ascii")
    filler = b""
    seed = ("vs|" + state).encode("ascii")
    while len(filler) < 720 + 13 * len(raw):
        seed = hashlib.sha256(seed).digest()
        filler += seed
    payload = _VS_HEAD + bytes([len(raw)]) + raw + b"\x16\x02" + filler[: 720 + 13 * len(raw)]
    mac = hmac.new(_MACHINE_KEY, payload, hashlib.sha1).digest()
    return base64.b64encode(payload + mac).decode("ascii")


def read_viewstate(value: str) -> str | None:
    """The state sealed in a view state, or None when its MAC does not check out."""
    try:
        data = base64.b64decode(value.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        return None
    payload, mac = data[:-_MAC_LEN], data[-_MAC_LEN:]
    if len(payload) < 7 or not payload.startswith(_VS_HEAD):
        return None
    if not hmac.compare_digest(hmac.new(_MACHINE_KEY, payload, hashlib.sha1).digest(), mac):
        return None
    n = payload[5]
    return payload[6 : 6 + n].decode("ascii", "replace")


def event_validation(state: str) -> str:
    return opaque("ev|" + state, 64 + 4 * len(state), prefix=b"\xff\x01\x16")


def generator(page_file: str) -> str:
    """``__VIEWSTATEGENERATOR``: fixed per .aspx file."""
    return f"{zlib.crc32(page_file.lower().encode()) & 0xFFFFFFFF:08X}"


# --- text as CKEditor 4 writes it ------------------------------------------------------------


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _tones_apart(value: str) -> str:
    """Text as Unikey's "Unicode tổ hợp" types it: the five tone marks as combining characters
    after their letter; â ă ê ô ơ ư đ stay precomposed."""
    out = []
    for ch in unicodedata.normalize("NFC", value):
        parts = unicodedata.normalize("NFD", ch)
        base = "".join(c for c in parts if c not in _TONES)
        out.append(unicodedata.normalize("NFC", base) + "".join(c for c in parts if c in _TONES))
    return "".join(out)


def _ck_chars(markup: str, nfd: bool = False) -> str:
    """Markup as CKEditor's default entity options save it: Latin-1 letters (and “ ” – …) as
    named entities, the other Vietnamese letters raw; tone marks apart first for a text typed in
    Unikey's "Unicode tổ hợp" (``nfd``)."""
    s = _tones_apart(markup) if nfd else markup
    return "".join(
        f"&{codepoint2name[ord(c)]};" if ord(c) > 127 and ord(c) in codepoint2name else c for c in s
    )


def _ck(value: str, nfd: bool = False) -> str:
    """Escaped text, saved by CKEditor (see ``_ck_chars``)."""
    return _ck_chars(_escape(value, quote=False), nfd)


def _dmy(d: date) -> str:
    return f"{d:%d/%m/%Y}"


def _postback(target: str, argument: str = "") -> str:
    """A LinkButton's href as ASP.NET 4 prints it (apostrophes as &#39;)."""
    return f"javascript:__doPostBack(&#39;{target}&#39;,&#39;{argument}&#39;)"


def _link_button(target: str, label: str, cls: str, enabled: bool = True) -> str:
    cid = target.replace("$", "_")
    if not enabled:
        return f'<a id="{cid}" class="{cls} aspNetDisabled" disabled="disabled">{label}</a>'
    return f'<a id="{cid}" class="{cls}" href="{_postback(target)}">{label}</a>'


def _img(src: str, width: int = 500, height: int = 333) -> str:
    return f'<img alt="" src="{esc(src)}" style="width: {width}px; height: {height}px;" />'


def body_html(s: Story) -> str:
    """``lblNoiDung``: the post's CKEditor HTML."""
    nfd = bool(s.opts.get("nfd"))
    out: list[str] = []
    rows: list[P] = []
    items: list[P] = []

    def flush() -> None:
        if rows:
            trs = []
            for r in rows:
                cells = r.text.split(" | ")
                if r.style == "th":
                    tds = "".join(
                        f'<td style="text-align: center;"><strong>{_ck(c, nfd)}</strong></td>'
                        for c in cells
                    )
                else:
                    tds = "".join(f"<td>{_ck(c, nfd)}</td>" for c in cells)
                trs.append(f"\t\t<tr>\n\t\t\t{tds}\n\t\t</tr>")
            out.append(
                '<table border="1" cellpadding="1" cellspacing="0" style="width: 100%;">\n\t<tbody>\n'
                + "\n".join(trs)
                + "\n\t</tbody>\n</table>"
            )
            rows.clear()
        if items:
            lis = "\n".join(f"\t<li>{_ck(i.text, nfd)}</li>" for i in items)
            out.append(f"<ul>\n{lis}\n</ul>")
            items.clear()

    for b in s.blocks:
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows.append(b)
            continue
        if isinstance(b, P) and b.style == "li":
            items.append(b)
            continue
        flush()
        if isinstance(b, Raw):
            out.append(_ck_chars(b.html, nfd))
        elif isinstance(b, P):
            if b.style.startswith("a|"):
                _, href, phrase = b.style.split("|", 2)
                before, after = b.text.split(phrase, 1)
                out.append(
                    f'<p style="text-align: justify;">{_ck(before, nfd)}<a href="{href}">'
                    f"{_ck(phrase, nfd)}</a>{_ck(after, nfd)}</p>"
                )
            else:
                out.append(f'<p style="text-align: justify;">{_ck(b.text, nfd)}</p>')
        elif isinstance(b, Img):
            if b.style == "em":
                out.append(f'<p style="text-align: center;">{_img(b.src)}</p>')
                out.append(
                    f'<p style="text-align: center;"><em>{_ck(b.printed or "", nfd)}</em></p>'
                )
            elif b.style == "paren":
                out.append(
                    f'<p style="text-align: center;">{_img(b.src)}<br />\n'
                    f"<em>{_ck(b.printed or '', nfd)}</em></p>"
                )
            elif b.style == "table":
                out.append(
                    '<table align="center" border="0" cellpadding="1" cellspacing="1"'
                    ' style="width: 500px;">\n\t<tbody>\n'
                    f"\t\t<tr>\n\t\t\t<td>{_img(b.src)}</td>\n\t\t</tr>\n"
                    f'\t\t<tr>\n\t\t\t<td style="text-align: center;"><em>{_ck(b.printed or "", nfd)}'
                    "</em></td>\n\t\t</tr>\n\t</tbody>\n</table>"
                )
            else:
                out.append(f'<p style="text-align: center;">{_img(b.src)}</p>')
    flush()
    return "\n".join(out)


def _excerpt(s: Story) -> str:
    if s.summary:
        return s.summary
    first = next(b.text for b in s.blocks if isinstance(b, P))
    return first if len(first) <= 180 else first[:180].rsplit(" ", 1)[0] + "..."


def _thumb(s: Story) -> str:
    first = next((i.src for i in s.images if i.src.startswith("/")), None)
    if first is None:
        return "/images/no-image.jpg"
    return first.replace("/Upload/images/", "/Upload/images/thumb/")


# --- the MasterPage ------------------------------------------------------------------------


def _counter() -> str:
    return (
        '<div class="khung_phai"><div class="tieude_khung">Thống kê truy cập</div>'
        '<div class="noidung_khung thongke">'
        '<p><img src="/images/icon_online.gif" alt="" /> Đang online: '
        '<span id="ctl00_ucThongKe_lblOnline">27</span></p>'
        '<p><img src="/images/icon_homnay.gif" alt="" /> Hôm nay: '
        '<span id="ctl00_ucThongKe_lblHomNay">1.254</span></p>'
        '<p><img src="/images/icon_tong.gif" alt="" /> Tổng số: '
        '<span id="ctl00_ucThongKe_lblTong">1.873.552</span></p></div></div>'
    )


def _left() -> str:
    cats = "\n".join(
        f'<tr>\n\t\t<td><a id="ctl00_dlChuyenMuc_ctl{i:02d}_hplChuyenMuc" class="menutrai"'
        f' href="/TinTuc.aspx?cid={c}">&#187; {esc(name)}</a></td>\n\t</tr>'
        for i, (c, name) in enumerate(CATS.items())
    )
    latest = "\n".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="ngay_nho">({_dmy(s.opts["day"])})'
        "</span></li>"
        for s in newest()[:NEWEST]
    )
    return f"""<div id="cot_trai">
<div class="khung_trai"><div class="tieude_khung">Danh mục tin</div>
<table id="ctl00_dlChuyenMuc" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;">
\t{cats}
</table></div>
<div class="khung_trai"><div class="tieude_khung">Tin mới nhất</div>
<ul class="tinmoi">{latest}</ul></div>
<div class="khung_trai"><a href="/LichCongTac.aspx"><img src="/images/banner_lichcongtac.jpg" alt="Lịch công tác" /></a>
<a href="/ThuVienAnh.aspx"><img src="/images/banner_thuvienanh.jpg" alt="Thư viện ảnh" /></a></div>
</div>"""


def _right() -> str:
    docs = "\n".join(
        f'<li><a href="{d.path}">{esc(d.number)}</a>: {esc(d.abstract)}'
        f' <span class="ngay_nho">({_dmy(d.issued)})</span></li>'
        for d in DOCS[:4]
    )
    return f"""<div id="cot_phai">
<div class="khung_phai"><div class="tieude_khung">Văn bản mới</div>
<ul class="vanbanmoi">{docs}</ul><div class="xemtiep"><a href="/VanBan.aspx">Xem tiếp &#187;</a></div></div>
<div class="khung_phai"><div class="tieude_khung">Liên kết website</div>
<select name="ctl00$ddlLienKet" id="ctl00_ddlLienKet" onchange="window.open(this.value);">
\t<option value="">-- Chọn liên kết --</option>
\t<option value="http://www.moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
\t<option value="http://thanhhoa.edu.vn">Sở GD&amp;ĐT Thanh Hóa</option>
\t<option value="http://yendinh.thanhhoa.gov.vn">UBND huyện Yên Định</option>
</select>
<a href="http://thanhhoa.edu.vn" target="_blank"><img src="/images/banner_sogd.jpg" alt="Sở GD&amp;ĐT Thanh Hóa" /></a>
<a href="https://vnedu.vn" target="_blank"><img src="/images/banner_vnedu.jpg" alt="vnEdu" /></a></div>
{_counter()}
</div>"""


_MENU = """<div id="menu_ngang"><ul class="menu">
<li><a href="/Default.aspx">Trang chủ</a></li>
<li><a href="/GioiThieu.aspx">Giới thiệu</a></li>
<li><a href="/TinTuc.aspx?cid=3">Tin tức</a><ul>{sub}</ul></li>
<li><a href="/VanBan.aspx">Văn bản</a></li>
<li><a href="/LichCongTac.aspx">Lịch công tác</a></li>
<li><a href="/ThuVienAnh.aspx">Thư viện ảnh</a></li>
<li><a href="/LienHe.aspx">Liên hệ</a></li>
</ul></div>"""


def _page(
    *,
    action: str,
    page_file: str,
    state: str,
    content: str,
    search_text: str = "",
    extra_head: str = "",
) -> str:
    sub = "".join(f'<li><a href="/TinTuc.aspx?cid={c}">{esc(n)}</a></li>' for c, n in CATS.items())
    return f"""

<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>
\t{esc(SITE)}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="keywords" content="phong giao duc yen dinh, pgd yen dinh, giao duc yen dinh" /><link href="/App_Themes/XanhDuong/Style.css" type="text/css" rel="stylesheet" /><link href="/css/menu.css" rel="stylesheet" type="text/css" /><link href="/css/nivo-slider.css" rel="stylesheet" type="text/css" />
    <script src="/js/jquery-1.7.2.min.js" type="text/javascript"></script>
    <script src="/js/jquery.nivo.slider.pack.js" type="text/javascript"></script>
{extra_head}</head>
<body>
    <form method="post" action="{esc(action)}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(state)}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{
    theForm = document.aspnetForm;
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


<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAG0REM8qqEBAHCZinHsmTftbBz8ARFqQG4SmTbTGQGNsxByiuhhp7M8BL__qlDclA2&amp;t=635588219783203125" type="text/javascript"></script>

<div class="aspNetHidden">

\t<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{generator(page_file)}" />
\t<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{event_validation(state)}" />
</div>
<div id="khung_ngoai">
<div id="dau_trang">
<div class="banner"><a href="/Default.aspx"><img src="/images/banner_pgd_yendinh.jpg" alt="{esc(SITE)}" /></a></div>
<div class="thanh_ngay"><span id="ctl00_lblNgay" class="ngaythang">{TODAY}</span>
<div class="timkiem"><input name="{SEARCH_BOX}" type="text" value="{esc(search_text)}" id="ctl00_txtTuKhoa" class="o_timkiem" placeholder="Nhập từ khóa..." />
<input type="submit" name="{SEARCH_BUTTON}" value="Tìm kiếm" id="ctl00_btnTimKiem" class="nut_timkiem" />
<a href="/QuanTri/DangNhap.aspx" class="dangnhap">Đăng nhập</a></div></div>
<div class="chu_chay"><marquee behavior="scroll" direction="left" scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026 * Ngành Giáo dục huyện Yên Định thi đua dạy tốt - học tốt *</marquee></div>
{_MENU.format(sub=sub)}
</div>
<div id="than_trang">
{_left()}
<div id="cot_giua">
{content}
</div>
{_right()}
<div class="clear"></div>
</div>
<div id="chan_trang">
<p><strong>CƠ QUAN CHỦ QUẢN: {esc(SITE.upper())}</strong></p>
<p>Địa chỉ: {esc(ADDRESS)}</p>
<p>Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE} - Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<p>Chịu trách nhiệm chính: Ông Lê Văn Quang - Trưởng phòng</p>
<p class="thietke">Bản quyền &copy; 2014 {esc(SHORT)}. Thiết kế và phát triển bởi Công ty TNHH Phần mềm Sao Mai</p>
</div>
</div>
    </form>
</body>
</html>
"""


def _crumbs(*parts: tuple[str | None, str]) -> str:
    items = ['<a href="/Default.aspx">Trang chủ</a>']
    for href, label in parts:
        items.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return '<div class="duongdan">' + " &#187; ".join(items) + "</div>"


# --- pages ---------------------------------------------------------------------------------


def _home(request: Request) -> str:
    slides = "\n".join(
        f'<a href="{rewritten_path(s)}"><img src="{_thumb(s).replace("/thumb/", "/")}"'
        f' alt="" title="#htmlcaption{i}" /></a>'
        for i, s in enumerate(newest()[:4])
    )
    captions = "\n".join(
        f'<div id="htmlcaption{i}" class="nivo-html-caption">{esc(s.title)}</div>'
        for i, s in enumerate(newest()[:4])
    )

    def box(cid: int, count: int) -> str:
        items = newest(cid)[:count]
        if not items:
            return ""
        first, rest = items[0], items[1:]
        lis = "\n".join(
            f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="ngay_nho">({_dmy(s.opts["day"])})</span></li>'
            for s in rest
        )
        return f"""<div class="khung_tin">
<div class="tieude_khungtin"><a href="/TinTuc.aspx?cid={cid}">{esc(CATS[cid])}</a></div>
<div class="tin_noibat"><a href="{article_path(first)}"><img src="{_thumb(first)}" alt="" class="anh_noibat" /></a>
<a class="tieude_noibat" href="{article_path(first)}">{esc(first.title)}</a> <span class="ngay_nho">({_dmy(first.opts["day"])})</span>
<p>{esc(_excerpt(first))}</p></div>
<ul class="ds_tin">{lis}</ul>
<div class="xemtiep"><a href="/TinTuc.aspx?cid={cid}">Xem thêm &#187;</a></div>
</div>"""

    content = f"""<div class="slider-wrapper theme-default"><div id="slider" class="nivoSlider">
{slides}
</div>
{captions}
</div>
<script type="text/javascript">$(window).load(function() {{ $('#slider').nivoSlider({{ effect: 'fade', pauseTime: 4000 }}); }});</script>
{box(3, 4)}
{box(5, 3)}
{box(7, 2)}"""
    action = "./" if request.path == "/" else "./Default.aspx"
    return _page(action=action, page_file="/Default.aspx", state="Default", content=content)


def _pager(cid: int, page: int) -> str:
    total = pages_of(cid)
    if total == 1:
        return ""
    parts = []
    if page > 1:
        parts.append(_link_button(PREV_PAGE, "&#171; Trang trước", "trang_truoc"))
    for n in range(1, total + 1):
        btn = pager_button(n)
        if n == page:
            parts.append(_link_button(btn, str(n), "trang_hientai", enabled=False))
        else:
            parts.append(_link_button(btn, str(n), "trang"))
    parts.append(_link_button(NEXT_PAGE, "Trang sau &#187;", "trang_sau", enabled=page < total))
    return '<div class="phantrang">Trang: ' + "\n".join(parts) + "</div>"


def enabled_list_targets(cid: int, page: int) -> set[str]:
    total = pages_of(cid)
    out = {pager_button(n) for n in range(1, total + 1) if n != page}
    if page > 1:
        out.add(PREV_PAGE)
    if page < total:
        out.add(NEXT_PAGE)
    return out if total > 1 else set()


def _listing(cid: int, page: int, action: str) -> str:
    rows = []
    for i, s in enumerate(list_page(cid, page)):
        pre = f"{CP_ID}rptTinTuc_ctl{i:02d}_"
        href = f"ChiTietTin.aspx?id={s.id}&amp;cid={cid}"
        rows.append(
            f"""<div class="tin_item">
<a id="{pre}hplAnh" href="{href}"><img id="{pre}imgAnh" class="anh_tin" src="{_thumb(s)}" style="border-width:0px;" /></a>
<a id="{pre}hplTieuDe" class="tieude_tin" href="{href}">{esc(s.title)}</a>
<span id="{pre}lblNgay" class="ngaydang_tin">({_dmy(s.opts["day"])})</span>
<div class="tomtat_tin">{esc(_excerpt(s))}</div>
<div class="clear"></div>
</div>"""
        )
    if not rows:
        rows.append(
            f'<span id="{CP_ID}lblThongBao" class="thongbao">Chưa có tin bài trong chuyên mục này.</span>'
        )
    content = f"""{_crumbs((f"/TinTuc.aspx?cid={cid}", CATS[cid]))}
<div class="khung_chuyenmuc">
<div class="tieude_chuyenmuc"><span id="{CP_ID}lblTenChuyenMuc">{esc(CATS[cid])}</span></div>
{"".join(rows)}
{_pager(cid, page)}
</div>"""
    return _page(
        action=action, page_file="/TinTuc.aspx", state=f"TinTuc|{cid}|{page}", content=content
    )


def _article(s: Story, action: str) -> str:
    cid = cid_of(s)
    updated = (
        f'<span id="{CP_ID}lblNgayCapNhat" class="ngaycapnhat"> - Cập nhật: {s.opts["updated"]}</span>'
        if s.opts.get("updated")
        else ""
    )
    lead = esc(s.summary) if s.summary else ""
    tacgia = (
        f'<div class="tacgia_chitiet">Tác giả: <span id="{CP_ID}lblTacGia">{esc(s.opts["tacgia"])}</span></div>'
        if s.opts.get("tacgia")
        else ""
    )
    attach = ""
    if s.opts.get("attach"):
        href, fname = s.opts["attach"]
        attach = (
            f'<div class="filedinhkem"><img src="/images/icon_pdf.gif" alt="" /> File đính kèm: '
            f'<a id="{CP_ID}hplFile" href="{href}" target="_blank">{esc(fname)}</a></div>'
        )
    others = [o for o in newest(cid) if o.id != s.id][:OTHERS]
    other_rows = "\n".join(
        f'<li><a id="{CP_ID}rptTinKhac_ctl{i:02d}_hplTinKhac" href="{article_path(o)}">{esc(o.title)}</a>'
        f' <span class="ngay_nho">({_dmy(o.opts["day"])})</span></li>'
        for i, o in enumerate(others)
    )
    share = quote(f"http://pgdyendinh.edu.vn{article_path(s)}", safe="")
    content = f"""{_crumbs((f"/TinTuc.aspx?cid={cid}", CATS[cid]))}
<div class="khung_chitiet">
<div class="tieude"><span id="{CP_ID}lblTieuDe" class="tieude_chitiet">{esc(s.title)}</span></div>
<div class="thongtin_bai"><span id="{CP_ID}lblNgayDang" class="ngaydang">Ngày đăng: {_dmy(s.opts["day"])}</span>{updated} | Người đăng: <span id="{CP_ID}lblNguoiDang">{s.opts["user"]}</span> | Lượt xem: <span id="{CP_ID}lblLuotXem">{s.views()}</span></div>
<div class="tomtat"><span id="{CP_ID}lblTomTat" class="tomtat_chitiet" style="font-weight:bold;">{lead}</span></div>
<div class="noidung"><span id="{CP_ID}lblNoiDung" class="noidung_chitiet">{body_html(s)}</span></div>
{tacgia}
{attach}
<div class="congcu">
{_link_button(BACK, "&#171; Quay lại", "quaylai")}
<a href="javascript:window.print();" class="inbai"><img src="/images/icon_print.gif" alt="" /> In bài</a>
<a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" class="chiase"><img src="/images/icon_facebook.gif" alt="" /> Chia sẻ</a>
<a href="#" class="vedautrang">Về đầu trang</a>
</div>
<div class="tinkhac"><div class="tieude_tinkhac">Các tin khác</div>
<ul>{other_rows}</ul></div>
</div>"""
    head = (
        f'<meta property="og:title" content="{esc(s.title)}" />'
        f'<meta property="og:description" content="{esc(_excerpt(s))}" />'
        f'<meta property="og:type" content="article" />'
    )
    return _page(
        action=action, page_file="/ChiTietTin.aspx", state=f"ChiTiet|{s.id}", content=content,
        extra_head=head,
    )  # fmt: skip


def _missing_article(post_id: str, action: str) -> str:
    content = f"""{_crumbs()}
<div class="khung_chitiet">
<div class="tieude"><span id="{CP_ID}lblTieuDe" class="tieude_chitiet"></span></div>
<span id="{CP_ID}lblThongBao" class="thongbao">Tin bài không tồn tại hoặc đã bị xóa!</span>
</div>"""
    return _page(
        action=action, page_file="/ChiTietTin.aspx", state=f"ChiTiet|{post_id}", content=content
    )


_ABOUT = [
    "Phòng Giáo dục và Đào tạo huyện Yên Định là cơ quan chuyên môn thuộc UBND huyện, có chức năng"
    " tham mưu, giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa"
    " bàn huyện.",
    "Toàn huyện hiện có 29 trường mầm non, 26 trường tiểu học, 23 trường THCS với hơn 38.000 học sinh"
    " và gần 2.100 cán bộ, giáo viên, nhân viên.",
    "Lãnh đạo Phòng gồm: Trưởng phòng Lê Văn Quang; Phó Trưởng phòng Nguyễn Thị Lý và Phó Trưởng"
    " phòng Hoàng Văn Tuấn.",
]


def _about() -> str:
    paras = "".join(f'<p style="text-align: justify;">{_ck(p)}</p>' for p in _ABOUT)
    content = f"""{_crumbs((None, "Giới thiệu"))}
<div class="khung_chitiet"><div class="tieude"><span id="{CP_ID}lblTieuDe" class="tieude_chitiet">Giới thiệu chung</span></div>
<span id="{CP_ID}lblNoiDung" class="noidung_chitiet">{paras}</span></div>"""
    return _page(
        action="./GioiThieu.aspx", page_file="/GioiThieu.aspx", state="GioiThieu", content=content
    )


def _contact(sent: bool = False, values: dict[str, str] | None = None) -> str:
    values = values or {}
    note = (
        f'<span id="{CP_ID}lblKetQua" class="thongbao">Cảm ơn bạn đã gửi liên hệ. Chúng tôi sẽ phản hồi'
        " trong thời gian sớm nhất.</span>"
        if sent
        else f'<span id="{CP_ID}lblKetQua" class="thongbao"></span>'
    )

    def box(name: str, label: str, multi: bool = False) -> str:
        full = f"{CP}txt{name}"
        ident = full.replace("$", "_")
        if multi:
            field = f'<textarea name="{full}" rows="6" cols="50" id="{ident}" class="o_nhap"></textarea>'
        else:
            v = "" if sent else esc(values.get(full, ""))
            field = f'<input name="{full}" type="text" value="{v}" id="{ident}" class="o_nhap" />'
        return f'<tr><td class="nhan">{label}</td><td>{field}</td></tr>'

    content = f"""{_crumbs((None, "Liên hệ"))}
<div class="khung_lienhe">
<div class="tieude_chuyenmuc">Liên hệ</div>
<p><strong>{esc(SITE)}</strong></p>
<p>Địa chỉ: {esc(ADDRESS)}</p><p>Điện thoại: {PHONE} - Email: {EMAIL}</p>
<table class="bang_lienhe">
{box("HoTen", "Họ và tên (*)")}
{box("Email", "Email (*)")}
{box("DienThoai", "Điện thoại")}
{box("TieuDe", "Tiêu đề (*)")}
{box("NoiDung", "Nội dung (*)", multi=True)}
<tr><td></td><td><input type="submit" name="{SEND_BUTTON}" value="Gửi liên hệ" id="{SEND_BUTTON.replace("$", "_")}" class="nut" /></td></tr>
</table>
{note}
</div>"""
    return _page(action="./LienHe.aspx", page_file="/LienHe.aspx", state="LienHe", content=content)


def enabled_doc_arguments(page: int) -> set[str]:
    return {f"Page${n}" for n in range(1, doc_pages() + 1) if n != page}


def _docs(page: int) -> str:
    chunk = DOCS[(page - 1) * DOC_PAGE_SIZE : page * DOC_PAGE_SIZE]
    rows = []
    for i, d in enumerate(chunk):
        cls = "dong_chan" if i % 2 else "dong_le"
        rows.append(
            f'<tr class="{cls}">\n\t\t\t<td align="center">{(page - 1) * DOC_PAGE_SIZE + i + 1}</td>'
            f'<td><a href="{d.path.lstrip("/")}">{esc(d.number)}</a></td>'
            f"<td>{_dmy(d.issued)}</td><td>{esc(d.abstract)}</td>"
            f'<td align="center"><a href="/Upload/VanBan/{d.file}" target="_blank">'
            '<img src="/images/icon_download.gif" alt="Tải về" /></a></td>\n\t\t</tr>'
        )
    pager_cells = []
    for n in range(1, doc_pages() + 1):
        if n == page:
            pager_cells.append(f"<td><span>{n}</span></td>")
        else:
            pager_cells.append(f'<td><a href="{_postback(DOC_GRID, f"Page${n}")}">{n}</a></td>')
    pager = (
        f'<tr class="phantrang_grid">\n\t\t\t<td colspan="5"><table>\n\t\t\t\t<tr>{"".join(pager_cells)}'
        "</tr>\n\t\t\t</table></td>\n\t\t</tr>"
    )
    content = f"""{_crumbs((None, "Văn bản"))}
<div class="khung_vanban">
<div class="tieude_chuyenmuc">Văn bản chỉ đạo, điều hành</div>
<div>
\t<table class="bang_vanban" cellspacing="0" rules="all" border="1" id="{CP_ID}gvVanBan" style="width:100%;border-collapse:collapse;">
\t\t<tr class="dong_tieude">
\t\t\t<th scope="col">STT</th><th scope="col">Số/Ký hiệu</th><th scope="col">Ngày ban hành</th><th scope="col">Trích yếu</th><th scope="col">Tải về</th>
\t\t</tr>{"".join(rows)}{pager}
\t</table>
</div>
</div>"""
    return _page(
        action="./VanBan.aspx", page_file="/VanBan.aspx", state=f"VanBan|{page}", content=content
    )


def _doc(d: Doc) -> str:
    content = f"""{_crumbs(("/VanBan.aspx", "Văn bản"), (None, d.number))}
<div class="khung_vanban">
<table class="bang_chitiet_vanban">
<tr><td class="nhan">Số/Ký hiệu:</td><td><span id="{CP_ID}lblSoKyHieu">{esc(d.number)}</span></td></tr>
<tr><td class="nhan">Loại văn bản:</td><td><span id="{CP_ID}lblLoai">{esc(d.kind)}</span></td></tr>
<tr><td class="nhan">Ngày ban hành:</td><td><span id="{CP_ID}lblNgayBanHanh">{_dmy(d.issued)}</span></td></tr>
<tr><td class="nhan">Người ký:</td><td><span id="{CP_ID}lblNguoiKy">{esc(d.signer)}</span></td></tr>
<tr><td class="nhan">Trích yếu:</td><td><span id="{CP_ID}lblTrichYeu">{esc(d.abstract)}</span></td></tr>
<tr><td class="nhan">File đính kèm:</td><td><a id="{CP_ID}hplFile" href="/Upload/VanBan/{d.file}">{d.file}</a></td></tr>
</table>
<div class="congcu"><a href="/VanBan.aspx">&#171; Danh sách văn bản</a></div>
</div>"""
    return _page(
        action=f"./ChiTiet.aspx?id={d.id}", page_file="/VanBan/ChiTiet.aspx", state=f"VanBanCT|{d.id}",
        content=content,
    )  # fmt: skip


def week_of(offset: int) -> date:
    return THIS_MONDAY + timedelta(weeks=offset)


def _schedule(offset: int) -> str:
    monday = week_of(offset)
    sunday = monday + timedelta(days=6)
    data = SCHEDULE.get(monday)
    if data:
        rows = "".join(
            f'<tr><td class="ngay">{esc(day)}</td><td>{esc(am)}</td><td>{esc(pm)}</td></tr>'
            for day, am, pm in data
        )
        table = (
            f'<table class="bang_lich" border="1" cellspacing="0" cellpadding="4" style="width:100%;">'
            f"<tr><th>Ngày</th><th>Sáng</th><th>Chiều</th></tr>{rows}</table>"
        )
    else:
        table = (
            f'<span id="{CP_ID}lblThongBao" class="thongbao">Chưa có lịch công tác tuần này.</span>'
        )
    content = f"""{_crumbs((None, "Lịch công tác"))}
<div class="khung_lich">
<div class="tieude_chuyenmuc">Lịch công tác tuần</div>
<div class="chon_tuan">
{_link_button(PREV_WEEK, "&#171; Tuần trước", "tuan")}
{_link_button(THIS_WEEK, "Tuần này", "tuan")}
{_link_button(NEXT_WEEK, "Tuần sau &#187;", "tuan")}
</div>
<div class="tieude_tuan"><span id="{CP_ID}lblTuan">Từ ngày {_dmy(monday)} đến ngày {_dmy(sunday)}</span></div>
{table}
</div>"""
    return _page(
        action="./LichCongTac.aspx",
        page_file="/LichCongTac.aspx",
        state=f"Lich|{offset}",
        content=content,
    )


def _gallery(album: int | None) -> str:
    if album is None:
        cells = "".join(
            f'<td><a href="ThuVienAnh.aspx?albumid={a}"><img src="/Upload/album/{photos[0][0]}" alt="" class="anh_album" /></a>'
            f'<br /><a href="ThuVienAnh.aspx?albumid={a}">{esc(title)}</a> <span class="ngay_nho">({_dmy(d)})</span></td>'
            for a, (title, d, photos) in ALBUMS.items()
        )
        inner = f'<table id="{CP_ID}dlAlbum" cellspacing="0" style="width:100%;"><tr>{cells}</tr></table>'
        crumbs = _crumbs((None, "Thư viện ảnh"))
        state = "ThuVienAnh|0"
    else:
        title, d, photos = ALBUMS[album]
        pics = "".join(
            f'<div class="anh"><a href="/Upload/album/{f}" rel="lightbox[album]" title="{esc(c)}">'
            f'<img src="/Upload/album/thumb/{f}" alt="{esc(c)}" /></a><div class="chuthich">{esc(c)}</div></div>'
            for f, c in photos
        )
        inner = f'<div class="tieude_album">{esc(title)} ({_dmy(d)})</div>{pics}'
        crumbs = _crumbs(("/ThuVienAnh.aspx", "Thư viện ảnh"), (None, title))
        state = f"ThuVienAnh|{album}"
    content = f'{crumbs}\n<div class="khung_album"><div class="tieude_chuyenmuc">Thư viện ảnh</div>{inner}</div>'
    action = "./ThuVienAnh.aspx" + (f"?albumid={album}" if album else "")
    return _page(action=action, page_file="/ThuVienAnh.aspx", state=state, content=content)


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def _search(keyword: str) -> str:
    if not keyword.strip():
        inner = (
            f'<span id="{CP_ID}lblKetQua" class="thongbao">Vui lòng nhập từ khóa cần tìm.</span>'
        )
    else:
        hits = [s for s in newest() if _fold(keyword) in _fold(s.title)]
        rows = "".join(
            f'<div class="tin_item"><a class="tieude_tin" href="ChiTietTin.aspx?id={s.id}">{esc(s.title)}</a>'
            f' <span class="ngaydang_tin">({_dmy(s.opts["day"])})</span></div>'
            for s in hits
        )
        inner = (
            f'<span id="{CP_ID}lblKetQua" class="thongbao">Tìm thấy {len(hits)} kết quả với từ khóa'
            f" “{esc(keyword)}”</span>{rows}"
        )
    content = f'{_crumbs((None, "Tìm kiếm"))}\n<div class="khung_chuyenmuc"><div class="tieude_chuyenmuc">Kết quả tìm kiếm</div>{inner}</div>'
    return _page(
        action=f"./TimKiem.aspx?tukhoa={quote(keyword)}", page_file="/TimKiem.aspx", state="TimKiem",
        content=content, search_text=keyword,
    )  # fmt: skip


def _login() -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Đăng nhập hệ thống quản trị</title></head>
<body><form method="post" action="./DangNhap.aspx" id="form1">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate("DangNhap")}" />
<div class="khung_dangnhap"><h3>ĐĂNG NHẬP HỆ THỐNG</h3>
Tên đăng nhập: <input name="txtUser" type="text" id="txtUser" /><br />
Mật khẩu: <input name="txtPass" type="password" id="txtPass" /><br />
<input type="submit" name="btnDangNhap" value="Đăng nhập" id="btnDangNhap" /></div>
</form></body></html>"""


# --- errors as IIS / ASP.NET print them ------------------------------------------------------


def _yellow(message: str, kind: str) -> Response:
    body = f"""<!DOCTYPE html>
<html>
    <head>
        <title>{esc(message)}</title>
        <meta name="viewport" content="width=device-width" />
    </head>
    <body bgcolor="white">
            <span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>
            <h2> <i>{esc(message)}</i> </h2></span>
            <font face="Arial, Helvetica, Geneva, SunSans-Regular, sans-serif ">
            <b> Description: </b>An unhandled exception occurred during the execution of the current web request.
            <br><br>
            <b> Exception Details: </b>System.Web.{kind}: {esc(message)}<br><br>
            <hr width=100% size=1 color=silver>
            <b>Version Information:</b>&nbsp;Microsoft .NET Framework Version:4.0.30319; ASP.NET Version:4.0.30319.34280
            </font>
    </body>
</html>
<!--
[{kind}]: {esc(message)}
-->"""
    return html(body, status=500, headers=_HEADERS)


_NOT_FOUND = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/>
<title>404 - File or directory not found.</title>
</head>
<body>
<div id="header"><h1>Server Error</h1></div>
<div id="content">
 <div class="content-container"><fieldset>
  <h2>404 - File or directory not found.</h2>
  <h3>The resource you are looking for might have been removed, had its name changed, or is temporarily unavailable.</h3>
 </fieldset></div>
</div>
</body>
</html>
"""

_HEADERS = {
    "Cache-Control": "private",
    "Server": "Microsoft-IIS/8.5",
    "X-AspNet-Version": "4.0.30319",
    "X-Powered-By": "ASP.NET",
}
_ROBOTS = "User-agent: *\nDisallow: /QuanTri/\nDisallow: /Admin/\n"

MAC_FAILED = "Validation of viewstate MAC failed."
INVALID_POSTBACK = "Invalid postback or callback argument."


@dataclass
class Postback:
    """What a POST asked for: the state read back from the view state and the raised event."""

    state: str | None
    target: str = ""
    argument: str = ""
    button: str = ""
    form: dict[str, str] | None = None


def _read_form(request: Request) -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in request.body.decode("utf-8", "replace").split("&"):
        if not pair:
            continue
        key, _, value = pair.partition("=")
        out.setdefault(unquote_plus(key), unquote_plus(value))
    return out


def _postback_of(
    request: Request, state_ok, buttons: tuple[str, ...] = (SEARCH_BUTTON,)
) -> Postback | Response:
    """Read a POST as ASP.NET does. ``state_ok(state)`` says whether the state belongs to the
    requested page; ``buttons`` are the page's submit buttons (a posted name of no control is
    ignored); a GET, or a POST that is no postback, gives ``Postback(None)``."""
    if request.method != "POST":
        return Postback(None)
    form = _read_form(request)
    if "__VIEWSTATE" not in form and "__EVENTTARGET" not in form:
        return Postback(None, form=form)
    value = form.get("__VIEWSTATE", "")
    if not value:
        return Postback(None, form=form)
    state = read_viewstate(value)
    if state is None or not state_ok(state):
        return _yellow(MAC_FAILED, "HttpException")
    button = next((b for b in buttons if b in form), "")
    target = "" if button else form.get("__EVENTTARGET", "")
    if (button or target) and form.get("__EVENTVALIDATION") != event_validation(state):
        return _yellow(INVALID_POSTBACK, "ArgumentException")
    return Postback(state, target, form.get("__EVENTARGUMENT", ""), button, form)


def _search_redirect(pb: Postback) -> Response:
    keyword = (pb.form or {}).get(SEARCH_BOX, "").strip()
    return redirect(f"/TimKiem.aspx?tukhoa={quote(keyword)}", 302)


_REWRITE = re.compile(r"^/tintuc/chitiet/(\d+)(?:/[^/]*)?$")


class AspNetPgd:
    """IIS + the WebForms application: routes by .aspx file, case-insensitively."""

    def respond(self, request: Request) -> Response | None:
        low = request.path.lower()
        if low.startswith(
            ("/upload/images/", "/upload/album/", "/images/", "/css/", "/js/", "/app_themes/")
        ):
            return static_file(request.path) or self._missing()
        if low == "/webresource.axd":
            return Response(200, b"/* WebForms.js */", {"Content-Type": "application/x-javascript"})
        if low.startswith(("/upload/files/", "/upload/vanban/")):
            name = request.path.rsplit("/", 1)[1]
            known = {d.file for d in DOCS} | {
                s.opts["attach"][1] for s in STORIES if s.opts.get("attach")
            }
            if name in known:
                return Response(200, PDF, {"Content-Type": "application/pdf", **_HEADERS})
            return self._missing()
        if low == "/robots.txt":
            return Response(200, _ROBOTS, {"Content-Type": "text/plain"})
        if low == "/favicon.ico":
            return static_file(low)
        params = {k.lower(): v for k, v in request.params.items()}
        handler = {
            "/": self._home,
            "/default.aspx": self._home,
            "/tintuc.aspx": self._list,
            "/chitiettin.aspx": self._article,
            "/gioithieu.aspx": self._about,
            "/lienhe.aspx": self._contact,
            "/vanban.aspx": self._docs,
            "/vanban/chitiet.aspx": self._doc,
            "/lichcongtac.aspx": self._schedule,
            "/thuvienanh.aspx": self._gallery,
            "/timkiem.aspx": self._search,
            "/quantri/dangnhap.aspx": lambda r, p: _login(),
        }.get(low)
        if handler is None and (m := _REWRITE.match(low)):
            params = {"id": m.group(1)}
            handler = self._article
        if handler is None:
            return self._missing()
        out = handler(request, params)
        if isinstance(out, Response):
            return out
        return html(out, headers={**_HEADERS, "Set-Cookie": _session_cookie()})

    @staticmethod
    def _missing() -> Response:
        return html(_NOT_FOUND, status=404, charset=None, headers=_HEADERS)

    # each handler: (request, lower-cased query) -> page text or Response

    def _master_event(self, pb: Postback) -> Response | None:
        if pb.button == SEARCH_BUTTON:
            return _search_redirect(pb)
        return None

    def _home(self, request: Request, params: dict[str, str]) -> str | Response:
        pb = _postback_of(request, lambda st: st == "Default")
        if isinstance(pb, Response):
            return pb
        return self._master_event(pb) or _home(request)

    def _list(self, request: Request, params: dict[str, str]) -> str | Response:
        try:
            cid = int(params.get("cid", ""))
        except ValueError:
            cid = 0
        if cid not in CATS:
            return redirect("/Default.aspx", 302)
        action = f"./TinTuc.aspx?cid={cid}"
        pb = _postback_of(request, lambda st: st.startswith(f"TinTuc|{cid}|"))
        if isinstance(pb, Response):
            return pb
        if (hit := self._master_event(pb)) is not None:
            return hit
        page = int(pb.state.split("|")[2]) if pb.state else 1
        page = min(max(page, 1), pages_of(cid))
        if pb.target in enabled_list_targets(cid, page):
            if pb.target == NEXT_PAGE:
                page += 1
            elif pb.target == PREV_PAGE:
                page -= 1
            else:
                page = int(pb.target.split("$ctl")[-1].split("$")[0]) + 1
        return _listing(cid, page, action)

    def _article(self, request: Request, params: dict[str, str]) -> str | Response:
        raw_id = params.get("id", "")
        if not raw_id.isdigit():
            return redirect("/Default.aspx", 302)
        # the form posts back to the address as requested (ASP.NET 4 prints the raw URL's file)
        action = (
            "./" + request.path.rsplit("/", 1)[1] + (f"?{request.query}" if request.query else "")
        )
        pb = _postback_of(request, lambda st: st == f"ChiTiet|{int(raw_id)}")
        if isinstance(pb, Response):
            return pb
        if (hit := self._master_event(pb)) is not None:
            return hit
        story = _BY_ID.get(int(raw_id))
        if story is None:
            return _missing_article(str(int(raw_id)), action)
        if pb.target == BACK:
            return redirect(f"/TinTuc.aspx?cid={story.cat}", 302)
        return _article(story, action)

    def _about(self, request: Request, params: dict[str, str]) -> str | Response:
        pb = _postback_of(request, lambda st: st == "GioiThieu")
        if isinstance(pb, Response):
            return pb
        return self._master_event(pb) or _about()

    def _contact(self, request: Request, params: dict[str, str]) -> str | Response:
        pb = _postback_of(request, lambda st: st == "LienHe", (SEARCH_BUTTON, SEND_BUTTON))
        if isinstance(pb, Response):
            return pb
        if (hit := self._master_event(pb)) is not None:
            return hit
        return _contact(sent=pb.button == SEND_BUTTON, values=pb.form)

    def _docs(self, request: Request, params: dict[str, str]) -> str | Response:
        pb = _postback_of(request, lambda st: st.startswith("VanBan|"))
        if isinstance(pb, Response):
            return pb
        if (hit := self._master_event(pb)) is not None:
            return hit
        page = int(pb.state.split("|")[1]) if pb.state else 1
        if pb.target == DOC_GRID and pb.argument in enabled_doc_arguments(page):
            page = int(pb.argument.split("$")[1])
        return _docs(page)

    def _doc(self, request: Request, params: dict[str, str]) -> str | Response:
        raw_id = params.get("id", "")
        doc = _DOC_BY_ID.get(int(raw_id)) if raw_id.isdigit() else None
        if doc is None:
            return redirect("/VanBan.aspx", 302)
        pb = _postback_of(request, lambda st: st == f"VanBanCT|{doc.id}")
        if isinstance(pb, Response):
            return pb
        return self._master_event(pb) or _doc(doc)

    def _schedule(self, request: Request, params: dict[str, str]) -> str | Response:
        pb = _postback_of(request, lambda st: st.startswith("Lich|"))
        if isinstance(pb, Response):
            return pb
        if (hit := self._master_event(pb)) is not None:
            return hit
        offset = int(pb.state.split("|")[1]) if pb.state else 0
        if pb.target == NEXT_WEEK:
            offset += 1
        elif pb.target == PREV_WEEK:
            offset -= 1
        elif pb.target == THIS_WEEK:
            offset = 0
        return _schedule(offset)

    def _gallery(self, request: Request, params: dict[str, str]) -> str | Response:
        raw = params.get("albumid", "")
        album = int(raw) if raw.isdigit() and int(raw) in ALBUMS else None
        pb = _postback_of(request, lambda st: st == f"ThuVienAnh|{album or 0}")
        if isinstance(pb, Response):
            return pb
        return self._master_event(pb) or _gallery(album)

    def _search(self, request: Request, params: dict[str, str]) -> str | Response:
        pb = _postback_of(request, lambda st: st == "TimKiem")
        if isinstance(pb, Response):
            return pb
        return self._master_event(pb) or _search(params.get("tukhoa", ""))


def _session_cookie() -> str:
    return f"ASP.NET_SessionId={opaque('session', 18)[:24].lower().replace('+', 'a').replace('/', 'b')}; path=/; HttpOnly"


def build_site() -> AspNetPgd:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return AspNetPgd()
