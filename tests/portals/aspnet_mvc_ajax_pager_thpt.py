"""Trường THPT Chuyên Lê Khiết (tỉnh Quảng Ngãi) on a school-software vendor's ASP.NET MVC 5 site.

Platform
--------
ASP.NET MVC 5 with a Razor ``_Layout.cshtml``, Bootstrap 3 (navbar with drop-downs, panels,
``ol.breadcrumb``, a carousel on the home page) and jQuery. Every listing is the partial view
``_DanhSach.cshtml``: the category page renders it in place (``@Html.Partial``) and the pager
fetches the same partial with jQuery (``jquery.unobtrusive-ajax`` / ``$.get``). The partial's own
URL answers without JavaScript, but as a bare fragment: no ``<html>``, no head, no chrome.
The vendor's pager differs per category because three developers wrote three list views:

* ``tin-tuc-su-kien`` and ``doan-thanh-nien``: ``PagedList.Mvc`` with
  ``PagedListRenderOptions.EnableUnobtrusiveAjaxReplacing``: each page link's ``href`` is the
  partial's URL ``/TinTuc/_DanhSach?catId=2&page=2`` with ``data-ajax="true"`` attributes;
* ``hoat-dong-chuyen-mon``: a hand-written pager whose ``href`` is the full list page
  ``/danh-muc/hoat-dong-chuyen-mon?page=2`` and whose ``onclick`` loads the partial;
* ``thong-bao``: an ``Ajax.BeginForm`` "Xem thêm" button (``method="post"``, ``catId`` in the
  action's query, ``page`` in a hidden input); the answer is appended below the list.

URL scheme
----------
* ``/``                                             home (slider, latest news, category blocks)
* ``/danh-muc/{slug}?page={n}``                     category page (full page, page size 4)
* ``/TinTuc/_DanhSach?catId={n}&page={n}``          the list partial (GET, or POST with ``page``)
* ``/tin-tuc/{category}/{id}/{slug}``               article (looked up by id alone: any category
  segment or slug answers 200 with the same article and a ``rel=canonical``)
* ``/t/{id}``                                       short link, answers 200 with the article
* ``/TinTuc/ChiTiet/{id}``                          MVC's default route, still registered: 200
* ``/gioi-thieu``, ``/lien-he``, ``/van-ban``, ``/van-ban/{id}/{slug}``, ``/thu-vien-anh``,
  ``/thu-vien-anh/{id}/{slug}``, ``/video/{id}/{slug}``, ``/tim-kiem?tukhoa=``
* ``/Uploads/…`` images and PDFs, ``/Content/…``, ``/bundles/…``, ``/QRCode/TaoMa?noidung=…``

Page templates
--------------
Article: ``div.ct-tin#ctTin_{id}`` holding ``h2.ct-tieude`` (the headline), ``div.ct-meta``
(``span.ct-ngay`` with a ``data-utc`` attribute, views, the CMS account), ``div.ct-tomtat``
(the sapo, bold, when there is one), ``div.ct-noidung`` (the CKEditor HTML, the byline and source
lines, then the share / short-link / QR widget), ``div.ct-tukhoa`` (tags), then the comment panel
``div.ct-ykien``; after ``div.ct-tin``: "Tin mới hơn" (newer articles of the same category).

How each gold article is reached (page size 4, newest first)
------------------------------------------------------------
* Tin tức - Sự kiện (catId 2): page 1 = 1212, 1208, 1195 (cross-posted), 1201; page 2 (only as
  the fragment ``/TinTuc/_DanhSach?catId=2&page=2``) = **1190, 1176**.
* Hoạt động chuyên môn (catId 5): page 1 = 1210, 1204, 1197, 1185; page 2
  (``/danh-muc/hoat-dong-chuyen-mon?page=2``) = **1179**.
* Đoàn thanh niên (catId 7): 1195, 1183 (one page).
* Thông báo (catId 9): page 1 = three non-article items (two PDFs, one document entry) and a link
  to the Sở's website; page 2 (only through the "Xem thêm" form) = **1172**.
* Home: slider /t/1212, /t/1210, /t/1208; "Tin mới cập nhật" 1212, 1210, 1208, 1195, 1204; category
  blocks; sidebar "Tin xem nhiều" /TinTuc/ChiTiet/1201, 1197, 1212.
The bold ids are reachable only through page 2 of their listing.

Traps
-----
1. **Pager links are fragment URLs** (PagedList.Mvc + unobtrusive ajax): page 2 of "Tin tức - Sự
   kiện" exists as a link only in the form ``/TinTuc/_DanhSach?catId=2&page=2``, which answers a
   bare ``<div>`` (no html/head/title/breadcrumb/chrome) whose own pager again links fragments.
   Gold: 1190 and 1176 are articles, found only there; the fragment itself is not an article.
2. **Pagination through a POST form only**: "Thông báo" has no page links at all, only an
   ``Ajax.BeginForm`` (``<form action="/TinTuc/_DanhSach?catId=9" method="post">`` with a hidden
   ``page=2``); without JavaScript the browser posts it and gets the fragment. The same fragment
   answers GET ``?catId=9&page=2``. Gold: 1172 is an article reached only that way.
3. **Conventional-route and short-link duplicates that answer 200** (no redirect): the sidebar
   links ``/TinTuc/ChiTiet/{id}``, the home slider links ``/t/{id}``, list pages 2+ add the
   pager's ``?page=2`` to their article links, and one "Tin mới hơn" entry still uses an old slug.
   Each page prints ``<link rel="canonical">``. Gold: one record per article, the canonical
   ``/tin-tuc/{category}/{id}/{slug}`` as path, every variant the site links or prints
   (``/t/{id}`` is printed in the short-link box of every article) in ``alt_paths``.
4. **Cross-posted article, category taken from the listing's URL**: 1195 (Đoàn thanh niên) is also
   listed under "Tin tức - Sự kiện", and there (and in the home's Tin tức block) its link is built
   with the listing's slug, ``/tin-tuc/tin-tuc-su-kien/1195/…``. Gold: category "Đoàn thanh
   niên" (the breadcrumb), canonical ``/tin-tuc/doan-thanh-nien/1195/…``, the other in alt_paths.
5. **Generic ``<title>`` and ``og:title``; the only ``<h1>`` is the school's name**: every
   article page is titled "Chi tiết tin tức - Trường THPT Chuyên Lê Khiết" (ViewBag.Title never
   set), the banner's ``h1.ten-truong`` is the school, the breadcrumb's last item is the headline
   cut at 50 characters with "...". Gold: title = ``h2.ct-tieude`` text.
6. **.NET's vi-VN ``DateTime.ToString()``**: the meta line prints "03/12/2026 2:30:00 CH" (day
   first, 12-hour clock, SA = morning, CH = afternoon), so "2:30:00 CH" is 14:30 and
   "09/10/2026 7:30:00 SA" is 9 October. The list items print a different day: the record's
   creation date (NgayTao), e.g. 1208 is listed "28/11/2026" but published "01/12/2026 9:00:00
   SA". ``span.ct-ngay`` also carries ``data-utc`` in UTC ("2026-12-03T07:30:00.000Z"), which
   for the notice dated midnight is the previous day ("2026-10-19T17:00:00.000Z"). Gold: the
   printed local time with +07:00; a midnight "12:00:00 SA" is the day alone ("2026-10-20").
7. **Sapo printed twice**: in 1208 and 1197 the editor pasted the sapo of ``div.ct-tomtat`` again
   as the first paragraph of ``div.ct-noidung``. Gold: summary = the sapo; body starts with it once.
8. **Bootstrap widgets inside the text**: 1212's photos are a Bootstrap carousel (captions are
   ``<p>`` inside ``div.carousel-caption``; the controls carry ``span.sr-only`` "Trước"/"Sau");
   1204 hides its results table in a ``div.collapse`` opened by a "Xem danh sách…" button.
   Gold: carousel photos are the images in order with their captions, caption ``<p>``s and
   control labels are not body; the collapsed table's rows are body (cells joined by " | "),
   the toggle button's label is not.
9. **Lazy images (jquery.lazyload)**: 1190's photos are ``<img class="lazy"
   src="/Content/images/grey.gif" data-original="/Uploads/…jpg">`` with no ``<noscript>``
   copy. Gold: the images are the ``data-original`` paths; the grey placeholder is not an image.
10. **Share / short-link / QR widget inside ``div.ct-noidung``**: after the byline the content
    container holds the Facebook buttons, a read-only ``<input>`` with ``http://host/t/{id}`` and
    an ``<img src="/QRCode/TaoMa?noidung=…">``. Gold: none of it is body and the QR code is not an
    image.
11. **Reader comments inside ``div.ct-tin``**: 1212 and 1183 carry "Ý kiến bạn đọc" with named
    readers, dates after the article's and a comment form (antiforgery token). Gold: not body,
    commenters are not authors, their dates are not the publication date.
12. **Honorifics and posts in bylines**: "Tin, ảnh: Thầy Nguyễn Hữu Phước", "Bài: Cô Trần Thị Mỹ
    Linh (Tổ Ngữ văn)", "ThS. Huỳnh Công Danh – Tổ Toán", "Tin, ảnh: Nguyễn Gia Bảo – 11 Sinh".
    Gold: the bare names ("Thầy"/"Cô" are titles, like "ThS."); "Tin, ảnh" gives the name in
    both authors and photographers. The meta line's "Người đăng: lekhiet.admin" is nobody.
13. **CKEditor entities**: 1197's text is stored with ``config.entities`` on, every second
    non-ASCII letter a named or numeric reference. Gold: the decoded text, NFC.

Gold decisions on ambiguous points
----------------------------------
* Title: the ``h2.ct-tieude`` as printed; ``<title>``/``og:title`` are generic and ignored.
* ``published_at``: from the meta line (see trap 6); the list's day and ``data-utc`` are not used.
  1172 (an official notice) prints "20/10/2026 12:00:00 SA" and its letterhead "Quảng Ngãi, ngày
  20 tháng 10 năm 2026": "2026-10-20".
* Summary: ``div.ct-tomtat`` when printed (then the body's first paragraph); 1204 has no
  ``ct-tomtat`` but a bold lead paragraph, which is its summary; the others have none (the meta
  description is the site's default text, never a sapo).
* Body excludes: byline and source lines, "Tải về:" attachment lines, the share/short-link/QR
  widget, tags, comments, "Tin mới hơn", the collapse toggle, carousel captions and controls,
  image caption lines, the notice's letterhead, "THÔNG BÁO"/"Về việc …" lines, "Nơi nhận" and the
  signature block. 1210's footnote call "[1]" stays in its sentence, and its "Chú thích:" line and
  note are text. 1176's list items are paragraphs; 1185's ``<br>`` splits a paragraph in two.
* Images: caption = the line printed for the photo (an italic centred line, a ``figcaption``,
  the second row of a caption table, a carousel caption) without enclosing parentheses; 1197's
  line "Ảnh: Hoàng Anh" only credits a photographer (caption None, photographers ["Hoàng Anh"]).
* Source: 1201's right-aligned "Nguồn: Báo Quảng Ngãi" (the name is a link) -> "Báo Quảng Ngãi".
* Authors: a unit signing alone ("Công đoàn trường", "Tổ Văn phòng", "Ban Chuyên môn") is the
  author; "Tin: Đoàn trường - Ảnh: Gia Bảo" -> ["Đoàn trường"], ["Gia Bảo"]; 1172's signer.
* Category: the breadcrumb's category ("Tin tức - Sự kiện", "Hoạt động chuyên môn", "Đoàn thanh
  niên", "Thông báo").
* NON_ARTICLES: intro, contact, a document entry, a photo album, a video page.
"""

from __future__ import annotations

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
    static_file,
    text,
)

NAME = "aspnet_mvc_ajax_pager_thpt"
PLATFORM = (
    "ASP.NET MVC 5 school-software vendor site (Razor layout, Bootstrap 3, list partial "
    "_DanhSach fetched by PagedList.Mvc/unobtrusive-ajax pagers)"
)
START_PATH = "/"

HEADER_DAY = "Thứ Bảy, 05/12/2026"
SCHOOL = "Trường THPT Chuyên Lê Khiết"
PAGE_SIZE = 4

#: slug -> (catId, name as menu and breadcrumb print it, pager kind)
CATS: dict[str, tuple[int, str, str]] = {
    "tin-tuc-su-kien": (2, "Tin tức - Sự kiện", "pagedlist"),
    "hoat-dong-chuyen-mon": (5, "Hoạt động chuyên môn", "onclick"),
    "doan-thanh-nien": (7, "Đoàn thanh niên", "pagedlist"),
    "thong-bao": (9, "Thông báo", "form"),
}
CAT_BY_ID = {v[0]: k for k, v in CATS.items()}


def _byline(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


# --- the articles ---------------------------------------------------------------------------
# opts: printed = the meta line's date as .NET vi-VN prints it; utc = data-utc; created = the
# list's day (NgayTao); thumb = list thumbnail; also = other listings it is cross-posted to;
# comments = reader comments; tags

_SAPO_1212 = (
    "Chiều 04/12, Trường THPT Chuyên Lê Khiết long trọng tổ chức Lễ kỷ niệm 35 năm thành lập "
    "trường (1991 – 2026) và đón nhận Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo. Đến dự có "
    "lãnh đạo Tỉnh ủy, UBND tỉnh, Sở Giáo dục và Đào tạo cùng đông đảo các thế hệ thầy cô giáo "
    "và cựu học sinh."
)
_SAPO_1208 = (
    "Sáng 30/11, đoàn công tác của Sở Giáo dục và Đào tạo do Phó Giám đốc Sở làm trưởng đoàn đã "
    "đến kiểm tra công tác bồi dưỡng đội tuyển và chuẩn bị các điều kiện cho Kỳ thi chọn học sinh "
    "giỏi quốc gia THPT năm 2027 tại Trường THPT Chuyên Lê Khiết."
)
_SAPO_1197 = (
    "Thực hiện kế hoạch sinh hoạt chuyên môn học kỳ I, ngày 10/11, Tổ Ngữ văn tổ chức buổi sinh "
    "hoạt chuyên môn theo hướng nghiên cứu bài học với tiết dạy minh họa văn bản “Hồn Trương Ba, "
    "da hàng thịt” tại lớp 12 Văn."
)
_LEAD_1204 = (
    "Kỳ thi chọn học sinh giỏi cấp trường lớp 12 năm học 2026 – 2027 đã diễn ra trong hai ngày "
    "18 và 19/11 với 412 lượt học sinh dự thi ở 11 môn."
)

STORIES: list[Story] = [
    Story(
        id=1212,
        slug="long-trong-to-chuc-le-ky-niem-35-nam-thanh-lap-truong-thpt-chuyen-le-khiet",
        title="Long trọng tổ chức Lễ kỷ niệm 35 năm thành lập Trường THPT Chuyên Lê Khiết (1991 – 2026)",
        cat="tin-tuc-su-kien",
        published_at="2026-12-04T15:45:00+07:00",
        summary=_SAPO_1212,
        sapo_outside=True,
        blocks=[
            Img("/Uploads/images/2026/12/ky-niem-35-nam-01.jpg",
                "Quang cảnh Lễ kỷ niệm 35 năm thành lập trường",
                "Quang cảnh Lễ kỷ niệm 35 năm thành lập trường", "carousel"),
            Img("/Uploads/images/2026/12/ky-niem-35-nam-02.jpg",
                "Lãnh đạo Sở GDĐT trao Bằng khen của Bộ trưởng Bộ GDĐT cho nhà trường",
                "Lãnh đạo Sở GDĐT trao Bằng khen của Bộ trưởng Bộ GDĐT cho nhà trường", "carousel"),
            Img("/Uploads/images/2026/12/ky-niem-35-nam-03.jpg",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 11 Văn",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 11 Văn", "carousel"),
            P("Trường THPT Chuyên Lê Khiết được thành lập năm 1991 trên cơ sở các lớp chuyên của "
              "Trường THPT số 1 Quảng Ngãi. Trải qua 35 năm xây dựng và phát triển, từ 6 lớp chuyên "
              "với hơn 200 học sinh ban đầu, đến nay trường có 36 lớp với gần 1.300 học sinh theo "
              "học 11 môn chuyên."),
            P("Phát biểu tại buổi lễ, thầy Phạm Đình Quang, Hiệu trưởng nhà trường đã ôn lại chặng "
              "đường 35 năm với nhiều dấu mốc đáng tự hào: hơn 1.100 giải học sinh giỏi cấp quốc "
              "gia, 27 huy chương Olympic khu vực và quốc tế; tỉ lệ học sinh đỗ đại học hằng năm "
              "luôn đạt trên 98%."),
            P("Những thế hệ thầy trò viết tiếp truyền thống", "h"),
            P("Nhiều thế hệ cựu học sinh của trường nay là nhà khoa học, bác sĩ, kỹ sư, doanh nhân "
              "và cán bộ quản lý đang công tác trong và ngoài nước. Trong không khí xúc động, đại "
              "diện Ban liên lạc cựu học sinh đã trao tặng nhà trường Quỹ học bổng “Ươm mầm tài "
              "năng” trị giá 500 triệu đồng."),
            P("“Mái trường Lê Khiết không chỉ dạy chúng tôi kiến thức mà còn dạy cách sống tử tế, "
              "biết sẻ chia và dám ước mơ”, anh Trần Quốc Bảo, cựu học sinh khóa 1994 – 1997 chia sẻ.",
              "quote"),
            P("Thay mặt lãnh đạo tỉnh, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận những đóng góp của "
              "nhà trường đối với sự nghiệp giáo dục của tỉnh nhà, đề nghị trường tiếp tục đổi mới "
              "phương pháp dạy học, chú trọng giáo dục kỹ năng sống và nâng cao chất lượng đội tuyển "
              "học sinh giỏi quốc gia."),
            P("Dịp này, nhà trường vinh dự đón nhận Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo "
              "vì có thành tích xuất sắc trong công tác bồi dưỡng học sinh giỏi giai đoạn 2021 – "
              "2026. Buổi lễ khép lại bằng chương trình nghệ thuật đặc sắc do giáo viên và học sinh "
              "nhà trường biểu diễn."),
            _byline("Tin, ảnh: Thầy Nguyễn Hữu Phước"),
        ],
        authors=["Nguyễn Hữu Phước"],
        photographers=["Nguyễn Hữu Phước"],
        opts={
            "printed": "04/12/2026 3:45:00 CH",
            "utc": "2026-12-04T08:45:00.000Z",
            "created": "04/12/2026",
            "thumb": "/Uploads/thumbs/2026/12/ky-niem-35-nam-01_thumb.jpg",
            "tags": ["35 năm thành lập trường", "Lê Khiết"],
            "comments": [
                ("Nguyễn Văn Tâm", "05/12/2026 8:12:00 SA",
                 "Chúc mừng thầy cô và các thế hệ học sinh Lê Khiết! Tự hào là cựu học sinh khóa "
                 "2005 – 2008 của trường."),
                ("Lê Thị Hoài Thương", "05/12/2026 9:47:00 SA",
                 "Mong nhà trường đăng thêm ảnh của buổi lễ để cựu học sinh ở xa được xem ạ."),
            ],
        },
    ),
    Story(
        id=1208,
        slug="so-gddt-kiem-tra-cong-tac-chuan-bi-ky-thi-chon-hoc-sinh-gioi-quoc-gia-thpt-nam-2027",
        title="Sở GDĐT kiểm tra công tác chuẩn bị Kỳ thi chọn học sinh giỏi quốc gia THPT năm 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-12-01T09:00:00+07:00",
        summary=_SAPO_1208,
        sapo_outside=True,
        blocks=[
            Raw(f'<p style="text-align: justify;">{esc(_SAPO_1208)}</p>'),
            P("Năm nay, tỉnh Quảng Ngãi có 10 đội tuyển với 76 học sinh tham dự kỳ thi, trong đó 74 "
              "em là học sinh của Trường THPT Chuyên Lê Khiết. Các đội tuyển đã được tập trung bồi "
              "dưỡng từ đầu tháng 9 với sự tham gia của giáo viên nhà trường và giảng viên các trường "
              "đại học."),
            P("Báo cáo với đoàn, thầy Võ Minh Tuấn, Phó Hiệu trưởng phụ trách chuyên môn cho biết "
              "nhà trường đã xây dựng kế hoạch bồi dưỡng chi tiết cho từng đội tuyển, tổ chức 3 vòng "
              "thi thử theo cấu trúc đề thi của Bộ và mời chuyên gia của Trường Đại học Sư phạm – "
              "Đại học Huế, Trường Đại học Bách khoa – Đại học Đà Nẵng về giảng dạy chuyên đề."),
            P("Đoàn đã dự giờ bồi dưỡng của đội tuyển Hóa học, Tin học; kiểm tra phòng máy, phòng "
              "thí nghiệm và hồ sơ theo dõi quá trình học tập của học sinh."),
            Img("/Uploads/images/2026/12/kiem-tra-doi-tuyen-hsg-qg.jpg",
                "Đoàn công tác dự giờ bồi dưỡng đội tuyển Tin học",
                "Đoàn công tác dự giờ bồi dưỡng đội tuyển Tin học", "figure"),
            P("Kết luận buổi kiểm tra, Phó Giám đốc Sở đánh giá cao sự chủ động của nhà trường, đồng "
              "thời lưu ý cần quan tâm đến sức khỏe, tâm lý của học sinh trong giai đoạn nước rút; "
              "bảo đảm an toàn tuyệt đối khi đưa đón đội tuyển đi thi."),
            _byline("Ngọc Trâm"),
        ],
        authors=["Ngọc Trâm"],
        opts={
            "printed": "01/12/2026 9:00:00 SA",
            "utc": "2026-12-01T02:00:00.000Z",
            "created": "28/11/2026",
            "thumb": "/Uploads/thumbs/2026/12/kiem-tra-doi-tuyen-hsg-qg_thumb.jpg",
            "tags": ["học sinh giỏi quốc gia"],
        },
    ),
    Story(
        id=1201,
        slug="truong-thpt-chuyen-le-khiet-doat-giai-nhat-toan-doan-hoi-thao-giao-duc-quoc-phong-va-an-ninh",
        title=("Trường THPT Chuyên Lê Khiết đoạt giải Nhất toàn đoàn Hội thao Giáo dục quốc phòng "
               "và an ninh học sinh THPT tỉnh Quảng Ngãi năm 2026"),
        cat="tin-tuc-su-kien",
        published_at="2026-11-24T10:20:00+07:00",
        blocks=[
            P("Trong hai ngày 21 và 22/11, tại Trung tâm Giáo dục quốc phòng và an ninh tỉnh, Sở "
              "Giáo dục và Đào tạo tổ chức Hội thao Giáo dục quốc phòng và an ninh học sinh THPT năm "
              "2026 với sự tham gia của 28 đoàn, gần 450 vận động viên."),
            P("Các vận động viên tranh tài ở 5 nội dung: điều lệnh đội ngũ từng người có súng, tháo "
              "lắp súng tiểu liên AK, bắn súng tiểu liên AK bài 1b, ném lựu đạn xa trúng hướng và "
              "chạy vũ trang 1.000 m."),
            Img("/Uploads/images/2026/11/hoi-thao-gdqp-2026.jpg",
                "Đội tuyển nhà trường tranh tài ở nội dung điều lệnh đội ngũ",
                "Đội tuyển nhà trường tranh tài ở nội dung điều lệnh đội ngũ", "em"),
            P("Với sự chuẩn bị chu đáo, đoàn Trường THPT Chuyên Lê Khiết đã xuất sắc giành 3 giải "
              "Nhất, 2 giải Nhì, 1 giải Ba ở các nội dung cá nhân và giải Nhất đồng đội nội dung điều "
              "lệnh, qua đó đoạt giải Nhất toàn đoàn."),
            P("Hội thao là dịp để học sinh rèn luyện thể lực, tác phong, ý thức tổ chức kỷ luật, góp "
              "phần nâng cao chất lượng dạy và học môn Giáo dục quốc phòng và an ninh trong nhà "
              "trường."),
            _byline("Minh Thu"),
            Raw('<p style="text-align: right;"><em>Nguồn: <a href="https://baoquangngai.vn/giao-duc/'
                '202611/hoi-thao-giao-duc-quoc-phong-va-an-ninh-hoc-sinh-thpt-nam-2026" target="_blank">'
                'Báo Quảng Ngãi</a></em></p>'),
        ],
        authors=["Minh Thu"],
        source="Báo Quảng Ngãi",
        opts={
            "printed": "24/11/2026 10:20:00 SA",
            "utc": "2026-11-24T03:20:00.000Z",
            "created": "24/11/2026",
            "thumb": "/Uploads/thumbs/2026/11/hoi-thao-gdqp-2026_thumb.jpg",
            "tags": ["giáo dục quốc phòng"],
        },
    ),
    Story(
        id=1190,
        slug="toa-dam-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Tọa đàm kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc-su-kien",
        published_at="2026-11-19T16:00:00+07:00",
        summary=("Chiều 19/11, Công đoàn Trường THPT Chuyên Lê Khiết tổ chức buổi tọa đàm kỷ niệm 44 "
                 "năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026) với sự tham dự của các thầy cô "
                 "giáo nghỉ hưu và Ban đại diện cha mẹ học sinh."),
        sapo_outside=True,
        blocks=[
            P("Tại buổi tọa đàm, các thầy cô giáo lão thành xúc động ôn lại những ngày đầu gian khó "
              "khi trường mới thành lập: phòng học mượn tạm, thiết bị thí nghiệm thiếu thốn, nhiều "
              "thầy cô phải tự biên soạn tài liệu bồi dưỡng học sinh giỏi."),
            Img("/Uploads/images/2026/11/toa-dam-20-11-01.jpg",
                "Thầy Đỗ Văn Lâm, nguyên Hiệu trưởng nhà trường, phát biểu tại buổi tọa đàm",
                "Thầy Đỗ Văn Lâm, nguyên Hiệu trưởng nhà trường, phát biểu tại buổi tọa đàm", "lazy"),
            P("Thầy Đỗ Văn Lâm, nguyên Hiệu trưởng giai đoạn 1998 – 2012, nhắn nhủ đội ngũ giáo viên "
              "trẻ: “Nghề dạy học ở trường chuyên đòi hỏi sự tận tụy và không ngừng tự học. Thành "
              "tích của học trò là phần thưởng lớn nhất của người thầy”."),
            P("Đại diện Ban đại diện cha mẹ học sinh, ông Nguyễn Thanh Sơn gửi lời tri ân đến tập "
              "thể sư phạm nhà trường và trao tặng 20 suất quà cho giáo viên có hoàn cảnh khó khăn, "
              "giáo viên đạt thành tích cao trong công tác bồi dưỡng học sinh giỏi."),
            Img("/Uploads/images/2026/11/toa-dam-20-11-02.jpg",
                "Ban đại diện cha mẹ học sinh tặng hoa chúc mừng thầy cô giáo",
                "Ban đại diện cha mẹ học sinh tặng hoa chúc mừng thầy cô giáo", "lazy"),
            P("Dịp này, Công đoàn trường phát động đợt thi đua cao điểm “Dạy tốt – Học tốt” chào "
              "mừng Ngày Nhà giáo Việt Nam, gắn với việc thực hiện Chương trình giáo dục phổ thông "
              "2018."),
            _byline("Công đoàn trường"),
        ],
        authors=["Công đoàn trường"],
        opts={
            "printed": "19/11/2026 4:00:00 CH",
            "utc": "2026-11-19T09:00:00.000Z",
            "created": "17/11/2026",
            "thumb": "/Uploads/thumbs/2026/11/toa-dam-20-11-01_thumb.jpg",
            "tags": ["20/11", "Công đoàn"],
        },
    ),
    Story(
        id=1176,
        slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        title="Hội nghị viên chức, người lao động năm học 2026 – 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-10-09T07:30:00+07:00",
        blocks=[
            P("Sáng 08/10, Trường THPT Chuyên Lê Khiết tổ chức Hội nghị viên chức, người lao động "
              "năm học 2026 – 2027. Tham dự hội nghị có 112 cán bộ, giáo viên, nhân viên của nhà "
              "trường."),
            Img("/Uploads/images/2026/10/hoi-nghi-vien-chuc-2026.jpg",
                "(Quang cảnh Hội nghị viên chức, người lao động năm học 2026 – 2027)",
                "Quang cảnh Hội nghị viên chức, người lao động năm học 2026 – 2027", "em"),
            P("Hội nghị đã nghe báo cáo tổng kết năm học 2025 – 2026 và phương hướng, nhiệm vụ năm "
              "học mới; báo cáo công khai tài chính; báo cáo hoạt động của Ban Thanh tra nhân dân và "
              "thảo luận, góp ý sửa đổi Quy chế chi tiêu nội bộ."),
            P("Năm học 2026 – 2027, nhà trường đề ra các chỉ tiêu chủ yếu:"),
            P("Có ít nhất 55 giải học sinh giỏi quốc gia, phấn đấu có học sinh tham dự kỳ thi chọn "
              "đội tuyển Olympic quốc tế;", "li"),
            P("100% học sinh lớp 12 tốt nghiệp THPT, trên 97% học sinh đỗ vào các trường đại học;",
              "li"),
            P("100% giáo viên đạt chuẩn nghề nghiệp ở mức khá trở lên, 70% giáo viên có trình độ thạc "
              "sĩ trở lên.", "li"),
            P("Hội nghị cũng đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 – 2028 gồm 3 thành viên và "
              "tổ chức ký kết giao ước thi đua giữa các tổ chuyên môn."),
            _byline("Tổ Văn phòng"),
        ],
        authors=["Tổ Văn phòng"],
        opts={
            "printed": "09/10/2026 7:30:00 SA",
            "utc": "2026-10-09T00:30:00.000Z",
            "created": "09/10/2026",
            "thumb": "/Uploads/thumbs/2026/10/hoi-nghi-vien-chuc-2026_thumb.jpg",
        },
    ),
    Story(
        id=1210,
        slug="hoi-thao-chuyen-de-day-hoc-phat-trien-nang-luc-tu-hoc-mon-toan-cho-hoc-sinh-chuyen",
        title=("Hội thảo chuyên đề “Dạy học phát triển năng lực tự học môn Toán cho học sinh "
               "chuyên”"),
        cat="hoat-dong-chuyen-mon",
        published_at="2026-12-03T14:30:00+07:00",
        summary=("Ngày 02/12, Tổ Toán Trường THPT Chuyên Lê Khiết tổ chức hội thảo chuyên đề “Dạy "
                 "học phát triển năng lực tự học môn Toán cho học sinh chuyên” với sự tham gia của "
                 "giáo viên Toán các trường THPT chuyên trong khu vực."),
        sapo_outside=True,
        blocks=[
            P("Hội thảo nhận được 14 tham luận của giáo viên Trường THPT Chuyên Lê Khiết, Trường THPT "
              "Chuyên Nguyễn Tất Thành và các trường THPT chuyên bạn trong khu vực miền Trung – Tây "
              "Nguyên."),
            P("Các tham luận tập trung vào ba nhóm vấn đề: xây dựng hệ thống bài tập tự học theo "
              "chuyên đề; sử dụng nền tảng học trực tuyến để giao nhiệm vụ và theo dõi tiến độ của "
              "học sinh; đổi mới kiểm tra, đánh giá nhằm khuyến khích học sinh tự học, tự nghiên cứu."),
            P("Tiết dạy minh họa", "h"),
            P("Tiết dạy minh họa chuyên đề “Phương pháp hàm sinh trong bài toán đếm” của cô Nguyễn "
              "Thị Thanh Tâm tại lớp 11 Toán được đánh giá cao nhờ cách tổ chức cho học sinh làm việc "
              "nhóm, tự trình bày lời giải và phản biện lẫn nhau."),
            Img("/Uploads/images/2026/12/hoi-thao-toan-tiet-minh-hoa.jpg",
                "Cô Nguyễn Thị Thanh Tâm trong tiết dạy minh họa tại lớp 11 Toán",
                "Cô Nguyễn Thị Thanh Tâm trong tiết dạy minh họa tại lớp 11 Toán", "figure"),
            P("Theo thầy Lê Văn Hùng, Tổ trưởng Tổ Toán, hội thảo là dịp để giáo viên các trường chia "
              "sẻ kinh nghiệm, hướng tới xây dựng ngân hàng tài liệu dùng chung cho công tác bồi "
              "dưỡng học sinh giỏi môn Toán của khu vực.[1]"),
            P("Chú thích:", "small"),
            P("[1] Tài liệu hội thảo được đăng tải tại mục Tài nguyên của Tổ Toán trên website nhà "
              "trường.", "small"),
            _byline("ThS. Huỳnh Công Danh – Tổ Toán"),
        ],
        authors=["Huỳnh Công Danh"],
        opts={
            "printed": "03/12/2026 2:30:00 CH",
            "utc": "2026-12-03T07:30:00.000Z",
            "created": "03/12/2026",
            "thumb": "/Uploads/thumbs/2026/12/hoi-thao-toan-tiet-minh-hoa_thumb.jpg",
            "old_slug": "hoi-thao-chuyen-de-day-hoc-tu-hoc-mon-toan",
            "tags": ["Tổ Toán", "hội thảo"],
        },
    ),
    Story(
        id=1204,
        slug="ket-qua-ky-thi-chon-hoc-sinh-gioi-cap-truong-lop-12-nam-hoc-2026-2027",
        title="Kết quả Kỳ thi chọn học sinh giỏi cấp trường lớp 12 năm học 2026 – 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-26T08:15:00+07:00",
        summary=_LEAD_1204,
        blocks=[
            P(_LEAD_1204, "lead"),
            P("Đề thi do các tổ chuyên môn ra theo cấu trúc đề thi chọn học sinh giỏi quốc gia, thời "
              "gian làm bài 180 phút mỗi môn. Kết quả có 96 học sinh đạt giải, trong đó 11 giải Nhất, "
              "23 giải Nhì, 30 giải Ba và 32 giải Khuyến khích."),
            P("Căn cứ kết quả kỳ thi, nhà trường sẽ tuyển chọn học sinh tham gia đội tuyển dự thi "
              "chọn học sinh giỏi cấp tỉnh và vòng tuyển chọn đội tuyển quốc gia năm học 2026 – 2027."),
            P("Danh sách một số học sinh đạt giải Nhất:"),
            P("STT | Họ và tên | Lớp | Môn thi | Giải", "row"),
            P("1 | Nguyễn Minh Khôi | 12 Toán | Toán | Nhất", "row"),
            P("2 | Trần Ngọc Bảo Anh | 12 Lý | Vật lý | Nhất", "row"),
            P("3 | Lê Hoàng Gia Huy | 12 Tin | Tin học | Nhất", "row"),
            P("4 | Phạm Thị Thu Uyên | 12 Văn | Ngữ văn | Nhất", "row"),
            P("5 | Võ Đức Thịnh | 12 Hóa | Hóa học | Nhất", "row"),
            P("Danh sách đầy đủ được niêm yết tại bảng tin nhà trường và gửi đến giáo viên chủ nhiệm "
              "các lớp."),
            Raw('<p><img src="/Content/images/icons/pdf.png" alt="" width="16" height="16" /> Tải về: '
                '<a href="/Uploads/files/2026/11/ket-qua-hsg-truong-lop-12-2026-2027.pdf">'
                'ket-qua-hsg-truong-lop-12-2026-2027.pdf</a></p>'),
            _byline("Ban Chuyên môn"),
        ],
        authors=["Ban Chuyên môn"],
        opts={
            "printed": "26/11/2026 8:15:00 SA",
            "utc": "2026-11-26T01:15:00.000Z",
            "created": "25/11/2026",
            "thumb": "/Content/images/no-thumb.png",
            "tags": ["học sinh giỏi"],
        },
    ),
    Story(
        id=1197,
        slug="sinh-hoat-chuyen-mon-theo-huong-nghien-cuu-bai-hoc-tai-to-ngu-van",
        title="Sinh hoạt chuyên môn theo hướng nghiên cứu bài học tại Tổ Ngữ văn",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-12T15:00:00+07:00",
        summary=_SAPO_1197,
        sapo_outside=True,
        blocks=[
            Raw(f"<p>{text(_SAPO_1197, entities=2)}</p>"),
            P("Khác với cách dự giờ truyền thống, các giáo viên dự giờ không tập trung nhận xét người "
              "dạy mà quan sát hoạt động học của học sinh: em nào tích cực, em nào gặp khó khăn, "
              "nguyên nhân vì sao và giáo viên đã hỗ trợ như thế nào."),
            Img("/Uploads/images/2026/11/nghien-cuu-bai-hoc-ngu-van.jpg", "Ảnh: Hoàng Anh", None, "em"),
            P("Trong phần thảo luận, các thầy cô thống nhất cần tăng thời lượng cho học sinh đọc văn "
              "bản tại lớp, thiết kế phiếu học tập có câu hỏi phân hóa và dành thời gian để học sinh "
              "tự đặt câu hỏi về tác phẩm."),
            P("Cô Trần Thị Mỹ Linh, Tổ trưởng Tổ Ngữ văn cho biết, từ đầu năm học tổ đã tổ chức 4 "
              "buổi sinh hoạt chuyên môn theo hướng nghiên cứu bài học; qua đó giúp giáo viên, nhất "
              "là giáo viên trẻ, điều chỉnh phương pháp phù hợp với đối tượng học sinh chuyên."),
            _byline("Bài: Cô Trần Thị Mỹ Linh (Tổ Ngữ văn)"),
        ],
        authors=["Trần Thị Mỹ Linh"],
        photographers=["Hoàng Anh"],
        opts={
            "printed": "12/11/2026 3:00:00 CH",
            "utc": "2026-11-12T08:00:00.000Z",
            "created": "12/11/2026",
            "thumb": "/Uploads/thumbs/2026/11/nghien-cuu-bai-hoc-ngu-van_thumb.jpg",
            "entities": 2,
            "tags": ["Tổ Ngữ văn", "nghiên cứu bài học"],
        },
    ),
    Story(
        id=1185,
        slug="hoc-sinh-chuyen-tin-dat-2-giai-nhi-ky-thi-lap-trinh-hoc-sinh-mien-trung-tay-nguyen",
        title="Học sinh chuyên Tin đạt 2 giải Nhì Kỳ thi lập trình học sinh miền Trung – Tây Nguyên",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-28T09:40:00+07:00",
        blocks=[
            P("Từ ngày 23 đến 25/10, tại Trường Đại học Bách khoa – Đại học Đà Nẵng, đội tuyển Tin "
              "học Trường THPT Chuyên Lê Khiết gồm 4 học sinh đã tham gia Kỳ thi lập trình dành cho "
              "học sinh THPT khu vực miền Trung – Tây Nguyên năm 2026."),
            P("Kỳ thi có 186 thí sinh đến từ 31 trường THPT chuyên và không chuyên. Thí sinh giải 6 "
              "bài toán trong thời gian 5 giờ trên hệ thống chấm bài tự động."),
            P("Kết quả, em Lê Hoàng Gia Huy (lớp 12 Tin) và em Đặng Quốc Việt (lớp 11 Tin) cùng đạt "
              "giải Nhì;"),
            P("em Nguyễn Bảo Ngọc (lớp 11 Tin) đạt giải Khuyến khích.", "brnext"),
            Img("/Uploads/images/2026/10/doi-tuyen-tin-hoc-nhan-giai.jpg",
                "Đội tuyển Tin học nhà trường nhận giải tại lễ tổng kết",
                "Đội tuyển Tin học nhà trường nhận giải tại lễ tổng kết", "table"),
            P("Đây là năm thứ ba liên tiếp học sinh nhà trường đạt giải tại kỳ thi này. Kết quả là "
              "sự ghi nhận cho quá trình bồi dưỡng bền bỉ của thầy cô Tổ Tin học và tinh thần tự học "
              "của các em."),
            _byline("Tin: Đặng Thị Hồng Nhung - Ảnh: Quốc Việt"),
        ],
        authors=["Đặng Thị Hồng Nhung"],
        photographers=["Quốc Việt"],
        opts={
            "printed": "28/10/2026 9:40:00 SA",
            "utc": "2026-10-28T02:40:00.000Z",
            "created": "28/10/2026",
            "thumb": "/Uploads/thumbs/2026/10/doi-tuyen-tin-hoc-nhan-giai_thumb.jpg",
            "tags": ["Tin học"],
        },
    ),
    Story(
        id=1179,
        slug="tap-huan-su-dung-phong-thuc-hanh-stem-cho-giao-vien-cac-to-khoa-hoc-tu-nhien",
        title="Tập huấn sử dụng phòng thực hành STEM cho giáo viên các tổ khoa học tự nhiên",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-15T14:00:00+07:00",
        summary=("Ngày 14/10, nhà trường phối hợp với đơn vị cung cấp thiết bị tổ chức buổi tập huấn "
                 "sử dụng phòng thực hành STEM mới được đầu tư cho giáo viên các tổ Vật lý, Hóa học, "
                 "Sinh học và Tin học."),
        sapo_outside=True,
        blocks=[
            P("Phòng thực hành STEM được đầu tư từ nguồn ngân sách tỉnh với tổng kinh phí gần 2,4 tỉ "
              "đồng, gồm bộ thiết bị cảm biến đo lường kỹ thuật số, máy in 3D, bộ lắp ráp robot giáo "
              "dục và hệ thống màn hình tương tác."),
            P("Tại buổi tập huấn, giáo viên được hướng dẫn kết nối cảm biến với máy tính bảng, thu "
              "thập và xử lý số liệu thí nghiệm, thiết kế bài học STEM theo quy trình kỹ thuật và "
              "cách tổ chức cho học sinh thực hiện dự án theo nhóm."),
            Img("/Uploads/images/2026/10/tap-huan-stem.jpg",
                "Giáo viên Tổ Vật lý – Công nghệ thực hành với bộ cảm biến đo lường",
                "Giáo viên Tổ Vật lý – Công nghệ thực hành với bộ cảm biến đo lường", "em"),
            P("Theo kế hoạch, từ tháng 11, mỗi tổ chuyên môn tổ chức ít nhất một chủ đề STEM trong "
              "mỗi học kỳ; phòng thực hành cũng mở cửa vào chiều thứ Bảy để học sinh các câu lạc bộ "
              "khoa học nghiên cứu, chuẩn bị dự thi khoa học kỹ thuật cấp tỉnh."),
            _byline("Phan Thị Hạnh (Tổ Vật lý – Công nghệ)"),
        ],
        authors=["Phan Thị Hạnh"],
        opts={
            "printed": "15/10/2026 2:00:00 CH",
            "utc": "2026-10-15T07:00:00.000Z",
            "created": "15/10/2026",
            "thumb": "/Uploads/thumbs/2026/10/tap-huan-stem_thumb.jpg",
            "tags": ["STEM"],
        },
    ),
    Story(
        id=1195,
        slug="soi-noi-chung-ket-hoi-thi-giong-hat-hay-le-khiet-nam-2026",
        title="Sôi nổi Chung kết Hội thi “Giọng hát hay Lê Khiết” năm 2026",
        cat="doan-thanh-nien",
        published_at="2026-11-28T19:30:00+07:00",
        summary=("Tối 27/11, tại hội trường nhà trường, Đoàn trường THPT Chuyên Lê Khiết tổ chức đêm "
                 "Chung kết Hội thi “Giọng hát hay Lê Khiết” năm 2026, thu hút hơn 800 đoàn viên, học "
                 "sinh đến cổ vũ."),
        sapo_outside=True,
        blocks=[
            P("Sau hai vòng sơ khảo và bán kết với 64 tiết mục dự thi, Ban tổ chức đã chọn ra 10 thí "
              "sinh xuất sắc nhất vào đêm chung kết. Mỗi thí sinh trình bày hai ca khúc, trong đó có "
              "một ca khúc về thầy cô và mái trường."),
            Img("/Uploads/images/2026/11/chung-ket-giong-hat-hay-2026.jpg",
                "Các thí sinh cùng thể hiện ca khúc chủ đề mở màn đêm chung kết",
                "Các thí sinh cùng thể hiện ca khúc chủ đề mở màn đêm chung kết", "figure"),
            P("Kết quả, giải Nhất thuộc về em Huỳnh Ngọc Bảo Trân (lớp 11 Anh) với ca khúc “Người "
              "thầy”; giải Nhì trao cho em Lê Đức Anh (lớp 10 Lý); hai giải Ba thuộc về em Nguyễn "
              "Khánh Linh (lớp 12 Sinh) và em Trương Công Hậu (lớp 10 Tin)."),
            P("Hội thi là hoạt động thiết thực chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và 35 "
              "năm thành lập trường, tạo sân chơi lành mạnh, bổ ích cho đoàn viên, thanh niên sau "
              "những giờ học căng thẳng."),
            _byline("Tin: Đoàn trường - Ảnh: Gia Bảo"),
        ],
        authors=["Đoàn trường"],
        photographers=["Gia Bảo"],
        opts={
            "printed": "28/11/2026 7:30:00 CH",
            "utc": "2026-11-28T12:30:00.000Z",
            "created": "28/11/2026",
            "thumb": "/Uploads/thumbs/2026/11/chung-ket-giong-hat-hay-2026_thumb.jpg",
            "also": ["tin-tuc-su-kien"],
            "tags": ["Đoàn trường", "văn nghệ"],
        },
    ),
    Story(
        id=1183,
        slug="doan-vien-ra-quan-ngay-chu-nhat-xanh-lam-sach-bai-bien-my-khe",
        title="Đoàn viên ra quân “Ngày Chủ nhật xanh” làm sạch bãi biển Mỹ Khê",
        cat="doan-thanh-nien",
        published_at="2026-10-26T07:00:00+07:00",
        blocks=[
            P("Hưởng ứng Chiến dịch “Hãy làm cho thế giới sạch hơn” năm 2026, sáng Chủ nhật 25/10, "
              "Đoàn trường THPT Chuyên Lê Khiết phối hợp với Đoàn Thanh niên địa phương tổ chức ra "
              "quân làm sạch bãi biển Mỹ Khê."),
            P("Hơn 300 đoàn viên của 36 chi đoàn đã thu gom rác thải nhựa, xốp, lưới đánh cá cũ dọc "
              "hơn 2 km bờ biển. Sau gần 3 giờ làm việc, các bạn đoàn viên đã thu gom được hơn 1,5 "
              "tấn rác và bàn giao cho đơn vị thu gom của địa phương."),
            Img("/Uploads/images/2026/10/chu-nhat-xanh-my-khe.jpg",
                "Đoàn viên thu gom rác thải dọc bờ biển Mỹ Khê",
                "Đoàn viên thu gom rác thải dọc bờ biển Mỹ Khê", "em"),
            P("Dịp này, Đoàn trường phát động phong trào “Nói không với túi ni lông” trong nhà "
              "trường, khuyến khích đoàn viên sử dụng bình nước cá nhân, hạn chế sử dụng sản phẩm "
              "nhựa dùng một lần."),
            P("“Lần đầu tham gia, em thấy rất vui và hiểu hơn tác hại của rác thải nhựa đối với môi "
              "trường biển. Em sẽ rủ bạn bè cùng thay đổi thói quen từ những việc nhỏ nhất”, em Trần "
              "Thị Kim Ngân, lớp 10 Hóa chia sẻ."),
            _byline("Tin, ảnh: Nguyễn Gia Bảo – 11 Sinh"),
        ],
        authors=["Nguyễn Gia Bảo"],
        photographers=["Nguyễn Gia Bảo"],
        opts={
            "printed": "26/10/2026 7:00:00 SA",
            "utc": "2026-10-26T00:00:00.000Z",
            "created": "26/10/2026",
            "thumb": "/Uploads/thumbs/2026/10/chu-nhat-xanh-my-khe_thumb.jpg",
            "tags": ["Chủ nhật xanh", "môi trường"],
            "comments": [
                ("Phụ huynh lớp 10 Hóa", "26/10/2026 8:30:00 CH",
                 "Hoạt động rất ý nghĩa, cảm ơn Đoàn trường đã tạo điều kiện cho các cháu tham gia."),
            ],
        },
    ),
    Story(
        id=1172,
        slug="thong-bao-tuyen-chon-hoc-sinh-tham-gia-doi-tuyen-du-thi-chon-hoc-sinh-gioi-quoc-gia-thpt-nam-2027",
        title=("Thông báo tuyển chọn học sinh tham gia đội tuyển dự thi chọn học sinh giỏi quốc gia "
               "THPT năm 2027"),
        cat="thong-bao",
        published_at="2026-10-20",
        blocks=[
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%;">'
                '<tbody><tr><td style="text-align:center;width:40%;">SỞ GD&amp;ĐT QUẢNG NGÃI<br />'
                "<strong>TRƯỜNG THPT CHUYÊN LÊ KHIẾT</strong></td>"
                '<td style="text-align:center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
                "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
                '<tr><td style="text-align:center;">Số: 215/TB-LK</td>'
                '<td style="text-align:center;"><em>Quảng Ngãi, ngày 20 tháng 10 năm 2026</em></td>'
                "</tr></tbody></table>"
                '<p style="text-align:center;"><strong>THÔNG BÁO</strong><br />'
                "<strong>Về việc tuyển chọn học sinh tham gia đội tuyển dự thi chọn học sinh giỏi "
                "quốc gia THPT năm 2027</strong></p>"
            ),
            P("Căn cứ Quy chế thi chọn học sinh giỏi cấp quốc gia ban hành kèm theo Thông tư số "
              "17/2023/TT-BGDĐT ngày 10/10/2023 của Bộ trưởng Bộ Giáo dục và Đào tạo;"),
            P("Căn cứ Kế hoạch số 1856/KH-SGDĐT ngày 25/9/2026 của Sở Giáo dục và Đào tạo về việc tổ "
              "chức thi chọn đội tuyển học sinh giỏi quốc gia THPT năm 2027;"),
            P("Trường THPT Chuyên Lê Khiết thông báo kế hoạch tuyển chọn học sinh tham gia đội tuyển "
              "như sau:"),
            P("1. Đối tượng: học sinh lớp 11, lớp 12 có kết quả học tập tốt, đạt giải trong kỳ thi "
              "chọn học sinh giỏi cấp trường hoặc cấp tỉnh năm học 2025 – 2026."),
            P("2. Môn thi: Toán, Vật lý, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, Tiếng "
              "Anh, Tiếng Pháp."),
            P("3. Thời gian thi tuyển chọn: ngày 31/10/2026 (thứ Bảy); học sinh có mặt tại phòng thi "
              "lúc 7 giờ 00."),
            P("4. Hồ sơ đăng ký: đơn đăng ký theo mẫu, nộp tại Văn phòng nhà trường trước ngày "
              "27/10/2026."),
            P("Đề nghị giáo viên chủ nhiệm các lớp thông báo rộng rãi đến học sinh và cha mẹ học sinh "
              "để thực hiện."),
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%;"><tbody><tr>'
                '<td style="width:50%;vertical-align:top;"><strong><em>Nơi nhận:</em></strong><br />'
                "- Như trên;<br />- Website trường;<br />- Lưu: VT.</td>"
                '<td style="text-align:center;vertical-align:top;"><strong>HIỆU TRƯỞNG</strong><br />'
                "<em>(Đã ký)</em><br /><br /><strong>Phạm Đình Quang</strong></td>"
                "</tr></tbody></table>"
            ),
        ],
        authors=["Phạm Đình Quang"],
        opts={
            "printed": "20/10/2026 12:00:00 SA",
            "utc": "2026-10-19T17:00:00.000Z",
            "created": "20/10/2026",
            "thumb": "/Content/images/icon-thongbao.png",
        },
    ),
]
BY_ID = {s.id: s for s in STORIES}

#: non-article items of the "Thông báo" listing: (title, href, list day, sort key)
NOTICE_LINKS = [
    ("Lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
     "/Uploads/files/2026/12/lich-kiem-tra-cuoi-hk1-2026-2027.pdf", "03/12/2026", "2026-12-03"),
    ("Kế hoạch tổ chức Kỳ thi chọn học sinh giỏi cấp trường năm học 2026 – 2027",
     "/van-ban/45/ke-hoach-to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-truong-nam-hoc-2026-2027",
     "30/11/2026", "2026-11-30"),
    ("Sở GDĐT thông báo tuyển sinh lớp 10 chuyên năm học 2027 – 2028 (dự kiến)",
     "https://quangngai.edu.vn/tin-tuc/thong-bao-tuyen-sinh-lop-10-chuyen-2027", "26/11/2026",
     "2026-11-26"),
    ("Thời khóa biểu học kỳ I (áp dụng từ ngày 23/11/2026)",
     "/Uploads/files/2026/11/tkb-hk1-ap-dung-23-11-2026.pdf", "20/11/2026", "2026-11-20"),
]


def canonical(story: Story) -> str:
    return f"/tin-tuc/{story.cat}/{story.id}/{story.slug}"


def _sort_key(story: Story) -> str:
    return story.published_at or ""


def listing(slug: str) -> list[dict]:
    """The items of a category's list, newest first: dicts with title, href, day, story."""
    items = []
    for s in STORIES:
        if s.cat == slug or slug in s.opts.get("also", []):
            items.append({"story": s, "title": s.title, "day": s.opts["created"],
                          "key": _sort_key(s), "slug": slug})
    if slug == "thong-bao":
        for title, href, day, key in NOTICE_LINKS:
            items.append({"story": None, "title": title, "href": href, "day": day, "key": key})
    items.sort(key=lambda item: item["key"], reverse=True)
    return items


def _item_href(item: dict, page: int) -> str:
    story = item.get("story")
    if story is None:
        return item["href"]
    # Url.Action("ChiTiet", new { cat = <the listing's slug>, id, slug, page }) -> ?page=n
    href = f"/tin-tuc/{item['slug']}/{story.id}/{story.slug}"
    return href + (f"?page={page}" if page > 1 else "")


def pages_of(slug: str) -> int:
    return max(1, -(-len(listing(slug)) // PAGE_SIZE))


# --- chrome -----------------------------------------------------------------------------------

_MOST_READ = [1201, 1197, 1212]
_SLIDER = [1212, 1210, 1208]


def _head(title: str, canonical_url: str | None, extra: str = "") -> str:
    canon = f'<link rel="canonical" href="{esc(canonical_url)}" />\n' if canonical_url else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{esc(title)} - {SCHOOL}</title>
<meta name="description" content="Website chính thức của Trường THPT Chuyên Lê Khiết, tỉnh Quảng Ngãi" />
<meta name="keywords" content="Lê Khiết, THPT chuyên, Quảng Ngãi, giáo dục" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:site_name" content="{SCHOOL}" />
{canon}<link href="/favicon.ico" rel="shortcut icon" type="image/x-icon" />
<link href="/Content/css?v=Jk8Qmx2bN0vL3sYp1fR7uTgW4aHcZ9dE5iO6nK2jX0c1" rel="stylesheet"/>
<link href="/Content/themes/lekhiet/style.css?v=2.3.1" rel="stylesheet" />
<script src="/bundles/modernizr?v=wBEWDufH_8Md-Pbioxomt90vm6tJN2Pyy9u9zHtWsPo1"></script>
{extra}</head>
"""


def _header(active: str = "") -> str:
    def li(slug: str) -> str:
        _, name, _ = CATS[slug]
        return f'<li><a href="/danh-muc/{slug}">{esc(name)}</a></li>'

    return f"""<body>
<div id="topbar" class="hidden-xs"><div class="container">
 <span class="lk-ngay"><i class="glyphicon glyphicon-calendar"></i> {HEADER_DAY}</span>
 <span class="lk-hotline pull-right"><i class="glyphicon glyphicon-earphone"></i> Hotline: 0255.3822.791
 &nbsp;|&nbsp; <a href="mailto:c3lekhiet@quangngai.edu.vn">c3lekhiet@quangngai.edu.vn</a></span>
</div></div>
<div id="banner"><div class="container">
 <a href="/" class="lk-logo"><img src="/Content/themes/lekhiet/images/logo-lekhiet.png" alt="Logo" height="90" /></a>
 <div class="lk-tentruong">
  <p class="lk-so">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG NGÃI</p>
  <h1 class="ten-truong">TRƯỜNG THPT CHUYÊN LÊ KHIẾT</h1>
  <p class="lk-khauhieu">Chất lượng – Kỷ cương – Sáng tạo</p>
 </div>
</div></div>
<nav class="navbar navbar-default navbar-lk" role="navigation"><div class="container">
 <div class="navbar-header">
  <button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#mnuChinh">
   <span class="sr-only">Menu</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span>
  </button>
 </div>
 <div class="collapse navbar-collapse" id="mnuChinh">
  <ul class="nav navbar-nav">
   <li class="{'active' if active == 'home' else ''}"><a href="/"><i class="glyphicon glyphicon-home"></i> Trang chủ</a></li>
   <li class="dropdown"><a href="/gioi-thieu" class="dropdown-toggle" data-toggle="dropdown">Giới thiệu <b class="caret"></b></a>
    <ul class="dropdown-menu"><li><a href="/gioi-thieu">Lịch sử truyền thống</a></li><li><a href="/lien-he">Thông tin liên hệ</a></li></ul></li>
   <li class="dropdown"><a href="javascript:void(0);" class="dropdown-toggle" data-toggle="dropdown">Tin tức <b class="caret"></b></a>
    <ul class="dropdown-menu">{li('tin-tuc-su-kien')}{li('hoat-dong-chuyen-mon')}{li('doan-thanh-nien')}</ul></li>
   <li><a href="/danh-muc/thong-bao">Thông báo</a></li>
   <li><a href="/van-ban">Văn bản</a></li>
   <li class="dropdown"><a href="javascript:void(0);" class="dropdown-toggle" data-toggle="dropdown">Thư viện <b class="caret"></b></a>
    <ul class="dropdown-menu"><li><a href="/thu-vien-anh">Thư viện ảnh</a></li><li><a href="/video/7/phong-su-35-nam-truong-thpt-chuyen-le-khiet">Video</a></li></ul></li>
   <li><a href="/lien-he">Liên hệ</a></li>
  </ul>
  <form class="navbar-form navbar-right" action="/tim-kiem" method="get" role="search">
   <div class="input-group input-group-sm"><input type="text" name="tukhoa" class="form-control" placeholder="Nhập từ khóa..." />
   <span class="input-group-btn"><button class="btn btn-default" type="submit"><i class="glyphicon glyphicon-search"></i></button></span></div>
  </form>
 </div>
</div></nav>
<div class="lk-chaymu"><div class="container"><marquee scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">Nhiệt liệt chào mừng kỷ niệm 35 năm thành lập Trường THPT Chuyên Lê Khiết (1991 – 2026) và 44 năm Ngày Nhà giáo Việt Nam 20/11!</marquee></div></div>
"""


def _blank(href: str) -> str:
    return ' target="_blank"' if href.startswith("http") else ""


def _active(i: int) -> str:
    return ' class="active"' if i == 0 else ""


def _sidebar() -> str:
    notices = "".join(
        f'<li><a href="{esc(href)}"{_blank(href)}>'
        f"{esc(title)}</a> <span class=\"ngay\">({day})</span></li>"
        for title, href, day, _ in NOTICE_LINKS[:3]
    )
    most = "".join(
        f'<li><span class="so">{i}</span><a href="/TinTuc/ChiTiet/{sid}">{esc(BY_ID[sid].title)}</a></li>'
        for i, sid in enumerate(_MOST_READ, 1)
    )
    return f"""<div class="col-md-3 col-sm-4 lk-cotphai">
 <div class="panel panel-primary pn-thongbao"><div class="panel-heading"><h3 class="panel-title"><i class="glyphicon glyphicon-bullhorn"></i> Thông báo</h3></div>
  <div class="panel-body"><marquee direction="up" scrollamount="2" height="160" onmouseover="this.stop();" onmouseout="this.start();"><ul class="list-unstyled">{notices}</ul></marquee>
  <a class="xemtatca" href="/danh-muc/thong-bao">Xem tất cả &raquo;</a></div></div>
 <div class="panel panel-primary pn-xemnhieu"><div class="panel-heading"><h3 class="panel-title">Tin xem nhiều</h3></div>
  <div class="panel-body"><ol class="list-unstyled lk-xemnhieu">{most}</ol></div></div>
 <div class="panel panel-primary"><div class="panel-heading"><h3 class="panel-title">Thư viện ảnh</h3></div>
  <div class="panel-body text-center"><a href="/thu-vien-anh/12/le-khai-giang-nam-hoc-2026-2027"><img src="/Uploads/album/2026/09/khai-giang-2026-bia.jpg" class="img-responsive img-thumbnail" alt="Lễ khai giảng năm học 2026 – 2027" /></a>
  <p><a href="/thu-vien-anh/12/le-khai-giang-nam-hoc-2026-2027">Lễ khai giảng năm học 2026 – 2027</a></p></div></div>
 <div class="panel panel-primary"><div class="panel-heading"><h3 class="panel-title">Video clip</h3></div>
  <div class="panel-body"><div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" src="https://www.youtube.com/embed/q7LkH2x9PzM" allowfullscreen></iframe></div>
  <a href="/video/7/phong-su-35-nam-truong-thpt-chuyen-le-khiet">Phóng sự: 35 năm Trường THPT Chuyên Lê Khiết</a></div></div>
 <div class="panel panel-primary"><div class="panel-heading"><h3 class="panel-title">Liên kết website</h3></div>
  <div class="panel-body"><select class="form-control input-sm" onchange="if(this.value!='')window.open(this.value);">
   <option value="">-- Chọn liên kết --</option><option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
   <option value="https://quangngai.edu.vn">Sở GDĐT Quảng Ngãi</option><option value="https://quangngai.gov.vn">Cổng TTĐT tỉnh Quảng Ngãi</option>
   <option value="https://vnedu.vn">Sổ liên lạc điện tử vnEdu</option></select></div></div>
 <div class="panel panel-primary"><div class="panel-heading"><h3 class="panel-title">Thăm dò ý kiến</h3></div>
  <div class="panel-body"><form action="/BinhChon/GuiBinhChon" method="post" id="frmBinhChon">
   <p>Bạn quan tâm nội dung nào trên website nhà trường?</p>
   <div class="radio"><label><input type="radio" name="PhuongAnId" value="31" /> Tin tức – sự kiện</label></div>
   <div class="radio"><label><input type="radio" name="PhuongAnId" value="32" /> Thông báo, văn bản</label></div>
   <div class="radio"><label><input type="radio" name="PhuongAnId" value="33" /> Thành tích học sinh</label></div>
   <input type="hidden" name="CauHoiId" value="6" />
   <button type="submit" class="btn btn-primary btn-xs">Bình chọn</button></form></div></div>
 <div class="panel panel-primary pn-thongke"><div class="panel-heading"><h3 class="panel-title">Thống kê truy cập</h3></div>
  <div class="panel-body"><ul class="list-unstyled">
   <li><i class="glyphicon glyphicon-user"></i> Đang online: <b>27</b></li>
   <li><i class="glyphicon glyphicon-stats"></i> Hôm nay: <b>1.248</b></li>
   <li><i class="glyphicon glyphicon-globe"></i> Tổng truy cập: <b>2.836.417</b></li></ul></div></div>
</div>
"""


_FOOTER = """<footer id="lk-footer"><div class="container"><div class="row">
 <div class="col-md-8">
  <p><strong>TRƯỜNG THPT CHUYÊN LÊ KHIẾT – TỈNH QUẢNG NGÃI</strong></p>
  <p>Địa chỉ: Số 02 Chu Văn An, phường Cẩm Thành, tỉnh Quảng Ngãi</p>
  <p>Điện thoại: 0255.3822.791 – Fax: 0255.3822.790 – Email: c3lekhiet@quangngai.edu.vn</p>
  <p>Chịu trách nhiệm nội dung: Hiệu trưởng Phạm Đình Quang</p>
 </div>
 <div class="col-md-4 text-right">
  <p>&copy; 2016 - 2026 Trường THPT Chuyên Lê Khiết</p>
  <p class="small">Thiết kế &amp; phát triển: Công ty TNHH Phần mềm Giáo dục Miền Trung (EduSoft)</p>
 </div>
</div></div></footer>
<a href="#" id="btnLenDau" class="btn btn-default"><i class="glyphicon glyphicon-chevron-up"></i></a>
<script src="/bundles/jquery?v=FVs3ACwOLIVInrAl5sdzR2jrCDmVOWFbZMY6g6Q0ulE1"></script>
<script src="/bundles/bootstrap?v=2Fz3B0iizV2NnnamQFrx-NbYJNTFeBJ2GM05SilbtQU1"></script>
<script src="/Scripts/jquery.unobtrusive-ajax.min.js"></script>
<script src="/Scripts/jquery.lazyload.min.js"></script>
<script>
var LK = LK || {};
LK.taiDanhSach = function (catId, page, target) {
    $(target).addClass('dang-tai');
    $.get('/TinTuc/_DanhSach', { catId: catId, page: page }, function (html) {
        $(target).html(html).removeClass('dang-tai');
        $('html, body').animate({ scrollTop: $(target).offset().top - 60 }, 300);
    });
    return false;
};
$(function () { $('img.lazy').lazyload({ effect: 'fadeIn', threshold: 200 }); });
</script>
</body>
</html>
"""


def _breadcrumb(crumbs: list[tuple[str | None, str]]) -> str:
    out = ['<ol class="breadcrumb lk-duongdan"><li><a href="/"><i class="glyphicon glyphicon-home"></i> Trang chủ</a></li>']
    for href, label in crumbs:
        if href:
            out.append(f'<li><a href="{esc(href)}">{esc(label)}</a></li>')
        else:
            out.append(f'<li class="active">{esc(label)}</li>')
    out.append("</ol>")
    return "".join(out)


def layout(title: str, main: str, *, canonical_url: str | None = None, active: str = "",
           extra_head: str = "") -> str:
    return (
        _head(title, canonical_url, extra_head)
        + _header(active)
        + '<div class="container body-content"><div class="row">\n'
        + f'<div class="col-md-9 col-sm-8 lk-cottrai">\n{main}\n</div>\n'
        + _sidebar()
        + "</div></div>\n"
        + _FOOTER
    )


# --- the list partial -------------------------------------------------------------------------


def _excerpt(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    words = first.split()
    return " ".join(words[:28]) + (" ..." if len(words) > 28 else "")


def _pager_pagedlist(cat_id: int, page: int, total: int, target: str) -> str:
    """PagedList.Mvc's Bootstrap 3 pager with EnableUnobtrusiveAjaxReplacing: hrefs = the partial."""
    ajax = f'data-ajax="true" data-ajax-method="GET" data-ajax-mode="replace" data-ajax-update="{target}"'

    def url(n: int) -> str:
        return f"/TinTuc/_DanhSach?catId={cat_id}&amp;page={n}"

    lis = []
    if page > 1:
        lis.append(f'<li class="PagedList-skipToPrevious"><a href="{url(page - 1)}" {ajax} rel="prev">«</a></li>')
    for n in range(1, total + 1):
        if n == page:
            lis.append(f'<li class="active"><a>{n}</a></li>')
        else:
            lis.append(f'<li><a href="{url(n)}" {ajax}>{n}</a></li>')
    if page < total:
        lis.append(f'<li class="PagedList-skipToNext"><a href="{url(page + 1)}" {ajax} rel="next">»</a></li>')
    return f'<div class="pagination-container"><ul class="pagination">{"".join(lis)}</ul></div>'


def _pager_onclick(slug: str, cat_id: int, page: int, total: int, target: str) -> str:
    lis = []
    for n in range(1, total + 1):
        if n == page:
            lis.append(f'<li class="active"><span>{n}</span></li>')
        else:
            lis.append(f'<li><a href="/danh-muc/{slug}?page={n}" onclick="return LK.taiDanhSach({cat_id}, {n}, \'{target}\');">{n}</a></li>')
    if page < total:
        lis.append(f'<li><a href="/danh-muc/{slug}?page={page + 1}" onclick="return LK.taiDanhSach({cat_id}, {page + 1}, \'{target}\');" title="Trang sau">Trang sau &rsaquo;</a></li>')
    return f'<nav class="text-center"><ul class="pagination pagination-sm" id="pt_{cat_id}">{"".join(lis)}</ul></nav>'


def _pager_form(cat_id: int, page: int, total: int, target: str) -> str:
    if page >= total:
        return ""
    return (
        f'<form action="/TinTuc/_DanhSach?catId={cat_id}" data-ajax="true" data-ajax-method="GET" '
        f'data-ajax-mode="after" data-ajax-update="{target}" data-ajax-loading="#imgDangTai" '
        f'id="form{page - 1}" method="post" class="text-center frm-xemthem">'
        f'<input type="hidden" name="page" value="{page + 1}" />'
        f'<button type="submit" class="btn btn-default btn-sm">Xem thêm <i class="glyphicon glyphicon-menu-down"></i></button>'
        f'<img id="imgDangTai" src="/Content/images/ajax-loader.gif" style="display:none" alt="" /></form>'
    )


def render_partial(slug: str, page: int) -> str:
    cat_id, _, pager = CATS[slug]
    items = listing(slug)
    total = pages_of(slug)
    target = f"#dsTin_{cat_id}"
    chunk = items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    rows = []
    for item in chunk:
        href = esc(_item_href(item, page))
        story = item["story"]
        if story is None:
            ext = href.endswith(".pdf")
            icon = "glyphicon-file" if ext else "glyphicon-link"
            rows.append(
                f'<div class="media tb-item"><div class="media-body"><h4 class="media-heading">'
                f'<i class="glyphicon {icon}"></i> <a href="{href}"{_blank(href)}>'
                f'{esc(item["title"])}</a></h4><p class="lk-tg"><i class="glyphicon glyphicon-time"></i> '
                f'{item["day"]}</p></div></div>'
            )
            continue
        rows.append(
            f'<div class="media lk-tin-item" data-id="{story.id}">'
            f'<a class="pull-left" href="{href}"><img class="media-object img-thumbnail" src="{esc(story.opts["thumb"])}" width="170" alt="" /></a>'
            f'<div class="media-body"><h4 class="media-heading"><a href="{href}">{esc(story.title)}</a></h4>'
            f'<p class="lk-tg"><i class="glyphicon glyphicon-time"></i> {item["day"]}</p>'
            f'<p class="lk-mota">{esc(_excerpt(story))}</p></div></div>'
        )
    if not rows:
        rows.append('<p class="text-muted text-center">Không có tin nào.</p>')
    if pager == "pagedlist":
        nav = _pager_pagedlist(cat_id, page, total, target) if total > 1 else ""
    elif pager == "onclick":
        nav = _pager_onclick(slug, cat_id, page, total, target) if total > 1 else ""
    else:
        nav = _pager_form(cat_id, page, total, target)
    return (
        f'<div class="lk-ds" data-trang="{page}" data-tongtrang="{total}">\n'
        + "\n".join(rows)
        + f"\n{nav}\n</div>"
    )


def category_page(slug: str, page: int) -> str:
    cat_id, name, _ = CATS[slug]
    crumbs: list[tuple[str | None, str]] = []
    if slug != "thong-bao":
        crumbs.append((None, "Tin tức"))
    crumbs.append((f"/danh-muc/{slug}", name))
    main = (
        _breadcrumb(crumbs)
        + f'<div class="lk-khoi"><h3 class="lk-tieude-dm"><span>{esc(name)}</span></h3>'
        + f'<div id="dsTin_{cat_id}" class="lk-ds-wrap">{render_partial(slug, page)}</div></div>'
    )
    canon = f"/danh-muc/{slug}" + (f"?page={page}" if page > 1 else "")
    return layout(name, main, canonical_url=canon)


# --- the article ------------------------------------------------------------------------------


def _para(p: P, ent: int) -> str:
    t = text(p.text, entities=ent)
    if p.style == "h":
        return f"<h3><strong>{t}</strong></h3>"
    if p.style == "quote":
        return f"<blockquote><p><em>{t}</em></p></blockquote>"
    if p.style == "lead":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if p.style == "small":
        return f'<p><span style="font-size:12px;"><em>{t}</em></span></p>'
    return f'<p style="text-align: justify;">{t}</p>'


def _image(img: Img, story: Story, ent: int) -> str:
    alt = esc(story.title)
    cap = text(img.printed, entities=ent) if img.printed else ""
    if img.style == "figure":
        return (f'<figure class="image" style="display:inline-block"><img alt="{alt}" height="450" '
                f'src="{esc(img.src)}" width="680" /><figcaption>{cap}</figcaption></figure>')
    if img.style == "table":
        return (f'<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:680px;">'
                f'<tbody><tr><td><img alt="" src="{esc(img.src)}" style="width:680px;height:453px;" /></td></tr>'
                f'<tr><td style="text-align:center;"><span style="font-size:12px;"><em>{cap}</em></span></td></tr>'
                f"</tbody></table>")
    if img.style == "lazy":
        tag = (f'<p style="text-align:center;"><img class="lazy img-responsive" src="/Content/images/grey.gif" '
               f'data-original="{esc(img.src)}" alt="{alt}" /></p>')
    else:
        tag = (f'<p style="text-align:center;"><img alt="" src="{esc(img.src)}" '
               f'style="width: 680px; height: 453px;" /></p>')
    if cap:
        tag += f'<p style="text-align:center;"><em>{cap}</em></p>'
    return tag


def _carousel(story: Story, imgs: list[Img]) -> str:
    cid = f"carousel-{story.id}"
    ind = "".join(
        f'<li data-target="#{cid}" data-slide-to="{i}"{_active(i)}></li>'
        for i in range(len(imgs))
    )
    items = "".join(
        f'<div class="item{" active" if i == 0 else ""}"><img src="{esc(im.src)}" alt="{esc(im.printed or "")}" />'
        f'<div class="carousel-caption"><p>{esc(im.printed or "")}</p></div></div>'
        for i, im in enumerate(imgs)
    )
    return (
        f'<div id="{cid}" class="carousel slide" data-ride="carousel"><ol class="carousel-indicators">{ind}</ol>'
        f'<div class="carousel-inner" role="listbox">{items}</div>'
        f'<a class="left carousel-control" href="#{cid}" role="button" data-slide="prev">'
        f'<span class="glyphicon glyphicon-chevron-left" aria-hidden="true"></span><span class="sr-only">Trước</span></a>'
        f'<a class="right carousel-control" href="#{cid}" role="button" data-slide="next">'
        f'<span class="glyphicon glyphicon-chevron-right" aria-hidden="true"></span><span class="sr-only">Sau</span></a></div>'
    )


def _content(story: Story) -> str:
    ent = story.opts.get("entities", 0)
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img) and b.style == "carousel":
            group = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "carousel":
                group.append(blocks[i])
                i += 1
            out.append(_carousel(story, group))
            continue
        if isinstance(b, P) and b.style == "li":
            lis = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                lis.append(f"<li>{text(blocks[i].text, entities=ent)}</li>")
                i += 1
            out.append(f'<ul style="text-align: justify;">{"".join(lis)}</ul>')
            continue
        if isinstance(b, P) and b.style == "row":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cells = blocks[i].text.split(" | ")
                tag = "th" if not rows else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{text(c, entities=ent)}</{tag}>" for c in cells) + "</tr>")
                i += 1
            out.append(
                f'<p><a class="btn btn-info btn-xs" role="button" data-toggle="collapse" href="#dsGiai{story.id}" '
                f'aria-expanded="false" aria-controls="dsGiai{story.id}"><i class="glyphicon glyphicon-list"></i> '
                f"Xem danh sách học sinh đạt giải</a></p>"
                f'<div class="collapse" id="dsGiai{story.id}"><div class="well well-sm">'
                f'<table class="table table-bordered table-condensed"><tbody>{"".join(rows)}</tbody></table></div></div>'
            )
            continue
        if isinstance(b, P) and i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "brnext":
            out.append(f'<p style="text-align: justify;">{text(b.text, entities=ent)}<br />\n'
                       f"{text(blocks[i + 1].text, entities=ent)}</p>")
            i += 2
            continue
        if isinstance(b, P):
            out.append(_para(b, ent))
        elif isinstance(b, Img):
            out.append(_image(b, story, ent))
        else:
            out.append(b.html)
        i += 1
    return "\n".join(out)


def _newer(story: Story) -> str:
    newer = [s for s in STORIES if s.cat == story.cat and _sort_key(s) > _sort_key(story)]
    newer.sort(key=_sort_key)
    newer = newer[:4]
    if not newer:
        return ""
    lis = []
    for s in newer:
        href = canonical(s)
        old = s.opts.get("old_slug")
        if old and story.id == 1204:
            href = f"/tin-tuc/{s.cat}/{s.id}/{old}"
        lis.append(f'<li><i class="glyphicon glyphicon-menu-right"></i> <a href="{esc(href)}">{esc(s.title)}</a> '
                   f'<span class="text-muted">({s.opts["created"]})</span></li>')
    return (f'<div class="lk-tinkhac"><h4 class="lk-tieude-khoi"><span>Tin mới hơn</span></h4>'
            f'<ul class="list-unstyled">{"".join(lis)}</ul></div>')


def _comments(story: Story) -> str:
    comments = story.opts.get("comments", [])
    rows = "".join(
        f'<div class="media yk-item"><div class="media-left"><img src="/Content/images/avatar-macdinh.png" width="40" alt="" /></div>'
        f'<div class="media-body"><h5 class="media-heading"><b>{esc(name)}</b> <small class="text-muted">{day}</small></h5>'
        f"<p>{esc(body)}</p></div></div>"
        for name, day, body in comments
    )
    token = f"LkAft{story.id:05d}q9XbT2mWz7Rk4sPn8VyEcJ1uHgD3fA6oLi0tNe5"
    return f"""<div class="panel panel-default ct-ykien"><div class="panel-heading">Ý kiến bạn đọc ({len(comments)})</div>
<div class="panel-body">{rows}
<form action="/BinhLuan/Gui" data-ajax="true" data-ajax-method="POST" data-ajax-success="LK.daGuiYKien" id="frmYKien" method="post">
<input name="__RequestVerificationToken" type="hidden" value="{token}" />
<input type="hidden" name="TinTucId" value="{story.id}" />
<div class="form-group"><input type="text" name="HoTen" class="form-control input-sm" placeholder="Họ và tên" /></div>
<div class="form-group"><input type="email" name="Email" class="form-control input-sm" placeholder="Email" /></div>
<div class="form-group"><textarea name="NoiDung" rows="3" class="form-control" placeholder="Nội dung ý kiến"></textarea></div>
<button type="submit" class="btn btn-primary btn-sm">Gửi ý kiến</button>
</form></div></div>"""


def article_page(request: Request, story: Story) -> str:
    base = base_url(request)
    _, cat_name, _ = CATS[story.cat]
    crumbs: list[tuple[str | None, str]] = []
    if story.cat != "thong-bao":
        crumbs.append((None, "Tin tức"))
    crumbs.append((f"/danh-muc/{story.cat}", cat_name))
    short = story.title if len(story.title) <= 50 else story.title[:50].rstrip() + "..."
    crumbs.append((None, short))
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="ct-tomtat"><p><strong>{esc(story.summary)}</strong></p></div>'
    short_url = f"{base}/t/{story.id}"
    widget = (
        '<div class="ct-chiase clearfix">'
        f'<div class="fb-like" data-href="{esc(base + canonical(story))}" data-layout="button_count" data-action="like" data-share="true"></div> '
        f'<a class="btn btn-primary btn-xs" href="https://www.facebook.com/sharer/sharer.php?u={quote(short_url, safe="")}" target="_blank">Chia sẻ Facebook</a> '
        '<a class="btn btn-default btn-xs" href="javascript:window.print();"><i class="glyphicon glyphicon-print"></i> In bài</a>'
        '<div class="ct-linkgon"><label>Link rút gọn:</label> '
        f'<input type="text" class="form-control input-sm" readonly="readonly" value="{esc(short_url)}" onclick="this.select();" />'
        f'<img class="ct-qr" src="/QRCode/TaoMa?noidung={quote(short_url, safe="")}" width="90" height="90" alt="Quét mã QR để đọc trên điện thoại" /></div>'
        "</div>"
    )
    tags = story.opts.get("tags", [])
    tag_html = ""
    if tags:
        tag_html = ('<div class="ct-tukhoa"><i class="glyphicon glyphicon-tags"></i> Từ khóa: '
                    + ", ".join(f'<span class="label label-default">{esc(t)}</span>' for t in tags) + "</div>")
    comments = _comments(story) if "comments" in story.opts else ""
    main = f"""{_breadcrumb(crumbs)}
<div class="ct-tin" id="ctTin_{story.id}">
<h2 class="ct-tieude">{esc(story.title)}</h2>
<div class="ct-meta text-muted"><span class="ct-ngay" data-utc="{story.opts['utc']}"><i class="glyphicon glyphicon-calendar"></i> {story.opts['printed']}</span>
&nbsp;|&nbsp; <span><i class="glyphicon glyphicon-eye-open"></i> Lượt xem: {story.views()}</span>
&nbsp;|&nbsp; <span><i class="glyphicon glyphicon-user"></i> Người đăng: lekhiet.admin</span></div>
{sapo}
<div class="ct-noidung">
{_content(story)}
{widget}
</div>
{tag_html}
{comments}
</div>
{_newer(story)}"""
    return layout("Chi tiết tin tức", main, canonical_url=base + canonical(story))


# --- home and the other pages -----------------------------------------------------------------


def home_page() -> str:
    slides = "".join(
        f'<div class="item{" active" if i == 0 else ""}"><a href="/t/{sid}"><img src="{esc(BY_ID[sid].opts["thumb"].replace("/thumbs/", "/images/").replace("_thumb", ""))}" alt="" /></a>'
        f'<div class="carousel-caption"><h4><a href="/t/{sid}">{esc(BY_ID[sid].title)}</a></h4></div></div>'
        for i, sid in enumerate(_SLIDER)
    )
    latest = sorted(STORIES, key=_sort_key, reverse=True)[:5]
    latest_html = "".join(
        f'<li><a href="{esc(canonical(s))}">{esc(s.title)}</a> <span class="text-muted">{s.opts["created"]}</span></li>'
        for s in latest
    )
    blocks = []
    for slug in ("tin-tuc-su-kien", "hoat-dong-chuyen-mon", "doan-thanh-nien"):
        cat_id, name, _ = CATS[slug]
        items = listing(slug)[:3]
        first, rest = items[0], items[1:]
        s0 = first["story"]
        rest_html = "".join(
            f'<li><a href="{esc(_item_href(it, 1))}">{esc(it["title"])}</a></li>' for it in rest
        )
        blocks.append(
            f'<div class="lk-khoi-dm" id="khoi_{cat_id}"><h3 class="lk-tieude-dm"><a href="/danh-muc/{slug}">{esc(name)}</a></h3>'
            f'<div class="row"><div class="col-sm-6"><a href="{esc(_item_href(first, 1))}"><img src="{esc(s0.opts["thumb"])}" class="img-responsive" alt="" /></a>'
            f'<h4><a href="{esc(_item_href(first, 1))}">{esc(s0.title)}</a></h4><p>{esc(_excerpt(s0))}</p></div>'
            f'<div class="col-sm-6"><ul class="lk-dstin">{rest_html}</ul>'
            f'<a class="xemtatca" href="/danh-muc/{slug}">Xem tất cả &raquo;</a></div></div></div>'
        )
    main = f"""<div id="slTinNoiBat" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{slides}</div>
<a class="left carousel-control" href="#slTinNoiBat" data-slide="prev"><span class="glyphicon glyphicon-chevron-left"></span></a>
<a class="right carousel-control" href="#slTinNoiBat" data-slide="next"><span class="glyphicon glyphicon-chevron-right"></span></a></div>
<div class="lk-tinmoi"><h3 class="lk-tieude-dm"><span>Tin mới cập nhật</span></h3><ul class="lk-dstin">{latest_html}</ul></div>
{"".join(blocks)}"""
    return layout("Trang chủ", main, canonical_url="/", active="home")


def simple_page(title: str, crumbs: list[tuple[str | None, str]], body: str) -> str:
    main = f'{_breadcrumb(crumbs)}<div class="lk-trang"><h2 class="lk-tieude-trang">{esc(title)}</h2>{body}</div>'
    return layout(title, main)


_INTRO = simple_page(
    "Lịch sử truyền thống",
    [(None, "Giới thiệu"), (None, "Lịch sử truyền thống")],
    "<p>Trường THPT Chuyên Lê Khiết được thành lập theo Quyết định của UBND tỉnh Quảng Ngãi năm 1991, "
    "mang tên nhà chí sĩ yêu nước Lê Khiết (1857 – 1908), người lãnh đạo phong trào chống sưu thuế ở "
    "Quảng Ngãi năm 1908.</p><p>Hiện nay trường có 36 lớp chuyên Toán, Vật lý, Hóa học, Sinh học, Tin "
    "học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh, Tiếng Pháp và lớp không chuyên; đội ngũ 112 cán bộ, giáo "
    "viên, nhân viên.</p><p>Trường được tặng Huân chương Lao động hạng Nhất, hạng Nhì, hạng Ba và nhiều "
    "Cờ thi đua của Chính phủ, Bộ Giáo dục và Đào tạo, UBND tỉnh.</p>",
)

_CONTACT = simple_page(
    "Thông tin liên hệ",
    [(None, "Liên hệ")],
    "<p><strong>TRƯỜNG THPT CHUYÊN LÊ KHIẾT</strong></p><p>Địa chỉ: Số 02 Chu Văn An, phường Cẩm Thành, "
    "tỉnh Quảng Ngãi</p><p>Điện thoại: 0255.3822.791 – Email: c3lekhiet@quangngai.edu.vn</p>"
    '<form action="/lien-he" method="post" class="form-horizontal">'
    '<input name="__RequestVerificationToken" type="hidden" value="LkAftLienHe7Rk4sPn8VyEcJ1uHgD3fA6oLi0tNe5" />'
    '<div class="form-group"><label class="col-sm-2 control-label">Họ tên</label><div class="col-sm-10"><input name="HoTen" class="form-control" /></div></div>'
    '<div class="form-group"><label class="col-sm-2 control-label">Email</label><div class="col-sm-10"><input name="Email" class="form-control" /></div></div>'
    '<div class="form-group"><label class="col-sm-2 control-label">Nội dung</label><div class="col-sm-10"><textarea name="NoiDung" class="form-control" rows="4"></textarea></div></div>'
    '<div class="form-group"><div class="col-sm-offset-2 col-sm-10"><button type="submit" class="btn btn-primary">Gửi liên hệ</button></div></div></form>'
    '<div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" '
    'src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3870.9!2d108.79!3d15.12" allowfullscreen></iframe></div>',
)

_DOC_PATH = "/van-ban/45/ke-hoach-to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-truong-nam-hoc-2026-2027"
_DOC = simple_page(
    "Kế hoạch tổ chức Kỳ thi chọn học sinh giỏi cấp trường năm học 2026 – 2027",
    [("/van-ban", "Văn bản"), (None, "Chi tiết văn bản")],
    '<table class="table table-bordered lk-vanban"><tbody>'
    "<tr><th>Số/Ký hiệu</th><td>198/KH-LK</td></tr>"
    "<tr><th>Ngày ban hành</th><td>30/11/2026</td></tr>"
    "<tr><th>Loại văn bản</th><td>Kế hoạch</td></tr>"
    "<tr><th>Cơ quan ban hành</th><td>Trường THPT Chuyên Lê Khiết</td></tr>"
    "<tr><th>Người ký</th><td>Võ Minh Tuấn</td></tr>"
    "<tr><th>Trích yếu</th><td>Kế hoạch tổ chức Kỳ thi chọn học sinh giỏi cấp trường lớp 10, 11 năm học 2026 – 2027</td></tr>"
    '<tr><th>Tệp đính kèm</th><td><a href="/Uploads/files/2026/11/198-kh-lk-thi-hsg-cap-truong.pdf">198-kh-lk-thi-hsg-cap-truong.pdf</a></td></tr>'
    "</tbody></table>",
)

_DOCS = simple_page(
    "Văn bản",
    [(None, "Văn bản")],
    '<table class="table table-striped"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead><tbody>'
    f'<tr><td>198/KH-LK</td><td>30/11/2026</td><td><a href="{_DOC_PATH}">Kế hoạch tổ chức Kỳ thi chọn học sinh giỏi cấp trường năm học 2026 – 2027</a></td></tr>'
    '<tr><td>186/QĐ-LK</td><td>02/11/2026</td><td><a href="/Uploads/files/2026/11/186-qd-lk-thanh-lap-doi-tuyen.pdf">Quyết định thành lập đội tuyển học sinh giỏi quốc gia năm 2027</a></td></tr>'
    "</tbody></table>",
)

_ALBUM_PATH = "/thu-vien-anh/12/le-khai-giang-nam-hoc-2026-2027"
_ALBUM = simple_page(
    "Lễ khai giảng năm học 2026 – 2027",
    [("/thu-vien-anh", "Thư viện ảnh"), (None, "Lễ khai giảng năm học 2026 – 2027")],
    '<div class="row lk-album">'
    + "".join(
        f'<div class="col-xs-6 col-md-4"><a href="/Uploads/album/2026/09/khai-giang-2026-{n:02d}.jpg" class="thumbnail" data-lightbox="album12">'
        f'<img src="/Uploads/album/2026/09/khai-giang-2026-{n:02d}_thumb.jpg" alt="" /></a><p class="small text-center">{cap}</p></div>'
        for n, cap in enumerate(["Chào cờ đầu năm học", "Đánh trống khai giảng", "Học sinh lớp 10 nhận hoa"], 1)
    )
    + "</div>",
)

_ALBUMS = simple_page(
    "Thư viện ảnh",
    [(None, "Thư viện ảnh")],
    f'<div class="row"><div class="col-sm-4"><a href="{_ALBUM_PATH}" class="thumbnail"><img src="/Uploads/album/2026/09/khai-giang-2026-bia.jpg" alt="" />'
    f'<div class="caption">Lễ khai giảng năm học 2026 – 2027 (3 ảnh)</div></a></div></div>',
)

_VIDEO_PATH = "/video/7/phong-su-35-nam-truong-thpt-chuyen-le-khiet"
_VIDEO = simple_page(
    "Phóng sự: 35 năm Trường THPT Chuyên Lê Khiết",
    [(None, "Video"), (None, "Phóng sự: 35 năm Trường THPT Chuyên Lê Khiết")],
    '<div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" '
    'src="https://www.youtube.com/embed/q7LkH2x9PzM" allowfullscreen></iframe></div>'
    "<p>Thời lượng: 12:45 – Nguồn: Đài Phát thanh – Truyền hình Quảng Ngãi</p>",
)

_SEARCH = simple_page(
    "Kết quả tìm kiếm",
    [(None, "Tìm kiếm")],
    '<form action="/tim-kiem" method="get"><input type="text" name="tukhoa" class="form-control" /></form>'
    '<p class="text-muted">Không tìm thấy kết quả phù hợp với từ khóa.</p>',
)


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        low = path.lower().rstrip("/") or "/"
        params = request.params
        if low == "/":
            return html(home_page()) if not request.query else None
        if low.startswith("/qrcode/taoma"):
            gif = static_file("qr.gif")
            return gif
        if low.startswith("/bundles/"):
            return Response(200, b"/* bundle */", {"Content-Type": "application/javascript"})
        if low.startswith("/content/css"):
            return Response(200, b"body{margin:0}", {"Content-Type": "text/css"})
        if low.endswith(".pdf") and low.startswith("/uploads/files/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if low.startswith(("/uploads/", "/content/", "/scripts/")) or low == "/favicon.ico":
            return static_file(path)
        parts = [p for p in low.split("/") if p]
        if parts[0] == "danh-muc" and len(parts) == 2 and parts[1] in CATS:
            page = _int(params.get("page", "1"))
            if page is None or page < 1 or page > pages_of(parts[1]):
                return None
            return html(category_page(parts[1], page))
        if low == "/tintuc/_danhsach":
            form = request.form if request.method == "POST" else {}
            cat = _int(params.get("catId") or params.get("catid") or "")
            page = _int(form.get("page") or params.get("page") or "1")
            if cat not in CAT_BY_ID or page is None or page < 1:
                return None
            return html(render_partial(CAT_BY_ID[cat], page))
        story = None
        if parts[0] == "tin-tuc" and len(parts) == 4:
            story = BY_ID.get(_int(parts[2]) or 0)
        elif parts[0] == "t" and len(parts) == 2:
            story = BY_ID.get(_int(parts[1]) or 0)
        elif parts[:2] == ["tintuc", "chitiet"] and len(parts) == 3:
            story = BY_ID.get(_int(parts[2]) or 0)
        if story is not None:
            return html(article_page(request, story))
        pages = {
            "/gioi-thieu": _INTRO,
            "/lien-he": _CONTACT,
            "/van-ban": _DOCS,
            _DOC_PATH: _DOC,
            "/thu-vien-anh": _ALBUMS,
            _ALBUM_PATH: _ALBUM,
            _VIDEO_PATH: _VIDEO,
            "/tim-kiem": _SEARCH,
        }
        if low in pages:
            return html(pages[low])
        if low == "/binhchon/guibinhchon" and request.method == "POST":
            return redirect("/")
        if low == "/binhluan/gui" and request.method == "POST":
            return html('<div class="alert alert-info">Ý kiến của bạn đã được gửi và đang chờ duyệt.</div>')
        return None


def _int(value: str) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def build_site() -> Site:
    return Site()


def _alt_paths(story: Story) -> list[str]:
    alts = [f"/t/{story.id}", f"/TinTuc/ChiTiet/{story.id}"]
    for slug in story.opts.get("also", []):
        alts.append(f"/tin-tuc/{slug}/{story.id}/{story.slug}")
    for slug in [story.cat, *story.opts.get("also", [])]:
        for n, item in enumerate(listing(slug)):
            page = n // PAGE_SIZE + 1
            if item["story"] is story and page > 1:
                alts.append(_item_href(item, page))
    if story.opts.get("old_slug"):
        alts.append(f"/tin-tuc/{story.cat}/{story.id}/{story.opts['old_slug']}")
    return alts


GOLD = [
    gold_record(s, canonical(s), CATS[s.cat][1], alt_paths=_alt_paths(s))
    for s in sorted(STORIES, key=_sort_key, reverse=True)
]

NON_ARTICLES = ["/gioi-thieu", "/lien-he", _DOC_PATH, _ALBUM_PATH, _VIDEO_PATH]

