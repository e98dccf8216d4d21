"""DNN Platform 9.4 + EasyDNNnews: the site of Trường THPT chuyên Lê Quý Đôn, tỉnh Bình Định.

Platform
--------
DotNetNuke 9.4 (DNN Platform) with a vendor skin ("LQD2019") and the EasyDNNnews module (main
instance ModuleId 420 on the tab "Tin tức", a second instance 421 printing "Tin đọc nhiều" in the
right pane of every page, a third one 415 on the home tab). Every page is one ASP.NET form
(``<form id="Form" method="post">`` with ``__VIEWSTATE`` / ``__EVENTVALIDATION``); DDR menu,
DNN breadcrumb (tabs only), panes ``dnn_ContentPane`` / ``dnn_RightPane``; modules wrapped in
``DnnModule DnnModule-EasyDNNnews DnnModule-420`` / ``dnn_ctr420_ModuleContent``.

URL scheme (DNN advanced friendly URLs)
---------------------------------------
- ``/`` home tab; ``/tin-tuc`` the news tab (all categories, 6 items a page), its pages
  ``/tin-tuc/PgrID/420/PageID/<n>`` (n = 2, 3);
- ``/tin-tuc/category/<cat-slug>`` a category (3 items a page), its pages
  ``/tin-tuc/category/<cat-slug>/page/<n>``;
- ``/tin-tuc/tag/<tag-slug>`` tag listings (not articles);
- article details ``/tin-tuc/<article-slug>`` (the canonical, printed in ``<link rel=canonical>``),
  and the module-id forms ``/tin-tuc/ArtMID/420/ArticleID/<id>/<slug>`` (the "Xem thêm" button
  of the news tab) and ``/tin-tuc/ArtMID/421/ArticleID/<id>/<slug>`` (the "Tin đọc nhiều" box);
- other tabs: ``/gioi-thieu``, ``/gioi-thieu/lich-su-truong``, ``/gioi-thieu/doi-ngu-can-bo``,
  ``/van-ban`` (DNN Documents table of PDFs), ``/thu-vien-anh`` (album), ``/lien-he``;
- files under ``/Portals/0/…`` (images, PDFs), skin files under ``/Portals/_default/Skins/…``.

Page templates
--------------
- Listing: EasyDNN "List_Article_Default" wrapper ``eds_news_module_420 news
  eds_subCollection_news eds_news_Ozone``, items ``div.edn_article.in_list`` (thumbnail, h2 title
  link, date ``dd/MM/yyyy``, views, summary or an auto excerpt ending "...", "Xem thêm" button),
  pager ``div.article_pager`` ("« Đầu ‹ Trước 1 2 3 Sau › Cuối »").
- Details: ``div.edn_article.edn_articleDetails``: ``h1.edn_articleTitle``, an empty
  ``h2.edn_subTitle``, an optional event box, ``div.edn_metaDetails`` (the date in the module's
  .NET vi-VN format, "Người đăng: <CMS account>", views, category), the social/print bar, the
  main image ``div.edn_mediaContainer``, ``div.edn_articleSummary`` (the EasyDNN summary field,
  when filled), the text ``div.edn_articleContent`` (CKEditor HTML; bylines are typed at its end),
  an optional "Cập nhật" line, the gallery ``div.edn_galleryWrapper``, tags, "Bài trước / Bài
  sau", "Tin liên quan", comments — all inside the same ``edn_articleDetails`` div.

How each gold article is reached
--------------------------------
Home (5 latest + notices box) -> ``/tin-tuc`` (3 pages, all 13 gold articles and 2 link-type
items) and the four categories (menu "Tin tức" drop-down). A4 and B4 (ids 1183, 1176) appear
only on page 2+ of a listing (``/tin-tuc/PgrID/420/PageID/2|3``,
``/tin-tuc/category/tin-tuc-su-kien/page/2``, ``/tin-tuc/category/hoat-dong-chuyen-mon/page/2``);
A5 (1171) is on page 3 of the news tab, page 2 of its category and on the tag page "thanh-tich".
Among listings A4 and B4 are only on pages 2+; an article page also links its category
neighbours ("Bài trước / Bài tiếp", "Tin liên quan", slug form).

Traps
-----
1. Dates in the .NET vi-VN culture (not in the README's list): the details print
   "Thứ Sáu, 04 Tháng Mười Hai 2026 4:45 CH": weekday and month in words ("Tháng Mười Hai"
   is December, "Tháng Mười Một" November, "Tháng Mười" October: a prefix match picks the wrong
   month), a 12-hour clock with SA/CH designators ("4:45 CH" -> 16:45; "12:20 CH" -> 12:20 noon;
   "12:00 SA" -> midnight, i.e. the day alone). Gold: "2026-12-04T16:45:00+07:00",
   "2026-11-25T12:20:00+07:00", "2026-10-26" (C2). Listings print "dd/MM/yyyy" only.
2. Event box before the publication date (not listed): C1 is an EasyDNN event article whose
   box "Thời gian diễn ra: 6:00 SA, Chủ Nhật, 13 Tháng Mười Hai 2026" sits between the headline
   and the meta bar; the gold is the publication date of the meta bar (2026-11-27T19:40).
   A3 prints "Cập nhật lần cuối: 15/11/2026 8:40 SA" after its text: not the date.
3. SEO title differs from the headline (not listed): EasyDNN's "Meta title" field fills
   ``<title>``/``og:title``; on A1 it is a shortened form ("HS chuyên LQĐ đạt 3 giải KHKT cấp
   tỉnh"), on B2 an unaccented lower-case slug-like text. Gold title = the ``h1`` as printed.
4. Reader comments inside the article's container (not listed): A1 and C1 have approved
   comments (name, date "05/12/2026 7:12 SA", text paragraphs) and a comment form inside
   ``edn_articleDetails``, after the tags. Not body, not authors, not dates.
5. Link-type items in the listings (not listed): EasyDNN "link" articles print like articles in
   the lists but their title and "Xem thêm" go straight to a PDF (``/Portals/0/VanBan/…pdf``) or
   to another host (the Sở's site). They are not gold articles (the PDF is a file, the other host
   is never followed).
6. Three URLs per article (duplicates): ``/tin-tuc/<slug>`` from titles, home and categories;
   ``/tin-tuc/ArtMID/420/ArticleID/<id>/<slug>`` from the news tab's "Xem thêm";
   ``/tin-tuc/ArtMID/421/ArticleID/<id>/<slug>`` from the "Tin đọc nhiều" box. All three
   serve the same page with ``<link rel="canonical">`` to the slug form. Gold path = canonical =
   the slug form, alt_paths = both ArtMID forms.
7. Two pager schemes (pagination): the news tab pages as ``/PgrID/420/PageID/<n>``, categories
   as ``/page/<n>``; the current page is a ``<span>``, "Sau ›"/"Cuối »" repeat links.
8. Breadcrumb shows the tab, not the section (not listed): DNN's breadcrumb is "Trang chủ ›
   Tin tức" on every article; the section is only in the meta bar ("Chuyên mục: …") and in the
   left "Danh mục tin" box. Gold category = the EasyDNN category ("Hoạt động chuyên môn" …).
9. Lightbox gallery under the text (not listed): ``ul.edn_galleryList`` thumbnails
   (``/Portals/0/EasyDNNNews/Gallery/<id>/thumbs/<file>``) linking to the full file, each with a
   ``span.edn_mediaTitle``; one title is only the camera's file name "IMG_2034.JPG" (caption
   None). Gold images = the ``<img src>`` printed (thumbnail paths), in page order after the text
   images; captions = the media titles.
10. Bylines typed at the end of the text, while the meta bar only names the CMS account
   ("Người đăng: Quản trị viên" / "bbt.lqd" / "host": nobody): "Tin, ảnh: Thầy Lê Văn Hùng (Tổ
   Vật lý)" -> [Lê Văn Hùng] both (honorific "Thầy"/"Cô" dropped like a degree, unit in
   parentheses dropped); "Tin: Minh Thư - Ảnh: Đức Anh" -> [Minh Thư] / [Đức Anh]; "ThS. Phạm
   Thị Thu Hà - Phó Hiệu trưởng" -> [Phạm Thị Thu Hà]; "Cô Nguyễn Thị Diệu Linh – Tổ Ngữ văn" ->
   [Nguyễn Thị Diệu Linh]; a unit whose name holds hyphens, signing alone: "Tổ Hóa - Sinh -
   Công nghệ" -> [that whole name] (splitting on " - " breaks it); "Tổ Văn phòng", "Tổ Tiếng
   Anh", "Bộ phận Giáo vụ" -> as printed; "Tin: Đoàn trường - Ảnh: CLB Truyền thông LQĐ" ->
   [Đoàn trường] / [CLB Truyền thông LQĐ].
11. Captions in several editor forms: a CKEditor ``figure/figcaption`` (A1), a two-row layout
   table whose second row is the caption (A3: the row is a caption, not a table-row paragraph),
   a centred italic paragraph under the picture (B1), the same in parentheses (A5: parentheses
   taken off), and a line that only credits "Ảnh: Trần Gia Huy" (B3: caption None, photographer).
12. Text containers: B2 pasted from Word (``p.MsoNormal``, ``<o:p>&nbsp;</o:p>`` spacer
   paragraphs, ``span lang=VI``); A4 one ``div`` whose lines are separated by ``<br /><br />``
   (each line a paragraph); C2 typed in decomposed Unicode (NFD; gold NFC); B4 a schedule table
   (rows "cells | joined"); D2 a list; A2 a quote in ``blockquote``; B1 ``h3`` headings.
13. Sapo forms: EasyDNN's summary field printed in ``div.edn_articleSummary`` above the text
   (A1, A3, B1, B3, C1, D2: the summary and the body's first paragraph); A2's lead is a bold
   first paragraph of the text (summary); the others have no summary field, and their list items
   show an auto excerpt cut with "..." (summary null; the excerpt is not a sapo).
14. Official notice (D1): letterhead table, "Số: 215/TB-LQĐ", "Bình Định, ngày 30
   tháng 11 năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận" and "KT. HIỆU TRƯỞNG / PHÓ HIỆU
   TRƯỞNG / (Đã ký) / Nguyễn Hữu Phước": date "2026-11-30" (the meta bar says 01/12 8:00 SA),
   author [Nguyễn Hữu Phước], letterhead and closing not body.
15. Not text: "Xem thêm: <link>" (B3), "Tệp đính kèm: …pdf" (D2), the "Theo Báo Bình Định"
   closing line in parentheses (A5: source "Báo Bình Định"), while B4's "Theo kế hoạch năm học,
   …" opens a body paragraph (source null). C1 keeps a typed "👉 " in its text.

Gold decisions on ambiguous points
----------------------------------
- Gallery images: the ``<img src>`` printed (the thumbnail), not the lightbox ``href``.
- The main image (``edn_mediaContainer``) is the article's first photo, caption None.
- Honorifics "Thầy"/"Cô" are titles, dropped like degrees; a club or union signing for the
  photos is the photographer as printed.
- D1's date is the letterhead day (house rule for official notices), not the meta bar's.
- "(Theo Báo Bình Định)" in parentheses is a source line; its parentheses are taken off.
- The empty ``h2.edn_subTitle`` is nothing.
"""

from __future__ import annotations

import datetime as _dt
import html as _html
import re
from dataclasses import dataclass

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

NAME = "dnn9_easydnnnews_thpt"
PLATFORM = "DotNetNuke 9.4 (DNN Platform) + EasyDNNnews"
START_PATH = "/"

SCHOOL = "Trường THPT chuyên Lê Quý Đôn"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
MID = 420  # the news tab's EasyDNNnews instance
MID_SIDE = 421  # "Tin đọc nhiều"

# --- categories -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Cat:
    slug: str
    name: str
    cat_id: int


CATS = {
    "tts": Cat("tin-tuc-su-kien", "Tin tức - Sự kiện", 7),
    "cm": Cat("hoat-dong-chuyen-mon", "Hoạt động chuyên môn", 8),
    "doan": Cat("hoat-dong-doan-thanh-nien", "Hoạt động Đoàn thanh niên", 9),
    "tb": Cat("thong-bao", "Thông báo", 11),
}

TAGS = {
    "thanh-tich": "Thành tích",
    "doan-thanh-nien": "Đoàn thanh niên",
    "chuyen-mon": "Chuyên môn",
}

# --- .NET vi-VN date formatting (what EasyDNN prints) ------------------------------------------

_MONTHS = [
    "Tháng Giêng", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
    "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]
_DAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _clock(d: _dt.datetime) -> str:
    """.NET "h:mm tt" in vi-VN: 12-hour clock, SA (morning) / CH (afternoon)."""
    hour = d.hour % 12 or 12
    return f"{hour}:{d.minute:02d} {'SA' if d.hour < 12 else 'CH'}"


def long_date(d: _dt.datetime) -> str:
    """"dddd, dd MMMM yyyy h:mm tt" in vi-VN."""
    return f"{_DAYS[d.weekday()]}, {d.day:02d} {_MONTHS[d.month - 1]} {d.year} {_clock(d)}"


def short_date(d: _dt.datetime) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def W(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> _dt.datetime:
    return _dt.datetime(y, mo, d, h, mi)


# --- the stories ----------------------------------------------------------------------------

IMG = "/Portals/0/Images/TinTuc/2026"


def _main(aid: int, name: str) -> Img:
    return Img(f"/Portals/0/EasyDNNNews/{aid}/700400p{MID}EDNmain{aid}{name}.jpg", None, None, "main")


def _gal(aid: int, file: str, printed: str, caption: str | None) -> Img:
    return Img(f"/Portals/0/EasyDNNNews/Gallery/{aid}/thumbs/{file}", printed, caption, "gallery")


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


A1 = Story(
    id=1201,
    slug="hoc-sinh-truong-dat-3-giai-tai-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh-nam-hoc-2026-2027",
    title="Học sinh trường đạt 3 giải tại Cuộc thi Khoa học kỹ thuật cấp tỉnh năm học 2026 – 2027",
    cat="tts",
    published_at="2026-12-04T16:45:00+07:00",
    summary=(
        "Với 4 dự án dự thi, học sinh Trường THPT chuyên Lê Quý Đôn đã giành 1 giải Nhất, 1 giải "
        "Ba và 1 giải Khuyến khích tại Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học cấp "
        "tỉnh năm học 2026 – 2027."
    ),
    sapo_outside=True,
    authors=["Lê Văn Hùng"],
    photographers=["Lê Văn Hùng"],
    blocks=[
        _main(1201, "khkt-cap-tinh"),
        P(
            "Cuộc thi do Sở Giáo dục và Đào tạo tổ chức từ ngày 01 đến 03/12/2026 tại Trường THPT "
            "Quốc Học Quy Nhơn, thu hút 86 dự án của học sinh đến từ các trường THPT, trường phổ "
            "thông dân tộc nội trú và trung tâm GDNN-GDTX trong toàn tỉnh. Các dự án thuộc 14 "
            "lĩnh vực, từ khoa học vật liệu, kỹ thuật môi trường đến phần mềm hệ thống."
        ),
        P(
            "Dự án “Hệ thống cảnh báo sớm sạt lở đất sử dụng cảm biến độ ẩm và trí tuệ nhân tạo” "
            "của hai em Nguyễn Hoàng Minh Khang và Lê Bảo Ngọc (lớp 11 Lý) đạt giải Nhất lĩnh vực "
            "Hệ thống nhúng. Dự án được Ban giám khảo đánh giá cao về tính thực tiễn, có khả năng "
            "ứng dụng tại các huyện miền núi An Lão, Vĩnh Thạnh."
        ),
        Img(
            f"{IMG}/12/khkt-giai-nhat.jpg",
            "Hai em Minh Khang và Bảo Ngọc giới thiệu dự án với Ban giám khảo",
            "Hai em Minh Khang và Bảo Ngọc giới thiệu dự án với Ban giám khảo",
            "figure",
        ),
        P(
            "Giải Ba thuộc về dự án “Chế phẩm sinh học xử lý mùi hôi từ vỏ tôm” của em Trần Thị "
            "Thanh Trúc (lớp 12 Sinh); giải Khuyến khích thuộc về dự án “Ứng dụng hỗ trợ học sinh "
            "khiếm thị đọc sách giáo khoa” của nhóm học sinh lớp 10 Tin."
        ),
        P(
            "Đây là năm thứ năm liên tiếp nhà trường có dự án đạt giải Nhất cấp tỉnh. Dự án đạt "
            "giải Nhất sẽ được Sở GD&ĐT chọn tham dự Cuộc thi Khoa học kỹ thuật cấp quốc gia dành "
            "cho học sinh trung học năm 2027."
        ),
        P(
            "Thay mặt Ban giám hiệu, thầy Hiệu trưởng đã biểu dương tinh thần say mê nghiên cứu "
            "của các em học sinh và sự tận tâm của các thầy cô giáo hướng dẫn, đồng thời giao "
            "nhiệm vụ cho các tổ chuyên môn tiếp tục hỗ trợ nhóm dự án hoàn thiện sản phẩm trước "
            "vòng thi quốc gia."
        ),
        _right("<strong>Tin, ảnh: Thầy Lê Văn Hùng (Tổ Vật lý)</strong>"),
    ],
    opts={
        "when": W(2026, 12, 4, 16, 45),
        "poster": "Quản trị viên",
        "seo": "HS chuyên LQĐ đạt 3 giải KHKT cấp tỉnh",
        "tags": ["thanh-tich"],
        "comments": [
            (
                "Trần Thị Mai Hương",
                W(2026, 12, 5, 7, 12),
                [
                    "Chúc mừng các em và thầy cô hướng dẫn! Mong dự án đi tiếp vòng quốc gia.",
                    "Phụ huynh lớp 11 Lý.",
                ],
            )
        ],
    },
)

A2 = Story(
    id=1196,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
    cat="tts",
    published_at="2026-11-20T15:10:00+07:00",
    summary=(
        "Sáng ngày 20/11/2026, Trường THPT chuyên Lê Quý Đôn long trọng tổ chức Lễ kỷ niệm 44 năm "
        "Ngày Nhà giáo Việt Nam và tuyên dương các tập thể, cá nhân có thành tích xuất sắc trong "
        "phong trào thi đua năm học 2025 – 2026."
    ),
    authors=["Tổ Văn phòng"],
    blocks=[
        P(
            "Sáng ngày 20/11/2026, Trường THPT chuyên Lê Quý Đôn long trọng tổ chức Lễ kỷ niệm 44 "
            "năm Ngày Nhà giáo Việt Nam và tuyên dương các tập thể, cá nhân có thành tích xuất sắc "
            "trong phong trào thi đua năm học 2025 – 2026.",
            "lead",
        ),
        P(
            "Đến dự buổi lễ có đại diện lãnh đạo Sở Giáo dục và Đào tạo, Ban đại diện Cha mẹ học "
            "sinh, các thế hệ thầy cô giáo đã nghỉ hưu cùng đông đảo cựu học sinh và hơn 1.100 học "
            "sinh toàn trường."
        ),
        P(
            "Phát biểu tại buổi lễ, thầy Hiệu trưởng ôn lại truyền thống vẻ vang của ngành giáo "
            "dục, điểm lại những thành tích nổi bật của nhà trường trong năm học vừa qua: 97 giải "
            "học sinh giỏi cấp tỉnh, 21 giải học sinh giỏi quốc gia, tỉ lệ tốt nghiệp THPT đạt "
            "100%, nhiều học sinh trúng tuyển vào các trường đại học tốp đầu trong nước và nhận "
            "học bổng du học."
        ),
        P(
            "“Mỗi thầy cô giáo hôm nay hãy tiếp tục là tấm gương sáng về đạo đức, tự học và sáng "
            "tạo, để mỗi học sinh chuyên Lê Quý Đôn tự tin bước vào thời đại số”.",
            "quote",
        ),
        P(
            "Nhân dịp này, nhà trường đã trao Giấy khen cho 12 tập thể và 35 cá nhân có thành tích "
            "xuất sắc; Công đoàn trường trao quà cho các thầy cô giáo đã nghỉ hưu. Buổi lễ khép "
            "lại với chương trình văn nghệ đặc sắc do học sinh các lớp chuyên dàn dựng, để lại "
            "nhiều cảm xúc cho thầy cô và các em."
        ),
        _right("<strong>Tổ Văn phòng</strong>"),
        _gal(1196, "le-ky-niem-01.jpg", "Quang cảnh buổi lễ", "Quang cảnh buổi lễ"),
        _gal(
            1196,
            "le-ky-niem-02.jpg",
            "Thầy Hiệu trưởng phát biểu ôn lại truyền thống",
            "Thầy Hiệu trưởng phát biểu ôn lại truyền thống",
        ),
        _gal(1196, "IMG_2034.JPG", "IMG_2034.JPG", None),
        _gal(
            1196,
            "le-ky-niem-04.jpg",
            "Tiết mục văn nghệ chào mừng của học sinh lớp 11 Anh",
            "Tiết mục văn nghệ chào mừng của học sinh lớp 11 Anh",
        ),
    ],
    opts={"when": W(2026, 11, 20, 15, 10), "poster": "bbt.lqd", "tags": []},
)

A3 = Story(
    id=1190,
    slug="ngay-hoi-huong-nghiep-tu-van-tuyen-sinh-cho-hoc-sinh-khoi-12",
    title="Ngày hội Hướng nghiệp – Tư vấn tuyển sinh cho học sinh khối 12",
    cat="tts",
    published_at="2026-11-14T09:05:00+07:00",
    summary=(
        "Ngày 13/11/2026, Trường THPT chuyên Lê Quý Đôn phối hợp với 9 trường đại học, học viện "
        "tổ chức Ngày hội Hướng nghiệp – Tư vấn tuyển sinh năm 2027 cho gần 380 học sinh khối 12."
    ),
    sapo_outside=True,
    authors=["Minh Thư"],
    photographers=["Đức Anh"],
    blocks=[
        _main(1190, "huong-nghiep"),
        P(
            "Tham gia tư vấn có các chuyên gia đến từ Trường Đại học Quy Nhơn, Trường Đại học Bách "
            "khoa – Đại học Đà Nẵng, Trường Đại học Kinh tế TP. Hồ Chí Minh, Học viện Công nghệ "
            "Bưu chính Viễn thông cùng một số trường đại học khác."
        ),
        P(
            "Tại các gian tư vấn, học sinh được giới thiệu về phương án tuyển sinh năm 2027, các "
            "tổ hợp xét tuyển, điều kiện xét học bạ và sử dụng kết quả kỳ thi đánh giá năng lực. "
            "Nhiều em quan tâm đến các ngành trí tuệ nhân tạo, khoa học dữ liệu, y khoa và ngôn ngữ."
        ),
        Img(
            f"{IMG}/11/ngay-hoi-huong-nghiep.jpg",
            "Học sinh khối 12 tìm hiểu thông tin tại gian tư vấn của Trường Đại học Quy Nhơn",
            "Học sinh khối 12 tìm hiểu thông tin tại gian tư vấn của Trường Đại học Quy Nhơn",
            "table",
        ),
        P(
            "Ở phần giao lưu, các cựu học sinh của trường đang học tập tại các trường đại học đã "
            "chia sẻ kinh nghiệm ôn thi, cách chọn ngành phù hợp với năng lực và sở thích, cũng như "
            "những khó khăn khi bước vào môi trường đại học."
        ),
        P(
            "Em Đặng Quỳnh Anh, lớp 12 Hóa, cho biết: “Qua ngày hội, em hiểu rõ hơn về các phương "
            "thức xét tuyển và đã có thêm thông tin để lựa chọn nguyện vọng cho mình”."
        ),
        _right("<em>Tin: Minh Thư - Ảnh: Đức Anh</em>"),
    ],
    opts={
        "when": W(2026, 11, 14, 9, 5),
        "poster": "Quản trị viên",
        "updated": W(2026, 11, 15, 8, 40),
        "tags": [],
    },
)

A4 = Story(
    id=1183,
    slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    title="Hội nghị viên chức, người lao động năm học 2026 – 2027",
    cat="tts",
    published_at="2026-11-06T07:50:00+07:00",
    authors=["Phạm Thị Thu Hà"],
    blocks=[
        P(
            "Chiều ngày 05/11/2026, Trường THPT chuyên Lê Quý Đôn tổ chức Hội nghị viên chức, người "
            "lao động năm học 2026 – 2027 với sự tham dự của 98 cán bộ, giáo viên, nhân viên.",
            "br",
        ),
        P(
            "Hội nghị đã nghe báo cáo tổng kết năm học 2025 – 2026 và phương hướng nhiệm vụ năm học "
            "2026 – 2027; báo cáo công khai tài chính; báo cáo hoạt động của Ban Thanh tra nhân dân "
            "và dự thảo sửa đổi, bổ sung Quy chế chi tiêu nội bộ.",
            "br",
        ),
        P(
            "Năm học 2026 – 2027, nhà trường đặt mục tiêu giữ vững chất lượng mũi nhọn, đẩy mạnh "
            "chuyển đổi số trong dạy học và quản lý, triển khai hiệu quả Chương trình giáo dục phổ "
            "thông 2018 ở cả ba khối lớp.",
            "br",
        ),
        P(
            "Các đại biểu đã thảo luận sôi nổi, đóng góp nhiều ý kiến về chế độ làm việc của giáo "
            "viên dạy lớp chuyên, công tác bồi dưỡng học sinh giỏi và việc sử dụng hiệu quả phòng "
            "học bộ môn.",
            "br",
        ),
        P(
            "Hội nghị đã biểu quyết thông qua nghị quyết với tỉ lệ đồng thuận 100%, đồng thời phát "
            "động phong trào thi đua chào mừng Ngày Nhà giáo Việt Nam 20/11 và các ngày lễ lớn "
            "trong năm học.",
            "br",
        ),
        Raw('<div style="text-align:right"><b>ThS. Phạm Thị Thu Hà - Phó Hiệu trưởng</b></div>'),
    ],
    opts={"when": W(2026, 11, 6, 7, 50), "poster": "host", "tags": []},
)

A5 = Story(
    id=1171,
    slug="truong-don-nhan-bang-cong-nhan-dat-chuan-quoc-gia-muc-do-2",
    title="Trường THPT chuyên Lê Quý Đôn đón nhận Bằng công nhận đạt chuẩn quốc gia mức độ 2",
    cat="tts",
    published_at="2026-10-15T14:00:00+07:00",
    authors=["Hoài Thu"],
    source="Báo Bình Định",
    blocks=[
        P(
            "Ngày 14/10, Trường THPT chuyên Lê Quý Đôn tổ chức lễ đón nhận Bằng công nhận trường "
            "đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3."
        ),
        P(
            "Sau hơn 5 năm thực hiện, trường đã đầu tư xây dựng khu nhà học bộ môn 4 tầng, nhà "
            "thể chất đa năng, thư viện điện tử và hệ thống phòng thí nghiệm đạt chuẩn. 100% giáo "
            "viên đạt chuẩn trình độ đào tạo, trong đó hơn 60% có trình độ thạc sĩ và tiến sĩ."
        ),
        Img(
            f"{IMG}/10/don-bang-chuan-quoc-gia.jpg",
            "(Lãnh đạo Sở GD&ĐT trao Bằng công nhận cho nhà trường)",
            "Lãnh đạo Sở GD&ĐT trao Bằng công nhận cho nhà trường",
            "next",
        ),
        P(
            "Phát biểu tại buổi lễ, đại diện lãnh đạo Sở GD&ĐT đề nghị nhà trường tiếp tục phát "
            "huy kết quả đạt được, duy trì bền vững các tiêu chuẩn, đồng thời đẩy mạnh đổi mới "
            "phương pháp dạy học, phát triển năng lực nghiên cứu khoa học cho học sinh."
        ),
        P(
            "Nhân dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho nhà trường vì đã có thành tích "
            "xuất sắc trong công tác giáo dục mũi nhọn giai đoạn 2021 – 2026."
        ),
        _right("<strong>Hoài Thu</strong>"),
        _right("<em>(Theo Báo Bình Định)</em>"),
    ],
    opts={"when": W(2026, 10, 15, 14, 0), "poster": "bbt.lqd", "tags": ["thanh-tich"]},
)

B1 = Story(
    id=1199,
    slug="hoi-thao-day-hoc-phat-trien-nang-luc-thuc-hanh-thi-nghiem-mon-hoa-hoc",
    title="Hội thảo chuyên đề “Dạy học phát triển năng lực thực hành thí nghiệm môn Hóa học”",
    cat="cm",
    published_at="2026-12-03T14:30:00+07:00",
    summary=(
        "Nhằm nâng cao chất lượng dạy học thực hành theo Chương trình GDPT 2018, ngày 02/12/2026, "
        "Tổ Hóa - Sinh - Công nghệ tổ chức hội thảo chuyên đề cấp trường với sự tham gia của giáo "
        "viên các trường THPT trên địa bàn thành phố Quy Nhơn."
    ),
    sapo_outside=True,
    authors=["Tổ Hóa - Sinh - Công nghệ"],
    blocks=[
        _main(1199, "hoi-thao-hoa"),
        P("1. Nội dung hội thảo", "h"),
        P(
            "Hội thảo gồm hai phần: tiết dạy minh họa bài “Tốc độ phản ứng hóa học” tại lớp 10 Hóa "
            "do cô Huỳnh Thị Mỹ Dung thực hiện, và phần trao đổi, thảo luận về các giải pháp tổ "
            "chức thí nghiệm theo nhóm, thí nghiệm ảo và đánh giá năng lực thực hành của học sinh."
        ),
        Img(
            f"{IMG}/12/tiet-day-minh-hoa-hoa.jpg",
            "Học sinh lớp 10 Hóa tiến hành thí nghiệm trong tiết dạy minh họa",
            "Học sinh lớp 10 Hóa tiến hành thí nghiệm trong tiết dạy minh họa",
            "next",
        ),
        P(
            "Trong tiết dạy, học sinh được chia thành 6 nhóm, tự thiết kế phương án thí nghiệm khảo "
            "sát ảnh hưởng của nồng độ, nhiệt độ và chất xúc tác đến tốc độ phản ứng, sau đó trình "
            "bày kết quả bằng bảng số liệu và đồ thị trên phần mềm bảng tính."
        ),
        P("2. Kết quả và đề xuất", "h"),
        P(
            "Các ý kiến tham luận thống nhất cho rằng việc tăng thời lượng thực hành giúp học sinh "
            "hiểu bản chất hiện tượng, hình thành kỹ năng an toàn phòng thí nghiệm và phát triển "
            "năng lực tìm hiểu tự nhiên."
        ),
        P(
            "Hội thảo cũng đề xuất xây dựng ngân hàng video thí nghiệm dùng chung giữa các trường, "
            "bổ sung hóa chất, dụng cụ cho phòng thực hành và tăng cường sinh hoạt chuyên môn theo "
            "nghiên cứu bài học."
        ),
        _right("<strong><em>Tổ Hóa - Sinh - Công nghệ</em></strong>"),
    ],
    opts={"when": W(2026, 12, 3, 14, 30), "poster": "Quản trị viên", "tags": ["chuyen-mon"]},
)

B2 = Story(
    id=1192,
    slug="to-ngu-van-sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc",
    title=(
        "Tổ Ngữ văn sinh hoạt chuyên môn theo nghiên cứu bài học với chủ đề đọc hiểu văn bản "
        "nghị luận"
    ),
    cat="cm",
    published_at="2026-11-25T12:20:00+07:00",
    authors=["Nguyễn Thị Diệu Linh"],
    blocks=[
        P(
            "Thực hiện kế hoạch sinh hoạt chuyên môn năm học 2026 – 2027, sáng ngày 24/11/2026, Tổ "
            "Ngữ văn tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học tại lớp 11 Văn 1.",
            "mso",
        ),
        P(
            "Bài học được lựa chọn là văn bản “Chiếu cầu hiền” của Ngô Thì Nhậm. Giáo viên thực "
            "hiện tiết dạy là cô Võ Thị Kim Oanh, với thiết kế hoạt động học tập hướng đến việc "
            "giúp học sinh nhận diện luận đề, hệ thống luận điểm và cách lập luận của tác giả.",
            "mso",
        ),
        P(
            "Trong phần thảo luận sau tiết dạy, các thầy cô tập trung quan sát biểu hiện học tập "
            "của học sinh, phân tích những thời điểm học sinh gặp khó khăn và đề xuất điều chỉnh "
            "câu hỏi định hướng để tăng tính chủ động của người học.",
            "mso",
        ),
        P(
            "Buổi sinh hoạt đã giúp giáo viên trong tổ có thêm kinh nghiệm tổ chức dạy học đọc "
            "hiểu theo đặc trưng thể loại, góp phần chuẩn bị tốt cho kỳ thi chọn học sinh giỏi "
            "quốc gia sắp tới.",
            "mso",
        ),
        Raw(
            '<p class="MsoNormal" align="right" style="text-align:right"><b><i><span lang="VI" '
            'style="font-size:13.0pt;font-family:&quot;Times New Roman&quot;,serif">Cô Nguyễn Thị '
            "Diệu Linh – Tổ Ngữ văn</span></i></b><o:p></o:p></p>"
        ),
    ],
    opts={
        "when": W(2026, 11, 25, 12, 20),
        "poster": "Quản trị viên",
        "seo": "to ngu van sinh hoat chuyen mon nghien cuu bai hoc",
        "tags": ["chuyen-mon"],
    },
)

B3 = Story(
    id=1185,
    slug="chung-ket-cuoc-thi-hung-bien-english-speaking-contest-2026",
    title="Chung kết cuộc thi hùng biện tiếng Anh “English Speaking Contest 2026”",
    cat="cm",
    published_at="2026-11-12T16:05:00+07:00",
    summary=(
        "Tối 11/11/2026, Câu lạc bộ Tiếng Anh LQD English Club phối hợp với Tổ Tiếng Anh tổ chức "
        "vòng chung kết cuộc thi hùng biện tiếng Anh “English Speaking Contest 2026” với chủ đề "
        "“Youth and the Green Future”."
    ),
    sapo_outside=True,
    authors=["Tổ Tiếng Anh"],
    photographers=["Trần Gia Huy"],
    blocks=[
        _main(1185, "english-contest"),
        P(
            "Sau vòng sơ khảo với hơn 60 bài dự thi dạng video, Ban tổ chức đã chọn 8 thí sinh "
            "xuất sắc nhất vào vòng chung kết. Mỗi thí sinh trình bày bài hùng biện trong 4 phút và "
            "trả lời câu hỏi phản biện của Ban giám khảo."
        ),
        Img(f"{IMG}/11/english-speaking-contest.jpg", "Ảnh: Trần Gia Huy", None, "next"),
        P(
            "Ban giám khảo gồm các thầy cô Tổ Tiếng Anh và một giáo viên bản ngữ đến từ Hội đồng "
            "Anh. Các bài thi được đánh giá dựa trên nội dung, phát âm, sự trôi chảy và phong thái "
            "trình bày."
        ),
        P(
            "Kết quả, giải Nhất thuộc về em Phan Ngọc Bảo Trân (lớp 11 Anh) với bài hùng biện về "
            "lối sống xanh của giới trẻ; giải Nhì thuộc về em Lương Gia Bảo (lớp 10 Anh) và giải Ba "
            "thuộc về em Nguyễn Khánh Vy (lớp 12 Tin)."
        ),
        P(
            "Cuộc thi là sân chơi bổ ích, giúp học sinh rèn luyện kỹ năng thuyết trình, tư duy phản "
            "biện và tự tin sử dụng tiếng Anh trong các tình huống học thuật."
        ),
        Raw(
            '<p><em>Xem thêm: <a href="/tin-tuc/' + A1.slug + '">' + esc(A1.title) + "</a></em></p>"
        ),
        _right("<strong>Tổ Tiếng Anh</strong>"),
    ],
    opts={"when": W(2026, 11, 12, 16, 5), "poster": "bbt.lqd", "tags": ["chuyen-mon", "thanh-tich"]},
)

B4 = Story(
    id=1176,
    slug="lich-kiem-tra-giua-hoc-ky-i-nam-hoc-2026-2027",
    title="Lịch kiểm tra giữa học kỳ I năm học 2026 – 2027",
    cat="cm",
    published_at="2026-10-22T09:30:00+07:00",
    blocks=[
        P(
            "Theo kế hoạch năm học, kiểm tra giữa học kỳ I năm học 2026 – 2027 được tổ chức tập "
            "trung theo khối lớp từ ngày 02/11 đến ngày 07/11/2026. Đề kiểm tra do các tổ chuyên "
            "môn xây dựng theo ma trận và bản đặc tả đã thống nhất."
        ),
        P("Lịch kiểm tra cụ thể như sau:"),
        P("Ngày | Buổi | Môn | Thời gian làm bài", "tr"),
        P("02/11/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
        P("03/11/2026 | Sáng | Toán | 90 phút", "tr"),
        P("04/11/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
        P("05/11/2026 | Sáng | Môn chuyên | 120 phút", "tr"),
        P(
            "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh "
            "và dụng cụ học tập cần thiết; không mang điện thoại và tài liệu vào phòng kiểm tra."
        ),
        P(
            "Giáo viên chủ nhiệm có trách nhiệm thông báo lịch kiểm tra đến học sinh và cha mẹ học "
            "sinh thông qua sổ liên lạc điện tử."
        ),
    ],
    opts={"when": W(2026, 10, 22, 9, 30), "poster": "quantri.lqd", "tags": []},
)

C1 = Story(
    id=1194,
    slug="doan-truong-phat-dong-giai-chay-vi-truong-em-xanh-nam-2026",
    title="Đoàn trường phát động Giải chạy “Vì trường em xanh” năm 2026",
    cat="doan",
    published_at="2026-11-27T19:40:00+07:00",
    summary=(
        "Tối 26/11/2026, Đoàn trường THPT chuyên Lê Quý Đôn tổ chức lễ phát động Giải chạy “Vì "
        "trường em xanh” năm 2026, hướng tới gây quỹ trồng cây xanh và xây dựng tủ sách cho học "
        "sinh vùng khó khăn."
    ),
    sapo_outside=True,
    authors=["Đoàn trường"],
    photographers=["CLB Truyền thông LQĐ"],
    blocks=[
        _main(1194, "giai-chay"),
        P(
            "Giải chạy dự kiến diễn ra vào sáng Chủ nhật, ngày 13/12/2026, trên cung đường ven biển "
            "Xuân Diệu với hai cự ly 3 km và 5 km, dành cho học sinh, giáo viên, cha mẹ học sinh "
            "và cựu học sinh của trường."
        ),
        P(
            "Toàn bộ lệ phí đăng ký và các khoản ủng hộ sẽ được dùng để trồng 500 cây xanh tại "
            "khuôn viên trường và tặng 1.000 cuốn sách cho các trường tiểu học ở huyện Vân Canh."
        ),
        P(
            "👉 Thời hạn đăng ký: từ ngày 27/11 đến hết ngày 08/12/2026, qua Bí thư chi đoàn các "
            "lớp hoặc biểu mẫu trực tuyến trên fanpage Đoàn trường."
        ),
        P(
            "Anh Võ Thanh Tùng, Bí thư Đoàn trường, kêu gọi mỗi đoàn viên hãy là một “đại sứ "
            "xanh”, lan tỏa lối sống tích cực, rèn luyện sức khỏe và chung tay bảo vệ môi trường."
        ),
        _right("<strong>Tin: Đoàn trường - Ảnh: CLB Truyền thông LQĐ</strong>"),
        _gal(1194, "giai-chay-01.jpg", "Đoàn viên hưởng ứng lễ phát động", "Đoàn viên hưởng ứng lễ phát động"),
        _gal(
            1194,
            "giai-chay-02.jpg",
            "Ban Chấp hành Đoàn trường ra mắt áo của giải chạy",
            "Ban Chấp hành Đoàn trường ra mắt áo của giải chạy",
        ),
    ],
    opts={
        "when": W(2026, 11, 27, 19, 40),
        "poster": "Quản trị viên",
        "event": W(2026, 12, 13, 6, 0),
        "tags": ["doan-thanh-nien"],
        "comments": [
            (
                "Lê Hoàng Nam (cựu HS khóa 2019 – 2022)",
                W(2026, 11, 28, 9, 3),
                ["Cựu học sinh xin đăng ký cự ly 5 km ạ. Chúc giải chạy thành công!"],
            ),
            (
                "Nguyễn Phương Thảo",
                W(2026, 11, 29, 20, 47),
                ["Phụ huynh có được đăng ký theo nhóm gia đình không ạ?"],
            ),
        ],
    },
)

C2 = Story(
    id=1178,
    slug="dai-hoi-doan-truong-nhiem-ky-2026-2027",
    title="Đại hội Đoàn TNCS Hồ Chí Minh trường nhiệm kỳ 2026 – 2027",
    cat="doan",
    published_at="2026-10-26",
    authors=["Nguyễn Thị Hồng Nhung"],
    blocks=[
        P(
            "Ngày 24/10/2026, Đoàn trường THPT chuyên Lê Quý Đôn long trọng tổ chức Đại hội đại "
            "biểu Đoàn TNCS Hồ Chí Minh trường lần thứ XLII, nhiệm kỳ 2026 – 2027, với sự tham dự "
            "của 210 đại biểu đại diện cho hơn 1.100 đoàn viên."
        ),
        P(
            "Nhiệm kỳ qua, Đoàn trường đã tổ chức nhiều hoạt động ý nghĩa như chương trình “Xuân "
            "yêu thương”, hiến máu tình nguyện, chiến dịch Mùa hè xanh và các câu lạc bộ học "
            "thuật, kỹ năng thu hút đông đảo đoàn viên tham gia."
        ),
        P(
            "Đại hội đã thảo luận, thông qua phương hướng nhiệm vụ nhiệm kỳ mới với trọng tâm là "
            "đẩy mạnh chuyển đổi số trong công tác Đoàn, phát triển phong trào nghiên cứu khoa học "
            "và hoạt động tình nguyện vì cộng đồng."
        ),
        P(
            "Đại hội đã bầu Ban Chấp hành Đoàn trường nhiệm kỳ 2026 – 2027 gồm 15 đồng chí. Đồng "
            "chí Võ Thanh Tùng tiếp tục được tín nhiệm bầu giữ chức Bí thư Đoàn trường."
        ),
        _right("<em>Nguyễn Thị Hồng Nhung (Phó Bí thư Đoàn trường)</em>"),
    ],
    opts={"when": W(2026, 10, 26, 0, 0), "poster": "bbt.lqd", "nfd": True, "tags": ["doan-thanh-nien"]},
)

_LETTERHEAD = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody>'
    '<tr><td style="text-align:center;width:40%"><span style="font-size:12pt">SỞ GD&amp;ĐT BÌNH '
    "ĐỊNH</span><br /><strong>TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN</strong></td>"
    '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
    '<tr><td style="text-align:center">Số: 215/TB-LQĐ</td>'
    '<td style="text-align:center"><em>Bình Định, ngày 30 tháng 11 năm 2026</em></td></tr>'
    "</tbody></table>"
    '<p style="text-align:center"><strong>THÔNG BÁO</strong><br /><strong>Về việc tổ chức Hội '
    "thao giáo dục quốc phòng và an ninh năm 2026</strong></p>"
)
_CLOSING = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
    '<td style="vertical-align:top;width:50%"><strong><em>Nơi nhận:</em></strong><br />'
    '<span style="font-size:10pt">- Như trên;<br />- BGH (để chỉ đạo);<br />- Lưu: VT.</span></td>'
    '<td style="text-align:center;vertical-align:top"><strong>KT. HIỆU TRƯỞNG<br />PHÓ HIỆU '
    "TRƯỞNG</strong><br /><br /><em>(Đã ký)</em><br /><br /><strong>Nguyễn Hữu Phước</strong></td>"
    "</tr></tbody></table>"
)

D1 = Story(
    id=1197,
    slug="thong-bao-to-chuc-hoi-thao-giao-duc-quoc-phong-va-an-ninh-nam-2026",
    title="Thông báo về việc tổ chức Hội thao giáo dục quốc phòng và an ninh năm 2026",
    cat="tb",
    published_at="2026-11-30",
    authors=["Nguyễn Hữu Phước"],
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Kế hoạch số 98/KH-LQĐ ngày 15/9/2026 của Trường THPT chuyên Lê Quý Đôn về thực "
            "hiện nhiệm vụ năm học 2026 – 2027;"
        ),
        P(
            "Nhằm chào mừng 82 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 – "
            "22/12/2026), nhà trường thông báo tổ chức Hội thao giáo dục quốc phòng và an ninh năm "
            "2026 như sau:"
        ),
        P("1. Thời gian: từ 7 giờ 00 ngày 19/12/2026 (thứ Bảy)."),
        P("2. Địa điểm: sân trường và nhà thể chất đa năng."),
        P(
            "3. Nội dung thi đấu: điều lệnh đội ngũ từng người không có súng, tháo lắp súng tiểu "
            "liên AK, băng bó cứu thương và chạy vũ trang 4 x 100 m."
        ),
        P(
            "4. Thành phần: mỗi lớp khối 10 và khối 11 cử 01 đội gồm 10 học sinh (05 nam, 05 nữ); "
            "học sinh khối 12 tham gia cổ vũ."
        ),
        P(
            "Đề nghị giáo viên chủ nhiệm, Tổ Thể dục – Quốc phòng và Đoàn trường triển khai thực "
            "hiện nghiêm túc thông báo này./."
        ),
        Raw(_CLOSING),
    ],
    opts={"when": W(2026, 12, 1, 8, 0), "poster": "host", "tags": []},
)

D2 = Story(
    id=1180,
    slug="thong-bao-thi-chon-doi-tuyen-du-thi-hoc-sinh-gioi-quoc-gia-nam-2027",
    title="Thông báo thi chọn đội tuyển dự thi học sinh giỏi quốc gia năm 2027",
    cat="tb",
    published_at="2026-11-10T15:30:00+07:00",
    summary=(
        "Nhà trường thông báo kế hoạch tổ chức kỳ thi chọn đội tuyển dự thi chọn học sinh giỏi "
        "quốc gia THPT năm 2027 đối với học sinh khối 11 và khối 12."
    ),
    sapo_outside=True,
    authors=["Bộ phận Giáo vụ"],
    blocks=[
        P(
            "Đối tượng dự thi là học sinh các lớp chuyên và lớp không chuyên có kết quả học tập "
            "tốt, đạt giải trong kỳ thi chọn học sinh giỏi cấp tỉnh hoặc được tổ chuyên môn giới "
            "thiệu."
        ),
        P("Hồ sơ đăng ký gồm:"),
        P("Đơn đăng ký dự thi theo mẫu (nhận tại Văn phòng nhà trường);", "li"),
        P("Bản photo giấy chứng nhận đạt giải các kỳ thi học sinh giỏi (nếu có);", "li"),
        P("Ý kiến đồng ý của giáo viên chủ nhiệm và cha mẹ học sinh.", "li"),
        P(
            "Thời hạn nộp hồ sơ: trước 16 giờ 30 ngày 18/11/2026 tại Văn phòng nhà trường. Kỳ thi "
            "chọn đội tuyển dự kiến tổ chức vào ngày 28 và 29/11/2026."
        ),
        Raw(
            '<p><img alt="" src="/Portals/0/Images/icons/pdf.gif" /> Tệp đính kèm: <a href="'
            '/Portals/0/VanBan/2026/Mau-don-dang-ky-doi-tuyen-HSGQG.pdf" target="_blank">Mẫu đơn '
            "đăng ký dự thi (PDF, 85 KB)</a></p>"
        ),
        _right("<em><strong>Bộ phận Giáo vụ</strong></em>"),
    ],
    opts={"when": W(2026, 11, 10, 15, 30), "poster": "Quản trị viên", "tags": []},
)

STORIES = [A1, A2, A3, A4, A5, B1, B2, B3, B4, C1, C2, D1, D2]
BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}

# EasyDNN "link" articles: items of the lists that go to a file or to another host
LINK_ITEMS = [
    {
        "title": "Kế hoạch tổ chức kỳ thi chọn đội tuyển học sinh giỏi quốc gia năm 2027",
        "href": "/Portals/0/VanBan/2026/KH-chon-doi-tuyen-HSGQG-2027.pdf",
        "cat": "tb",
        "when": W(2026, 11, 24, 10, 0),
        "summary": "Kế hoạch số 187/KH-LQĐ (tệp PDF đính kèm).",
    },
    {
        "title": "Sở GD&ĐT công bố kết quả kỳ thi tuyển sinh lớp 10 chuyên năm học 2026 – 2027",
        "href": "https://sgddt.binhdinh.gov.vn/tin-tuc/ket-qua-tuyen-sinh-lop-10-chuyen-2026",
        "cat": "tb",
        "when": W(2026, 10, 20, 8, 0),
        "summary": "Xem chi tiết trên Cổng thông tin điện tử Sở GD&ĐT.",
    },
]

MOST_READ = [A2, B1, C1, D2]

# --- markup helpers -------------------------------------------------------------------------


def art_path(s: Story) -> str:
    return f"/tin-tuc/{s.slug}"


def artmid_path(s: Story, mid: int = MID) -> str:
    return f"/tin-tuc/ArtMID/{mid}/ArticleID/{s.id}/{s.slug}"


def cat_path(key: str, page: int = 1) -> str:
    base = f"/tin-tuc/category/{CATS[key].slug}"
    return base if page == 1 else f"{base}/page/{page}"


def thumb(s: Story) -> str:
    mains = [i for i in s.images if i.style == "main"]
    if mains:
        return mains[0].src.replace("700400p", "270180p").replace("EDNmain", "EDNthumb")
    return "/Portals/0/EasyDNNNews/noimage-270x180.jpg"


def _t(s: Story, value: str) -> str:
    return text(value, nfd=bool(s.opts.get("nfd")))


def _excerpt(s: Story) -> str:
    if s.summary:
        return esc(s.summary)
    first = next(b.text for b in s.blocks if isinstance(b, P))
    words = first.split()
    return esc(" ".join(words[:28])) + "..."


def render_img(img: Img) -> str:
    alt = ""
    if img.style == "figure":
        return (
            '<figure class="image" style="display:inline-block"><img alt="" height="420" '
            f'src="{esc(img.src)}" width="630" /><figcaption>{esc(img.printed or "")}</figcaption>'
            "</figure>"
        )
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:630px">'
            f'<tbody><tr><td><img alt="{alt}" src="{esc(img.src)}" style="width:630px;height:420px" />'
            '</td></tr><tr><td style="text-align:center"><span style="font-size:12px"><em>'
            f"{esc(img.printed or '')}</em></span></td></tr></tbody></table>"
        )
    out = f'<p style="text-align:center"><img alt="{alt}" src="{esc(img.src)}" style="width:100%" /></p>'
    if img.printed:
        out += f'<p style="text-align:center"><em>{esc(img.printed)}</em></p>'
    return out


def render_content(s: Story) -> str:
    """The CKEditor HTML of the text (main image and gallery are rendered elsewhere)."""
    blocks = [b for b in s.blocks if not (isinstance(b, Img) and b.style in ("main", "gallery"))]
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(render_img(b))
        elif b.style in ("tr", "li", "br"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            i -= 1
            if b.style == "tr":
                rows = []
                for n, p in enumerate(run):
                    tag = "th" if n == 0 else "td"
                    cells = "".join(f"<{tag}>{_t(s, c.strip())}</{tag}>" for c in p.text.split("|"))
                    rows.append(f"<tr>{cells}</tr>")
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" class="Table" '
                    'style="width:100%;border-collapse:collapse"><tbody>' + "".join(rows) + "</tbody></table>"
                )
            elif b.style == "li":
                out.append("<ul>" + "".join(f"<li>{_t(s, p.text)}</li>" for p in run) + "</ul>")
            else:
                out.append(
                    '<div style="text-align: justify;">'
                    + "<br />\n<br />\n".join(_t(s, p.text) for p in run)
                    + "</div>"
                )
        elif b.style == "h":
            out.append(f"<h3><strong>{_t(s, b.text)}</strong></h3>")
        elif b.style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{_t(s, b.text)}</strong></p>')
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{_t(s, b.text)}</em></p></blockquote>")
        elif b.style == "mso":
            out.append(
                '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:'
                f'36.0pt;line-height:115%"><span lang="VI" style="font-size:13.0pt;line-height:115%">'
                f"{_t(s, b.text)}</span><o:p></o:p></p>"
            )
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append(f'<p style="text-align: justify;">{_t(s, b.text)}</p>')
        i += 1
    return "\n".join(out)


# --- chrome ---------------------------------------------------------------------------------

_MENU = [
    ("/", "Trang chủ", []),
    (
        "/gioi-thieu",
        "Giới thiệu",
        [("/gioi-thieu/lich-su-truong", "Lịch sử nhà trường"), ("/gioi-thieu/doi-ngu-can-bo", "Đội ngũ cán bộ")],
    ),
    ("/tin-tuc", "Tin tức", [(cat_path(k), c.name) for k, c in CATS.items()]),
    ("/van-ban", "Văn bản", []),
    ("/thu-vien-anh", "Thư viện ảnh", []),
    ("/lien-he", "Liên hệ", []),
]


def _menu(active: str) -> str:
    items = []
    for n, (href, label, subs) in enumerate(_MENU):
        cls = ["item"]
        if n == 0:
            cls.append("first")
        if subs:
            cls.append("haschild")
        if href == active:
            cls.append("selected")
        sub = ""
        if subs:
            sub = '<ul class="subLevel">' + "".join(
                f'<li class="item"><a href="{h}"><span>{esc(t)}</span></a></li>' for h, t in subs
            ) + "</ul>"
        items.append(f'<li class="{" ".join(cls)}"><a href="{href}"><span>{esc(label)}</span></a>{sub}</li>')
    return '<nav id="dnn_MENU" class="lqdMenu"><ul class="topLevel">' + "".join(items) + "</ul></nav>"


def _breadcrumb(crumbs: list[tuple[str, str]]) -> str:
    parts = []
    for n, (href, label) in enumerate(crumbs, 1):
        parts.append(
            f'<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
            f'<a href="{href}" class="breadcrumbLink" itemprop="item"><span itemprop="name">{esc(label)}'
            f'</span></a><meta itemprop="position" content="{n}" /></span>'
        )
    return (
        '<div class="duongDan"><span class="icoHome"></span><span id="dnn_dnnBreadcrumb_lblBreadCrumb" '
        'itemprop="breadcrumb" itemscope itemtype="https://schema.org/breadcrumb"><span itemscope '
        'itemtype="http://schema.org/BreadcrumbList">'
        + ' <img alt="" src="/Portals/_default/Skins/LQD2019/images/breadcrumb.png" /> '.join(parts)
        + "</span></span></div>"
    )


def _module(mid: int, title: str, inner: str, kind: str = "EasyDNNnews", pane_cls: str = "") -> str:
    return (
        f'<div class="DnnModule DnnModule-{kind} DnnModule-{mid}"><a name="{mid}"></a>'
        f'<div class="khungModule {pane_cls}"><div class="tieuDeModule"><h3><span id="dnn_ctr{mid}_dnnTITLE_titleLabel" '
        f'class="TitleHead">{esc(title)}</span></h3></div><div id="dnn_ctr{mid}_ContentPane">'
        f"<!-- Start_Module_{mid} --><div id=\"dnn_ctr{mid}_ModuleContent\" class=\"DNNModuleContent "
        f'Mod{kind.replace("_", "")}C">{inner}</div><!-- End_Module_{mid} --></div></div></div>'
    )


def _sidebar_left() -> str:
    counts = {k: sum(1 for s in STORIES if s.cat == k) for k in CATS}
    counts["tb"] += len(LINK_ITEMS)
    cats = "".join(
        f'<li><a href="{cat_path(k)}">{esc(c.name)}</a> <span class="soTin">({counts[k]})</span></li>'
        for k, c in CATS.items()
    )
    inner = f'<div class="edn_category_menu_wrapper"><ul class="edn_category_menu">{cats}</ul></div>'
    return _module(423, "Danh mục tin", inner)


def _sidebar_right() -> str:
    most = "".join(
        f'<li><a href="{artmid_path(s, MID_SIDE)}"><img src="{thumb(s)}" alt="" width="80" /></a>'
        f'<a class="edn_articleTitle" href="{artmid_path(s, MID_SIDE)}">{esc(s.title)}</a></li>'
        for s in MOST_READ
    )
    most_read = _module(
        MID_SIDE,
        "Tin đọc nhiều",
        f'<div class="eds_news_module_{MID_SIDE} news eds_subCollection_news eds_news_Ozone '
        f'eds_template_List_Article_Simple"><ul class="tinDocNhieu">{most}</ul></div>',
    )
    links = _module(
        430,
        "Liên kết website",
        '<div class="Normal"><ul class="lienKet">'
        '<li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>'
        '<li><a href="https://sgddt.binhdinh.gov.vn" target="_blank">Sở GD&amp;ĐT Bình Định</a></li>'
        '<li><a href="https://binhdinh.gov.vn" target="_blank">Cổng TTĐT tỉnh Bình Định</a></li>'
        '<li><a href="https://vnedu.vn" target="_blank">Sổ liên lạc điện tử vnEdu</a></li>'
        "</ul></div>",
        kind="DNN_HTML",
    )
    poll = _module(
        431,
        "Thăm dò ý kiến",
        '<div class="binhChon"><p>Bạn biết đến website của trường qua kênh nào?</p>'
        '<label><input type="radio" name="dnn$ctr431$poll" value="1" /> Fanpage của trường</label><br />'
        '<label><input type="radio" name="dnn$ctr431$poll" value="2" /> Thầy cô, bạn bè giới thiệu</label><br />'
        '<label><input type="radio" name="dnn$ctr431$poll" value="3" /> Tìm kiếm trên Google</label><br />'
        "<a class=\"dnnPrimaryAction\" href=\"javascript:__doPostBack('dnn$ctr431$Poll$cmdVote','')\">"
        "Bình chọn</a> <a href=\"javascript:__doPostBack('dnn$ctr431$Poll$cmdResults','')\">Xem kết quả</a></div>",
        kind="Poll",
    )
    counter = _module(
        432,
        "Thống kê truy cập",
        '<div class="thongKe"><p><img src="/Portals/_default/Skins/LQD2019/images/online.png" alt="" /> '
        "Đang online: <b>27</b></p><p>Hôm nay: <b>1.042</b></p><p>Hôm qua: <b>1.389</b></p>"
        "<p>Tổng truy cập: <b>2.318.604</b></p></div>",
        kind="DNN_HTML",
    )
    fb = (
        '<div class="fbBox"><iframe src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2F'
        'www.facebook.com%2Fthptchuyenlequydonbinhdinh&amp;tabs=timeline&amp;width=300&amp;height=300" '
        'width="300" height="300" style="border:none;overflow:hidden" scrolling="no"></iframe></div>'
    )
    return most_read + links + poll + counter + fb


def page(
    request: Request,
    *,
    title: str,
    active: str,
    crumbs: list[tuple[str, str]],
    main: str,
    canonical: str | None = None,
    description: str | None = None,
    og_image: str | None = None,
    left: bool = True,
) -> Response:
    base = base_url(request)
    action = request.path
    head = [
        '<meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />',
        f"<title>{esc(title)}</title>",
        f'<meta id="MetaDescription" name="DESCRIPTION" content="{esc(description or SCHOOL + " - tỉnh Bình Định")}" />',
        '<meta id="MetaKeywords" name="KEYWORDS" content="THPT chuyên Lê Quý Đôn, Bình Định, Quy Nhơn" />',
        '<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />',
        '<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />',
        '<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=412" type="text/css" rel="stylesheet"/>',
        '<link href="/DesktopModules/EasyDNNnews/Templates/_default/Ozone/Ozone.css?cdv=412" type="text/css" rel="stylesheet"/>',
        '<link href="/Portals/_default/Skins/LQD2019/skin.css?cdv=412" type="text/css" rel="stylesheet"/>',
        '<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=412" type="text/javascript"></script>',
        f'<meta property="og:title" content="{esc(title)}" />',
        '<meta property="og:type" content="article" />' if canonical else "",
    ]
    if canonical:
        head.append(f'<link rel="canonical" href="{base}{canonical}" />')
        head.append(f'<meta property="og:url" content="{base}{canonical}" />')
    if og_image:
        head.append(f'<meta property="og:image" content="{base}{og_image}" />')
    left_col = f'<div id="dnn_LeftPane" class="col-md-3 leftPane">{_sidebar_left()}</div>' if left else ""
    body_cls = "col-md-6" if left else "col-md-9"
    html_page = f"""<!DOCTYPE html>
<html lang="vi-VN">
<head id="Head">
<!--*********************************************-->
<!-- DNN Platform - http://www.dnnsoftware.com   -->
<!-- Copyright (c) 2002-2019, by DNN Corporation -->
<!--*********************************************-->
{"".join(h for h in head if h)}
</head>
<body id="Body">
<form method="post" action="{esc(action)}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{opaque(request.path, 180)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit();
    }}
}}
//]]>
</script>
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{opaque("ev" + request.path, 64)}" />
</div>
<div id="skinLQD" class="wrapper">
  <div class="topBar"><div class="container">
    <span class="ngayThang"><i class="fa fa-calendar"></i> {HEADER_DATE}</span>
    <span class="hotline">Hotline: 0256 3822 645</span>
    <div class="timKiem"><input name="dnn$dnnSearch$txtSearch" type="text" maxlength="255" size="20"
      id="dnn_dnnSearch_txtSearch" class="NormalTextBox" placeholder="Tìm kiếm..." autocomplete="off" />
      <a id="dnn_dnnSearch_cmdSearch" class="SearchButton" href="javascript:__doPostBack('dnn$dnnSearch$cmdSearch','')">
      <i class="fa fa-search"></i></a></div>
  </div></div>
  <header id="dnn_HeaderPane" class="banner">
    <div class="container"><a id="dnn_dnnLOGO_hypLogo" title="{SCHOOL}" href="/">
      <img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/logo-lqd-2019.png" alt="{SCHOOL}" /></a>
      <div class="tenTruong"><p class="dong1">SỞ GIÁO DỤC VÀ ĐÀO TẠO BÌNH ĐỊNH</p>
      <p class="dong2">TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN</p>
      <p class="dong3">Chất lượng – Sáng tạo – Hội nhập</p></div></div>
  </header>
  <div class="menuBar"><div class="container">{_menu(active)}</div></div>
  <div class="container">{_breadcrumb(crumbs)}</div>
  <div class="container noiDung"><div class="row">
    {left_col}
    <div id="dnn_ContentPane" class="{body_cls} contentPane">{main}</div>
    <div id="dnn_RightPane" class="col-md-3 rightPane">{_sidebar_right()}</div>
  </div></div>
  <footer id="dnn_FooterPane" class="chanTrang"><div class="container">
    <p class="tenDonVi"><strong>TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN - TỈNH BÌNH ĐỊNH</strong></p>
    <p>Địa chỉ: 02 Nguyễn Huệ, phường Quy Nhơn, tỉnh Bình Định</p>
    <p>Điện thoại: 0256 3822 645 - Fax: 0256 3822 646 - Email: c3lequydon@binhdinh.edu.vn</p>
    <p>Chịu trách nhiệm nội dung: Hiệu trưởng nhà trường</p>
    <p class="banQuyen">Bản quyền © 2019 - 2026 {SCHOOL}. Thiết kế và phát triển bởi Trung tâm
    Công nghệ thông tin Bình Định. <a id="dnn_dnnTERMS_hypTerms" class="terms" rel="nofollow"
    href="javascript:void(0)">Điều khoản sử dụng</a></p>
  </div></footer>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="{{&quot;__scdoff&quot;:&quot;1&quot;}}" />
</form>
</body>
</html>"""
    return html(html_page)


# --- listings -------------------------------------------------------------------------------


def _entries(cat: str | None = None, tag: str | None = None) -> list[dict]:
    items: list[dict] = []
    for s in STORIES:
        if cat and s.cat != cat:
            continue
        if tag and tag not in s.opts.get("tags", []):
            continue
        items.append({"story": s, "when": s.opts["when"]})
    if not tag:
        for li in LINK_ITEMS:
            if cat and li["cat"] != cat:
                continue
            items.append({"link": li, "when": li["when"]})
    items.sort(key=lambda e: e["when"], reverse=True)
    return items


def _list_item(entry: dict, readmore_mid: bool) -> str:
    if "link" in entry:
        li = entry["link"]
        target = ' target="_blank"' if li["href"].startswith("http") else ""
        return (
            '<div class="edn_article edn_clearFix in_list edn_linkArticle">'
            f'<a class="edn_articleImage" href="{esc(li["href"])}"{target}><img src="/Portals/0/EasyDNNNews/'
            'noimage-270x180.jpg" alt="" /></a>'
            f'<h2 class="edn_articleTitle"><a href="{esc(li["href"])}"{target}>{esc(li["title"])}</a></h2>'
            f'<div class="edn_metaDetails"><span class="edn_articleDate"><i class="fa fa-clock-o"></i> '
            f'{short_date(li["when"])}</span></div>'
            f'<div class="edn_articleSummary">{esc(li["summary"])}</div>'
            f'<a class="edn_readMore edn_readMoreButton" href="{esc(li["href"])}"{target}>Xem thêm</a></div>'
        )
    s: Story = entry["story"]
    more = artmid_path(s) if readmore_mid else art_path(s)
    return (
        '<div class="edn_article edn_clearFix in_list">'
        f'<a class="edn_articleImage" href="{art_path(s)}"><img src="{thumb(s)}" alt="{esc(s.title)}" /></a>'
        f'<h2 class="edn_articleTitle"><a href="{art_path(s)}">{esc(s.title)}</a></h2>'
        f'<div class="edn_metaDetails"><span class="edn_articleDate"><i class="fa fa-clock-o"></i> '
        f'{short_date(s.opts["when"])}</span><span class="edn_numberOfViews"> | Lượt xem: {s.views()}</span></div>'
        f'<div class="edn_articleSummary">{_excerpt(s)}</div>'
        f'<a class="edn_readMore edn_readMoreButton" href="{more}">Xem thêm</a></div>'
    )


def _pager(current: int, pages: int, url) -> str:
    if pages <= 1:
        return ""
    parts = []
    if current > 1:
        parts.append(f'<a class="first" href="{url(1)}">« Đầu</a>')
        parts.append(f'<a class="prev" href="{url(current - 1)}">‹ Trước</a>')
    for n in range(1, pages + 1):
        if n == current:
            parts.append(f'<span class="active page_{n}">{n}</span>')
        else:
            parts.append(f'<a class="page_{n}" href="{url(n)}">{n}</a>')
    if current < pages:
        parts.append(f'<a class="next" href="{url(current + 1)}">Sau ›</a>')
        parts.append(f'<a class="last" href="{url(pages)}">Cuối »</a>')
    return f'<div class="article_pager">{"".join(parts)}<span class="pageInfo">Trang {current}/{pages}</span></div>'


def _listing(request: Request, entries, page_no, per, url, heading, crumbs, readmore_mid, active="/tin-tuc"):
    pages = max(1, -(-len(entries) // per))
    if page_no < 1 or page_no > pages:
        return None
    chunk = entries[(page_no - 1) * per : page_no * per]
    items = "".join(_list_item(e, readmore_mid) for e in chunk)
    inner = (
        f'<div class="eds_news_module_{MID} news eds_subCollection_news eds_news_Ozone '
        f'eds_template_List_Article_Default eds_templateGroup_listArticleDefault '
        f'eds_styleSwitchCriteria_module-{MID}"><div id="dnn_ctr{MID}_ViewEasyDNNNewsMain_ctl00_pnlListArticles">'
        f'<h1 class="edn_categoryTitle">{esc(heading)}</h1>'
        f'<div class="edn_{MID}_article_list_wrapper">{items}</div>'
        f"{_pager(page_no, pages, url)}</div></div>"
    )
    title = heading + (f" - Trang {page_no}" if page_no > 1 else "") + f" | {SCHOOL}"
    return page(
        request,
        title=title,
        active=active,
        crumbs=crumbs,
        main=_module(MID, "Tin tức", inner),
    )


def news_tab(request: Request, page_no: int) -> Response | None:
    def url(n: int) -> str:
        return "/tin-tuc" if n == 1 else f"/tin-tuc/PgrID/{MID}/PageID/{n}"

    crumbs = [("/", "Trang chủ"), ("/tin-tuc", "Tin tức")]
    return _listing(request, _entries(), page_no, 6, url, "Tin tức", crumbs, True)


def category(request: Request, key: str, page_no: int) -> Response | None:
    c = CATS[key]
    crumbs = [("/", "Trang chủ"), ("/tin-tuc", "Tin tức")]
    return _listing(
        request, _entries(cat=key), page_no, 3, lambda n: cat_path(key, n), c.name, crumbs, False
    )


def tag_page(request: Request, tag: str) -> Response | None:
    if tag not in TAGS:
        return None
    crumbs = [("/", "Trang chủ"), ("/tin-tuc", "Tin tức")]
    return _listing(
        request, _entries(tag=tag), 1, 10, lambda n: f"/tin-tuc/tag/{tag}", f"Từ khóa: {TAGS[tag]}",
        crumbs, False,
    )


# --- article details ------------------------------------------------------------------------


def _comments(s: Story) -> str:
    comments = s.opts.get("comments") or []
    rows = []
    for name, when, paras in comments:
        body = "".join(f"<p>{esc(p)}</p>" for p in paras)
        rows.append(
            '<div class="edn_comment"><div class="edn_commentAvatar"><img src="/DesktopModules/'
            'EasyDNNnews/images/avatar-default.png" alt="" /></div><div class="edn_commentMain">'
            f'<span class="edn_commentAuthor">{esc(name)}</span> <span class="edn_commentDate">'
            f"{short_date(when)} {_clock(when)}</span>"
            f'<div class="edn_commentText">{body}</div>'
            '<a class="edn_commentReply" href="javascript:void(0)">Trả lời</a></div></div>'
        )
    form = (
        '<div class="edn_commentForm"><h4>Gửi bình luận</h4>'
        f'<input name="dnn$ctr{MID}$ViewEasyDNNNewsMain$ctl00$tbCommentName" type="text" placeholder="Họ và tên (*)" />'
        f'<input name="dnn$ctr{MID}$ViewEasyDNNNewsMain$ctl00$tbCommentEmail" type="text" placeholder="Email (*)" />'
        f'<textarea name="dnn$ctr{MID}$ViewEasyDNNNewsMain$ctl00$tbComment" rows="4" placeholder="Nội dung bình luận"></textarea>'
        f"<a class=\"edn_commentButton\" href=\"javascript:__doPostBack('dnn$ctr{MID}$ViewEasyDNNNewsMain$ctl00$"
        "lbAddComment','')\">Gửi bình luận</a><p class=\"edn_commentNote\">Bình luận của bạn sẽ được hiển thị "
        "sau khi được Ban biên tập duyệt.</p></div>"
    )
    return (
        f'<div class="edn_commentsWrapper" id="edn_comments"><h3 class="edn_commentsTitle">Bình luận '
        f'({len(comments)})</h3>{"".join(rows)}{form}</div>'
    )


def _gallery(s: Story) -> str:
    gal = [i for i in s.images if i.style == "gallery"]
    if not gal:
        return ""
    items = "".join(
        f'<li><a class="edn_fancybox" rel="edn_gallery_{s.id}" data-fancybox="gallery{s.id}" '
        f'href="{esc(i.src.replace("/thumbs/", "/"))}" title="{esc(i.printed or "")}">'
        f'<img src="{esc(i.src)}" alt="{esc(i.printed or "")}" /></a>'
        f'<span class="edn_mediaTitle">{esc(i.printed or "")}</span></li>'
        for i in gal
    )
    return (
        f'<div class="edn_galleryWrapper"><h3 class="edn_galleryTitle">Hình ảnh hoạt động</h3>'
        f'<ul class="edn_galleryList edn_clearFix">{items}</ul></div>'
    )


def _neighbours(s: Story) -> str:
    same = sorted((x for x in STORIES if x.cat == s.cat), key=lambda x: x.opts["when"], reverse=True)
    i = same.index(s)
    parts = []
    if i + 1 < len(same):
        o = same[i + 1]
        parts.append(f'<div class="edn_prevArticle"><span>« Bài trước</span> <a href="{art_path(o)}">{esc(o.title)}</a></div>')
    if i > 0:
        o = same[i - 1]
        parts.append(f'<div class="edn_nextArticle"><span>Bài tiếp »</span> <a href="{art_path(o)}">{esc(o.title)}</a></div>')
    return f'<div class="edn_articleLinks edn_clearFix">{"".join(parts)}</div>'


def _related(s: Story) -> str:
    others = sorted(
        (x for x in STORIES if x is not s and x.cat == s.cat), key=lambda x: x.opts["when"], reverse=True
    )[:3]
    if not others:
        return ""
    items = "".join(
        f'<li><a href="{art_path(o)}"><img src="{thumb(o)}" alt="" width="90" /></a>'
        f'<a class="edn_relatedTitle" href="{art_path(o)}">{esc(o.title)}</a> '
        f'<span class="edn_articleDate">({short_date(o.opts["when"])})</span></li>'
        for o in others
    )
    return f'<div class="edn_relatedArticles"><h3>Tin liên quan</h3><ul>{items}</ul></div>'


def article(request: Request, s: Story) -> Response:
    c = CATS[s.cat]
    when: _dt.datetime = s.opts["when"]
    mains = [i for i in s.images if i.style == "main"]
    share_url = esc(base_url(request) + art_path(s))
    event = ""
    if s.opts.get("event"):
        ev: _dt.datetime = s.opts["event"]
        event = (
            '<div class="edn_eventDetails"><span class="edn_eventLabel">Thời gian diễn ra:</span> '
            f'<span class="edn_eventDate">{_clock(ev)}, {_DAYS[ev.weekday()]}, {ev.day:02d} '
            f"{_MONTHS[ev.month - 1]} {ev.year}</span><br /><span class=\"edn_eventLabel\">Địa điểm:</span> "
            "Đường Xuân Diệu, TP Quy Nhơn</div>"
        )
    tags = s.opts.get("tags") or []
    tag_html = ""
    if tags:
        tag_html = (
            '<div class="edn_articleTags"><span>Từ khóa:</span> '
            + ", ".join(f'<a href="/tin-tuc/tag/{t}">{esc(TAGS[t])}</a>' for t in tags)
            + "</div>"
        )
    updated = ""
    if s.opts.get("updated"):
        u = s.opts["updated"]
        updated = f'<div class="edn_lastModified"><em>Cập nhật lần cuối: {short_date(u)} {_clock(u)}</em></div>'
    main_img = ""
    if mains:
        main_img = (
            f'<div class="edn_mediaContainer ednMainImg"><img src="{esc(mains[0].src)}" '
            f'alt="{esc(s.title)}" title="{esc(s.title)}" /></div>'
        )
    summary = f'<div class="edn_articleSummary"><p>{esc(s.summary)}</p></div>' if s.sapo_outside else ""
    inner = f"""
<div class="eds_news_module_{MID} news eds_subCollection_news eds_news_Ozone eds_template_Details_Article_Default eds_templateGroup_articleDetailsDefault eds_styleSwitchCriteria_module-{MID}">
<div id="dnn_ctr{MID}_ViewEasyDNNNewsMain_ctl00_pnlViewArticle">
<div class="edn_article edn_articleDetails edn_clearFix" itemscope itemtype="http://schema.org/NewsArticle">
  <h1 class="edn_articleTitle" itemprop="headline">{esc(s.title)}</h1>
  <h2 class="edn_subTitle"></h2>
  {event}
  <div class="edn_metaDetails">
    <span class="edn_articleDate"><i class="fa fa-calendar-o"></i> {long_date(when)}</span>
    <span class="edn_articleAuthor"><i class="fa fa-user"></i> Người đăng: {esc(s.opts["poster"])}</span>
    <span class="edn_numberOfViews"><i class="fa fa-eye"></i> Lượt xem: {s.views()}</span>
    <span class="edn_articleCategories">Chuyên mục: <a class="edn_category" href="{cat_path(s.cat)}">{esc(c.name)}</a></span>
  </div>
  <div class="edn_socialPrintWrapper edn_clearFix">
    <span class="chiaSe">Chia sẻ:</span>
    <a class="edn_fb" href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" rel="nofollow">Facebook</a>
    <a class="edn_zalo" href="https://sp.zalo.me/share_inline?url={share_url}" target="_blank" rel="nofollow">Zalo</a>
    <a class="edn_printButton" href="javascript:window.print()" rel="nofollow">In bài viết</a>
    <a class="edn_emailButton" href="mailto:?subject={esc(s.title)}&amp;body={share_url}" rel="nofollow">Gửi email</a>
    <span class="edn_fontSize">Cỡ chữ: <a href="javascript:void(0)">A-</a> <a href="javascript:void(0)">A+</a></span>
  </div>
  {main_img}
  {summary}
  <div class="edn_articleContent" itemprop="articleBody">
{render_content(s)}
  </div>
  {updated}
  {_gallery(s)}
  {tag_html}
  {_neighbours(s)}
  {_related(s)}
  {_comments(s) if s.opts.get("comments") else ""}
</div>
</div>
</div>"""
    title = s.opts.get("seo") or f"{s.title} | {SCHOOL}"
    return page(
        request,
        title=title,
        active="/tin-tuc",
        crumbs=[("/", "Trang chủ"), ("/tin-tuc", "Tin tức")],
        main=_module(MID, "Tin tức", inner),
        canonical=art_path(s),
        description=s.summary or _html.unescape(_excerpt(s)),
        og_image=mains[0].src if mains else None,
    )


# --- other tabs -----------------------------------------------------------------------------


def home(request: Request) -> Response:
    latest = sorted(STORIES, key=lambda x: x.opts["when"], reverse=True)[:5]
    top, rest = latest[0], latest[1:]
    slider = (
        '<div class="edn_slider"><div class="edn_slide">'
        f'<a href="{art_path(top)}"><img src="{thumb(top).replace("270180p", "800450p")}" alt="{esc(top.title)}" /></a>'
        f'<div class="edn_slideCaption"><a href="{art_path(top)}">{esc(top.title)}</a>'
        f"<p>{_excerpt(top)}</p></div></div></div>"
    )
    lst = "".join(
        f'<li><a href="{art_path(s)}"><img src="{thumb(s)}" alt="" /></a><a class="tieuDeTin" '
        f'href="{art_path(s)}">{esc(s.title)}</a> <span class="ngay">({short_date(s.opts["when"])})</span></li>'
        for s in rest
    )
    news = _module(
        415,
        "Tin mới",
        f'<div class="eds_news_module_415 news eds_subCollection_news eds_news_Ozone">{slider}'
        f'<ul class="dsTinMoi">{lst}</ul><p class="xemTatCa"><a href="/tin-tuc">Xem tất cả »</a></p></div>',
    )
    notices = [s for s in STORIES if s.cat == "tb"]
    tb = _module(
        416,
        "Thông báo",
        '<marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()"><ul>'
        + "".join(f'<li><a href="{art_path(s)}">{esc(s.title)}</a></li>' for s in notices)
        + f'</ul></marquee><p><a href="{cat_path("tb")}">Xem thêm thông báo</a></p>',
    )
    welcome = _module(
        417,
        "Chào mừng",
        '<div class="Normal"><p>Chào mừng quý phụ huynh, học sinh và các bạn đến với Cổng thông tin '
        "điện tử Trường THPT chuyên Lê Quý Đôn, tỉnh Bình Định.</p></div>",
        kind="DNN_HTML",
    )
    return page(
        request, title=f"Trang chủ | {SCHOOL}", active="/", crumbs=[("/", "Trang chủ")], main=welcome + news + tb
    )


def _static_tab(request: Request, path: str, heading: str, body: str, crumbs) -> Response:
    inner = f'<div id="dnn_ctr440_HtmlModule_lblContent" class="Normal"><h1 class="tieuDeTrang">{esc(heading)}</h1>{body}</div>'
    active = "/" + path.strip("/").split("/")[0]
    return page(
        request,
        title=f"{heading} | {SCHOOL}",
        active=active,
        crumbs=crumbs,
        main=_module(440, heading, inner, kind="DNN_HTML"),
        left=False,
    )


_GT = [("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu")]

PAGES = {
    "/gioi-thieu": (
        "Giới thiệu chung",
        "<p>Trường THPT chuyên Lê Quý Đôn là trường trung học phổ thông chuyên của tỉnh Bình Định, "
        "có nhiệm vụ phát hiện, bồi dưỡng học sinh có năng khiếu, tạo nguồn nhân lực chất lượng cao "
        "cho tỉnh.</p><p>Hiện nay trường có 36 lớp với hơn 1.100 học sinh, gồm các lớp chuyên Toán, "
        "Vật lý, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lý và Tiếng Anh.</p>",
        _GT,
    ),
    "/gioi-thieu/lich-su-truong": (
        "Lịch sử nhà trường",
        "<p>Trường được thành lập theo quyết định của UBND tỉnh Nghĩa Bình năm 1985 và mang tên danh "
        "nhân Lê Quý Đôn từ năm 1990.</p><p>Qua hơn 40 năm xây dựng và phát triển, nhà trường đã được "
        "Nhà nước tặng thưởng Huân chương Lao động hạng Nhất và nhiều phần thưởng cao quý khác.</p>",
        [*_GT, ("/gioi-thieu/lich-su-truong", "Lịch sử nhà trường")],
    ),
    "/gioi-thieu/doi-ngu-can-bo": (
        "Đội ngũ cán bộ",
        '<table class="Table" border="1" cellpadding="4"><tbody><tr><th>Họ và tên</th><th>Chức vụ</th></tr>'
        "<tr><td>Trần Quang Vinh</td><td>Hiệu trưởng</td></tr><tr><td>Nguyễn Hữu Phước</td><td>Phó Hiệu "
        "trưởng</td></tr><tr><td>Phạm Thị Thu Hà</td><td>Phó Hiệu trưởng</td></tr></tbody></table>"
        "<p>Tổng số cán bộ, giáo viên, nhân viên: 98 người.</p>",
        [*_GT, ("/gioi-thieu/doi-ngu-can-bo", "Đội ngũ cán bộ")],
    ),
    "/van-ban": (
        "Văn bản",
        '<table class="dnnGrid" id="dnn_ctr445_Documents_grdDocuments"><tbody>'
        '<tr class="dnnGridHeader"><th>Tiêu đề</th><th>Ngày ban hành</th><th>Tải về</th></tr>'
        "<tr class=\"dnnGridItem\"><td>Kế hoạch năm học 2026 – 2027</td><td>15/09/2026</td><td><a href="
        '"/Portals/0/VanBan/2026/KH-nam-hoc-2026-2027.pdf">Tải về</a></td></tr>'
        "<tr class=\"dnnGridAltItem\"><td>Quy chế chi tiêu nội bộ năm 2026</td><td>06/11/2026</td><td>"
        '<a href="/Portals/0/VanBan/2026/Quy-che-chi-tieu-noi-bo-2026.pdf">Tải về</a></td></tr>'
        "</tbody></table>",
        [("/", "Trang chủ"), ("/van-ban", "Văn bản")],
    ),
    "/thu-vien-anh": (
        "Thư viện ảnh",
        '<div class="edn_galleryWrapper albumAnh"><h3>Album: Lễ khai giảng năm học 2026 – 2027</h3><ul>'
        + "".join(
            f'<li><a class="edn_fancybox" href="/Portals/0/Gallery/khai-giang-2026/{n:02d}.jpg">'
            f'<img src="/Portals/0/Gallery/khai-giang-2026/thumbs/{n:02d}.jpg" alt="" /></a></li>'
            for n in range(1, 7)
        )
        + "</ul></div>",
        [("/", "Trang chủ"), ("/thu-vien-anh", "Thư viện ảnh")],
    ),
    "/lien-he": (
        "Liên hệ",
        "<p><strong>TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN</strong></p><p>Địa chỉ: 02 Nguyễn Huệ, phường Quy "
        "Nhơn, tỉnh Bình Định</p><p>Điện thoại: 0256 3822 645</p><p>Email: c3lequydon@binhdinh.edu.vn</p>"
        '<div class="dnnForm"><input name="dnn$ctr446$Feedback$txtName" type="text" placeholder="Họ tên" />'
        '<textarea name="dnn$ctr446$Feedback$txtBody"></textarea>'
        "<a href=\"javascript:__doPostBack('dnn$ctr446$Feedback$cmdSend','')\">Gửi</a></div>",
        [("/", "Trang chủ"), ("/lien-he", "Liên hệ")],
    ),
}

NON_ARTICLES = list(PAGES)

# --- routing --------------------------------------------------------------------------------

_RE_ARTMID = re.compile(r"^/tin-tuc/artmid/(\d+)/articleid/(\d+)/([a-z0-9-]+)/?$", re.I)
_RE_PGR = re.compile(r"^/tin-tuc/pgrid/(\d+)/pageid/(\d+)/?$", re.I)
_RE_CAT = re.compile(r"^/tin-tuc/category/([a-z0-9-]+)(?:/page/(\d+))?/?$")
_RE_TAG = re.compile(r"^/tin-tuc/tag/([a-z0-9-]+)/?$")
_CAT_BY_SLUG = {c.slug: k for k, c in CATS.items()}


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method not in ("GET", "HEAD", "POST"):
            return None
        if path.startswith("/Portals/") and path.lower().endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/Portals/", "/DesktopModules/", "/Resources/")):
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        if path in ("/", "/trang-chu"):
            return home(request)
        if path == "/tin-tuc":
            return news_tab(request, 1)
        if path in PAGES:
            heading, body, crumbs = PAGES[path]
            return _static_tab(request, path, heading, body, crumbs)
        if m := _RE_PGR.match(path):
            if int(m.group(1)) != MID or int(m.group(2)) < 2:
                return None
            return news_tab(request, int(m.group(2)))
        if m := _RE_CAT.match(path):
            key = _CAT_BY_SLUG.get(m.group(1))
            if key is None:
                return None
            n = int(m.group(2) or 1)
            if m.group(2) and n < 2:
                return None
            return category(request, key, n)
        if m := _RE_TAG.match(path):
            return tag_page(request, m.group(1))
        if m := _RE_ARTMID.match(path):
            s = BY_ID.get(int(m.group(2)))
            if s is None or int(m.group(1)) not in (MID, MID_SIDE) or m.group(3) != s.slug:
                return None
            return article(request, s)
        if path.startswith("/tin-tuc/"):
            s = BY_SLUG.get(path[len("/tin-tuc/") :].rstrip("/"))
            if s is not None:
                return article(request, s)
        return None


def build_site() -> Site:
    return Site()


GOLD = [
    gold_record(
        s,
        art_path(s),
        CATS[s.cat].name,
        canonical_path=art_path(s),
        alt_paths=[artmid_path(s, MID), artmid_path(s, MID_SIDE)],
    )
    for s in STORIES
]
