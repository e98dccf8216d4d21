"""Trường Chính trị tỉnh Thái Bình: a vendor CMS on ASP.NET Core 7 MVC (Razor views, Bootstrap 5).

Platform
--------
An ASP.NET Core 7 MVC application sold by a provincial software vendor to political schools:
``_Layout.cshtml`` with a dark-red banner (Party emblem, "TỈNH ỦY THÁI BÌNH / TRƯỜNG CHÍNH TRỊ
TỈNH THÁI BÌNH"), a Bootstrap 5 navbar with dropdowns, the ASP.NET Core template's cookie-consent
partial (``#cookieConsent``, ``.AspNet.Consent``), jQuery + ``jquery.unobtrusive-ajax`` and
X.PagedList.Mvc.Core's pager (``PagedList-skipToNext``, ``pagination-container``) with
``EnableUnobtrusiveAjaxReplacing``: every pager link carries ``data-ajax="true"
data-ajax-method="GET" data-ajax-mode="replace" data-ajax-update="#list"`` and a
``data-ajax-url`` to the list partial, and a real ``href="?page=<n>"`` fallback. Forms (poll,
comments, contact) carry ``__RequestVerificationToken`` (a new ``CfDJ8…`` value per request) and
the antiforgery cookie; a POST without a token gets a bare 400, as ASP.NET Core answers. Static
assets use ``asp-append-version`` (``/css/site.css?v=…``). Kestrel serves it all.

URL scheme
----------
- ``/``: home: "Tin nổi bật" carousel + list, "Tin đào tạo" box, "Nghiên cứu khoa học" box,
  sidebar (Đọc nhiều, Thông báo, poll, links, visitor counter).
- ``/chuyen-muc/<slug>`` and ``?page=<n>`` (3 items a page; ``?page=1`` is the bare page):
  ``hoat-dong-nha-truong`` (2 pages), ``dao-tao-boi-duong`` (2 pages), ``nghien-cuu-khoa-hoc``.
- ``/chuyen-muc/<slug>/partial?page=<n>``: the AJAX endpoint: the ``#list`` fragment alone (no
  ``<html>``), its own pager links being ``?page=<n>`` relative to the partial URL.
- ``/bai-viet/<slug>-<id>``: article (route ``bai-viet/{slug}-{id:int}``: the slug is not checked).
  ``/bai-viet/<id>``: 301 to the article's canonical path.
- ``/media/<yyyy>/<mm>/<file>`` images (ImageSharp.Web query ``?width=…`` allowed),
  ``/tai-lieu/<id>/<file>`` attachments (PDF).
- Non-articles: ``/gioi-thieu/lich-su-phat-trien``, ``/gioi-thieu/co-cau-to-chuc``, ``/lien-he``,
  ``/van-ban`` (listing) and ``/van-ban/chi-tiet/112`` (document entry), ``/thu-vien-anh``
  (listing) and ``/thu-vien-anh/le-be-giang-lop-tccl-k44`` (album), ``/chinh-sach-cookie``,
  ``/tim-kiem?tu-khoa=`` (search, GET form).

Page templates
--------------
Article (``Views/BaiViet/ChiTiet.cshtml``): breadcrumb "Trang chủ › Tin tức › <chuyên mục>",
``h1.ctbv-tieude``, meta row ``.ctbv-meta`` (``bi-calendar3`` "Thứ Tư, 02/12/2026 - 09:20",
``bi-eye`` views, sometimes "Cập nhật: …", share/print/font tools), summary box
``.ctbv-tomtat`` (when the model has one), then ``#ndbv.ctbv-noidung`` holding
``@Html.Raw(Model.NoiDung)`` followed by "Tác giả:" and "Nguồn:" lines, then keywords, the
comment form and "Tin cùng chuyên mục".

How each gold article is reached
--------------------------------
Hoạt động Nhà trường: 1291, 1284, 1276 on page 1 (1291 also in "Tin nổi bật", 1284 there only
under a stale slug; 1276 in "Đọc nhiều"); 1263 and 1249 only on ``?page=2``.
Đào tạo - Bồi dưỡng: 1293, 1288, 1281 on page 1 and in the home's "Tin đào tạo" box (1288 also
stale-slugged in "Tin nổi bật"; 1281 in the "Thông báo" portlet); 1270 and 1255 only on ``?page=2``.
Nghiên cứu khoa học: 1290, 1279, 1266 on the only page; the home box links them as
``/bai-viet/<id>`` (301). "Tin cùng chuyên mục" lists page-1 items only, so the four page-2
articles are linked from nowhere but page 2 (and from each other's pages, once reached).

Traps
-----
1. AJAX pager with a query-only fallback: the pager links are ``<a href="?page=2" data-ajax="true"
   data-ajax-url="/chuyen-muc/<slug>/partial?page=2" data-ajax-update="#list">``; 1263, 1249,
   1270 and 1255 are reachable only through them (or through the fragment endpoint, whose own
   pager resolves to more fragment URLs). Gold: those four are articles of their category;
   listings and fragments are not articles.
2. Razor's default ``HtmlEncoder`` (BasicLatin only): every model-bound string (title in
   ``<title>``/``h1``/og tags, breadcrumb leaf, summary box, date line's day name, list titles,
   "Tác giả"/"Nguồn" values, "Tin cùng chuyên mục") is printed as hex references
   (``Tr&#x1B0;&#x1EDD;ng``, ``&#x27;``, ``&#x2B;``), while the layout's literals and the stored
   content (``Html.Raw``) are raw UTF-8. Gold: decoded, NFC text.
3. Invariant-culture machine dates: the schema.org ``<meta itemprop="datePublished"
   content="12/02/2026 09:20:00">`` is ``DateTime.ToString()`` under InvariantGlobalization, i.e.
   MM/dd/yyyy, and ``article:modified_time`` (ISO) is the update time. Gold: the printed meta row
   "Thứ Tư, 02/12/2026 - 09:20" -> "2026-12-02T09:20:00+07:00", never 12 February, never the
   "Cập nhật" time. 1263 prints "00:00": the day alone.
4. The route ignores the slug: "Tin nổi bật" links 1284 and 1288 under their slugs from before the
   titles were edited; these answer 200 with the article and a canonical link to the new slug.
   Gold: path = canonical; the stale-slug URLs are ``alt_paths``. ``/bai-viet/<id>`` is a 301.
5. Widgets inside the text container: a text-to-speech player ("Nghe đọc bài viết", voice
   select) at the top of ``#ndbv`` and the cookie-consent alert at the top of ``<main>`` above the
   breadcrumb. Not body.
6. An inline "Tin liên quan" box expanded from a shortcode in the middle of 1249's content,
   printed as a ``<ul>`` of links: its items are not body (the README's "list items are
   paragraphs" does not apply to a related-links widget).
7. The template always prints both labels: "Tác giả:" / "Nguồn:" with an empty value -> no
   author, null source; "Tác giả: admin_tct" (CMS account) -> nobody; "Tác giả: Thu Trang - Đức
   Anh" -> two authors, but "Tác giả: Phòng Tổ chức - Hành chính" -> one unit;
   "ThS. Vũ Thị Lan Anh - Phòng Đào tạo" -> "Vũ Thị Lan Anh"; "Nguồn: <a>Báo Thái Bình</a>" ->
   "Báo Thái Bình".
8. Lazy images: in 1284 ``src`` is ``/images/blank.gif`` and the photo is in ``data-src``
   (lazysizes, no ``<noscript>``). Gold: the ``data-src`` path. In 1293 the photo is printed with
   an ImageSharp query (``?width=760&amp;rmode=max``). Gold: the path with that query.
9. Captions three ways: CKEditor 5 ``<figure class="image"><figcaption>``; an old-site table
   (``table.tbl-anh``, image row + italic row) in 1263; in 1276 a right-aligned "Ảnh: Đức Anh"
   line after the figure -> photographer, not body, not caption.
10. An official notice (1281) with the Party letterhead table ("TỈNH ỦY THÁI BÌNH / TRƯỜNG CHÍNH
    TRỊ | ĐẢNG CỘNG SẢN VIỆT NAM", "Số 152-TB/TCT", "Thái Bình, ngày 20 tháng 11 năm 2026"),
    "THÔNG BÁO / Tuyển sinh …", then "Nơi nhận" and "T/M BAN GIÁM HIỆU / HIỆU TRƯỞNG / (Đã ký) /
    Nguyễn Đức Thịnh". Gold: date "2026-11-20" (letterhead, not the meta row's 26/11 08:15),
    author the signer, body only the notice's paragraphs and its numbered headings.
11. A document entry (``/van-ban/chi-tiet/112``) with a title, a date row and an attachment looks
    like an article: it is a NON_ARTICLE.
12. Attachment lines ("Tệp đính kèm: … .pdf" with ``bi-paperclip``) inside the content: not body.

Gold decisions on ambiguous points
----------------------------------
- category: the breadcrumb's leaf ("Hoạt động Nhà trường"), not its parent "Tin tức".
- summary: the ``.ctbv-tomtat`` box's text (sapo outside, first body paragraph); 1255 has no box
  but a bold lead paragraph: that is the summary; 1263 and 1281 have neither: null.
- A paragraph of the form "A.<br>B." is two paragraphs; a blockquote is one paragraph; table rows
  are paragraphs with cells joined by " | " (the header row too).
- Footnote calls in brackets stay ("…8 tiết.[1]"); "Tài liệu tham khảo" and its entries are body.
- The "Tin liên quan" heading inside the inline box is part of the widget, not a body heading.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import re
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
)

NAME = "aspnetcore_razor_ajax_pager_tct"
PLATFORM = "ASP.NET Core 7 MVC vendor CMS (Razor, Bootstrap 5, unobtrusive-AJAX X.PagedList pager)"
START_PATH = "/"

PAGE_SIZE = 3
SITE_NAME = "Trường Chính trị tỉnh Thái Bình"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"

# slug -> printed name
CATEGORIES = {
    "hoat-dong-nha-truong": "Hoạt động Nhà trường",
    "dao-tao-boi-duong": "Đào tạo - Bồi dưỡng",
    "nghien-cuu-khoa-hoc": "Nghiên cứu khoa học",
}

_DAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def enc(value: str) -> str:
    """What Razor's default HtmlEncoder prints for ``@value``: hex references beyond BasicLatin."""
    out = []
    for ch in value:
        if ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == "&":
            out.append("&amp;")
        elif ch == '"':
            out.append("&quot;")
        elif ch in "'+" or ord(ch) > 126:
            out.append(f"&#x{ord(ch):X};")
        else:
            out.append(ch)
    return "".join(out)


def _credit(name: str) -> Raw:
    return Raw(f'<p style="text-align:right"><em>Ảnh: {esc(name)}</em></p>')


def _attachment(file_id: int, filename: str, label: str) -> Raw:
    return Raw(
        '<p class="dinhkem"><i class="bi bi-paperclip"></i> Tệp đính kèm: '
        f'<a href="/tai-lieu/{file_id}/{filename}" target="_blank">{esc(label)}</a></p>'
    )


# --- the 13 articles ------------------------------------------------------------------------

A1 = Story(
    id=1291,
    slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-nang-cao-chat-luong-sinh-hoat-chi-bo",
    title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề “Nâng cao chất lượng sinh hoạt chi bộ "
    "gắn với trách nhiệm nêu gương”",
    cat="hoat-dong-nha-truong",
    published_at="2026-12-04T16:45:00+07:00",
    summary="Chiều 04/12, Chi bộ Khoa Xây dựng Đảng, Trường Chính trị tỉnh Thái Bình tổ chức sinh "
    "hoạt chuyên đề tháng 12 với chủ đề “Nâng cao chất lượng sinh hoạt chi bộ gắn với trách "
    "nhiệm nêu gương của đảng viên là giảng viên”.",
    sapo_outside=True,
    authors=["Thu Trang", "Đức Anh"],
    source="Trường Chính trị tỉnh Thái Bình",
    blocks=[
        P("Dự buổi sinh hoạt có đồng chí TS. Nguyễn Đức Thịnh, Bí thư Đảng ủy, Hiệu trưởng Nhà "
          "trường; đại diện Văn phòng Đảng ủy và toàn thể đảng viên trong chi bộ."),
        P("Tại buổi sinh hoạt, đồng chí Bí thư Chi bộ trình bày báo cáo đề dẫn, đánh giá thực trạng "
          "sinh hoạt chi bộ trong năm 2026. Theo đó, nội dung sinh hoạt đã bám sát nhiệm vụ chính "
          "trị của khoa, tập trung vào công tác giảng dạy, nghiên cứu khoa học và bồi dưỡng chuyên "
          "môn cho giảng viên trẻ; tỷ lệ đảng viên tham gia phát biểu ý kiến trong các kỳ sinh hoạt "
          "đạt trên 80%."),
        Img("/media/2026/12/sinh-hoat-chuyen-de-khoa-xdd.jpg",
            "Đồng chí Bí thư Chi bộ Khoa Xây dựng Đảng trình bày báo cáo đề dẫn.",
            "Đồng chí Bí thư Chi bộ Khoa Xây dựng Đảng trình bày báo cáo đề dẫn.", "fig"),
        P("Bên cạnh kết quả đạt được, báo cáo cũng chỉ ra một số hạn chế như: có kỳ sinh hoạt còn "
          "nặng về thông báo công việc, việc liên hệ thực tiễn địa phương trong bài giảng chưa đồng "
          "đều giữa các giảng viên; một số đảng viên trẻ còn ngại đấu tranh, góp ý."),
        P("Các đảng viên tập trung thảo luận, làm rõ những biểu hiện cụ thể của trách nhiệm nêu "
          "gương trong môi trường sư phạm: từ việc chuẩn bị bài giảng công phu, đúng giờ lên lớp, "
          "đến việc gương mẫu chấp hành quy định về những điều đảng viên không được làm và ứng xử "
          "văn hóa trên không gian mạng."),
        P("Phát biểu chỉ đạo, đồng chí Hiệu trưởng ghi nhận tinh thần nghiêm túc, thẳng thắn của chi "
          "bộ; đề nghị chi bộ tiếp tục đổi mới nội dung, hình thức sinh hoạt, mỗi quý lựa chọn ít "
          "nhất một chuyên đề gắn với những vấn đề thực tiễn đặt ra ở cơ sở để nâng cao chất lượng "
          "bài giảng."),
        P("Kết thúc buổi sinh hoạt, chi bộ đã thống nhất ban hành kế hoạch khắc phục những hạn chế "
          "đã chỉ ra, phân công đảng viên phụ trách và thời hạn hoàn thành cụ thể."),
    ],
    opts={"printed": "2026-12-04 16:45", "byline": "Thu Trang - Đức Anh", "tts": True,
          "source_line": "Trường Chính trị tỉnh Thái Bình"},
)

A2 = Story(
    id=1284,
    slug="doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-i-lam-viec-voi-truong-chinh-tri-tinh-thai-binh",
    title="Đoàn công tác Học viện Chính trị khu vực I làm việc với Trường Chính trị tỉnh Thái Bình",
    cat="hoat-dong-nha-truong",
    published_at="2026-12-01T08:30:00+07:00",
    summary="Sáng 01/12, Đoàn công tác của Học viện Chính trị khu vực I do PGS.TS Hoàng Văn Nghĩa, "
    "Phó Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị tỉnh Thái "
    "Bình về công tác phối hợp đào tạo, bồi dưỡng cán bộ năm 2026.",
    sapo_outside=True,
    authors=["Phòng Tổ chức - Hành chính"],
    source=None,
    blocks=[
        P("Tiếp và làm việc với đoàn có đồng chí TS. Nguyễn Đức Thịnh, Hiệu trưởng; các đồng chí "
          "trong Ban Giám hiệu, lãnh đạo các khoa, phòng của Nhà trường."),
        Img("/media/2026/12/hvctkv1-lam-viec-01.jpg", "Toàn cảnh buổi làm việc.",
            "Toàn cảnh buổi làm việc.", "lazy"),
        P("Báo cáo tại buổi làm việc, đồng chí Phạm Thị Thu Hà, Phó Hiệu trưởng cho biết: năm 2026, "
          "Nhà trường đã phối hợp với Học viện mở 02 lớp Cao cấp lý luận chính trị hệ không tập "
          "trung với 186 học viên; công tác quản lý lớp học, bố trí giảng đường, ký túc xá và phục "
          "vụ học viên được thực hiện nền nếp, đúng quy định."),
        P("Các ý kiến trao đổi tập trung vào việc tăng cường đi nghiên cứu thực tế, đổi mới cách "
          "thức đánh giá tiểu luận cuối khóa và nâng cao hiệu quả ứng dụng công nghệ thông tin "
          "trong quản lý học viên."),
        Img("/media/2026/12/hvctkv1-lam-viec-02.jpg",
            "PGS.TS Hoàng Văn Nghĩa phát biểu tại buổi làm việc.",
            "PGS.TS Hoàng Văn Nghĩa phát biểu tại buổi làm việc.", "lazy"),
        P("Phát biểu kết luận, đồng chí Phó Giám đốc Học viện đánh giá cao sự chủ động, trách nhiệm "
          "của Trường Chính trị tỉnh Thái Bình trong phối hợp tổ chức các lớp học; đề nghị hai bên "
          "sớm thống nhất kế hoạch mở lớp năm 2027, bảo đảm đúng tiến độ và chất lượng."),
    ],
    opts={"printed": "2026-12-01 08:30", "byline": "Phòng Tổ chức - Hành chính",
          "source_line": "", "stale": "doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-i-tham-va-lam-viec"},
)

A3 = Story(
    id=1276,
    slug="gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="hoat-dong-nha-truong",
    published_at="2026-11-19T10:10:00+07:00",
    summary="Sáng 19/11, Trường Chính trị tỉnh Thái Bình tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà "
    "giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương các nhà giáo tiêu biểu năm học "
    "2025 - 2026.",
    sapo_outside=True,
    authors=["Minh Hằng"],
    photographers=["Đức Anh"],
    source="Trường Chính trị tỉnh Thái Bình",
    blocks=[
        P("Tới dự có đại diện lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy, Sở Giáo dục và Đào tạo "
          "cùng các thế hệ nhà giáo đã nghỉ hưu của Nhà trường."),
        P("Ôn lại truyền thống vẻ vang của ngành giáo dục, đồng chí Hiệu trưởng khẳng định: trải "
          "qua hơn 75 năm xây dựng và phát triển, đội ngũ nhà giáo của Trường luôn giữ vững phẩm "
          "chất chính trị, đạo đức nghề nghiệp, góp phần đào tạo hàng vạn cán bộ cho hệ thống chính "
          "trị của tỉnh."),
        Img("/media/2026/11/gap-mat-20-11.jpg",
            "Ban Giám hiệu tặng hoa chúc mừng các thế hệ nhà giáo.",
            "Ban Giám hiệu tặng hoa chúc mừng các thế hệ nhà giáo.", "fig"),
        _credit("Đức Anh"),
        P("Trong năm học vừa qua, 100% giảng viên hoàn thành định mức giờ giảng; 12 giảng viên đạt "
          "danh hiệu giảng viên dạy giỏi cấp trường; Nhà trường chủ trì 03 đề tài khoa học cấp cơ "
          "sở và tham gia 01 đề tài cấp tỉnh."),
        P("Dịp này, Nhà trường đã khen thưởng 09 tập thể và 21 cá nhân có thành tích xuất sắc trong "
          "công tác giảng dạy, nghiên cứu khoa học và phục vụ đào tạo."),
        P("“Mỗi giờ lên lớp là một lần người thầy trực tiếp truyền lửa niềm tin vào lý tưởng của "
          "Đảng cho học viên” - nhà giáo Đỗ Văn Cường, nguyên Phó Hiệu trưởng xúc động chia sẻ.",
          "q"),
    ],
    opts={"printed": "2026-11-19 10:10", "byline": "Minh Hằng",
          "source_line": "Trường Chính trị tỉnh Thái Bình", "pmode": "mso"},
)

A4 = Story(
    id=1263,
    slug="khai-mac-hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
    title="Khai mạc Hội thi giảng viên dạy giỏi cấp trường năm 2026",
    cat="hoat-dong-nha-truong",
    published_at="2026-11-09",
    authors=["Vũ Thị Lan Anh"],
    blocks=[
        P("Ngày 09/11, Trường Chính trị tỉnh Thái Bình khai mạc Hội thi giảng viên dạy giỏi cấp "
          "trường năm 2026. Hội thi có 14 giảng viên đến từ 04 khoa chuyên môn tham gia."),
        P("Mục đích của Hội thi nhằm đánh giá thực chất năng lực sư phạm, khả năng vận dụng phương "
          "pháp dạy học tích cực của đội ngũ giảng viên; qua đó lựa chọn những giảng viên tiêu biểu "
          "tham gia Hội thi giảng viên dạy giỏi các trường chính trị khu vực đồng bằng sông Hồng."),
        P("Nội dung và hình thức thi", "h"),
        P("Phần thứ nhất: thuyết trình giáo án một tiết giảng lý thuyết trong thời gian 45 phút.",
          "br"),
        P("Phần thứ hai: trả lời câu hỏi của Ban Giám khảo về nội dung và phương pháp giảng dạy."),
        Img("/media/2026/11/khai-mac-hoi-thi-gvdg.jpg",
            "Giảng viên Khoa Nhà nước và pháp luật thể hiện bài giảng tại Hội thi.",
            "Giảng viên Khoa Nhà nước và pháp luật thể hiện bài giảng tại Hội thi.", "tbl"),
        P("Ban Giám khảo gồm 07 đồng chí là lãnh đạo Nhà trường, trưởng các khoa và một số giảng "
          "viên chính có kinh nghiệm. Hội thi diễn ra đến hết ngày 20/11/2026."),
    ],
    opts={"printed": "2026-11-09 00:00", "byline": "ThS. Vũ Thị Lan Anh - Phòng Đào tạo",
          "source_line": ""},
)

A5 = Story(
    id=1249,
    slug="doan-thanh-nien-truong-chinh-tri-tinh-ra-quan-tinh-nguyen-tai-xa-thuy-xuan",
    title="Đoàn Thanh niên Trường Chính trị tỉnh ra quân tình nguyện tại xã Thụy Xuân",
    cat="hoat-dong-nha-truong",
    published_at="2026-10-21T14:20:00+07:00",
    summary="Hưởng ứng Tháng hành động vì môi trường, ngày 20/10, Chi đoàn Trường Chính trị tỉnh "
    "Thái Bình phối hợp với Đoàn xã Thụy Xuân tổ chức chương trình tình nguyện “Vì một miền quê "
    "xanh - sạch - đẹp”.",
    sapo_outside=True,
    authors=[],
    source="Báo Thái Bình",
    blocks=[
        P("Tham gia chương trình có gần 40 đoàn viên, thanh niên của Nhà trường và xã Thụy Xuân. "
          "Các đoàn viên đã dọn vệ sinh, phát quang tuyến đường ven đê biển dài hơn 2 km, trồng "
          "300 cây phi lao chắn gió và trao tặng 50 suất quà cho học sinh có hoàn cảnh khó khăn."),
        Raw("@@RELATED@@"),
        P("Dịp này, Chi đoàn Nhà trường cũng tổ chức buổi nói chuyện chuyên đề về phòng, chống tác "
          "hại của ma túy và tệ nạn xã hội cho đoàn viên, thanh niên địa phương."),
        Img("/media/2026/10/tinh-nguyen-thuy-xuan.jpg",
            "Đoàn viên, thanh niên trồng cây phi lao ven đê biển.",
            "Đoàn viên, thanh niên trồng cây phi lao ven đê biển.", "fig"),
        P("Chương trình góp phần giáo dục lý tưởng, tinh thần xung kích tình nguyện cho đoàn viên "
          "và thắt chặt tình đoàn kết giữa tuổi trẻ Nhà trường với địa phương."),
    ],
    opts={"printed": "2026-10-21 14:20", "byline": "admin_tct",
          "source_link": ("https://baothaibinh.com.vn/tin-tuc/19/tinh-nguyen-thuy-xuan",
                          "Báo Thái Bình"),
          "related": [1276, 1266]},
)

B1 = Story(
    id=1293,
    slug="be-giang-lop-trung-cap-ly-luan-chinh-tri-k44-he-khong-tap-trung",
    title="Bế giảng lớp Trung cấp lý luận chính trị K44 hệ không tập trung",
    cat="dao-tao-boi-duong",
    published_at="2026-12-05T08:05:00+07:00",
    summary="Chiều 04/12, Trường Chính trị tỉnh Thái Bình tổ chức bế giảng lớp Trung cấp lý luận "
    "chính trị K44 hệ không tập trung cho 112 học viên là cán bộ, công chức cấp xã.",
    sapo_outside=True,
    authors=["Hoàng Long"],
    source="Trường Chính trị tỉnh Thái Bình",
    blocks=[
        P("Sau 8 tháng học tập, các học viên đã hoàn thành chương trình gồm 5 phần học với 20 học "
          "phần theo quy định của Học viện Chính trị quốc gia Hồ Chí Minh, đồng thời đi nghiên cứu "
          "thực tế tại một số địa phương trong tỉnh."),
        P("Kết quả, 100% học viên đủ điều kiện tốt nghiệp; trong đó có 21 học viên đạt loại giỏi "
          "(18,75%), 86 học viên đạt loại khá (76,79%), 5 học viên đạt loại trung bình. Học viên "
          "Nguyễn Thị Thanh Tâm, công chức Văn phòng - Thống kê xã Kiến Xương đạt điểm tốt nghiệp "
          "cao nhất lớp."),
        Img("/media/2026/12/be-giang-k44.jpg?width=760&rmode=max",
            "Lãnh đạo Nhà trường trao giấy khen cho các học viên có thành tích xuất sắc.",
            "Lãnh đạo Nhà trường trao giấy khen cho các học viên có thành tích xuất sắc.", "fig"),
        P("Phát biểu bế giảng, đồng chí Phạm Thị Thu Hà, Phó Hiệu trưởng đề nghị các học viên tiếp "
          "tục tự học tập, rèn luyện, vận dụng kiến thức lý luận đã được trang bị vào thực tiễn công "
          "tác tại cơ sở, nhất là trong bối cảnh chính quyền địa phương hai cấp đang vận hành."),
        P("Nhân dịp này, Nhà trường đã trao giấy khen cho 07 học viên có thành tích xuất sắc trong "
          "học tập và rèn luyện."),
    ],
    opts={"printed": "2026-12-05 08:05", "byline": "Hoàng Long",
          "source_line": "Trường Chính trị tỉnh Thái Bình", "tts": True},
)

B2 = Story(
    id=1288,
    slug="khai-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-cho-doi-tuong-4-nam-2026",
    title="Khai giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
    cat="dao-tao-boi-duong",
    published_at="2026-12-02T09:20:00+07:00",
    summary="Sáng 02/12, Trường Chính trị tỉnh Thái Bình phối hợp với Bộ Chỉ huy Quân sự tỉnh khai "
    "giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026.",
    sapo_outside=True,
    authors=["Thanh Hương"],
    source="Trường Chính trị tỉnh Thái Bình",
    blocks=[
        P("Lớp học có 135 học viên là bí thư, phó bí thư chi bộ thôn, tổ dân phố; trưởng các đoàn "
          "thể chính trị - xã hội ở cơ sở và cán bộ, công chức cấp xã chưa qua bồi dưỡng kiến thức "
          "quốc phòng và an ninh."),
        Img("/media/2026/12/khai-giang-qpan-doi-tuong-4.jpg", "Quang cảnh lễ khai giảng.",
            "Quang cảnh lễ khai giảng.", "fig"),
        P("Trong thời gian 5 ngày, học viên được nghiên cứu 09 chuyên đề, tập trung vào quan điểm "
          "của Đảng về đường lối quốc phòng, an ninh trong tình hình mới; xây dựng nền quốc phòng "
          "toàn dân gắn với thế trận an ninh nhân dân; phòng, chống chiến lược “diễn biến hòa "
          "bình”, bạo loạn lật đổ của các thế lực thù địch và một số nội dung về bảo vệ an ninh "
          "trên không gian mạng."),
        P("Phát biểu khai giảng, đồng chí Lê Văn Hùng, Phó Hiệu trưởng yêu cầu học viên chấp hành "
          "nghiêm quy chế lớp học, tích cực trao đổi, liên hệ với thực tiễn nhiệm vụ quốc phòng, "
          "an ninh tại địa phương, cơ quan, đơn vị."),
        _attachment(5517, "ke-hoach-45-kh-tct.pdf", "Kế hoạch số 45-KH/TCT (ke-hoach-45-kh-tct.pdf)"),
    ],
    opts={"printed": "2026-12-02 09:20", "updated": "2026-12-04 15:10", "byline": "Thanh Hương",
          "source_line": "Trường Chính trị tỉnh Thái Bình", "tts": True,
          "stale": "khai-giang-lop-boi-duong-kien-thuc-quoc-phong-an-ninh-doi-tuong-4"},
)

_LETTERHEAD = (
    '<table class="Table" style="width:100%;border:none"><tbody><tr>'
    '<td style="width:45%;text-align:center;vertical-align:top">'
    '<p style="text-align:center">TỈNH ỦY THÁI BÌNH<br><strong>TRƯỜNG CHÍNH TRỊ</strong><br>*</p>'
    '<p style="text-align:center">Số 152-TB/TCT</p></td>'
    '<td style="text-align:center;vertical-align:top">'
    '<p style="text-align:center"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong></p>'
    '<p style="text-align:center"><em>Thái Bình, ngày 20 tháng 11 năm 2026</em></p></td>'
    "</tr></tbody></table>"
    '<p style="text-align:center"><strong>THÔNG BÁO</strong><br>'
    "<strong>Tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung năm 2027</strong></p>"
)
_CLOSING = (
    '<table class="Table" style="width:100%;border:none"><tbody><tr>'
    '<td style="width:50%;vertical-align:top"><p><strong><em>Nơi nhận:</em></strong><br>'
    "- Ban Tổ chức Tỉnh ủy;<br>- Các đảng ủy trực thuộc Tỉnh ủy;<br>- Các sở, ban, ngành;<br>"
    "- Lưu VT, PĐT.</p></td>"
    '<td style="text-align:center;vertical-align:top"><p><strong>T/M BAN GIÁM HIỆU<br>HIỆU TRƯỞNG'
    "</strong></p><p><em>(Đã ký)</em></p><p><strong>Nguyễn Đức Thịnh</strong></p></td>"
    "</tr></tbody></table>"
)

B3 = Story(
    id=1281,
    slug="thong-bao-tuyen-sinh-lop-trung-cap-ly-luan-chinh-tri-he-khong-tap-trung-nam-2027",
    title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung năm 2027",
    cat="dao-tao-boi-duong",
    published_at="2026-11-20",
    authors=["Nguyễn Đức Thịnh"],
    blocks=[
        Raw(_LETTERHEAD),
        P("Căn cứ hướng dẫn của Học viện Chính trị quốc gia Hồ Chí Minh về tiêu chuẩn học viên; căn "
          "cứ Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027 của Ban Thường vụ Tỉnh ủy, Trường Chính "
          "trị tỉnh Thái Bình thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập "
          "trung năm 2027 như sau:"),
        P("1. Đối tượng, tiêu chuẩn", "b"),
        P("Cán bộ, công chức, viên chức đang công tác tại các cơ quan của Đảng, Nhà nước, Mặt trận "
          "Tổ quốc và các đoàn thể chính trị - xã hội; có trình độ chuyên môn từ trung cấp trở "
          "lên; được quy hoạch hoặc đang giữ chức vụ từ trưởng phòng và tương đương trở xuống."),
        P("2. Thời gian, địa điểm học", "b"),
        P("Thời gian học tập 8 tháng, dự kiến khai giảng trong tháng 3/2027; học tập trung tại "
          "Trường Chính trị tỉnh Thái Bình mỗi tháng 10 ngày."),
        P("3. Hồ sơ và thời hạn nộp", "b"),
        P("Hồ sơ gồm: quyết định cử đi học của cấp có thẩm quyền, bản sao bằng tốt nghiệp chuyên "
          "môn, sơ yếu lý lịch có xác nhận của cơ quan quản lý. Các cơ quan, đơn vị gửi danh sách "
          "và hồ sơ học viên về Phòng Đào tạo trước ngày 31/12/2026."),
        P("Mọi chi tiết xin liên hệ Phòng Đào tạo, Trường Chính trị tỉnh Thái Bình, điện thoại: "
          "0227.3831.245."),
        Raw(_CLOSING),
    ],
    opts={"printed": "2026-11-26 08:15", "byline": "", "source_line": ""},
)

B4 = Story(
    id=1270,
    slug="hoc-vien-lop-cao-cap-ly-luan-chinh-tri-di-nghien-cuu-thuc-te-tai-tinh-quang-ninh",
    title="Học viên lớp Cao cấp lý luận chính trị đi nghiên cứu thực tế tại tỉnh Quảng Ninh",
    cat="dao-tao-boi-duong",
    published_at="2026-11-13T10:00:00+07:00",
    summary="Từ ngày 10 đến 12/11, Trường Chính trị tỉnh Thái Bình phối hợp với Học viện Chính trị "
    "khu vực I tổ chức cho 93 học viên lớp Cao cấp lý luận chính trị hệ không tập trung đi nghiên "
    "cứu thực tế tại tỉnh Quảng Ninh.",
    sapo_outside=True,
    authors=["Minh Hằng"],
    blocks=[
        P("Đoàn đã làm việc với Thường trực Đảng ủy, Ủy ban nhân dân phường Hạ Long và nghe giới "
          "thiệu về kinh nghiệm phát triển kinh tế dịch vụ, du lịch gắn với bảo tồn di sản thiên "
          "nhiên thế giới Vịnh Hạ Long."),
        Img("/media/2026/11/nctt-quang-ninh-01.jpg",
            "Đoàn học viên làm việc với Đảng ủy phường Hạ Long.",
            "Đoàn học viên làm việc với Đảng ủy phường Hạ Long.", "fig"),
        P("Tại Khu di tích lịch sử Bạch Đằng, học viên được nghe thuyết minh về các trận thủy chiến "
          "trên sông Bạch Đằng và tìm hiểu mô hình quản lý, phát huy giá trị di tích quốc gia đặc "
          "biệt."),
        P("Chuyến đi giúp học viên có thêm tư liệu thực tiễn phục vụ viết tiểu luận cuối khóa, đồng "
          "thời học tập những cách làm sáng tạo của tỉnh bạn để vận dụng vào điều kiện cụ thể của "
          "Thái Bình."),
        Img("/media/2026/11/nctt-quang-ninh-02.jpg",
            "Học viên dâng hương tại Khu di tích lịch sử Bạch Đằng.",
            "Học viên dâng hương tại Khu di tích lịch sử Bạch Đằng.", "fig"),
    ],
    opts={"printed": "2026-11-13 10:00", "byline": "Minh Hằng", "source_line": ""},
)

B5 = Story(
    id=1255,
    slug="be-giang-lop-boi-duong-nghiep-vu-cong-tac-dan-van-nam-2026",
    title="Bế giảng lớp bồi dưỡng nghiệp vụ công tác dân vận năm 2026",
    cat="dao-tao-boi-duong",
    published_at="2026-10-28T16:30:00+07:00",
    summary="Ngày 28/10, Trường Chính trị tỉnh Thái Bình phối hợp với Ban Tuyên giáo và Dân vận "
    "Tỉnh ủy bế giảng lớp bồi dưỡng nghiệp vụ công tác dân vận năm 2026 cho 78 học viên.",
    authors=["Thu Trang"],
    source="Ban Tuyên giáo và Dân vận Tỉnh ủy Thái Bình",
    blocks=[
        P("Ngày 28/10, Trường Chính trị tỉnh Thái Bình phối hợp với Ban Tuyên giáo và Dân vận Tỉnh "
          "ủy bế giảng lớp bồi dưỡng nghiệp vụ công tác dân vận năm 2026 cho 78 học viên.", "b"),
        P("Trong 10 ngày, học viên được trang bị những nội dung cơ bản về quan điểm của Đảng về "
          "công tác dân vận; nghiệp vụ dân vận của hệ thống chính trị ở cơ sở; kỹ năng tiếp xúc, "
          "đối thoại với Nhân dân và giải quyết những vấn đề bức xúc phát sinh ở cơ sở."),
        P("Ngoài các chuyên đề trên lớp, học viên được trao đổi kinh nghiệm thực hiện phong trào thi "
          "đua “Dân vận khéo” và tham quan mô hình dân vận khéo tiêu biểu tại xã Vũ Thư."),
        P("Kết thúc khóa học, 100% học viên đạt yêu cầu, được cấp chứng chỉ theo quy định."),
    ],
    opts={"printed": "2026-10-28 16:30", "byline": "Thu Trang",
          "source_line": "Ban Tuyên giáo và Dân vận Tỉnh ủy Thái Bình", "pmode": "mso"},
)

C1 = Story(
    id=1290,
    slug="nang-cao-chat-luong-giang-day-lich-su-dang-bo-dia-phuong-tai-truong-chinh-tri-tinh-thai-binh",
    title="Nâng cao chất lượng giảng dạy lịch sử Đảng bộ địa phương tại Trường Chính trị tỉnh "
    "Thái Bình",
    cat="nghien-cuu-khoa-hoc",
    published_at="2026-12-03T14:30:00+07:00",
    summary="Lịch sử Đảng bộ địa phương là nội dung quan trọng trong chương trình đào tạo trung cấp "
    "lý luận chính trị, góp phần giáo dục truyền thống, bồi đắp niềm tự hào và trách nhiệm của "
    "đội ngũ cán bộ đối với quê hương.",
    sapo_outside=True,
    authors=["Trần Thị Mai Hương"],
    blocks=[
        P("Theo chương trình đào tạo hiện hành, chuyên đề lịch sử Đảng bộ tỉnh được bố trí trong "
          "phần học những vấn đề về địa phương, với thời lượng 8 tiết.[1] Thời lượng không nhiều "
          "nhưng đòi hỏi giảng viên phải nắm chắc tư liệu, biết chọn lọc sự kiện tiêu biểu và liên "
          "hệ sinh động với thực tiễn."),
        P("1. Thực trạng giảng dạy", "h"),
        P("Thời gian qua, đội ngũ giảng viên Khoa Lý luận cơ sở đã chủ động sưu tầm, bổ sung tư liệu "
          "từ các cuốn lịch sử Đảng bộ các huyện, xã; nhiều bài giảng sử dụng bản đồ, hình ảnh, phim "
          "tư liệu về các phong trào cách mạng tiêu biểu như phong trào “Tấc đất tấc vàng”, phong "
          "trào thi đua đạt “5 tấn thóc/ha” của Thái Bình trong những năm 1960 - 1970."),
        P("Tuy nhiên, việc giảng dạy vẫn còn một số hạn chế: phương pháp thuyết trình vẫn là chủ "
          "yếu; tư liệu về giai đoạn sau đổi mới chưa được cập nhật kịp thời; việc tổ chức cho học "
          "viên thảo luận, đi thực tế tại các di tích lịch sử cách mạng còn ít.[2]"),
        P("2. Một số giải pháp", "h"),
        P("Một là, tiếp tục biên soạn, cập nhật tài liệu giảng dạy, bổ sung những thành tựu của tỉnh "
          "trong giai đoạn sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp."),
        P("Hai là, đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực của học viên, kết "
          "hợp thuyết trình với nêu vấn đề, thảo luận nhóm và sử dụng tư liệu số."),
        P("Ba là, gắn giảng dạy với nghiên cứu thực tế tại các địa chỉ đỏ trên địa bàn tỉnh như Khu "
          "lưu niệm đồng chí Nguyễn Đức Cảnh, Đền thờ các vị tướng lĩnh thời Trần, để học viên có "
          "trải nghiệm trực quan."),
        P("Tài liệu tham khảo", "h"),
        P("[1] Học viện Chính trị quốc gia Hồ Chí Minh: Chương trình đào tạo trung cấp lý luận chính "
          "trị, Hà Nội, 2021.", "small"),
        P("[2] Trường Chính trị tỉnh Thái Bình: Báo cáo tổng kết năm học 2025 - 2026, Thái Bình, "
          "2026.", "small"),
    ],
    opts={"printed": "2026-12-03 14:30", "byline": "ThS. Trần Thị Mai Hương - Khoa Lý luận cơ sở",
          "source_line": ""},
)

C2 = Story(
    id=1279,
    slug="hoi-thao-khoa-hoc-van-dung-tu-tuong-ho-chi-minh-ve-can-bo",
    title="Hội thảo khoa học “Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong công tác đào tạo, "
    "bồi dưỡng cán bộ cơ sở”",
    cat="nghien-cuu-khoa-hoc",
    published_at="2026-11-24T09:00:00+07:00",
    summary="Ngày 24/11, Trường Chính trị tỉnh Thái Bình tổ chức Hội thảo khoa học cấp trường “Vận "
    "dụng tư tưởng Hồ Chí Minh về cán bộ trong công tác đào tạo, bồi dưỡng cán bộ cơ sở”.",
    sapo_outside=True,
    authors=["Ngọc Ánh"],
    blocks=[
        P("Hội thảo nhận được 26 bài tham luận của các nhà khoa học, giảng viên Nhà trường và cán bộ "
          "một số sở, ngành, địa phương trong tỉnh. Ban Tổ chức đã lựa chọn 18 bài in trong kỷ yếu "
          "và 06 tham luận trình bày trực tiếp tại Hội thảo."),
        Img("/media/2026/11/hoi-thao-tu-tuong-hcm.jpg",
            "TS. Nguyễn Đức Thịnh, Hiệu trưởng phát biểu đề dẫn Hội thảo.",
            "TS. Nguyễn Đức Thịnh, Hiệu trưởng phát biểu đề dẫn Hội thảo.", "fig"),
        P("Các ý kiến tại Hội thảo đã làm rõ những quan điểm cơ bản của Chủ tịch Hồ Chí Minh về vị "
          "trí, vai trò của cán bộ, về tiêu chuẩn “vừa hồng, vừa chuyên” và về yêu cầu huấn luyện "
          "cán bộ phải “lý luận gắn liền với thực tế”."),
        P("Nhiều tham luận chỉ ra yêu cầu mới đặt ra đối với cán bộ cơ sở sau khi sắp xếp đơn vị "
          "hành chính, khi khối lượng công việc ở cấp xã tăng lên đáng kể, đòi hỏi cán bộ phải có "
          "năng lực tham mưu, quản lý và kỹ năng số."),
        P("Kết luận Hội thảo, đồng chí Hiệu trưởng đề nghị các khoa tiếp thu các ý kiến, bổ sung vào "
          "nội dung bài giảng và đề xuất những chuyên đề bồi dưỡng chuyên sâu phù hợp với đối tượng "
          "cán bộ cấp xã."),
        _attachment(5521, "ky-yeu-hoi-thao-2026.pdf", "Kỷ yếu Hội thảo (ky-yeu-hoi-thao-2026.pdf)"),
    ],
    opts={"printed": "2026-11-24 09:00", "byline": "Ngọc Ánh", "source_line": ""},
)

C3 = Story(
    id=1266,
    slug="nghiem-thu-de-tai-khoa-hoc-cap-co-so-nam-2026",
    title="Nghiệm thu đề tài khoa học cấp cơ sở năm 2026",
    cat="nghien-cuu-khoa-hoc",
    published_at="2026-11-11T15:45:00+07:00",
    summary="Ngày 10/11, Hội đồng khoa học Trường Chính trị tỉnh Thái Bình tổ chức nghiệm thu 03 đề "
    "tài khoa học cấp cơ sở năm 2026.",
    sapo_outside=True,
    authors=["Đức Anh"],
    blocks=[
        P("Các đề tài đều được thực hiện trong thời gian 10 tháng, bám sát yêu cầu thực tiễn của "
          "công tác giảng dạy và định hướng nghiên cứu của Nhà trường. Kết quả nghiệm thu cụ thể "
          "như sau:"),
        P("TT | Tên đề tài | Chủ nhiệm | Xếp loại", "tr"),
        P("1 | Nâng cao hiệu quả giảng dạy kỹ năng lãnh đạo, quản lý cho cán bộ cấp xã | ThS. Vũ Thị "
          "Lan Anh | Xuất sắc", "tr"),
        P("2 | Giải pháp phát huy vai trò của Mặt trận Tổ quốc trong giám sát cán bộ, đảng viên ở cơ "
          "sở | ThS. Đặng Văn Tuấn | Khá", "tr"),
        P("3 | Ứng dụng chuyển đổi số trong quản lý học viên tại Trường Chính trị tỉnh Thái Bình | "
          "CN. Phạm Quang Huy | Xuất sắc", "tr"),
        P("Hội đồng đánh giá các đề tài có tính thực tiễn cao, có thể ứng dụng ngay vào công tác "
          "giảng dạy và quản lý; đề nghị các chủ nhiệm đề tài hoàn thiện báo cáo tổng hợp theo góp "
          "ý trước ngày 30/11/2026 để lưu chiểu tại thư viện Nhà trường."),
    ],
    opts={"printed": "2026-11-11 15:45", "byline": "Đức Anh", "source_line": ""},
)

STORIES: list[Story] = [A1, A2, A3, A4, A5, B1, B2, B3, B4, B5, C1, C2, C3]
BY_ID = {s.id: s for s in STORIES}


def article_path(story: Story, slug: str | None = None) -> str:
    return f"/bai-viet/{slug or story.slug}-{story.id}"


def listing(cat: str) -> list[Story]:
    """The category's articles, newest first (the order of the listing)."""
    return sorted((s for s in STORIES if s.cat == cat), key=lambda s: s.opts["printed"], reverse=True)


def _thumb(story: Story) -> str:
    first = next((i.src.split("?")[0] for i in story.images), "/images/no-thumb.jpg")
    return f"{first}?width=320&amp;height=200&amp;rmode=crop"


def _lead(story: Story) -> str:
    text = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return text if len(text) < 180 else text[:177].rsplit(" ", 1)[0] + "…"


def _stamp(printed: str) -> _dt.datetime:
    return _dt.datetime.strptime(printed, "%Y-%m-%d %H:%M")


def date_line(printed: str) -> str:
    """The meta row as the view prints it: ``dddd, dd/MM/yyyy - HH:mm`` under vi-VN."""
    d = _stamp(printed)
    return f"{_DAYS[d.weekday()]}, {d:%d/%m/%Y - %H:%M}"


def _invariant(printed: str) -> str:
    return f"{_stamp(printed):%m/%d/%Y %H:%M:%S}"


def _views(story: Story) -> str:
    return f"{story.views() * 3:,}".replace(",", ".")


# --- the layout (_Layout.cshtml) ----------------------------------------------------------------

_ASSET_V = "pAGv4ietcJNk_EwsQZ5BN9-K4MuNYS2a9wl4Jw-q9D0"
_JS_V = "4q1jwFhaPaZgr8WAUSrux6hAuh0XDg9kPS3xIVq36I0"


class _Tokens:
    """Antiforgery tokens: a new ``CfDJ8…`` value for every rendered form, as the platform does."""

    def __init__(self) -> None:
        self._count = itertools.count(1)

    def next(self) -> str:
        return "CfDJ8" + opaque(f"tct-af-{next(self._count)}", 90).rstrip("=").replace("+", "-").replace("/", "_")


def _menu(active: str = "") -> str:
    def item(href: str, label: str) -> str:
        cls = "dropdown-item active" if href == active else "dropdown-item"
        return f'<li><a class="{cls}" href="{href}">{label}</a></li>'

    news = "".join(item(f"/chuyen-muc/{slug}", name) for slug, name in CATEGORIES.items())
    return f"""
<nav class="navbar navbar-expand-lg navbar-dark tct-nav" id="mnChinh">
 <div class="container">
  <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mnc-collapse"
   aria-controls="mnc-collapse" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
  <div class="collapse navbar-collapse" id="mnc-collapse">
   <ul class="navbar-nav me-auto mb-2 mb-lg-0">
    <li class="nav-item"><a class="nav-link" href="/"><i class="bi bi-house-door-fill"></i> Trang chủ</a></li>
    <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" id="dd-gt" role="button" data-bs-toggle="dropdown" aria-expanded="false">Giới thiệu</a>
     <ul class="dropdown-menu" aria-labelledby="dd-gt">{item("/gioi-thieu/lich-su-phat-trien", "Lịch sử phát triển")}{item("/gioi-thieu/co-cau-to-chuc", "Cơ cấu tổ chức")}</ul></li>
    <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" id="dd-tt" role="button" data-bs-toggle="dropdown" aria-expanded="false">Tin tức</a>
     <ul class="dropdown-menu" aria-labelledby="dd-tt">{news}</ul></li>
    <li class="nav-item"><a class="nav-link" href="/van-ban">Văn bản</a></li>
    <li class="nav-item"><a class="nav-link" href="/thu-vien-anh">Thư viện ảnh</a></li>
    <li class="nav-item"><a class="nav-link" href="/lien-he">Liên hệ</a></li>
   </ul>
   <form class="d-flex" role="search" method="get" action="/tim-kiem">
    <input class="form-control form-control-sm me-2" type="search" name="tu-khoa" placeholder="Tìm kiếm..." aria-label="Tìm kiếm">
    <button class="btn btn-sm btn-warning" type="submit"><i class="bi bi-search"></i></button>
   </form>
  </div>
 </div>
</nav>"""


_COOKIE_CONSENT = """
<div id="cookieConsent" class="alert alert-warning alert-dismissible fade show small" role="alert">
 Website sử dụng cookie để ghi nhớ lựa chọn của bạn và thống kê lượt truy cập. Khi tiếp tục sử dụng
 website, bạn đồng ý với việc sử dụng cookie theo chính sách của Nhà trường.
 <a href="/chinh-sach-cookie">Tìm hiểu thêm</a>.
 <button type="button" class="accept-policy btn btn-sm btn-danger ms-2" data-bs-dismiss="alert" aria-label="Close"
  data-cookie-string=".AspNet.Consent=yes; expires=Sun, 05 Dec 2027 02:00:00 GMT; path=/; secure; samesite=none">
  <span aria-hidden="true">Đồng ý</span></button>
</div>
<script>
 (function () {
  var button = document.querySelector("#cookieConsent button[data-cookie-string]");
  button.addEventListener("click", function (event) { document.cookie = button.dataset.cookieString; }, false);
 })();
</script>"""


def _most_read() -> str:
    items = "".join(
        f'<li class="d-flex mb-2"><span class="dn-so me-2">{n}</span>'
        f'<a href="{article_path(BY_ID[i])}">{enc(BY_ID[i].title)}</a></li>'
        for n, i in enumerate((1276, 1288, 1290), start=1)
    )
    return (
        '<div class="sb-box mb-4"><div class="sb-hd"><span>ĐỌC NHIỀU</span></div>'
        f'<ol class="list-unstyled sb-docnhieu">{items}</ol></div>'
    )


def _sidebar(tokens: _Tokens) -> str:
    notice = BY_ID[1281]
    return f"""
<aside class="col-lg-4 tct-sidebar">
 <div class="sb-box mb-4"><div class="sb-hd"><span>THÔNG BÁO</span></div>
  <marquee direction="up" scrollamount="2" height="90" onmouseover="this.stop()" onmouseout="this.start()">
   <p><i class="bi bi-megaphone"></i> <a href="{article_path(notice)}">{enc(notice.title)}</a></p>
  </marquee></div>
 {_most_read()}
 <div class="sb-box mb-4"><div class="sb-hd"><span>THĂM DÒ Ý KIẾN</span></div>
  <form method="post" action="/binh-chon" id="frmBinhChon">
   <p class="small mb-2">Bạn đánh giá thế nào về giao diện website mới của Nhà trường?</p>
   <div class="form-check"><input class="form-check-input" type="radio" name="LuaChonId" id="lc1" value="1"><label class="form-check-label" for="lc1">Đẹp, dễ sử dụng</label></div>
   <div class="form-check"><input class="form-check-input" type="radio" name="LuaChonId" id="lc2" value="2"><label class="form-check-label" for="lc2">Bình thường</label></div>
   <div class="form-check"><input class="form-check-input" type="radio" name="LuaChonId" id="lc3" value="3"><label class="form-check-label" for="lc3">Cần cải thiện</label></div>
   <input type="hidden" name="BinhChonId" value="4">
   <button type="submit" class="btn btn-sm btn-danger mt-2">Bình chọn</button>
   <input name="__RequestVerificationToken" type="hidden" value="{tokens.next()}" />
  </form></div>
 <div class="sb-box mb-4"><div class="sb-hd"><span>LIÊN KẾT WEBSITE</span></div>
  <select class="form-select form-select-sm" onchange="if(this.value) window.open(this.value)">
   <option value="">-- Chọn website --</option>
   <option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>
   <option value="https://thaibinh.gov.vn">Cổng thông tin điện tử tỉnh Thái Bình</option>
   <option value="https://baothaibinh.com.vn">Báo Thái Bình</option>
   <option value="https://dangcongsan.vn">Báo điện tử Đảng Cộng sản Việt Nam</option>
  </select></div>
 <div class="sb-box mb-4"><div class="sb-hd"><span>THỐNG KÊ TRUY CẬP</span></div>
  <ul class="list-unstyled small sb-thongke">
   <li><i class="bi bi-person-check"></i> Đang online: <b>27</b></li>
   <li><i class="bi bi-calendar-day"></i> Hôm nay: <b>1.046</b></li>
   <li><i class="bi bi-bar-chart"></i> Tổng truy cập: <b>2.318.904</b></li>
  </ul></div>
</aside>"""


def layout(
    request: Request,
    tokens: _Tokens,
    title: str,
    main: str,
    *,
    canonical: str | None = None,
    head: str = "",
    active: str = "",
    sidebar: bool = True,
) -> Response:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{canonical}" />' if canonical else ""
    body = main
    if sidebar:
        body = f'<div class="row"><div class="col-lg-8">{main}</div>{_sidebar(tokens)}</div>'
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
 <meta charset="utf-8" />
 <meta name="viewport" content="width=device-width, initial-scale=1.0" />
 <title>{enc(title)} - {enc(SITE_NAME)}</title>
 {canon}
 {head}
 <link rel="icon" type="image/x-icon" href="/favicon.ico" />
 <link rel="stylesheet" href="/lib/bootstrap/dist/css/bootstrap.min.css" />
 <link rel="stylesheet" href="/lib/bootstrap-icons/font/bootstrap-icons.css" />
 <link rel="stylesheet" href="/css/site.css?v={_ASSET_V}" />
</head>
<body>
<header class="tct-header">
 <div class="tct-topbar small"><div class="container d-flex justify-content-between">
  <span><i class="bi bi-calendar-event"></i> {enc(HEADER_TODAY)}</span>
  <span><a href="/lien-he"><i class="bi bi-telephone"></i> 0227.3831.245</a> | <a href="mailto:truongchinhtri@thaibinh.gov.vn">truongchinhtri@thaibinh.gov.vn</a></span>
 </div></div>
 <div class="tct-banner" style="background:#9b0a0a url(/images/banner-bg.jpg) no-repeat right center">
  <div class="container d-flex align-items-center py-3">
   <a href="/"><img src="/images/huy-hieu-dang.png" alt="Huy hiệu Đảng" width="86" height="86" /></a>
   <div class="ms-3 text-warning">
    <div class="tct-bn-1">TỈNH ỦY THÁI BÌNH</div>
    <div class="tct-bn-2 fw-bold">TRƯỜNG CHÍNH TRỊ TỈNH THÁI BÌNH</div>
   </div>
  </div>
 </div>
 {_menu(active)}
</header>
<div class="container">
 <main role="main" class="pb-3 pt-3">
  {_COOKIE_CONSENT}
  {body}
 </main>
</div>
<footer class="tct-footer text-white mt-4" style="background:#7a0707">
 <div class="container py-4 small">
  <p class="fw-bold mb-1">TRƯỜNG CHÍNH TRỊ TỈNH THÁI BÌNH</p>
  <p class="mb-1">Địa chỉ: Số 8 đường Trần Thủ Độ, phường Tiền Phong, tỉnh Thái Bình</p>
  <p class="mb-1">Điện thoại: 0227.3831.245 - Fax: 0227.3831.246 - Email: truongchinhtri@thaibinh.gov.vn</p>
  <p class="mb-1">Chịu trách nhiệm chính: TS. Nguyễn Đức Thịnh - Hiệu trưởng</p>
  <p class="mb-0">&copy; 2026 Bản quyền thuộc Trường Chính trị tỉnh Thái Bình. Phát triển bởi Công ty CP Giải pháp phần mềm Sao Việt.</p>
 </div>
</footer>
<script src="/lib/jquery/dist/jquery.min.js"></script>
<script src="/lib/bootstrap/dist/js/bootstrap.bundle.min.js"></script>
<script src="/lib/jquery-ajax-unobtrusive/jquery.unobtrusive-ajax.min.js"></script>
<script src="/lib/lazysizes/lazysizes.min.js" async></script>
<script src="/js/site.js?v={_JS_V}"></script>
</body>
</html>"""
    return _page(page)


def _page(markup: str, status: int = 200) -> Response:
    return html(
        markup,
        status=status,
        headers={
            "Server": "Kestrel",
            "Cache-Control": "no-cache, no-store",
            "Set-Cookie": ".AspNetCore.Antiforgery.Xb1zQ3kRmNo=" + opaque("tct-cookie", 60)
            + "; path=/; samesite=strict; httponly",
        },
    )


def _breadcrumb(*crumbs: tuple[str, str | None], encode_last: bool = True) -> str:
    parts = ['<li class="breadcrumb-item"><a href="/"><i class="bi bi-house"></i> Trang chủ</a></li>']
    for i, (label, href) in enumerate(crumbs):
        last = i == len(crumbs) - 1
        shown = enc(label) if (last and encode_last) else label
        if href and not last:
            parts.append(f'<li class="breadcrumb-item"><a href="{href}">{shown}</a></li>')
        elif href:
            parts.append(f'<li class="breadcrumb-item active" aria-current="page"><a href="{href}">{shown}</a></li>')
        elif last:
            parts.append(f'<li class="breadcrumb-item active" aria-current="page">{shown}</li>')
        else:
            parts.append(f'<li class="breadcrumb-item">{shown}</li>')
    return f'<nav aria-label="breadcrumb" class="tct-bc"><ol class="breadcrumb small">{"".join(parts)}</ol></nav>'


# --- article content (@Html.Raw(Model.NoiDung)) ------------------------------------------------


def _related_box(ids: list[int]) -> str:
    items = "".join(
        f'<li><a href="{article_path(BY_ID[i])}">{enc(BY_ID[i].title)}</a></li>' for i in ids
    )
    return (
        '<div class="tinlq-inline my-3 p-3 bg-light border-start border-4 border-danger">'
        '<p class="mb-1 fw-bold text-uppercase">Tin liên quan</p>'
        f'<ul class="mb-0">{items}</ul></div>'
    )


def _image(img: Img) -> str:
    src = esc(img.src)
    cap = esc(img.printed or "")
    if img.style == "lazy":
        tag = f'<img class="lazyload" src="/images/blank.gif" data-src="{src}" alt="" width="760" height="507">'
        return f'<figure class="image">{tag}<figcaption>{cap}</figcaption></figure>'
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl-anh" '
            'style="width:600px"><tbody><tr><td>'
            f'<img alt="" src="{src}" style="width:600px;height:400px"></td></tr>'
            f'<tr><td style="text-align:center"><em>{cap}</em></td></tr></tbody></table>'
        )
    return f'<figure class="image"><img src="{src}" alt=""><figcaption>{cap}</figcaption></figure>'


def _para(p: P, mode: str) -> str:
    t = esc(p.text)
    if p.style == "h":
        return f"<h3>{t}</h3>"
    if p.style == "b":
        return f'<p style="text-align:justify"><strong>{t}</strong></p>'
    if p.style == "q":
        return f'<blockquote><p><em>{t}</em></p></blockquote>'
    if p.style == "small":
        return f'<p style="font-size:13px"><em>{t}</em></p>'
    if mode == "mso":
        t = t.replace(", ", ",&nbsp;", 1)
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
            'line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New '
            f'Roman&quot;,serif">{t}</span></p>'
        )
    return f'<p style="text-align:justify">{t}</p>'


def render_content(story: Story) -> str:
    mode = story.opts.get("pmode", "")
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            if b.html == "@@RELATED@@":
                out.append(_related_box(story.opts["related"]))
            else:
                out.append(b.html)
        elif isinstance(b, Img):
            out.append(_image(b))
        elif b.style == "br":
            nxt = blocks[i + 1]
            assert isinstance(nxt, P)
            out.append(f'<p style="text-align:justify">{esc(b.text)}<br>{esc(nxt.text)}</p>')
            i += 1
        elif b.style == "tr":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = "".join(f"<td>{esc(c)}</td>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(f'<figure class="table"><table><tbody>{"".join(rows)}</tbody></table></figure>')
            continue
        else:
            out.append(_para(b, mode))
        i += 1
    return "\n".join(out)


def _tts(story: Story) -> str:
    return f"""<div class="tts-bv border rounded p-2 mb-3 d-flex align-items-center" id="tts-player" data-tts-id="{story.id}">
 <span class="fw-semibold me-2"><i class="bi bi-headphones"></i> Nghe đọc bài viết</span>
 <select class="form-select form-select-sm w-auto me-2" id="tts-voice">
  <option value="hn-quynhanh">Giọng nữ miền Bắc</option><option value="hue-xuanvinh">Giọng nam miền Trung</option>
  <option value="hcm-minhquan">Giọng nam miền Nam</option></select>
 <audio controls preload="none" class="flex-grow-1"></audio>
</div>"""


def _byline_html(story: Story) -> str:
    author = story.opts.get("byline", "")
    if "source_link" in story.opts:
        href, label = story.opts["source_link"]
        source = f'<a href="{href}" target="_blank" rel="nofollow">{enc(label)}</a>'
    else:
        source = enc(story.opts.get("source_line", ""))
    return (
        f'<div class="ctbv-tacgia text-end mt-3"><strong>Tác giả:</strong> <span>{enc(author)}</span></div>'
        f'<div class="ctbv-nguon text-end fst-italic">Nguồn: {source}</div>'
    )


def _same_category(story: Story) -> str:
    first_page = listing(story.cat)[:PAGE_SIZE]
    items = "".join(
        f'<li class="py-1 border-bottom"><i class="bi bi-caret-right-fill text-danger"></i> '
        f'<a href="{article_path(s)}">{enc(s.title)}</a> '
        f'<span class="text-muted small">({_stamp(s.opts["printed"]):%d/%m/%Y})</span></li>'
        for s in first_page
        if s.id != story.id
    )
    return (
        '<div class="tcm-box mt-4"><h4 class="tcm-tieude border-bottom border-danger pb-1">'
        f'Tin cùng chuyên mục</h4><ul class="list-unstyled">{items}</ul></div>'
    )


def article_page(request: Request, tokens: _Tokens, story: Story) -> Response:
    cat_name = CATEGORIES[story.cat]
    canonical = article_path(story)
    base = base_url(request)
    printed = story.opts["printed"]
    updated = story.opts.get("updated")
    first_img = story.images[0].src if story.images else "/images/og-default.jpg"
    head = (
        f'<meta name="description" content="{enc(story.summary or story.title)}" />\n'
        f' <meta property="og:type" content="article" />\n'
        f' <meta property="og:title" content="{enc(story.title)}" />\n'
        f' <meta property="og:url" content="{base}{canonical}" />\n'
        f' <meta property="og:image" content="{base}{esc(first_img)}" />\n'
    )
    if updated:
        head += (
            f' <meta property="article:modified_time" '
            f'content="{_stamp(updated):%Y-%m-%dT%H:%M:%S}+07:00" />\n'
        )
    upd = (
        f'<span class="me-3 text-muted fst-italic">Cập nhật: {_stamp(updated):%d/%m/%Y %H:%M}</span>'
        if updated
        else ""
    )
    mod_meta = f'<meta itemprop="dateModified" content="{_invariant(updated)}" />' if updated else ""
    summary = (
        f'<div class="ctbv-tomtat fw-bold mb-3">{enc(story.summary)}</div>'
        if story.summary and story.sapo_outside
        else ""
    )
    share = quote(base + canonical, safe="")
    main = f"""
{_breadcrumb(("Tin tức", None), (cat_name, f"/chuyen-muc/{story.cat}"))}
<article class="ctbv-wrap" id="bv-{story.id}" itemscope itemtype="https://schema.org/NewsArticle">
 <h1 class="ctbv-tieude" itemprop="headline">{enc(story.title)}</h1>
 <div class="ctbv-meta d-flex flex-wrap align-items-center small text-secondary border-bottom pb-2 mb-3">
  <span class="me-3"><i class="bi bi-calendar3"></i> {enc(date_line(printed))}</span>
  <span class="me-3"><i class="bi bi-eye"></i> {_views(story)}</span>
  {upd}
  <meta itemprop="datePublished" content="{_invariant(printed)}" />
  {mod_meta}
  <div class="ms-auto ctbv-congcu">
   <a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" rel="nofollow" title="Chia sẻ Facebook"><i class="bi bi-facebook"></i></a>
   <div class="zalo-share-button d-inline-block" data-href="{base}{canonical}" data-oaid="579745863508352884" data-layout="2" data-color="blue"></div>
   <a href="javascript:window.print()" title="In bài viết"><i class="bi bi-printer"></i></a>
   <a href="javascript:void(0)" class="cc-font" data-size="-1" title="Giảm cỡ chữ">A-</a>
   <a href="javascript:void(0)" class="cc-font" data-size="1" title="Tăng cỡ chữ">A+</a>
  </div>
 </div>
 {summary}
 <div class="ctbv-noidung" id="ndbv" itemprop="articleBody">
  {_tts(story) if story.opts.get("tts") else ""}
  {render_content(story)}
  {_byline_html(story)}
 </div>
 <div class="ctbv-tukhoa small mt-3"><i class="bi bi-tags"></i> Từ khóa: <span class="badge bg-light text-dark">{enc(cat_name)}</span> <span class="badge bg-light text-dark">{enc("Trường Chính trị")}</span></div>
 <div class="bl-form mt-4 p-3 bg-light">
  <h5>Ý kiến bạn đọc</h5>
  <form method="post" action="/binh-luan/gui" data-ajax="true" data-ajax-method="POST" data-ajax-update="#bl-ketqua">
   <input type="hidden" name="BaiVietId" value="{story.id}" />
   <div class="row g-2">
    <div class="col-md-6"><input class="form-control form-control-sm" name="HoTen" placeholder="Họ và tên" data-val="true" data-val-required="Vui lòng nhập họ tên" /></div>
    <div class="col-md-6"><input class="form-control form-control-sm" name="Email" type="email" placeholder="Email" data-val="true" data-val-email="Email không hợp lệ" /></div>
    <div class="col-12"><textarea class="form-control form-control-sm" name="NoiDung" rows="3" placeholder="Nội dung ý kiến" data-val="true" data-val-required="Vui lòng nhập nội dung"></textarea></div>
   </div>
   <button type="submit" class="btn btn-sm btn-danger mt-2">Gửi ý kiến</button>
   <div id="bl-ketqua" class="small mt-2"></div>
   <input name="__RequestVerificationToken" type="hidden" value="{tokens.next()}" />
  </form>
 </div>
 {_same_category(story)}
</article>"""
    return layout(request, tokens, story.title, main, canonical=canonical, head=head,
                  active=f"/chuyen-muc/{story.cat}")


# --- listings ---------------------------------------------------------------------------------


def _pager(page: int, pages: int, slug: str) -> str:
    """X.PagedList.Mvc.Core's pager with EnableUnobtrusiveAjaxReplacing."""
    if pages <= 1:
        return ""

    def link(n: int, label: str, cls: str = "", rel: str = "") -> str:
        rel_attr = f' rel="{rel}"' if rel else ""
        return (
            f'<li class="{cls}page-item"><a class="page-link" href="?page={n}" data-ajax="true" '
            f'data-ajax-method="GET" data-ajax-mode="replace" data-ajax-update="#list" '
            f'data-ajax-url="/chuyen-muc/{slug}/partial?page={n}"{rel_attr}>{label}</a></li>'
        )

    items = []
    if page > 1:
        items.append(link(1, "&laquo;", "PagedList-skipToFirst "))
        items.append(link(page - 1, "&lsaquo;", "PagedList-skipToPrevious ", "prev"))
    for n in range(1, pages + 1):
        if n == page:
            items.append(f'<li class="active page-item"><span class="page-link">{n}</span></li>')
        else:
            items.append(link(n, str(n)))
    if page < pages:
        items.append(link(page + 1, "&rsaquo;", "PagedList-skipToNext ", "next"))
        items.append(link(pages, "&raquo;", "PagedList-skipToLast "))
    return f'<div class="pagination-container"><ul class="pagination pagination-sm justify-content-center">{"".join(items)}</ul></div>'


def list_fragment(slug: str, page: int) -> str:
    stories = listing(slug)
    pages = max(1, -(-len(stories) // PAGE_SIZE))
    chunk = stories[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    if not chunk:
        return '<div class="alert alert-light">Chưa có bài viết trong chuyên mục này.</div>'
    rows = []
    for s in chunk:
        path = article_path(s)
        rows.append(
            f"""<div class="dsbv-item row g-3 border-bottom py-3">
 <div class="col-4"><a href="{path}"><img class="img-fluid rounded" src="{_thumb(s)}" alt="{enc(s.title)}"></a></div>
 <div class="col-8">
  <h3 class="dsbv-td fs-6 fw-bold"><a href="{path}">{enc(s.title)}</a></h3>
  <div class="dsbv-ngay small text-muted"><i class="bi bi-clock"></i> {_stamp(s.opts["printed"]):%d/%m/%Y}</div>
  <p class="dsbv-mota small mb-0">{enc(_lead(s))}</p>
 </div>
</div>"""
        )
    return "\n".join(rows) + _pager(page, pages, slug)


def _page_number(request: Request) -> int:
    raw = request.params.get("page", "1")
    return int(raw) if raw.isdigit() and int(raw) > 0 else 1


def category_page(request: Request, tokens: _Tokens, slug: str) -> Response:
    name = CATEGORIES[slug]
    page = _page_number(request)
    suffix = f" - Trang {page}" if page > 1 else ""
    main = f"""
{_breadcrumb(("Tin tức", None), (name, None))}
<div class="cm-hd border-bottom border-3 border-danger mb-2"><h2 class="fs-5 fw-bold text-danger text-uppercase mb-1">{enc(name)}</h2></div>
<div id="list" class="dsbv-ajax">
{list_fragment(slug, page)}
</div>"""
    return layout(request, tokens, name + suffix, main, canonical=f"/chuyen-muc/{slug}",
                  active=f"/chuyen-muc/{slug}")


def home_page(request: Request, tokens: _Tokens) -> Response:
    featured = [(1293, None), (1291, None), (1284, "stale"), (1288, "stale")]
    slides = []
    side = []
    for n, (sid, kind) in enumerate(featured):
        s = BY_ID[sid]
        path = article_path(s, s.opts["stale"] if kind else None)
        active = " active" if n == 0 else ""
        slides.append(
            f'<div class="carousel-item{active}"><a href="{path}"><img class="d-block w-100" '
            f'src="{_thumb(s).replace("width=320&amp;height=200", "width=760&amp;height=440")}" '
            f'alt="{enc(s.title)}"></a><div class="carousel-caption tnb-cap"><h5><a href="{path}">'
            f"{enc(s.title)}</a></h5></div></div>"
        )
        side.append(f'<li class="border-bottom py-2"><a href="{path}">{enc(s.title)}</a></li>')
    training = "".join(
        f'<li class="py-1"><i class="bi bi-dot"></i><a href="{article_path(s)}">{enc(s.title)}</a> '
        f'<span class="small text-muted">{_stamp(s.opts["printed"]):%d/%m}</span></li>'
        for s in listing("dao-tao-boi-duong")[:PAGE_SIZE]
    )
    research = "".join(
        f'<div class="col-md-4"><div class="card h-100 border-0"><a href="/bai-viet/{s.id}">'
        f'<img class="card-img-top" src="{_thumb(s)}" alt=""></a><div class="card-body p-2">'
        f'<a class="small fw-semibold" href="/bai-viet/{s.id}">{enc(s.title)}</a></div></div></div>'
        for s in listing("nghien-cuu-khoa-hoc")[:PAGE_SIZE]
    )
    activities = "".join(
        f'<li class="py-1"><i class="bi bi-dot"></i><a href="{article_path(s)}">{enc(s.title)}</a></li>'
        for s in listing("hoat-dong-nha-truong")[:PAGE_SIZE]
    )
    main = f"""
<section class="box-tnb mb-4">
 <div class="bx-hd"><span class="bx-tt">TIN NỔI BẬT</span></div>
 <div class="row g-3">
  <div class="col-lg-8"><div id="crsTNB" class="carousel slide" data-bs-ride="carousel">
   <div class="carousel-inner">{"".join(slides)}</div>
   <button class="carousel-control-prev" type="button" data-bs-target="#crsTNB" data-bs-slide="prev"><span class="carousel-control-prev-icon"></span></button>
   <button class="carousel-control-next" type="button" data-bs-target="#crsTNB" data-bs-slide="next"><span class="carousel-control-next-icon"></span></button>
  </div></div>
  <div class="col-lg-4"><ul class="list-unstyled tnb-ds small">{"".join(side)}</ul></div>
 </div>
</section>
<section class="box-tdt mb-4">
 <div class="bx-hd d-flex justify-content-between"><span class="bx-tt">TIN ĐÀO TẠO</span>
  <a class="small" href="/chuyen-muc/dao-tao-boi-duong">Xem thêm <i class="bi bi-chevron-double-right"></i></a></div>
 <ul class="list-unstyled">{training}</ul>
</section>
<section class="box-nckh mb-4">
 <div class="bx-hd d-flex justify-content-between"><span class="bx-tt">NGHIÊN CỨU KHOA HỌC</span>
  <a class="small" href="/chuyen-muc/nghien-cuu-khoa-hoc">Xem thêm <i class="bi bi-chevron-double-right"></i></a></div>
 <div class="row g-2">{research}</div>
</section>
<section class="box-hdnt mb-4">
 <div class="bx-hd d-flex justify-content-between"><span class="bx-tt">HOẠT ĐỘNG NHÀ TRƯỜNG</span>
  <a class="small" href="/chuyen-muc/hoat-dong-nha-truong">Xem thêm <i class="bi bi-chevron-double-right"></i></a></div>
 <ul class="list-unstyled">{activities}</ul>
</section>"""
    head = f'<meta name="description" content="{enc("Cổng thông tin điện tử " + SITE_NAME)}" />'
    return layout(request, tokens, "Trang chủ", main, canonical="/", head=head)


# --- pages that are not articles ------------------------------------------------------------------

_HISTORY = [
    "Trường Chính trị tỉnh Thái Bình có tiền thân là Trường Đảng tỉnh Thái Bình, được thành lập "
    "năm 1949 trong những năm đầu của cuộc kháng chiến chống thực dân Pháp.",
    "Qua các thời kỳ, Trường mang các tên gọi: Trường Đảng tỉnh Thái Bình, Trường Lý luận chính "
    "trị tỉnh, Trường Đào tạo cán bộ Lê Hồng Phong và từ năm 1995 là Trường Chính trị tỉnh Thái "
    "Bình.",
    "Trường đã được Đảng, Nhà nước tặng thưởng Huân chương Độc lập hạng Ba, Huân chương Lao động "
    "hạng Nhất và nhiều phần thưởng cao quý khác.",
]

_ORG = [
    ("Ban Giám hiệu", "TS. Nguyễn Đức Thịnh - Hiệu trưởng; ThS. Phạm Thị Thu Hà - Phó Hiệu trưởng; "
     "TS. Lê Văn Hùng - Phó Hiệu trưởng"),
    ("Các phòng", "Phòng Tổ chức - Hành chính; Phòng Đào tạo; Phòng Quản lý khoa học"),
    ("Các khoa", "Khoa Xây dựng Đảng; Khoa Lý luận cơ sở; Khoa Nhà nước và pháp luật; Khoa Dân vận"),
]


def _static_page(request: Request, tokens: _Tokens, title: str, crumbs, inner: str, active="") -> Response:
    main = f"""
{_breadcrumb(*crumbs)}
<div class="tr-tinh">
 <h1 class="fs-4 fw-bold text-danger">{enc(title)}</h1>
 {inner}
</div>"""
    return layout(request, tokens, title, main, active=active)


def history_page(request: Request, tokens: _Tokens) -> Response:
    inner = "".join(f'<p style="text-align:justify">{esc(t)}</p>' for t in _HISTORY)
    return _static_page(request, tokens, "Lịch sử phát triển",
                        [("Giới thiệu", None), ("Lịch sử phát triển", None)], inner)


def org_page(request: Request, tokens: _Tokens) -> Response:
    rows = "".join(f"<tr><th>{esc(a)}</th><td>{esc(b)}</td></tr>" for a, b in _ORG)
    inner = f'<table class="table table-bordered small"><tbody>{rows}</tbody></table>'
    return _static_page(request, tokens, "Cơ cấu tổ chức",
                        [("Giới thiệu", None), ("Cơ cấu tổ chức", None)], inner)


def contact_page(request: Request, tokens: _Tokens) -> Response:
    inner = f"""
<p><b>TRƯỜNG CHÍNH TRỊ TỈNH THÁI BÌNH</b><br>Địa chỉ: Số 8 đường Trần Thủ Độ, phường Tiền Phong, tỉnh Thái Bình<br>
Điện thoại: 0227.3831.245 - Email: truongchinhtri@thaibinh.gov.vn</p>
<form method="post" action="/lien-he" class="row g-2">
 <div class="col-md-6"><input class="form-control" name="HoTen" placeholder="Họ và tên (*)" data-val="true" data-val-required="Vui lòng nhập họ tên"></div>
 <div class="col-md-6"><input class="form-control" name="DienThoai" placeholder="Điện thoại"></div>
 <div class="col-12"><input class="form-control" name="TieuDe" placeholder="Tiêu đề (*)"></div>
 <div class="col-12"><textarea class="form-control" name="NoiDung" rows="5" placeholder="Nội dung (*)"></textarea></div>
 <div class="col-12"><button class="btn btn-danger" type="submit">Gửi liên hệ</button></div>
 <input name="__RequestVerificationToken" type="hidden" value="{tokens.next()}" />
</form>"""
    return _static_page(request, tokens, "Liên hệ", [("Liên hệ", None)], inner, active="/lien-he")


def cookie_page(request: Request, tokens: _Tokens) -> Response:
    inner = (
        '<p style="text-align:justify">Website của Trường Chính trị tỉnh Thái Bình sử dụng cookie '
        "kỹ thuật (.AspNet.Consent, .AspNetCore.Antiforgery) để bảo đảm an toàn khi gửi biểu mẫu và "
        "cookie thống kê để đếm lượt truy cập. Nhà trường không dùng cookie cho mục đích quảng cáo.</p>"
        '<p style="text-align:justify">Bạn có thể xóa cookie bất cứ lúc nào trong phần cài đặt của '
        "trình duyệt.</p>"
    )
    return _static_page(request, tokens, "Chính sách sử dụng cookie",
                        [("Chính sách sử dụng cookie", None)], inner)


DOCUMENT = {
    "id": 112,
    "number": "163-QĐ/TCT",
    "title": "Quyết định ban hành Quy chế đào tạo trung cấp lý luận chính trị",
    "date": "18/11/2026",
    "file": "quyet-dinh-163-qd-tct.pdf",
}


def documents_page(request: Request, tokens: _Tokens) -> Response:
    d = DOCUMENT
    inner = f"""
<table class="table table-sm table-striped small"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead>
<tbody><tr><td>{d["number"]}</td><td>{d["date"]}</td><td><a href="/van-ban/chi-tiet/{d["id"]}">{enc(d["title"])}</a></td></tr></tbody></table>"""
    return _static_page(request, tokens, "Văn bản", [("Văn bản", None)], inner, active="/van-ban")


def document_page(request: Request, tokens: _Tokens) -> Response:
    d = DOCUMENT
    inner = f"""
<div class="ctbv-meta small text-secondary mb-3"><i class="bi bi-calendar3"></i> {enc("Thứ Tư")}, {d["date"]} - 10:00</div>
<table class="table table-bordered small"><tbody>
 <tr><th style="width:30%">Số/Ký hiệu</th><td>{d["number"]}</td></tr>
 <tr><th>Ngày ban hành</th><td>{d["date"]}</td></tr>
 <tr><th>Loại văn bản</th><td>Quyết định</td></tr>
 <tr><th>Cơ quan ban hành</th><td>Trường Chính trị tỉnh Thái Bình</td></tr>
 <tr><th>Người ký</th><td>Nguyễn Đức Thịnh</td></tr>
 <tr><th>Trích yếu</th><td>{enc(d["title"])}</td></tr>
 <tr><th>Tệp đính kèm</th><td><a href="/tai-lieu/{d["id"]}/{d["file"]}"><i class="bi bi-file-earmark-pdf"></i> {d["file"]}</a></td></tr>
</tbody></table>"""
    return _static_page(request, tokens, d["title"], [("Văn bản", "/van-ban"), (d["title"], None)],
                        inner, active="/van-ban")


ALBUM_SLUG = "le-be-giang-lop-tccl-k44"


def albums_page(request: Request, tokens: _Tokens) -> Response:
    inner = (
        f'<div class="row"><div class="col-md-4"><a href="/thu-vien-anh/{ALBUM_SLUG}">'
        '<img class="img-fluid" src="/media/2026/12/album-k44-01.jpg?width=320" alt=""></a>'
        f'<p class="small"><a href="/thu-vien-anh/{ALBUM_SLUG}">{enc("Lễ bế giảng lớp TCCL K44")}</a></p>'
        "</div></div>"
    )
    return _static_page(request, tokens, "Thư viện ảnh", [("Thư viện ảnh", None)], inner,
                        active="/thu-vien-anh")


def album_page(request: Request, tokens: _Tokens) -> Response:
    pics = "".join(
        f'<div class="col-md-4"><a href="/media/2026/12/album-k44-0{n}.jpg" data-fancybox="gallery">'
        f'<img class="img-fluid mb-2" src="/media/2026/12/album-k44-0{n}.jpg?width=320" alt="Ảnh {n}"></a></div>'
        for n in range(1, 5)
    )
    inner = f'<p class="small text-muted">04/12/2026 - 4 ảnh</p><div class="row">{pics}</div>'
    return _static_page(request, tokens, "Lễ bế giảng lớp TCCL K44",
                        [("Thư viện ảnh", "/thu-vien-anh"), ("Lễ bế giảng lớp TCCL K44", None)],
                        inner, active="/thu-vien-anh")


def search_page(request: Request, tokens: _Tokens) -> Response:
    q = request.params.get("tu-khoa", "").strip()
    if not q:
        inner = '<p class="text-muted">Vui lòng nhập từ khóa tìm kiếm.</p>'
    else:
        hits = [s for s in STORIES if q.lower() in s.title.lower()][:10]
        rows = "".join(f'<li><a href="{article_path(s)}">{enc(s.title)}</a></li>' for s in hits)
        inner = (f'<p>Tìm thấy {len(hits)} kết quả cho từ khóa “{enc(q)}”</p>'
                 f'<ul>{rows}</ul>')
    return _static_page(request, tokens, "Tìm kiếm", [("Tìm kiếm", None)], inner)


def thanks_page(request: Request, tokens: _Tokens, what: str) -> Response:
    return _static_page(request, tokens, "Thông báo", [("Thông báo", None)],
                        f'<div class="alert alert-success">{enc(what)}</div>')


ATTACHMENTS = {
    5517: "ke-hoach-45-kh-tct.pdf",
    5521: "ky-yeu-hoi-thao-2026.pdf",
    DOCUMENT["id"]: DOCUMENT["file"],
}

_ARTICLE = re.compile(r"^/bai-viet/(?:(?P<slug>[a-z0-9-]+)-)?(?P<id>\d+)$", re.IGNORECASE)
_CATEGORY = re.compile(r"^/chuyen-muc/(?P<slug>[a-z0-9-]+)(?P<partial>/partial)?$")
_ATTACH = re.compile(r"^/tai-lieu/(?P<id>\d+)/(?P<file>[a-z0-9.-]+)$")


class Site:
    """The portal: routes as ASP.NET Core endpoint routing would map them."""

    def __init__(self) -> None:
        self.tokens = _Tokens()

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method == "POST":
            return self._post(request)
        if path.startswith(("/media/", "/images/", "/lib/", "/css/", "/js/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            return home_page(request, self.tokens)
        m = _ARTICLE.match(path)
        if m:
            story = BY_ID.get(int(m.group("id")))
            if story is None:
                return None
            if m.group("slug") is None:
                return redirect(article_path(story), status=301)
            return article_page(request, self.tokens, story)
        m = _CATEGORY.match(path)
        if m and m.group("slug") in CATEGORIES:
            slug = m.group("slug")
            if m.group("partial"):
                return _page(list_fragment(slug, _page_number(request)))
            return category_page(request, self.tokens, slug)
        m = _ATTACH.match(path)
        if m and ATTACHMENTS.get(int(m.group("id"))) == m.group("file"):
            return Response(200, PDF, {
                "Content-Type": "application/pdf",
                "Content-Disposition": f'inline; filename="{m.group("file")}"',
            })
        pages = {
            "/gioi-thieu/lich-su-phat-trien": history_page,
            "/gioi-thieu/co-cau-to-chuc": org_page,
            "/lien-he": contact_page,
            "/chinh-sach-cookie": cookie_page,
            "/van-ban": documents_page,
            f"/van-ban/chi-tiet/{DOCUMENT['id']}": document_page,
            "/thu-vien-anh": albums_page,
            f"/thu-vien-anh/{ALBUM_SLUG}": album_page,
            "/tim-kiem": search_page,
        }
        handler = pages.get(path)
        return handler(request, self.tokens) if handler else None

    def _post(self, request: Request) -> Response | None:
        targets = {
            "/binh-chon": "Cảm ơn bạn đã tham gia bình chọn.",
            "/binh-luan/gui": "Ý kiến của bạn đã được gửi và đang chờ duyệt.",
            "/lien-he": "Cảm ơn bạn đã gửi liên hệ. Nhà trường sẽ phản hồi sớm.",
        }
        if request.path not in targets:
            return None
        token = request.form.get("__RequestVerificationToken", "")
        if not token.startswith("CfDJ8"):
            # the antiforgery filter's answer: a bare 400, no page
            return Response(400, b"", {"Server": "Kestrel"})
        return thanks_page(request, self.tokens, targets[request.path])


def build_site() -> Site:
    return Site()


# --- gold -------------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    path = article_path(story)
    alt = [article_path(story, story.opts["stale"])] if "stale" in story.opts else []
    return gold_record(story, path, CATEGORIES[story.cat], canonical_path=path, alt_paths=alt)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/lich-su-phat-trien",
    "/gioi-thieu/co-cau-to-chuc",
    "/lien-he",
    "/chinh-sach-cookie",
    f"/van-ban/chi-tiet/{DOCUMENT['id']}",
    f"/thu-vien-anh/{ALBUM_SLUG}",
]

#: the articles that only page 2 of a listing links to (from a page reached without a pager link)
PAGE_TWO_ONLY = [1263, 1249, 1270, 1255]
