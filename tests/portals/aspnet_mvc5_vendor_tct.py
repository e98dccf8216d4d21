"""Trường Chính trị tỉnh Sóc Trăng on an ASP.NET MVC 5 vendor "Cổng thông tin điện tử" (blind).

Platform
--------
A Vietnamese vendor's portal product built on ASP.NET MVC 5 (.NET Framework 4.x on IIS): Razor
views with a ``_Layout.cshtml`` in Bootstrap 3 (navbar with drop-downs, ``col-md-8``/``col-md-4``,
``glyphicon`` icons, ``visible-print-block``), bundles ``/bundles/jquery?v=…``, an anti-forgery
``__RequestVerificationToken`` in every form, ``X-AspNetMvc-Version: 5.2`` headers, an
``ASP.NET_SessionId`` cookie, listings paged by PagedList.Mvc (``pagination-container`` /
``PagedList-skipToFirst`` … with the vendor's "« ‹ 1 2 3 › »" link formats), the text typed in
TinyMCE (justified ``<p>``, Word pastes with ``MsoNormal`` spans, image-and-caption tables) and an
RSS feed per category written by ``System.ServiceModel.Syndication`` (Rss20FeedFormatter).

URL scheme
----------
- ``/``: home: carousel "Tin nổi bật", "Tin mới", one block per category, sidebar.
- ``/tin-tuc/<cat-slug>-c<id>`` and ``?page=<n>``: a category listing, 3 items a page.
- ``/tin-tuc/<slug>-a<id>.html``: an article (routed on the id alone: the slug is not checked).
- ``/rss/<cat-slug>``: the RSS 2.0 feed of a category.
- The MVC default route ``{controller}/{action}/{id}`` is still registered: ``/TinTuc/ChiTiet/<id>``
  serves an article, ``/TinTuc/DanhMuc/<id>`` a listing (routes are case-insensitive).
- ``/trang/<slug>-p<id>`` static pages, ``/lien-he``, ``/van-ban`` and ``/van-ban/chi-tiet/<id>``,
  ``/thu-vien-anh/<slug>-al<id>``, ``/video/<slug>-vd<id>``, ``/tu-khoa/<slug>`` (tag listings),
  ``/tim-kiem?tukhoa=`` (search, GET form), ``/BinhChon/BieuQuyet`` (poll, POST form).

Page templates
--------------
Layout: top bar with "Thứ Bảy, 05/12/2026", banner, ``navbar-tct`` menu (Giới thiệu ▾, Tin tức ▾,
Văn bản, Thư viện ▾, Liên hệ), a "Thông báo" ``<marquee>``, sidebar portlets ``mod_<n>`` (search,
"Văn bản mới", "Đọc nhiều", "Liên kết website" ``<select>``, poll, "Thống kê truy cập"), footer.
Listing: ``div.khung-dm`` > ``div.tin-item`` rows (thumbnail through ``/Thumbnail.ashx``, ``h4.tin-tit``
link, ``p.tin-ngay`` date, ``p.tin-mota`` lead) and the PagedList pager.
Article: ``ol.breadcrumb.bc-tct``, ``div.ct-baiviet#ctl_baiviet_<id>`` > ``h1.ct-tieude``,
``div.ct-thongtin`` (meta line: update date, date, "Tác giả", "Người đăng", "Lượt xem", tools),
``div.ct-tomtat`` (lead, bold), ``div.ct-noidung#noidung-chitiet`` (TinyMCE text + print block),
``div.ct-tukhoa`` (tags), ``div.ct-chiase`` (Facebook/Zalo), ``div.ct-binhluan`` (comments and
form), ``div.ct-tinkhac`` ("Tin khác": the three newest other articles of the category).

How each gold article is reached
--------------------------------
Categories (3 a page, newest first):
- "Tin tức - Sự kiện" ``/tin-tuc/tin-tuc-su-kien-c1``: p1 1921, 1917, 1912; p2 1905, 1898, 1890;
  p3 1884.
- "Đào tạo - Bồi dưỡng" ``/tin-tuc/dao-tao-boi-duong-c2``: p1 1919, 1914, 1909; p2 1896.
- "Nghiên cứu - Trao đổi" ``/tin-tuc/nghien-cuu-trao-doi-c5``: 1915, 1887 (one page, no pager).
The home page links 1921, 1919, 1917, 1915, 1912 ("Tin mới"), two per category block (adding
1914, 1887), the carousel (1921, 1917, 1912 through ``/TinTuc/ChiTiet/<id>``), the marquee (1914)
and "Đọc nhiều" (1912, 1909, 1921, 1915, on every page). "Tin khác" lists add 1905 and 1896.
Each feed lists its category's four newest articles (``Take(4)``). 1898, 1890 and 1884 are linked
from pages 2 and 3 of "Tin tức - Sự kiện" only.

Traps
-----
1. Default route and ignored slugs (duplicates). Every article also answers at
   ``/TinTuc/ChiTiet/<id>`` (the carousel links that form) and at any ``<anything>-a<id>.html``.
   The "Tin khác" partial is rendered by an older slug helper that decomposes the title and drops
   what is not ASCII, so "Đảng"/"đồng" lose their "đ" (``ang-bo-truong-…``, ``…-ong-bao-…``): the
   same article is linked under two slugs. Gold: ``path`` = ``canonical_path`` = the current slug
   (the page's ``rel=canonical``); ``alt_paths`` = every other linked form (ChiTiet, old slug).
2. Double-encoded titles (novel). Titles are stored HTML-encoded (``&quot;``); the ``<h1>`` prints
   them with ``Html.Raw`` and reads right, but ``<title>``, ``og:title``, the breadcrumb's last
   crumb and every list (listing, "Tin khác", "Đọc nhiều", RSS) encode them a second time and read
   ``Hội thảo khoa học &quot;Nâng cao…&quot;``. Gold: the title as the ``<h1>`` shows it, with
   real quotation marks.
3. The vi-VN 12-hour clock (novel). The meta line is ``DateTime.ToString()`` in the vi-VN culture
   of .NET Framework: "27/11/2026 12:20:00 CH" (CH = chiều, after noon; SA = sáng). Gold: "4/12 …
   2:30:00 CH" -> 14:30, "12:20:00 CH" -> 12:20 (noon, not midnight), "7:45:00 SA" -> 07:45,
   "10/11/2026 12:00:00 SA" (midnight) -> the day alone "2026-11-10".
4. Listing dates are another date in another culture (novel). Listings, the home page and "Tin
   khác" print the record's creation date (``NgayTao``) formatted by the server's en-US culture,
   "M/d/yyyy" ("11/9/2026" is 9 November; "12/3/2026" is 3 December), one or two days before the
   publication date for some articles; the inline view-counter script carries the same creation
   date as ``"\\/Date(ms)\\/"`` (JavaScriptSerializer). RSS ``pubDate`` prints the local clock with a
   zero offset ("Fri, 04 Dec 2026 14:30:00 Z", seven hours off). Gold: the article page's meta line
   (trap 3), never the listing, script or feed.
5. The lead printed twice (novel). The vendor prints "Tóm tắt" in ``div.ct-tomtat``; in 1919 the
   editor also pasted the same lead as the first paragraph of the TinyMCE text. Gold: ``summary`` =
   the lead; the body starts with it once.
6. Caption tables against data tables (novel). TinyMCE photos sit in a two-row ``table.tbl-anh``
   (the image, then an ``<em>`` caption cell): gold caption = that cell, not a body paragraph. 1909
   also has a real results table: its rows are body paragraphs, cells joined by " | ".
7. A print-only block inside the text's container (novel). The detail view appends
   ``<div class="visible-print-block">`` to ``#noidung-chitiet`` (hidden on screen by Bootstrap 3):
   "Nguồn: http://…/tin-tuc/…-a<id>.html" and "Ngày in: 05/12/2026". Gold: not body; it is not a
   source line (``source`` stays null unless the text closes with its own "Nguồn:").
8. Relative TinyMCE image URLs (novel). 1919's photos were inserted with TinyMCE's default
   ``relative_urls``: ``src="../Uploads/images/…"``. Gold: resolved against the article's URL
   (``/tin-tuc/<slug>-a1919.html`` -> ``/Uploads/images/…``).
9. Meta-line clutter and bylines. "Cập nhật lần cuối: …" is printed before the publication date
   (1917, 1909); "Người đăng: admin_tct" is a CMS account (nobody); the real author is the meta
   line's "Tác giả:" (degrees dropped: "ThS. Trần Thị Mỹ Duyên" -> "Trần Thị Mỹ Duyên"; two names
   -> two authors), or a right-aligned line closing the text ("CN. Sơn Thị Ngọc Hân - Khoa Xây
   dựng Đảng" -> "Sơn Thị Ngọc Hân"; a unit alone, "Phòng Tổ chức - Hành chính", is the author;
   "Tin, ảnh: X" -> X both; "Tin: X - Ảnh: Y" -> [X], [Y]); "Nguồn: Báo Sóc Trăng" -> source.
10. Widgets inside the text (boundaries). 1915 has an editor-inserted "Tin liên quan" box in the
   middle of the text (``div.tlq-inline``) and Word footnotes (``_ftnref``) whose calls "[1]" stay in
   their sentences and whose notes ("Tài liệu tham khảo" and entries) are body; every article is
   followed by tags, share buttons, comments with readers' names and dates, and "Tin khác".
11. An official notice (1914): letterhead table (TỈNH ỦY SÓC TRĂNG / TRƯỜNG CHÍNH TRỊ | ĐẢNG CỘNG
   SẢN VIỆT NAM, "Số: 412-TB/TCT", "Sóc Trăng, ngày 25 tháng 11 năm 2026"), "THÔNG BÁO" and its
   subject, then "Nơi nhận" and "K/T HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG / (Đã ký) / Lý Thị Hồng Vân"
   and an attachment line. Gold: the letterhead's day "2026-11-25" (the meta line says 26/11), the
   signer as author, none of the document's frame in the body.

Gold decisions on ambiguous points
----------------------------------
- A bold ``div.ct-tomtat`` is the sapo (``summary``, first body paragraph); a bold first paragraph
  of the text (1917, 1909) is one too; articles without either have ``summary`` null.
- The print-only block, the inline scripts, the "Tin liên quan" box, tags, comments and "Tin khác"
  are never body; a caption cell is a caption only.
- A photo line "Ảnh: Minh Khoa" only credits: caption None, "Minh Khoa" a photographer.
- 1914 has no lead element: ``summary`` null; its body is the notice's text between the subject
  and "Nơi nhận".
- ``category`` is the breadcrumb's section (the menu parent "Tin tức" is a drop-down only).
- ``alt_paths`` list the variants the site links (ChiTiet, old slug); the countless unlinked slug
  variants are not listed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

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

NAME = "aspnet_mvc5_vendor_tct"
PLATFORM = "ASP.NET MVC 5 vendor portal (Razor, Bootstrap 3, PagedList.Mvc, TinyMCE)"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Sóc Trăng"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 3
#: the feed's ``Take(4)``: the older articles of a category are in no feed
RSS_ITEMS = 4


@dataclass(frozen=True)
class Cat:
    id: int
    slug: str
    name: str


CATS = [
    Cat(1, "tin-tuc-su-kien", "Tin tức - Sự kiện"),
    Cat(2, "dao-tao-boi-duong", "Đào tạo - Bồi dưỡng"),
    Cat(5, "nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi"),
]
CAT_BY_ID = {c.id: c for c in CATS}
CAT_BY_SLUG = {c.slug: c for c in CATS}

TAGS = {
    "hoi-thao-khoa-hoc": "Hội thảo khoa học",
    "boi-duong-can-bo": "Bồi dưỡng cán bộ",
    "cong-tac-dang": "Công tác Đảng",
}


def _slug(title: str, old: bool = False) -> str:
    """The current slug helper maps đ to d; the old one (still used by "Tin khác") drops it."""
    s = title if old else title.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = s.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def _story(sid: int, title: str, cat: int, published_at: str | None, blocks: list, **kw) -> Story:
    return Story(id=sid, slug=_slug(title), title=title, cat=str(cat), published_at=published_at,
                 blocks=blocks, **kw)


def _sign(line: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{esc(line)}</{tag}></p>')


SPACER = Raw("<p>&nbsp;</p>")

# --- the articles -----------------------------------------------------------------------------

S1921 = _story(
    1921,
    "Trường Chính trị tỉnh Sóc Trăng tổng kết công tác năm 2026, triển khai nhiệm vụ năm 2027",
    1,
    "2026-12-04T14:30:00+07:00",
    [
        Img("/Uploads/images/2026/12/04/tong-ket-2026-01.jpg",
            "Quang cảnh Hội nghị tổng kết công tác năm 2026 của Trường Chính trị tỉnh Sóc Trăng.",
            "Quang cảnh Hội nghị tổng kết công tác năm 2026 của Trường Chính trị tỉnh Sóc Trăng.",
            "fig"),
        P("Năm 2026, trong điều kiện vừa triển khai nhiệm vụ chính trị thường xuyên vừa thực hiện "
          "việc sắp xếp, kiện toàn tổ chức bộ máy, tập thể cán bộ, giảng viên, viên chức nhà trường "
          "đã đoàn kết, nỗ lực hoàn thành toàn diện các chỉ tiêu được giao. Trong năm, nhà trường "
          "tổ chức đào tạo, bồi dưỡng 47 lớp với 3.215 lượt học viên, đạt 108% kế hoạch."),
        P("Công tác nghiên cứu khoa học tiếp tục được quan tâm. Nhà trường chủ trì 01 đề tài khoa "
          "học cấp tỉnh, nghiệm thu 06 đề tài cấp cơ sở, tổ chức thành công 02 hội thảo khoa học và "
          "01 tọa đàm; 100% giảng viên đi thực tế tại cơ sở theo kế hoạch, gắn nội dung bài giảng "
          "với tình hình thực tiễn của địa phương."),
        P("Công tác xây dựng Đảng, xây dựng cơ quan văn hóa được chú trọng; Đảng bộ nhà trường "
          "được xếp loại hoàn thành tốt nhiệm vụ, các đoàn thể đều hoàn thành xuất sắc nhiệm vụ. Đời "
          "sống vật chất, tinh thần của cán bộ, viên chức từng bước được nâng lên."),
        P("Phát biểu chỉ đạo tại hội nghị, đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy "
          "ghi nhận, biểu dương những kết quả nhà trường đạt được trong năm. Đồng chí đề nghị năm "
          "2027 nhà trường tiếp tục đổi mới nội dung, phương pháp giảng dạy theo hướng phát huy tính "
          "chủ động của người học, nâng cao chất lượng đội ngũ giảng viên và đẩy mạnh chuyển đổi số "
          "trong quản lý đào tạo."),
        Img("/Uploads/images/2026/12/04/tong-ket-2026-02.jpg",
            "Đồng chí Hiệu trưởng trao Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc "
            "năm 2026.",
            "Đồng chí Hiệu trưởng trao Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc "
            "năm 2026.",
            "fig"),
        P("Dịp này, Hiệu trưởng nhà trường tặng Giấy khen cho 04 tập thể và 17 cá nhân có thành "
          "tích xuất sắc trong thực hiện nhiệm vụ năm 2026; các đơn vị trực thuộc ký kết giao ước "
          "thi đua năm 2027."),
        _sign("Tin, ảnh: Minh Khoa"),
    ],
    authors=["Minh Khoa"],
    photographers=["Minh Khoa"],
    summary="Chiều ngày 04/12, Trường Chính trị tỉnh Sóc Trăng tổ chức Hội nghị tổng kết công tác "
            "năm 2026, triển khai phương hướng, nhiệm vụ năm 2027. Dự và chỉ đạo hội nghị có lãnh "
            "đạo Ban Tuyên giáo và Dân vận Tỉnh ủy.",
    sapo_outside=True,
    opts={"ngay": "04/12/2026 2:30:00 CH", "created": (2026, 12, 4, 16, 2), "nguoidang": "admin_tct",
          "tags": ["cong-tac-dang"],
          "comments": [("Trần Văn Út", "04/12/2026 8:15:00 CH",
                        "Chúc mừng thầy cô nhà trường đã hoàn thành tốt nhiệm vụ năm 2026!")]},
)

S1917 = _story(
    1917,
    "Đảng bộ Trường Chính trị tỉnh Sóc Trăng học tập, quán triệt các nghị quyết, chỉ thị mới "
    "của Đảng",
    1,
    "2026-12-02T08:00:00+07:00",
    [
        P("Sáng ngày 02/12, Đảng bộ Trường Chính trị tỉnh Sóc Trăng tổ chức hội nghị học tập, quán "
          "triệt, triển khai thực hiện các nghị quyết, chỉ thị, quy định mới của Trung ương và của "
          "Tỉnh ủy cho toàn thể cán bộ, đảng viên trong Đảng bộ.", "b"),
        P("Tại hội nghị, các đồng chí báo cáo viên đã truyền đạt những nội dung cơ bản, cốt lõi của "
          "các chuyên đề sau:"),
        P("Chuyên đề 1: Những điểm mới trong Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của "
          "Đảng về công tác giáo dục lý luận chính trị;", "li"),
        P("Chuyên đề 2: Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết Đại hội đại biểu "
          "Đảng bộ tỉnh nhiệm kỳ 2025 - 2030;", "li"),
        P("Chuyên đề 3: Các quy định mới về công tác kiểm tra, giám sát và kỷ luật của Đảng.", "li"),
        Img("/Uploads/images/2026/12/02/hoc-tap-nghi-quyet.jpg", "Ảnh: Thanh Tâm", None, "credit"),
        P("Hội nghị được tổ chức theo hình thức trực tiếp, kết hợp thảo luận theo tổ. Sau hội nghị, "
          "mỗi đảng viên viết bài thu hoạch và xây dựng kế hoạch cá nhân về thực hiện nghị quyết, "
          "gắn với nhiệm vụ chuyên môn được giao."),
        P("Đồng chí Bí thư Đảng ủy nhà trường yêu cầu các chi bộ sớm cụ thể hóa nội dung nghị quyết "
          "vào chương trình, kế hoạch công tác năm 2027; đưa nội dung mới vào bài giảng một cách "
          "kịp thời, chính xác."),
        _sign("Thanh Tâm"),
    ],
    authors=["Thanh Tâm"],
    photographers=["Thanh Tâm"],
    summary="Sáng ngày 02/12, Đảng bộ Trường Chính trị tỉnh Sóc Trăng tổ chức hội nghị học tập, "
            "quán triệt, triển khai thực hiện các nghị quyết, chỉ thị, quy định mới của Trung ương "
            "và của Tỉnh ủy cho toàn thể cán bộ, đảng viên trong Đảng bộ.",
    opts={"ngay": "02/12/2026 8:00:00 SA", "capnhat": "03/12/2026 4:12:45 CH",
          "created": (2026, 12, 1, 17, 40), "nguoidang": "admin_tct", "tags": ["cong-tac-dang"]},
)

S1912 = _story(
    1912,
    'Hội thảo khoa học "Nâng cao chất lượng giảng dạy lý luận chính trị gắn với thực tiễn '
    'địa phương"',
    1,
    "2026-11-27T12:20:00+07:00",
    [
        P("Phát biểu khai mạc, đồng chí Phó Hiệu trưởng phụ trách đào tạo nhấn mạnh: giảng dạy lý "
          "luận chính trị không chỉ truyền đạt đúng, đủ nội dung chương trình mà còn phải giúp "
          "người học vận dụng được vào công việc thực tế ở cơ quan, đơn vị, địa phương."),
        Img("/Uploads/images/2026/11/27/hoi-thao-01.jpg",
            "Các đại biểu chủ trì hội thảo.", "Các đại biểu chủ trì hội thảo.", "table"),
        P("Các tham luận tập trung làm rõ thực trạng việc gắn lý luận với thực tiễn trong bài "
          "giảng; kinh nghiệm sử dụng tình huống, số liệu của tỉnh trong giảng dạy các học phần "
          "kinh tế, xây dựng Đảng, quản lý hành chính nhà nước; vai trò của việc đi thực tế của "
          "giảng viên."),
        P("Nhiều ý kiến đề xuất xây dựng ngân hàng tình huống từ thực tiễn Sóc Trăng, nhất là các "
          "vấn đề về chuyển đổi cơ cấu cây trồng, vật nuôi vùng ven biển, công tác dân tộc, tôn "
          "giáo trong vùng đồng bào Khmer, để giảng viên dùng chung."),
        Img("/Uploads/images/2026/11/27/hoi-thao-02.jpg",
            "ThS. Lâm Văn Tài, Trưởng khoa Lý luận cơ sở trình bày tham luận tại hội thảo.",
            "ThS. Lâm Văn Tài, Trưởng khoa Lý luận cơ sở trình bày tham luận tại hội thảo.",
            "table"),
        P("Kết luận hội thảo, đồng chí Hiệu trưởng đề nghị các khoa tiếp thu các ý kiến, hoàn "
          "thiện đề cương bài giảng trước học kỳ mới; Phòng Quản lý đào tạo và nghiên cứu khoa học "
          "tổng hợp, biên tập các tham luận thành kỷ yếu để phục vụ công tác giảng dạy."),
        _sign("Tin: Lâm Thị Sóc Kha - Ảnh: Quốc Huy", "em"),
    ],
    authors=["Lâm Thị Sóc Kha"],
    photographers=["Quốc Huy"],
    summary='Ngày 27/11, Trường Chính trị tỉnh Sóc Trăng tổ chức Hội thảo khoa học cấp trường với '
            'chủ đề "Nâng cao chất lượng giảng dạy lý luận chính trị gắn với thực tiễn địa phương". '
            'Hội thảo nhận được 26 bài tham luận của giảng viên nhà trường và một số sở, ngành trong '
            'tỉnh.',
    sapo_outside=True,
    opts={"ngay": "27/11/2026 12:20:00 CH", "created": (2026, 11, 25, 9, 5), "nguoidang": "bbt_tct",
          "tags": ["hoi-thao-khoa-hoc"]},
)

S1905 = _story(
    1905,
    "Trường Chính trị tỉnh Sóc Trăng họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
    "(20/11/1982 - 20/11/2026)",
    1,
    "2026-11-19T09:30:00+07:00",
    [
        P("Sáng ngày 19/11, Trường Chính trị tỉnh Sóc Trăng tổ chức họp mặt kỷ niệm 44 năm Ngày "
          "Nhà giáo Việt Nam. Đến dự có các đồng chí nguyên lãnh đạo nhà trường qua các thời kỳ, "
          "các thế hệ nhà giáo đã nghỉ hưu cùng toàn thể cán bộ, giảng viên, viên chức.", "w"),
        P("Ôn lại truyền thống, đồng chí Hiệu trưởng khẳng định, trải qua nhiều giai đoạn phát "
          "triển, đội ngũ nhà giáo của trường luôn vững vàng về chính trị, tận tụy với nghề, góp "
          "phần đào tạo hàng chục nghìn cán bộ cho hệ thống chính trị của tỉnh.", "w"),
        Img("/Uploads/images/2026/11/19/hop-mat-20-11.jpg", "Ảnh: Minh Khoa", None, "credit"),
        P("Tại buổi họp mặt, đại diện giảng viên trẻ bày tỏ lòng biết ơn các thế hệ thầy cô đi "
          "trước và đọc tặng mấy vần thơ:", "w"),
        P("Thầy cô gieo chữ giữa đời thường,"),
        P("Lặng lẽ như sông chở phù sa.", "br"),
        P("Dịp này, Công đoàn cơ sở trao quà cho các nhà giáo đã nghỉ hưu và tuyên dương 09 giảng "
          "viên có nhiều đóng góp trong công tác giảng dạy, nghiên cứu khoa học năm học qua.", "w"),
        _sign("Phòng Tổ chức - Hành chính", "em"),
    ],
    authors=["Phòng Tổ chức - Hành chính"],
    photographers=["Minh Khoa"],
    opts={"ngay": "19/11/2026 9:30:00 SA", "created": (2026, 11, 19, 11, 20), "nguoidang": "admin_tct"},
)

S1898 = _story(
    1898,
    "Đoàn công tác Trường Chính trị tỉnh thăm, tặng quà học viên có hoàn cảnh khó khăn",
    1,
    "2026-11-12T15:45:00+07:00",
    [
        P("Đoàn đã đến thăm, tặng 25 phần quà cho học viên các lớp Trung cấp lý luận chính trị - "
          "hành chính đang công tác tại các ấp, khóm vùng sâu, mỗi phần quà trị giá 1.000.000 đồng, "
          "gồm tiền mặt và nhu yếu phẩm."),
        Img("/Uploads/images/2026/11/12/tham-hoc-vien.jpg",
            "Lãnh đạo nhà trường trao quà cho học viên Thạch Thị Sà Nết, ấp Tổng Cáng.",
            "Lãnh đạo nhà trường trao quà cho học viên Thạch Thị Sà Nết, ấp Tổng Cáng.", "fig"),
        P("Thăm hỏi gia đình học viên, đồng chí Phó Hiệu trưởng động viên các học viên khắc phục "
          "khó khăn, sắp xếp thời gian hợp lý để vừa hoàn thành nhiệm vụ ở cơ sở vừa học tập đạt "
          "kết quả tốt."),
        P("Được biết, nguồn kinh phí tặng quà do cán bộ, giảng viên, viên chức nhà trường đóng góp "
          "và vận động các nhà hảo tâm hỗ trợ. Đây là hoạt động được nhà trường duy trì nhiều năm "
          "qua, thể hiện tinh thần tương thân tương ái."),
        _sign("Sơn Nghĩa"),
        Raw('<p style="text-align: right;"><em>Nguồn: Báo Sóc Trăng</em></p>'),
    ],
    authors=["Sơn Nghĩa"],
    source="Báo Sóc Trăng",
    summary="Ngày 12/11, đoàn công tác Trường Chính trị tỉnh Sóc Trăng do đồng chí Phó Hiệu trưởng "
            "làm trưởng đoàn đã đến thăm, tặng quà học viên có hoàn cảnh khó khăn tại xã Lịch Hội "
            "Thượng.",
    sapo_outside=True,
    opts={"ngay": "12/11/2026 3:45:00 CH", "created": (2026, 11, 12, 16, 30), "nguoidang": "bbt_tct"},
)

S1890 = _story(
    1890,
    "Trường Chính trị tỉnh Sóc Trăng hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa "
    "Việt Nam năm 2026",
    1,
    "2026-11-10",
    [
        P("Thực hiện kế hoạch của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh, Trường "
          "Chính trị tỉnh Sóc Trăng tổ chức nhiều hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa "
          "xã hội chủ nghĩa Việt Nam (09/11) năm 2026."),
        P("Nhà trường tổ chức buổi sinh hoạt chuyên đề giới thiệu các luật mới có hiệu lực trong "
          "năm cho cán bộ, viên chức và học viên đang học tập tại trường; treo băng rôn, khẩu hiệu "
          "tuyên truyền tại khuôn viên trường."),
        P("Khoa Nhà nước và pháp luật lồng ghép nội dung tuyên truyền vào bài giảng các học phần "
          "có liên quan, hướng dẫn học viên tra cứu văn bản quy phạm pháp luật trên Cơ sở dữ liệu "
          "quốc gia về văn bản pháp luật."),
        _sign("Khoa Nhà nước và pháp luật", "em"),
    ],
    authors=["Khoa Nhà nước và pháp luật"],
    opts={"ngay": "10/11/2026 12:00:00 SA", "created": (2026, 11, 9, 15, 0), "nguoidang": "admin_tct"},
)

S1884 = _story(
    1884,
    "Khai mạc Hội thi giảng viên dạy giỏi cấp trường năm 2026",
    1,
    "2026-10-22T10:15:00+07:00",
    [
        P("Hội thi có 14 giảng viên thuộc 04 khoa tham gia. Mỗi giảng viên trình bày một bài giảng "
          "trong thời gian 45 phút, được Ban Giám khảo đánh giá theo các tiêu chí:"),
        P("Nội dung bài giảng chính xác, khoa học, cập nhật các quan điểm mới của Đảng;", "li"),
        P("Liên hệ thực tiễn của tỉnh, của cơ sở một cách sinh động, phù hợp;", "li"),
        P("Phương pháp giảng dạy tích cực, sử dụng hiệu quả công nghệ thông tin;", "li"),
        P("Tác phong sư phạm chuẩn mực, phân bổ thời gian hợp lý.", "li"),
        Img("/Uploads/images/2026/10/22/hoi-thi-gvdg.jpg",
            "Các giảng viên tham gia hội thi bốc thăm thứ tự giảng.",
            "Các giảng viên tham gia hội thi bốc thăm thứ tự giảng.", "table"),
        P("Hội thi diễn ra đến hết ngày 30/10. Kết quả hội thi là căn cứ để nhà trường lựa chọn "
          "giảng viên tham dự Hội thi giảng viên dạy giỏi các trường chính trị khu vực Tây Nam Bộ."),
    ],
    authors=["Hồng Nhung"],
    summary="Sáng ngày 22/10, Trường Chính trị tỉnh Sóc Trăng khai mạc Hội thi giảng viên dạy giỏi "
            "cấp trường năm 2026 nhằm đánh giá năng lực chuyên môn, nghiệp vụ sư phạm của đội ngũ "
            "giảng viên.",
    sapo_outside=True,
    opts={"ngay": "22/10/2026 10:15:00 SA", "created": (2026, 10, 21, 14, 45), "tacgia": "Hồng Nhung",
          "nguoidang": "admin_tct"},
)

_LEAD_1919 = (
    "Sáng ngày 03/12, Trường Chính trị tỉnh Sóc Trăng khai giảng lớp Trung cấp lý luận chính trị "
    "- hành chính hệ không tập trung khóa 2026 - 2028 cho 68 học viên là cán bộ, công chức cấp xã "
    "và cán bộ các cơ quan, đơn vị trên địa bàn thị xã Vĩnh Châu."
)

S1919 = _story(
    1919,
    "Khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa 2026 - 2028",
    2,
    "2026-12-03T07:45:00+07:00",
    [
        Raw(f'<p style="text-align: justify;">{text(_LEAD_1919)}</p>'),
        P("Lớp học được tổ chức tại cơ sở học tập của thị xã, thời gian học 18 tháng, học vào các "
          "ngày thứ Sáu và thứ Bảy hằng tuần để học viên vừa học tập vừa bảo đảm nhiệm vụ chuyên "
          "môn tại cơ quan, đơn vị."),
        Img("../Uploads/images/2026/12/03/khai-giang-tc-01.jpg",
            "Đại biểu và học viên dự lễ khai giảng.", "Đại biểu và học viên dự lễ khai giảng.",
            "fig"),
        P("Phát biểu tại lễ khai giảng, đồng chí Phó Hiệu trưởng nhà trường đề nghị học viên xác "
          "định rõ mục tiêu, động cơ học tập đúng đắn; chấp hành nghiêm nội quy, quy chế học tập; "
          "tích cực nghiên cứu tài liệu, trao đổi, thảo luận và liên hệ với thực tiễn công tác."),
        P("Đại diện học viên, đồng chí Trần Hoàng Lil hứa sẽ phát huy tinh thần tự giác, đoàn kết, "
          "giúp đỡ nhau trong học tập, phấn đấu hoàn thành tốt chương trình khóa học."),
        Img("../Uploads/images/2026/12/03/khai-giang-tc-02.jpg",
            "Đồng chí Phó Hiệu trưởng phát biểu khai giảng lớp học.",
            "Đồng chí Phó Hiệu trưởng phát biểu khai giảng lớp học.", "fig"),
    ],
    authors=["Trần Thị Mỹ Duyên"],
    summary=_LEAD_1919,
    sapo_outside=True,
    opts={"ngay": "03/12/2026 7:45:00 SA", "created": (2026, 12, 3, 10, 10),
          "tacgia": "ThS. Trần Thị Mỹ Duyên", "nguoidang": "sttct.duyen", "tags": ["boi-duong-can-bo"]},
)

_LETTERHEAD_1914 = Raw(
    '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
    '<td style="width: 45%; text-align: center; vertical-align: top;">'
    "<p>TỈNH ỦY SÓC TRĂNG<br /><strong>TRƯỜNG CHÍNH TRỊ</strong><br />*</p>"
    "<p>Số: 412-TB/TCT</p></td>"
    '<td style="width: 55%; text-align: center; vertical-align: top;">'
    "<p><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong></p>"
    "<p><em>Sóc Trăng, ngày 25 tháng 11 năm 2026</em></p></td>"
    "</tr></tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
    '<p style="text-align: center;"><strong>Tuyển sinh lớp Trung cấp lý luận chính trị hệ tập '
    "trung, khóa học 2027</strong></p>"
    '<p style="text-align: center;">-----</p>'
)

_CLOSING_1914 = Raw(
    '<table style="width: 100%;" border="0"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><p><strong><em>Nơi nhận:</em></strong><br />'
    "- Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy;<br />"
    "- Ban Tổ chức Tỉnh ủy;<br />- Lưu VP, P.QLĐT.</p></td>"
    '<td style="width: 50%; text-align: center; vertical-align: top;">'
    "<p><strong>K/T HIỆU TRƯỞNG<br />PHÓ HIỆU TRƯỞNG</strong></p><p><em>(Đã ký)</em></p>"
    "<p><strong>Lý Thị Hồng Vân</strong></p></td>"
    "</tr></tbody></table>"
    '<p><img src="/Content/images/icon-attach.gif" alt="" /> Tải về: '
    '<a href="/Uploads/files/2026/11/TB-412-tuyen-sinh-TCLLCT-2027.pdf">'
    "Mẫu hồ sơ đăng ký dự tuyển (PDF)</a></p>"
)

S1914 = _story(
    1914,
    "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ tập trung, khóa học 2027",
    2,
    "2026-11-25",
    [
        _LETTERHEAD_1914,
        P("Căn cứ kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027 của Ban Thường vụ Tỉnh ủy, Trường "
          "Chính trị tỉnh Sóc Trăng thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ tập "
          "trung, khóa học 2027 như sau:"),
        P("1. Đối tượng: cán bộ, công chức, viên chức trong quy hoạch các chức danh lãnh đạo, quản "
          "lý cấp phòng và tương đương; cán bộ chủ chốt cấp xã; đảng viên có thời gian công tác "
          "liên tục từ 03 năm trở lên.", "b"),
        P("2. Hồ sơ gồm: quyết định cử đi học của cấp có thẩm quyền, bản sao bằng tốt nghiệp trung "
          "học phổ thông, lý lịch trích ngang có xác nhận của cơ quan, 02 ảnh 3x4.", "b"),
        P("3. Thời gian nhận hồ sơ: từ ngày 01/12/2026 đến hết ngày 25/12/2026 tại Phòng Quản lý "
          "đào tạo và nghiên cứu khoa học của nhà trường. Thời gian khai giảng dự kiến trong tháng "
          "02/2027.", "b"),
        P("Đề nghị các cấp ủy, cơ quan, đơn vị quan tâm, cử cán bộ tham gia học tập đúng đối tượng, "
          "bảo đảm số lượng và thời gian theo thông báo."),
        _CLOSING_1914,
    ],
    authors=["Lý Thị Hồng Vân"],
    opts={"ngay": "26/11/2026 9:10:00 SA", "created": (2026, 11, 26, 8, 55), "nguoidang": "admin_tct"},
)

S1909 = _story(
    1909,
    "Bế giảng lớp Bồi dưỡng cập nhật kiến thức cho cán bộ lãnh đạo, quản lý diện Ban Thường vụ "
    "Tỉnh ủy quản lý năm 2026",
    2,
    "2026-11-24T16:00:00+07:00",
    [
        P("Chiều ngày 24/11, Trường Chính trị tỉnh Sóc Trăng tổ chức bế giảng lớp Bồi dưỡng cập "
          "nhật kiến thức cho cán bộ lãnh đạo, quản lý diện Ban Thường vụ Tỉnh ủy quản lý năm 2026 "
          "với 60 học viên tham dự.", "b"),
        P("Trong thời gian 10 ngày, học viên được cập nhật các chuyên đề về tình hình thế giới, "
          "khu vực; những vấn đề mới trong phát triển kinh tế số, chuyển đổi số; quản trị địa "
          "phương theo mô hình chính quyền hai cấp; công tác bảo vệ nền tảng tư tưởng của Đảng."),
        P("Kết quả xếp loại học tập của lớp như sau:"),
        P("Xếp loại | Số học viên | Tỷ lệ (%)", "tr"),
        P("Giỏi | 18 | 30,0", "tr"),
        P("Khá | 39 | 65,0", "tr"),
        P("Trung bình | 3 | 5,0", "tr"),
        Img("/Uploads/images/2026/11/24/be-giang-bdcnkt.jpg",
            "Trao giấy chứng nhận cho học viên hoàn thành khóa bồi dưỡng.",
            "Trao giấy chứng nhận cho học viên hoàn thành khóa bồi dưỡng.", "table"),
        P("Phát biểu bế giảng, đồng chí Hiệu trưởng đề nghị học viên vận dụng kiến thức đã học vào "
          "việc tham mưu, chỉ đạo, điều hành ở cơ quan, đơn vị, góp phần thực hiện thắng lợi nghị "
          "quyết đại hội đảng bộ các cấp."),
        _sign("Tin, ảnh: Hồng Nhung"),
    ],
    authors=["Hồng Nhung"],
    photographers=["Hồng Nhung"],
    summary="Chiều ngày 24/11, Trường Chính trị tỉnh Sóc Trăng tổ chức bế giảng lớp Bồi dưỡng cập "
            "nhật kiến thức cho cán bộ lãnh đạo, quản lý diện Ban Thường vụ Tỉnh ủy quản lý năm "
            "2026 với 60 học viên tham dự.",
    opts={"ngay": "24/11/2026 4:00:00 CH", "capnhat": "25/11/2026 8:30:10 SA",
          "created": (2026, 11, 24, 16, 40), "nguoidang": "admin_tct", "tags": ["boi-duong-can-bo"]},
)

S1896 = _story(
    1896,
    "Mở lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới tại xã Lịch Hội Thượng",
    2,
    "2026-11-11T14:05:00+07:00",
    [
        P("Thực hiện kế hoạch phối hợp với Đảng ủy xã Lịch Hội Thượng, từ ngày 09/11 đến ngày "
          "13/11, Trường Chính trị tỉnh Sóc Trăng tổ chức lớp bồi dưỡng lý luận chính trị dành cho "
          "đảng viên mới cho 42 học viên."),
        P("Học viên được nghiên cứu 09 chuyên đề, trong đó tập trung vào những nội dung cơ bản về "
          "chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh; Điều lệ Đảng; nhiệm vụ của người đảng "
          "viên và trách nhiệm của đảng viên đối với nơi cư trú."),
        Img("/Uploads/images/2026/11/11/dang-vien-moi-lht.jpg", None, None, "none"),
        P("Giảng viên nhà trường đã lồng ghép nhiều ví dụ từ thực tế của xã như việc vận động nhân "
          "dân hiến đất làm đường giao thông nông thôn, phát triển mô hình nuôi tôm kết hợp trồng "
          "lúa, giữ gìn bản sắc văn hóa của đồng bào Khmer."),
        P("Kết thúc khóa học, học viên viết bài thu hoạch;"),
        P("100% học viên đạt yêu cầu, trong đó 35 học viên xếp loại khá, giỏi.", "br"),
        _sign("CN. Sơn Thị Ngọc Hân - Khoa Xây dựng Đảng"),
    ],
    authors=["Sơn Thị Ngọc Hân"],
    opts={"ngay": "11/11/2026 2:05:00 CH", "created": (2026, 11, 10, 17, 25), "nguoidang": "sttct.han"},
)

S1915 = _story(
    1915,
    'Vận dụng tư tưởng Hồ Chí Minh về "dân vận khéo" trong xây dựng hệ thống chính trị cơ sở '
    "vùng đồng bào Khmer ở Sóc Trăng",
    5,
    "2026-12-01T09:00:00+07:00",
    [
        P("1. Tư tưởng Hồ Chí Minh về \"dân vận khéo\"", "h3"),
        P("Trong bài báo Dân vận viết năm 1949, Chủ tịch Hồ Chí Minh chỉ rõ: dân vận là vận động "
          "tất cả lực lượng của mỗi một người dân không để sót một người dân nào, góp thành lực "
          "lượng toàn dân, để thực hành những công việc nên làm.[1]", "fn"),
        P("Người căn dặn: \"Dân vận kém thì việc gì cũng kém. Dân vận khéo thì việc gì cũng thành "
          "công\".[2]", "fn"),
        P("2. Thực tiễn ở vùng đồng bào Khmer tỉnh Sóc Trăng", "h3"),
        P("Sóc Trăng là địa phương có đông đồng bào dân tộc Khmer sinh sống, gắn bó mật thiết với "
          "các chùa Phật giáo Nam tông Khmer. Những năm qua, cấp ủy, chính quyền cơ sở đã chú trọng "
          "phát huy vai trò của người có uy tín, chư tăng, achar trong vận động đồng bào thực hiện "
          "chủ trương của Đảng, chính sách, pháp luật của Nhà nước."),
        P("Nhiều mô hình \"dân vận khéo\" được nhân rộng như vận động đồng bào hiến đất làm đường, "
          "chuyển đổi cây trồng trên đất lúa kém hiệu quả, giữ gìn an ninh trật tự ở phum, sóc. "
          "Tuy vậy, ở một số nơi, cán bộ cơ sở còn hạn chế về khả năng sử dụng tiếng Khmer, việc "
          "nắm bắt tâm tư, nguyện vọng của nhân dân có lúc chưa kịp thời."),
        P("3. Một số giải pháp", "h3"),
        P("Một là, nâng cao nhận thức của cán bộ, đảng viên ở cơ sở về vị trí, vai trò của công "
          "tác dân vận, coi trọng phương châm \"trọng dân, gần dân, hiểu dân, học dân và có trách "
          "nhiệm với dân\"."),
        P("Hai là, chú trọng đào tạo, bồi dưỡng cán bộ là người dân tộc Khmer; khuyến khích cán bộ "
          "học tiếng Khmer, am hiểu phong tục, tập quán của đồng bào."),
        P("Ba là, phát huy vai trò của người có uy tín và các chùa Khmer trong vận động đồng bào, "
          "gắn công tác dân vận với việc thực hiện các chương trình mục tiêu quốc gia ở địa phương."),
        P("Tài liệu tham khảo", "b"),
        P("[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.6, tr.232.",
          "note"),
        P("[2] Hồ Chí Minh: Toàn tập, Sđd, t.6, tr.234.", "note"),
    ],
    authors=["Thạch Thị Sa Rênh", "Lý Văn Hòa"],
    summary="Tư tưởng Hồ Chí Minh về \"dân vận khéo\" có giá trị lý luận và thực tiễn sâu sắc. Vận "
            "dụng tư tưởng đó vào xây dựng hệ thống chính trị cơ sở vùng đồng bào Khmer ở Sóc Trăng "
            "là yêu cầu khách quan nhằm củng cố khối đại đoàn kết toàn dân tộc.",
    sapo_outside=True,
    opts={"ngay": "01/12/2026 9:00:00 SA", "created": (2026, 11, 30, 14, 10),
          "tacgia": "ThS. Thạch Thị Sa Rênh, ThS. Lý Văn Hòa", "nguoidang": "bbt_tct",
          "tags": ["hoi-thao-khoa-hoc"], "tlq_after": 5},
)

S1887 = _story(
    1887,
    "Một số giải pháp nâng cao hiệu quả học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí "
    "Minh ở Trường Chính trị tỉnh Sóc Trăng",
    5,
    "2026-10-28T15:20:00+07:00",
    [
        P("Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị và Kết luận số 01-KL/TW, những năm qua "
          "Đảng ủy Trường Chính trị tỉnh Sóc Trăng đã lãnh đạo đẩy mạnh học tập và làm theo tư "
          "tưởng, đạo đức, phong cách Hồ Chí Minh, gắn với nhiệm vụ chính trị của nhà trường."),
        P("Chủ tịch Hồ Chí Minh từng căn dặn:", ""),
        P("\"Muốn có chủ nghĩa xã hội, thì phải có những con người xã hội chủ nghĩa\".", "q"),
        P("1. Kết quả đạt được", "b"),
        P("Việc học tập chuyên đề hằng năm được tổ chức nghiêm túc; 100% cán bộ, đảng viên xây "
          "dựng kế hoạch làm theo gắn với vị trí việc làm. Nội dung tư tưởng Hồ Chí Minh được lồng "
          "ghép vào bài giảng của tất cả các học phần."),
        P("2. Giải pháp trong thời gian tới", "b"),
        P("Gắn việc học tập và làm theo Bác với thực hiện quy định về chuẩn mực đạo đức nghề "
          "nghiệp của nhà giáo trường chính trị;", "li"),
        P("Phát huy vai trò nêu gương của người đứng đầu, của cán bộ lãnh đạo, quản lý;", "li"),
        P("Kịp thời biểu dương, nhân rộng các điển hình tiên tiến, cách làm hay.", "li"),
        P("Có thể khẳng định, học tập và làm theo Bác là việc làm thường xuyên, liên tục, góp phần "
          "xây dựng nhà trường thật sự là trung tâm đào tạo, bồi dưỡng cán bộ có uy tín của tỉnh."),
        _sign("TS. Nguyễn Hoàng Phúc"),
        _sign("Phó Trưởng khoa Lý luận cơ sở", "em"),
    ],
    authors=["Nguyễn Hoàng Phúc"],
    opts={"ngay": "28/10/2026 3:20:00 CH", "created": (2026, 10, 27, 8, 30), "nguoidang": "bbt_tct"},
)

STORIES = [S1921, S1919, S1917, S1915, S1912, S1914, S1909, S1905, S1898, S1896, S1890, S1887, S1884]
BY_ID = {s.id: s for s in STORIES}

#: the carousel's entries (linked through the MVC default route)
CAROUSEL = [1921, 1917, 1912]
#: "Đọc nhiều"
MOST_READ = [1912, 1909, 1921, 1915]
#: the marquee's notices
MARQUEE = [1914]


def _in_cat(cat_id: int) -> list[Story]:
    return [s for s in STORIES if int(s.cat) == cat_id]  # STORIES is newest first


def _tin_khac(story: Story) -> list[Story]:
    return [s for s in _in_cat(int(story.cat)) if s.id != story.id][:3]


def _path(s: Story) -> str:
    return f"/tin-tuc/{s.slug}-a{s.id}.html"


def _old_path(s: Story) -> str:
    return f"/tin-tuc/{_slug(s.title, old=True)}-a{s.id}.html"


def _cat_path(c: Cat) -> str:
    return f"/tin-tuc/{c.slug}-c{c.id}"


def _alt_paths(s: Story) -> list[str]:
    alts = []
    if s.id in CAROUSEL:
        alts.append(f"/TinTuc/ChiTiet/{s.id}")
    linked_in_tin_khac = any(s in _tin_khac(o) for o in STORIES)
    if linked_in_tin_khac and _old_path(s) != _path(s):
        alts.append(_old_path(s))
    return alts


GOLD = [
    gold_record(s, _path(s), CAT_BY_ID[int(s.cat)].name, alt_paths=_alt_paths(s)) for s in STORIES
]

NON_ARTICLES = [
    "/trang/lich-su-hinh-thanh-va-phat-trien-p1",
    "/trang/chuc-nang-nhiem-vu-p2",
    "/lien-he",
    "/van-ban/chi-tiet/37",
    "/thu-vien-anh/hoat-dong-nam-2026-al5",
    "/video/phong-su-truong-chinh-tri-tinh-soc-trang-vd3",
]


# --- dates as the server prints them ------------------------------------------------------------

_ICT = timezone(timedelta(hours=7))


def _created(s: Story) -> datetime:
    y, m, d, hh, mm = s.opts["created"]
    return datetime(y, m, d, hh, mm, tzinfo=_ICT)


def _en_us(s: Story) -> str:
    """``NgayTao.ToShortDateString()`` on a server left in en-US: M/d/yyyy."""
    c = _created(s)
    return f"{c.month}/{c.day}/{c.year}"


def _json_date(s: Story) -> str:
    """JavaScriptSerializer's ``"\\/Date(ms)\\/"`` of the creation date."""
    return f"\\/Date({int(_created(s).timestamp() * 1000)})\\/"


def _meta_clock(s: Story) -> tuple[int, int, int, int, int]:
    """The meta line's vi-VN "dd/MM/yyyy h:mm:ss SA|CH" as numbers."""
    m = re.match(r"(\d\d)/(\d\d)/(\d{4}) (\d+):(\d\d):\d\d (SA|CH)", s.opts["ngay"])
    assert m, s.opts["ngay"]
    d, mo, y, h, mi, half = int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), m[6]
    h = h % 12 + (12 if half == "CH" else 0)
    return y, mo, d, h, mi


_WEEKDAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _rss_date(s: Story) -> str:
    """Rss20FeedFormatter of a DateTimeOffset built from the local clock with a zero offset."""
    y, mo, d, h, mi = _meta_clock(s)
    dt = datetime(y, mo, d, h, mi)
    return f"{_WEEKDAYS_EN[dt.weekday()]}, {d:02d} {_MONTHS_EN[mo - 1]} {y} {h:02d}:{mi:02d}:00 Z"


# --- markup pieces -------------------------------------------------------------------------------


def _db_title(s: Story) -> str:
    """The title as stored: HttpUtility.HtmlEncode'd once by the admin form."""
    return esc(s.title).replace("&#x27;", "&#39;")


def _list_title(s: Story) -> str:
    """``@item.TieuDe`` in Razor: the stored (encoded) title encoded again."""
    return esc(_db_title(s))


def _img_html(img: Img) -> str:
    tag = f'<img style="display: block; margin-left: auto; margin-right: auto;" src="{esc(img.src)}" alt="" width="600" height="400" />'
    if img.style == "table":
        return (
            '<table class="tbl-anh" style="margin: 0 auto; width: 600px;" border="0" cellpadding="3">'
            f"<tbody><tr><td>{tag}</td></tr>"
            f'<tr><td style="text-align: center; background: #f0f0f0;"><em>{text(img.printed or "")}</em></td></tr>'
            "</tbody></table>"
        )
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed and img.style == "credit":
        out += f'<p style="text-align: right;"><em>{text(img.printed)}</em></p>'
    elif img.printed:
        out += f'<p style="text-align: center;"><em>{text(img.printed)}</em></p>'
    return out


def _fn(s: str) -> str:
    return re.sub(r"\[(\d+)\]", r'<a title="" href="#_ftn\1" name="_ftnref\1">[\1]</a>', s)


def _render_text(s: Story) -> str:
    out: list[str] = []
    group: list[str] = []
    group_kind = ""

    def flush() -> None:
        nonlocal group, group_kind
        if group_kind == "li":
            out.append("<ul>" + "".join(f"<li>{g}</li>" for g in group) + "</ul>")
        elif group_kind == "tr":
            rows = []
            for i, g in enumerate(group):
                cells = g.split(" | ")
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(
                    f'<{tag} style="border: 1px solid #999; padding: 4px;">{text(c)}</{tag}>'
                    for c in cells) + "</tr>")
            out.append('<table style="border-collapse: collapse; width: 80%; margin: 0 auto;" '
                       'border="1"><tbody>' + "".join(rows) + "</tbody></table>")
        group, group_kind = [], ""

    tlq_after = s.opts.get("tlq_after")
    n_par = 0
    for b in s.blocks:
        kind = b.style if isinstance(b, P) else ""
        if group_kind and kind != group_kind:
            flush()
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img_html(b))
        elif b.style == "li":
            group_kind = "li"
            group.append(text(b.text))
        elif b.style == "tr":
            group_kind = "tr"
            group.append(b.text)
        elif b.style == "br":
            head, _, tail = out[-1].rpartition("</p>")
            out[-1] = f"{head}<br />\n{text(b.text)}</p>{tail}"
        elif b.style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{text(b.text)}</strong></p>')
        elif b.style == "h3":
            out.append(f'<h3 style="font-size: 15px;"><strong>{text(b.text)}</strong></h3>')
        elif b.style == "q":
            out.append(f'<blockquote><p><em>{text(b.text)}</em></p></blockquote>')
        elif b.style == "w":
            out.append(
                '<p class="MsoNormal" style="text-align: justify; text-indent: 36.0pt; '
                'line-height: 150%;"><span style="font-size: 14.0pt; line-height: 150%; '
                f"font-family: 'Times New Roman', serif;\">{text(b.text)}</span></p>")
        elif b.style == "fn":
            out.append(f'<p style="text-align: justify;">{_fn(text(b.text))}</p>')
        elif b.style == "note":
            m = re.match(r"\[(\d+)\] (.*)", b.text)
            assert m
            out.append(f'<div id="ftn{m[1]}"><p class="MsoFootnoteText"><a title="" '
                       f'href="#_ftnref{m[1]}" name="_ftn{m[1]}">[{m[1]}]</a> {text(m[2])}</p></div>')
        else:
            out.append(f'<p style="text-align: justify;">{text(b.text)}</p>')
        if isinstance(b, P):
            n_par += 1
            if tlq_after and n_par == tlq_after:
                flush()
                out.append(_tlq_inline())
    flush()
    return "\n".join(out)


def _tlq_inline() -> str:
    rel = BY_ID[1912]
    return (
        '<div class="tlq-inline" style="float: right; width: 40%; margin: 0 0 10px 15px; '
        'border: 1px solid #ddd; padding: 8px; background: #f7f7f7;">'
        '<p class="tlq-tit"><strong>Tin liên quan</strong></p>'
        f'<ul><li><a href="{_path(rel)}">{_list_title(rel)}</a></li></ul></div>'
    )


# --- layout --------------------------------------------------------------------------------------


def _token(seed: str) -> str:
    return opaque("csrf:" + seed, 48)


def _menu() -> str:
    cats = "".join(f'<li><a href="{_cat_path(c)}">{esc(c.name)}</a></li>' for c in CATS)
    return f"""
<nav class="navbar navbar-default navbar-tct" role="navigation">
 <div class="container">
  <div class="navbar-header">
   <button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#mnu-chinh">
    <span class="sr-only">Menu</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span>
   </button>
  </div>
  <div class="collapse navbar-collapse" id="mnu-chinh">
   <ul class="nav navbar-nav">
    <li><a href="/"><span class="glyphicon glyphicon-home"></span> Trang chủ</a></li>
    <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Giới thiệu <b class="caret"></b></a>
     <ul class="dropdown-menu">
      <li><a href="/trang/lich-su-hinh-thanh-va-phat-trien-p1">Lịch sử hình thành và phát triển</a></li>
      <li><a href="/trang/chuc-nang-nhiem-vu-p2">Chức năng, nhiệm vụ</a></li>
     </ul></li>
    <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Tin tức <b class="caret"></b></a>
     <ul class="dropdown-menu">{cats}</ul></li>
    <li><a href="/van-ban">Văn bản</a></li>
    <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Thư viện <b class="caret"></b></a>
     <ul class="dropdown-menu">
      <li><a href="/thu-vien-anh/hoat-dong-nam-2026-al5">Thư viện ảnh</a></li>
      <li><a href="/video/phong-su-truong-chinh-tri-tinh-soc-trang-vd3">Video</a></li>
     </ul></li>
    <li><a href="/lien-he">Liên hệ</a></li>
   </ul>
   <form class="navbar-form navbar-right hidden-xs" action="/tim-kiem" method="get">
    <input type="text" name="tukhoa" class="form-control input-sm" placeholder="Tìm kiếm..." />
   </form>
  </div>
 </div>
</nav>"""


def _sidebar(seed: str) -> str:
    most = "".join(
        f'<li><a href="{_path(BY_ID[i])}">{_list_title(BY_ID[i])}</a></li>' for i in MOST_READ
    )
    return f"""
<div class="col-md-4 cot-phai">
 <div class="mod-khung" id="mod_14">
  <div class="mod-tieude">Tìm kiếm</div>
  <form action="/tim-kiem" method="get" class="form-inline"><input type="text" name="tukhoa" class="form-control" />
   <button type="submit" class="btn btn-primary btn-sm">Tìm</button></form>
 </div>
 <div class="mod-khung" id="mod_17">
  <div class="mod-tieude">Văn bản mới</div>
  <ul class="ds-vanban"><li><a href="/van-ban/chi-tiet/37">Quyết định số 1520-QĐ/TCT ban hành Quy chế đào tạo</a></li></ul>
  <p class="text-right"><a href="/van-ban">Xem tất cả »</a></p>
 </div>
 <div class="mod-khung" id="mod_21">
  <div class="mod-tieude">Đọc nhiều</div>
  <ul class="ds-docnhieu">{most}</ul>
 </div>
 <div class="mod-khung" id="mod_23">
  <div class="mod-tieude">Liên kết website</div>
  <select class="form-control" onchange="if(this.value!='')window.open(this.value);">
   <option value="">-- Chọn liên kết --</option>
   <option value="https://www.soctrang.gov.vn">Cổng TTĐT tỉnh Sóc Trăng</option>
   <option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>
   <option value="https://www.baosoctrang.org.vn">Báo Sóc Trăng</option>
  </select>
  <p><a href="https://hcma.vn" target="_blank"><img src="/Uploads/banner/hvctqg.png" class="img-responsive" alt="Học viện Chính trị quốc gia Hồ Chí Minh" /></a></p>
 </div>
 <div class="mod-khung" id="mod_26">
  <div class="mod-tieude">Thăm dò ý kiến</div>
  <form action="/BinhChon/BieuQuyet" method="post">
   <input name="__RequestVerificationToken" type="hidden" value="{_token(seed + 'poll')}" />
   <p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</p>
   <div class="radio"><label><input type="radio" name="PhuongAn" value="1" /> Đẹp, dễ sử dụng</label></div>
   <div class="radio"><label><input type="radio" name="PhuongAn" value="2" /> Bình thường</label></div>
   <div class="radio"><label><input type="radio" name="PhuongAn" value="3" /> Cần cải tiến</label></div>
   <button type="submit" class="btn btn-default btn-xs">Biểu quyết</button>
  </form>
 </div>
 <div class="mod-khung" id="mod_29">
  <div class="mod-tieude">Thống kê truy cập</div>
  <ul class="thongke-truycap">
   <li><span class="glyphicon glyphicon-user"></span> Đang online: <b>27</b></li>
   <li><span class="glyphicon glyphicon-stats"></span> Hôm nay: <b>536</b></li>
   <li><span class="glyphicon glyphicon-globe"></span> Tổng truy cập: <b>1.204.377</b></li>
  </ul>
 </div>
</div>"""


def _page(request: Request, title: str, main: str, *, head: str = "", seed: str = "") -> Response:
    marquee = "".join(
        f'<a href="{_path(BY_ID[i])}">{_list_title(BY_ID[i])}</a>' for i in MARQUEE
    )
    rss = "".join(
        f'<link rel="alternate" type="application/rss+xml" title="{esc(c.name)}" href="/rss/{c.slug}" />'
        for c in CATS
    )
    body = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{title}</title>
<meta name="generator" content="Mekong Portal MVC 3.2" />
{head}
{rss}
<link href="/Content/css?v=q8XkJ2m0x3rW1nF5hP7sYQ-aLbC9tVZuE6dR4gK0oMs1" rel="stylesheet"/>
<link href="/Content/themes/tct/site.css" rel="stylesheet"/>
<script src="/bundles/modernizr?v=wBEWDufH_8Md-Pbioxomt90vm6tJN2Pyy9u9zHtWsPo1"></script>
<link rel="shortcut icon" href="/favicon.ico" />
</head>
<body>
<div class="top-bar"><div class="container">
 <span class="ngay-hientai"><span class="glyphicon glyphicon-calendar"></span> {HEADER_TODAY}</span>
 <span class="pull-right"><a href="/lien-he">Liên hệ</a> | <a href="/rss/tin-tuc-su-kien"><img src="/Content/images/rss.png" alt="RSS" /> RSS</a></span>
</div></div>
<header class="banner-tct"><div class="container">
 <a href="/"><img src="/Content/themes/tct/images/banner.png" alt="{esc(SITE)}" class="img-responsive" /></a>
</div></header>
{_menu()}
<div class="container"><div class="thongbao-chay"><b>Thông báo:</b> <marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{marquee}</marquee></div></div>
<div class="container body-content">
 <div class="row">
  <div class="col-md-8 cot-giua">
{main}
  </div>
{_sidebar(seed)}
 </div>
</div>
<footer class="footer-tct">
 <div class="container">
  <p><strong>CỔNG THÔNG TIN ĐIỆN TỬ TRƯỜNG CHÍNH TRỊ TỈNH SÓC TRĂNG</strong></p>
  <p>Địa chỉ: Số 318 đường Lê Hồng Phong, Phường 3, thành phố Sóc Trăng, tỉnh Sóc Trăng</p>
  <p>Điện thoại: (0299) 3822 415 - Fax: (0299) 3822 416 - Email: truongchinhtri@soctrang.gov.vn</p>
  <p>Chịu trách nhiệm chính: Hiệu trưởng Trường Chính trị tỉnh Sóc Trăng</p>
  <p class="copyright">© 2026 Bản quyền thuộc {esc(SITE)}. Thiết kế và phát triển: Công ty TNHH Giải pháp phần mềm Mê Kông.</p>
  <p><a href="https://www.facebook.com/truongchinhtrisoctrang" target="_blank">Facebook</a> |
     <a href="https://www.youtube.com/@truongchinhtrisoctrang" target="_blank">YouTube</a></p>
 </div>
</footer>
<script src="/bundles/jquery?v=FVs3ACwOLIVInrAl5sdzR2jrCDmVOWFbZMY6g6Q0ulE1"></script>
<script src="/bundles/bootstrap?v=2Fz3B0iizV2NnnamQFrx-NbYJNTFeBJ2GM05SilbtQU1"></script>
</body>
</html>"""
    session = opaque("session:" + seed, 18)[:24].lower().replace("/", "a").replace("+", "b")
    return html(body, headers={
        "Server": "Microsoft-IIS/10.0",
        "X-AspNetMvc-Version": "5.2",
        "X-AspNet-Version": "4.0.30319",
        "X-Powered-By": "ASP.NET",
        "Cache-Control": "private",
        "Set-Cookie": f"ASP.NET_SessionId={session}; path=/; HttpOnly; SameSite=Lax",
    })


def _breadcrumb(items: list[tuple[str, str | None]]) -> str:
    lis = ['<li><a href="/"><span class="glyphicon glyphicon-home"></span> Trang chủ</a></li>']
    for label, href in items:
        if href:
            lis.append(f'<li><a href="{href}">{label}</a></li>')
        else:
            lis.append(f'<li class="active">{label}</li>')
    return '<ol class="breadcrumb bc-tct">' + "".join(lis) + "</ol>"


def _thumb(s: Story) -> str:
    src = s.images[0].src if s.images else "/Content/images/no-image.jpg"
    if src.startswith("../"):
        src = "/" + src[3:]
    return f"/Thumbnail.ashx?path={src}&amp;w=260&amp;h=170"


def _lead(s: Story, limit: int = 220) -> str:
    lead = s.summary or (s.paragraphs[0] if s.paragraphs else "")
    return lead if len(lead) <= limit else lead[:limit].rsplit(" ", 1)[0] + "..."


def _item_row(s: Story) -> str:
    return f"""
   <div class="row tin-item">
    <div class="col-sm-4"><a href="{_path(s)}"><img class="img-responsive img-thumbnail" src="{_thumb(s)}" alt="{_list_title(s)}" /></a></div>
    <div class="col-sm-8">
     <h4 class="tin-tit"><a href="{_path(s)}">{_list_title(s)}</a></h4>
     <p class="tin-ngay"><span class="glyphicon glyphicon-calendar"></span> {_en_us(s)}</p>
     <p class="tin-mota">{esc(_lead(s))}</p>
    </div>
   </div>"""


def _pager(base: str, page: int, pages: int) -> str:
    """PagedList.Mvc's markup with the vendor's "« ‹ … › »" formats (DisplayMode IfNeeded)."""
    if pages <= 1:
        return ""

    def li(label: str, target: int | None, cls: str = "", rel: str = "") -> str:
        c = f' class="{cls}"' if cls else ""
        r = f' rel="{rel}"' if rel else ""
        if target is None:
            return f"<li{c}><a>{label}</a></li>"
        return f'<li{c}><a href="{base}?page={target}"{r}>{label}</a></li>'

    parts = []
    first = page == 1
    last = page == pages
    parts.append(li("«", None if first else 1,
                    "disabled PagedList-skipToFirst" if first else "PagedList-skipToFirst"))
    parts.append(li("‹", None if first else page - 1,
                    "disabled PagedList-skipToPrevious" if first else "PagedList-skipToPrevious",
                    "" if first else "prev"))
    for n in range(1, pages + 1):
        parts.append(li(str(n), None, "active") if n == page else li(str(n), n))
    parts.append(li("›", None if last else page + 1,
                    "disabled PagedList-skipToNext" if last else "PagedList-skipToNext",
                    "" if last else "next"))
    parts.append(li("»", None if last else pages,
                    "disabled PagedList-skipToLast" if last else "PagedList-skipToLast"))
    return '<div class="pagination-container"><ul class="pagination">' + "".join(parts) + "</ul></div>"


# --- pages -----------------------------------------------------------------------------------------


def _home(request: Request) -> Response:
    slides = []
    for n, i in enumerate(CAROUSEL):
        s = BY_ID[i]
        slides.append(f"""
    <div class="item{' active' if n == 0 else ''}">
     <a href="/TinTuc/ChiTiet/{s.id}"><img src="{_thumb(s).replace('w=260&amp;h=170', 'w=750&amp;h=420')}" alt="" /></a>
     <div class="carousel-caption"><h3><a href="/TinTuc/ChiTiet/{s.id}">{_list_title(s)}</a></h3></div>
    </div>""")
    newest = "".join(
        f'<li><a href="{_path(s)}">{_list_title(s)}</a> <span class="ngay-nho">({_en_us(s)})</span></li>'
        for s in STORIES[:5]
    )
    blocks = []
    for n, c in enumerate(CATS):
        items = "".join(_item_row(s) for s in _in_cat(c.id)[:2])
        blocks.append(f"""
  <div class="khoi-dm" id="mod_{31 + n}">
   <div class="khoi-dm-tieude"><a href="{_cat_path(c)}">{esc(c.name)}</a>
    <a class="xemthem pull-right" href="/TinTuc/DanhMuc/{c.id}">Xem thêm »</a></div>
   {items}
  </div>""")
    main = f"""
  <div id="carousel-tinnoibat" class="carousel slide" data-ride="carousel">
   <div class="carousel-inner" role="listbox">{''.join(slides)}
   </div>
   <a class="left carousel-control" href="#carousel-tinnoibat" role="button" data-slide="prev"><span class="glyphicon glyphicon-chevron-left"></span></a>
   <a class="right carousel-control" href="#carousel-tinnoibat" role="button" data-slide="next"><span class="glyphicon glyphicon-chevron-right"></span></a>
  </div>
  <div class="khoi-tinmoi" id="mod_30">
   <div class="khoi-dm-tieude">Tin mới</div>
   <ul class="ds-tinmoi">{newest}</ul>
  </div>
  {''.join(blocks)}"""
    head = (f'<meta name="description" content="Cổng thông tin điện tử {esc(SITE)}" />'
            f'<meta property="og:title" content="{esc(SITE)}" />')
    return _page(request, f"Trang chủ - {esc(SITE)}", main, head=head, seed="home")


def _listing(request: Request, cat: Cat) -> Response:
    items = _in_cat(cat.id)
    pages = max(1, -(-len(items) // PAGE_SIZE))
    try:
        page = int(request.params.get("page", "1"))
    except ValueError:
        page = 1
    page = max(page, 1)
    chunk = items[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
    rows = "".join(_item_row(s) for s in chunk) or '<p class="text-muted">Chưa có tin bài trong chuyên mục này.</p>'
    main = f"""
  {_breadcrumb([(esc(cat.name), None)])}
  <div class="khung-dm">
   <h2 class="tieude-dm"><span>{esc(cat.name)}</span> <a href="/rss/{cat.slug}" class="rss-dm"><img src="/Content/images/rss.png" alt="RSS" /></a></h2>
   <div id="ds-tin">{rows}
   </div>
   {_pager(_cat_path(cat), page, pages)}
  </div>"""
    canon = base_url(request) + _cat_path(cat) + (f"?page={page}" if page > 1 else "")
    head = f'<link rel="canonical" href="{canon}" />'
    suffix = f" - Trang {page}" if page > 1 else ""
    return _page(request, f"{esc(cat.name)}{suffix} - {esc(SITE)}", main, head=head,
                 seed=f"cat{cat.id}p{page}")


def _meta_line(s: Story) -> str:
    parts = []
    if s.opts.get("capnhat"):
        parts.append(f'<span class="ngay-capnhat">Cập nhật lần cuối: {s.opts["capnhat"]}</span>')
    parts.append(f'<span class="ngay-dang"><span class="glyphicon glyphicon-time"></span> {s.opts["ngay"]}</span>')
    if s.opts.get("tacgia"):
        parts.append(f'<span class="tac-gia">Tác giả: <b>{esc(s.opts["tacgia"])}</b></span>')
    parts.append(f'<span class="nguoi-dang">Người đăng: {esc(s.opts["nguoidang"])}</span>')
    parts.append(f'<span class="luot-xem"><span class="glyphicon glyphicon-eye-open"></span> Lượt xem: {s.views()}</span>')
    tools = ('<span class="ct-congcu pull-right hidden-print">'
             '<a href="javascript:void(0)" onclick="doiCoChu(-1)" title="Giảm cỡ chữ">A-</a> '
             '<a href="javascript:void(0)" onclick="doiCoChu(0)" title="Cỡ chữ mặc định">A</a> '
             '<a href="javascript:void(0)" onclick="doiCoChu(1)" title="Tăng cỡ chữ">A+</a> '
             '<a href="javascript:window.print()" title="In bài viết"><span class="glyphicon glyphicon-print"></span></a> '
             '<a href="javascript:void(0)" onclick="guiEmail()" title="Gửi email"><span class="glyphicon glyphicon-envelope"></span></a>'
             "</span>")
    return '<div class="ct-thongtin clearfix">' + " | ".join(parts) + tools + "</div>"


def _article(request: Request, s: Story) -> Response:
    cat = CAT_BY_ID[int(s.cat)]
    base = base_url(request)
    canon = base + _path(s)
    tomtat = ""
    if s.summary and s.sapo_outside:
        tomtat = f'<div class="ct-tomtat"><strong>{esc(s.summary)}</strong></div>'
    tags = ""
    if s.opts.get("tags"):
        links = ", ".join(f'<a href="/tu-khoa/{t}">{esc(TAGS[t])}</a>' for t in s.opts["tags"])
        tags = f'<div class="ct-tukhoa"><span class="glyphicon glyphicon-tags"></span> Từ khóa: {links}</div>'
    comments = "".join(
        f'<div class="bl-item"><p class="bl-ten"><b>{esc(name)}</b> <span class="bl-ngay">{when}</span></p>'
        f"<p>{esc(msg)}</p></div>"
        for name, when, msg in s.opts.get("comments", [])
    )
    tinkhac = "".join(
        f'<li><a href="{_old_path(o)}">{_list_title(o)}</a> <span class="ngay-nho">({_en_us(o)})</span></li>'
        for o in _tin_khac(s)
    )
    main = f"""
  {_breadcrumb([(esc(cat.name), _cat_path(cat)), (_list_title(s), None)])}
  <div class="ct-baiviet" id="ctl_baiviet_{s.id}">
   <h1 class="ct-tieude">{_db_title(s)}</h1>
   {_meta_line(s)}
   {tomtat}
   <div class="ct-noidung" id="noidung-chitiet">
{_render_text(s)}
    <div class="visible-print-block ct-in">
     <hr />
     <p>Nguồn: {esc(canon)}</p>
     <p>Ngày in: 05/12/2026</p>
    </div>
   </div>
   {tags}
   <div class="ct-chiase hidden-print">
    <div class="fb-like" data-href="{esc(canon)}" data-layout="button_count" data-action="like" data-share="true"></div>
    <div class="zalo-share-button" data-href="{esc(canon)}" data-oaid="579745863508352884" data-layout="1" data-color="blue"></div>
   </div>
   <div class="ct-binhluan hidden-print">
    <h4>Ý kiến bạn đọc ({len(s.opts.get('comments', []))})</h4>
    {comments}
    <form action="/BinhLuan/Gui" method="post" class="form-horizontal">
     <input name="__RequestVerificationToken" type="hidden" value="{_token(str(s.id))}" />
     <input type="hidden" name="BaiVietId" value="{s.id}" />
     <div class="form-group"><input type="text" name="HoTen" class="form-control" placeholder="Họ và tên" /></div>
     <div class="form-group"><input type="email" name="Email" class="form-control" placeholder="Email" /></div>
     <div class="form-group"><textarea name="NoiDung" class="form-control" rows="3" placeholder="Nội dung ý kiến"></textarea></div>
     <button type="submit" class="btn btn-primary btn-sm">Gửi ý kiến</button>
    </form>
   </div>
   <div class="ct-tinkhac">
    <h4 class="tinkhac-tit">Tin khác</h4>
    <ul>{tinkhac}</ul>
   </div>
  </div>
  <script>
   var _bv = {{"Id":{s.id},"DanhMucId":{cat.id},"NgayTao":"{_json_date(s)}","LuotXem":{s.views()}}};
   $(function () {{ $.post('/TinTuc/TangLuotXem', {{ id: _bv.Id }}); }});
  </script>"""
    desc = _lead(s, 160)
    og_img = ""
    if s.images:
        src = s.images[0].src
        og_img = f'<meta property="og:image" content="{base}/{src.lstrip("./")}" />'
    head = (
        f'<meta name="description" content="{esc(desc)}" />\n'
        f'<meta name="keywords" content="{esc(", ".join(TAGS[t] for t in s.opts.get("tags", [])))}" />\n'
        f'<link rel="canonical" href="{canon}" />\n'
        f'<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{_list_title(s)}" />\n'
        f'<meta property="og:description" content="{esc(desc)}" />\n'
        f'<meta property="og:url" content="{canon}" />\n{og_img}'
    )
    return _page(request, f"{_list_title(s)} - {esc(SITE)}", main, head=head, seed=f"a{s.id}")


def _rss(request: Request, cat: Cat) -> Response:
    base = base_url(request)
    items = []
    for s in _in_cat(cat.id)[:RSS_ITEMS]:
        items.append(
            f"<item><guid isPermaLink=\"false\">{s.id}</guid><link>{base}{_path(s)}</link>"
            f"<title>{esc(_db_title(s))}</title><description>{esc(_lead(s, 200))}</description>"
            f"<pubDate>{_rss_date(s)}</pubDate></item>"
        )
    xml = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{esc(cat.name)} - {esc(SITE)}</title><link>{base}{_cat_path(cat)}</link>"
        f"<description>{esc(cat.name)}</description><language>vi-VN</language>"
        + "".join(items) + "</channel></rss>"
    )
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=utf-8",
                               "X-AspNetMvc-Version": "5.2", "X-Powered-By": "ASP.NET"})


def _tag_page(request: Request, slug: str) -> Response:
    tagged = [s for s in STORIES if slug in s.opts.get("tags", [])]
    rows = "".join(_item_row(s) for s in tagged)
    main = f"""
  {_breadcrumb([("Từ khóa: " + esc(TAGS[slug]), None)])}
  <div class="khung-dm"><h2 class="tieude-dm"><span>Từ khóa: {esc(TAGS[slug])}</span></h2>
   <div id="ds-tin">{rows}</div></div>"""
    return _page(request, f"Từ khóa: {esc(TAGS[slug])} - {esc(SITE)}", main, seed="tag" + slug)


def _search(request: Request) -> Response:
    q = request.params.get("tukhoa", "").strip()
    main = f"""
  {_breadcrumb([("Tìm kiếm", None)])}
  <div class="khung-dm"><h2 class="tieude-dm"><span>Kết quả tìm kiếm</span></h2>
   <p>Không tìm thấy kết quả nào phù hợp với từ khóa <b>{esc(q)}</b>.</p></div>"""
    return _page(request, f"Tìm kiếm - {esc(SITE)}", main, seed="search")


_STATIC_PAGES = {
    "/trang/lich-su-hinh-thanh-va-phat-trien-p1": (
        "Lịch sử hình thành và phát triển",
        [
            "Trường Chính trị tỉnh Sóc Trăng tiền thân là Trường Đảng tỉnh Sóc Trăng, được thành "
            "lập sau ngày tái lập tỉnh năm 1992 trên cơ sở sáp nhập Trường Đảng, Trường Hành chính "
            "và các trường đoàn thể của tỉnh.",
            "Qua hơn 30 năm xây dựng và phát triển, nhà trường đã đào tạo, bồi dưỡng hàng chục "
            "nghìn lượt cán bộ, đảng viên; được Đảng, Nhà nước tặng thưởng Huân chương Lao động "
            "hạng Nhất, hạng Nhì, hạng Ba.",
        ],
    ),
    "/trang/chuc-nang-nhiem-vu-p2": (
        "Chức năng, nhiệm vụ",
        [
            "Trường Chính trị tỉnh là cơ sở đào tạo, bồi dưỡng trực thuộc Tỉnh ủy và Ủy ban nhân "
            "dân tỉnh, chịu sự chỉ đạo trực tiếp, toàn diện của Ban Thường vụ Tỉnh ủy.",
            "Nhà trường có chức năng đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống "
            "chính trị ở cơ sở; nghiên cứu khoa học về lý luận chính trị, tổng kết thực tiễn.",
            "Nhiệm vụ cụ thể: đào tạo trung cấp lý luận chính trị - hành chính; bồi dưỡng kiến "
            "thức quản lý nhà nước; bồi dưỡng cập nhật kiến thức; bồi dưỡng đảng viên mới.",
        ],
    ),
}


def _static_page(request: Request, path: str) -> Response:
    title, paras = _STATIC_PAGES[path]
    body = "".join(f'<p style="text-align: justify;">{text(p)}</p>' for p in paras)
    main = f"""
  {_breadcrumb([("Giới thiệu", None), (esc(title), None)])}
  <div class="trang-tinh"><h1 class="ct-tieude">{esc(title)}</h1><div class="ct-noidung">{body}</div></div>"""
    return _page(request, f"{esc(title)} - {esc(SITE)}", main, seed=path)


def _contact(request: Request) -> Response:
    main = f"""
  {_breadcrumb([("Liên hệ", None)])}
  <div class="trang-lienhe"><h1 class="ct-tieude">Liên hệ</h1>
   <p><b>{esc(SITE.upper())}</b></p>
   <p>Địa chỉ: Số 318 đường Lê Hồng Phong, Phường 3, thành phố Sóc Trăng</p>
   <p>Điện thoại: (0299) 3822 415 - Email: truongchinhtri@soctrang.gov.vn</p>
   <form action="/lien-he" method="post" class="form-horizontal">
    <input name="__RequestVerificationToken" type="hidden" value="{_token('lienhe')}" />
    <div class="form-group"><label>Họ tên</label><input type="text" name="HoTen" class="form-control" /></div>
    <div class="form-group"><label>Email</label><input type="email" name="Email" class="form-control" /></div>
    <div class="form-group"><label>Nội dung</label><textarea name="NoiDung" class="form-control"></textarea></div>
    <button type="submit" class="btn btn-primary">Gửi liên hệ</button>
   </form></div>"""
    return _page(request, f"Liên hệ - {esc(SITE)}", main, seed="lienhe")


def _documents(request: Request) -> Response:
    main = f"""
  {_breadcrumb([("Văn bản", None)])}
  <div class="khung-dm"><h2 class="tieude-dm"><span>Văn bản</span></h2>
   <table class="table table-bordered table-striped tbl-vanban">
    <thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead>
    <tbody><tr><td>1520-QĐ/TCT</td><td>15/10/2026</td>
     <td><a href="/van-ban/chi-tiet/37">Quyết định ban hành Quy chế đào tạo trung cấp lý luận chính trị - hành chính</a></td></tr></tbody>
   </table></div>"""
    return _page(request, f"Văn bản - {esc(SITE)}", main, seed="vanban")


def _document(request: Request) -> Response:
    main = f"""
  {_breadcrumb([("Văn bản", "/van-ban"), ("1520-QĐ/TCT", None)])}
  <div class="ct-vanban"><h1 class="ct-tieude">Quyết định số 1520-QĐ/TCT</h1>
   <table class="table table-bordered">
    <tr><th>Số/Ký hiệu</th><td>1520-QĐ/TCT</td></tr>
    <tr><th>Ngày ban hành</th><td>15/10/2026</td></tr>
    <tr><th>Loại văn bản</th><td>Quyết định</td></tr>
    <tr><th>Cơ quan ban hành</th><td>{esc(SITE)}</td></tr>
    <tr><th>Người ký</th><td>Hiệu trưởng</td></tr>
    <tr><th>Trích yếu</th><td>Ban hành Quy chế đào tạo trung cấp lý luận chính trị - hành chính</td></tr>
    <tr><th>Tệp đính kèm</th><td><a href="/Uploads/files/2026/10/QD-1520-quy-che-dao-tao.pdf">QD-1520-quy-che-dao-tao.pdf</a></td></tr>
   </table></div>"""
    return _page(request, f"Quyết định số 1520-QĐ/TCT - {esc(SITE)}", main, seed="vb37")


def _album(request: Request) -> Response:
    photos = "".join(
        f'<div class="col-xs-6 col-sm-4"><a href="/Uploads/album/5/anh-{n:02d}.jpg" data-lightbox="al5">'
        f'<img class="img-thumbnail" src="/Thumbnail.ashx?path=/Uploads/album/5/anh-{n:02d}.jpg&amp;w=220&amp;h=150" alt="" /></a></div>'
        for n in range(1, 7)
    )
    main = f"""
  {_breadcrumb([("Thư viện ảnh", None)])}
  <div class="album-ct"><h1 class="ct-tieude">Hoạt động năm 2026</h1><div class="row">{photos}</div></div>"""
    return _page(request, f"Hoạt động năm 2026 - {esc(SITE)}", main, seed="al5")


def _video(request: Request) -> Response:
    main = f"""
  {_breadcrumb([("Video", None)])}
  <div class="video-ct"><h1 class="ct-tieude">Phóng sự: Trường Chính trị tỉnh Sóc Trăng - điểm sáng đào tạo cán bộ</h1>
   <div class="embed-responsive embed-responsive-16by9">
    <iframe class="embed-responsive-item" src="https://www.youtube.com/embed/xT4cS7b2Lq0" allowfullscreen></iframe>
   </div>
   <p>Nguồn: Đài Phát thanh và Truyền hình Sóc Trăng</p></div>"""
    return _page(request, f"Video - {esc(SITE)}", main, seed="vd3")


_ARTICLE = re.compile(r"/tin-tuc/[a-z0-9-]+-a(\d+)\.html")
_CATEGORY = re.compile(r"/tin-tuc/([a-z0-9-]+)-c(\d+)")
_CHITIET = re.compile(r"/tintuc/chitiet/(\d+)")
_DANHMUC = re.compile(r"/tintuc/danhmuc/(\d+)")
_RSS = re.compile(r"/rss/([a-z0-9-]+)")
_TAG = re.compile(r"/tu-khoa/([a-z0-9-]+)")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path.lower().rstrip("/") or "/"
        if path in ("/", "/home", "/trang-chu"):
            return _home(request)
        if m := _ARTICLE.fullmatch(path):
            s = BY_ID.get(int(m[1]))
            return _article(request, s) if s else None
        if m := _CHITIET.fullmatch(path):
            s = BY_ID.get(int(m[1]))
            return _article(request, s) if s else None
        if m := _CATEGORY.fullmatch(path):
            c = CAT_BY_ID.get(int(m[2]))
            return _listing(request, c) if c else None
        if m := _DANHMUC.fullmatch(path):
            c = CAT_BY_ID.get(int(m[1]))
            return _listing(request, c) if c else None
        if m := _RSS.fullmatch(path):
            c = CAT_BY_SLUG.get(m[1])
            return _rss(request, c) if c else None
        if m := _TAG.fullmatch(path):
            return _tag_page(request, m[1]) if m[1] in TAGS else None
        if path in _STATIC_PAGES:
            return _static_page(request, path)
        if path == "/lien-he":
            return _contact(request)
        if path == "/van-ban":
            return _documents(request)
        if path == "/van-ban/chi-tiet/37":
            return _document(request)
        if path == "/thu-vien-anh/hoat-dong-nam-2026-al5":
            return _album(request)
        if path == "/video/phong-su-truong-chinh-tri-tinh-soc-trang-vd3":
            return _video(request)
        if path == "/tim-kiem":
            return _search(request)
        if path == "/binhchon/bieuquyet" and request.method == "POST":
            return _page(request, f"Thăm dò ý kiến - {esc(SITE)}",
                         '<div class="alert alert-success">Cảm ơn bạn đã tham gia biểu quyết.</div>',
                         seed="poll")
        if path.endswith(".pdf") and path.startswith("/uploads/files/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path == "/thumbnail.ashx":
            return static_file("thumb.jpg")
        if path == "/content/css":
            return static_file("bundle.css")
        if path.startswith(("/uploads/", "/content/", "/favicon")):
            return static_file(path)
        if path.startswith("/bundles/"):
            kind = ".css" if "css" in path else ".js"
            return static_file(path + kind)
        return None


def build_site() -> Site:
    return Site()
