"""Trường Chính trị tỉnh Bến Tre: a JSF 2.2 (Mojarra) + PrimeFaces 5 portal by a provincial vendor, 2016.

Platform
--------
A Java EE web application deployed as ``/portal`` on Tomcat 7 (``jvmRoute=node2``), built around
2016 by a provincial IT company: Facelets templates (``/WEB-INF/template/layout.xhtml``),
PrimeFaces 5.3 components (menubar, breadcrumb, data grid with paginator, carousel, rating,
dialog), Mojarra's server-side state saving (``javax.faces.ViewState`` hidden fields of the form
``-2381939582914392048:7261782738152728381``), PrettyFaces for a few "pretty" article URLs, the
news text stored as CKEditor 4 HTML and written with ``<h:outputText escape="false">``. Every
page prints ``<base href="http://<host>/portal/">`` and writes its links relative to it.

URL scheme
----------
- ``/`` (and ``/portal/``) → 302 to ``/portal/faces/home.xhtml`` (with ``;jsessionid=…`` when the
  visitor sent no cookie); the home page is also served at ``/portal/home.xhtml``.
- listings ``/portal/tin-tuc.xhtml?cat=<id>&page=<n>`` (4 items a page; ``page`` omitted = 1);
- articles ``/portal/chi-tiet.xhtml?id=<id>`` (+ ``&cat=<id>`` from listings), some also linked at
  the PrettyFaces URL ``/portal/tin/<id>/<slug>``; print view ``/portal/in-tin.xhtml?id=<id>``;
- every ``*.xhtml`` view also answers under the ``/faces/*`` mapping (``/portal/faces/…``);
- other views: ``gioi-thieu``, ``co-cau-to-chuc``, ``lien-he``, ``van-ban``, ``van-ban-ct?id=``,
  ``thu-vien-anh?album=``, ``tim-kiem?tuKhoa=`` (search results, reached by the header form);
- JSF resources ``/portal/javax.faces.resource/<name>.xhtml?ln=<library>``; article photos under
  ``/portal/upload/…`` or from the servlet ``/portal/ViewImage?fid=…``; files from
  ``/portal/DownloadServlet?fileId=…``.
- Tomcat URL rewriting: a request without a ``JSESSIONID`` cookie gets a session; the answer sets
  the cookie (``Path=/portal``) and appends ``;jsessionid=<32 hex>.node2`` to every link, form
  action and JSF resource URL it prints (the id of the URL when the request carried one). Links
  stored in article HTML (a "Xem thêm" line) carry no id. The fixture hands every cookie-less first
  request the same id (``START_SID``) so the URL forms stay bounded.

Page templates
--------------
- header: top bar with today's date "Thứ Bảy, 05/12/2026", banner whose ``<h1>`` is the school's
  name, PrimeFaces menubar (``frmMenu:mnChinh``) with drop-downs, search form ``frmTimKiem``
  (POST-back), a ``<marquee>`` of notices;
- breadcrumb: ``p:breadCrumb`` ("Trang chủ › Tin tức - Sự kiện › Tin hoạt động");
- article (``chi-tiet.xhtml``): ``<h2>`` headline in ``frmCT:pnlCT``, info row (date, "Chuyên mục",
  "Lượt xem", optional "Tác giả", "Người đăng"), tool row (print via ``window.open``, e-mail
  dialog, font size, Facebook like), ``p:rating``, the sapo in ``div.ctTomTat``, the text in
  ``frmCT:pnlNoiDung`` followed (inside it) by "Tin liên quan", then "Từ khóa" and
  "Tin cùng chuyên mục"; a hidden ``p:dialog`` "Gửi bài viết qua email" at the end;
- listing (``tin-tuc.xhtml``): ``p:dataGrid`` of items (thumbnail link, ``h:commandLink``
  headline, date, teaser, "Chi tiết »"), PrimeFaces paginator, and the vendor's GET pager;
- sidebar: "Đọc nhiều" (pretty URLs), "Liên kết website" select, poll, visitor counter, banners;
- footer: address, phone, e-mail, licence, vendor credit.

How each gold article is reached
--------------------------------
Categories: 1 "Tin hoạt động" and 3 "Thông báo" (both under the menu "Tin tức - Sự kiện"),
2 "Nghiên cứu - Trao đổi". Listings hold 4 items a page, newest first.

- cat 1 page 1: 2311, 2308, 2302, 2297; page 2: 2290, 2284 (linked from nowhere else but each
  other's "Tin liên quan").
- cat 2 page 1: 2306, 2299, 2293, 2288; page 2: 2281 (linked from nowhere else).
- cat 3 page 1: 2310, 2308 (also filed in cat 1), 2295.
- home: carousel (2311 at its *old* pretty URL, 2306 at ``faces/chi-tiet.xhtml``), blocks
  "Tin hoạt động" (2311, 2308, 2302), "Nghiên cứu - Trao đổi" (2306, 2299, 2293), "Thông báo"
  (2310, 2295); sidebar "Đọc nhiều" (2302, 2297, 2293 at pretty URLs).

Traps
-----
1. Session ids in URLs (Tomcat URL rewriting). ``/`` answers 302 to
   ``/portal/faces/home.xhtml;jsessionid=<hex>.node2`` and sets a cookie; a client that does not
   send the cookie back gets ``;jsessionid=…`` in every link, form action and resource URL, on
   pretty URLs after the slug (``tin/2302/<slug>;jsessionid=…``). Gold: the clean
   ``/portal/chi-tiet.xhtml?id=N``; every ``;jsessionid=`` form of the start session's id is in
   ``alt_paths``.
2. ``<base href="http://<host>/portal/">`` with relative links and relative image ``src``. The
   PrettyFaces pages live two levels deeper (``/portal/tin/<id>/<slug>``): resolved against the
   document instead of the base, ``chi-tiet.xhtml?id=2297`` becomes
   ``/portal/tin/2311/chi-tiet.xhtml?id=2297`` (404) and a photo ``/portal/tin/2311/upload/…``.
   Gold: links and images resolve against the base (``/portal/upload/tintuc/…``).
3. Headlines in listings are ``h:commandLink``s: ``href="#"`` plus
   ``onclick="mojarra.jsfcljs(document.getElementById('frmDS'),{…,'id':'2311'},'')"``, a form
   POST-back answered by a 302 to the article. The only GET links to an article in a listing are
   its thumbnail and the "Chi tiết »" link (``chi-tiet.xhtml?id=N&cat=C``). Gold: unaffected.
4. The PrimeFaces paginator is made of ``<span class="ui-paginator-page">`` driven by an ajax
   POST (``frmDS:dgTin_first=4`` + ViewState, answered with a ``<partial-response>``). The plain
   GET pager the vendor added for search engines (``div.dsPhanTrang``, ``?cat=1&page=2``) is the
   only way to 2290, 2284 and 2281. Gold: those three articles are in the gold.
5. Java's default date strings leak through ``h:outputText`` without a converter:
   ``Date.toString()`` "Fri Nov 27 09:15:00 ICT 2026" (2308, 2293, 2288; ICT = UTC+7),
   ``java.sql.Timestamp`` "2026-11-20 08:15:00.0" (2302) and "2026-10-30 00:00:00.0" (2290), and
   ``hh:mm:ss a`` in the vi locale "13/11/2026 03:45:00 CH" (2297; SA = morning, CH = afternoon).
   Gold: "2026-11-27T09:15:00+07:00", "2026-11-20T08:15:00+07:00", "2026-10-30" (midnight = the
   day alone), "2026-11-13T15:45:00+07:00". The listing prints only "(dd/MM/yyyy)".
6. One info row prints three dates, "Ngày tạo: 14/10/2026 16:02 | Ngày đăng: 16/10/2026 07:45 |
   Cập nhật: 22/10/2026 10:11" (2284). Gold: the "Ngày đăng", "2026-10-16T07:45:00+07:00".
7. Chrome in the headline's places: ``<title>`` is the school's name on every page, the ``<h1>``
   is the banner (the school's name again), there is no ``og:title``; the headline is the
   ``<h2>`` of ``frmCT:pnlCT``, and like the sapo and every listing title it is written by
   Mojarra's escaper: Latin-1 letters as named entities, the rest as decimal references
   (``Tr&#432;&#7901;ng Ch&iacute;nh tr&#7883;``). Gold title: the ``<h2>``, decoded.
8. A breadcrumb that follows the URL: the "Thông báo" listing links 2308 (filed under "Tin hoạt
   động") as ``chi-tiet.xhtml?id=2308&cat=3``, and that page's breadcrumb ends in "Thông báo".
   The info row's "Chuyên mục:" and the breadcrumb at the canonical URL say "Tin hoạt động".
   Gold category: "Tin hoạt động".
9. One article, many URLs: ``/portal/…`` and ``/portal/faces/…`` (FacesServlet mapped both as
   ``*.xhtml`` and ``/faces/*``), ``&cat=C`` from listings, PrettyFaces ``/portal/tin/<id>/<slug>``
   whose slug is never checked: 2311 was renamed, the home carousel still links the old slug,
   "Tin liên quan" of 2308 and every ``og:url`` the new one; the print view ``in-tin.xhtml`` is
   opened only by ``window.open``. Gold path ``/portal/chi-tiet.xhtml?id=N``, all others
   ``alt_paths``.
10. Widgets inside the text's container ``frmCT:pnlNoiDung``: after the byline comes
    "Tin liên quan:" with dated links; between the info row and the sapo sits a ``p:rating``
    ("Đánh giá: … (12 lượt)"); after the page a hidden ``p:dialog`` repeats title and sapo
    ("Gửi bài viết qua email"). Gold body: the text paragraphs only.
11. Photos: 2302's come from the servlet ``ViewImage?fid=…&loai=tt`` (no file extension); the
    line under its second photo is only a credit "Ảnh: Minh Trí"; 2311's first caption is printed
    in parentheses; 2288's photo says "Ảnh minh họa". Gold: images in order with their
    ``/portal/ViewImage?…`` paths; captions without parentheses; the credit line gives a
    photographer and no caption; "Ảnh minh họa" is that photo's caption.
12. Bylines: every article's info row prints the CMS account "Người đăng: bttbentre" (nobody);
    the template field "Tác giả: TS. Trần Quốc Việt" (2299) and "Tác giả: Nguyễn Hoàng Nam"
    (2284); closing lines with degree and unit ("ThS. Nguyễn Thị Thu Trang" / "Khoa Lý luận cơ
    sở"), a unit in parentheses ("Thu Hà (Phòng Tổ chức - Hành chính)"), "Tin, ảnh: …", units
    signing alone ("Khoa Lý luận cơ sở", "Phòng Quản lý đào tạo"), "Nguồn: Báo Đồng Khởi",
    "Theo Tạp chí Tuyên giáo". Gold: names only; the unit alone is the author as printed.
13. POST-backs with a ViewState the server does not know (any value not of Mojarra's
    ``<long>:<long>`` form) answer 200 with the vendor's "Phiên làm việc đã hết hạn" page, not an
    article and not an error status. Gold: nothing from such a page.

Gold decisions on ambiguous points
----------------------------------
- ``title``: the ``<h2>`` headline (never the ``<title>``/``<h1>`` school name).
- ``published_at``: the article page's publication date as explained in traps 5 and 6; the
  notice 2310 prints only "Ngày đăng: 01/12/2026" and is day-only. The print view prints the
  same instant as "dd/MM/yyyy HH:mm" (midnight for 2290 and 2310, which stay day-only).
- ``summary``: the ``div.ctTomTat`` text when the article has one (then also the body's first
  paragraph); 2297 has no ``ctTomTat`` but a bold lead paragraph, which is its sapo; 2308, 2299,
  2284, 2310, 2295 have none (null). ``meta description`` is the site's, never a sapo.
- ``body``: CKEditor paragraphs, headings (``<h3>``, bold heading paragraphs), list items and
  table rows (cells joined by " | "); a ``<br />`` splits 2284's third paragraph in two; 2306's
  footnote calls "[1]" stay in their sentences and "Tài liệu tham khảo" with its entries is
  text. Not body: bylines, "Nguồn:"/"Theo" lines, "File đính kèm:" and "Xem thêm:" lines, the
  empty ``<p>&nbsp;</p>`` spacers, "Tin liên quan" and everything outside ``frmCT:pnlNoiDung``.
  2299's text is stored with CKEditor's entity option (``&agrave;``, ``&#7897;``): decoded.
- ``authors``: see trap 12; 2295 has no byline (``[]``).
- ``category``: the article's own category (trap 8).
- ``images``: the article's photos only; listing thumbnails (``upload/thumb/…``), the logo,
  print/e-mail icons, sidebar banners and the PDF icon of 2310's "File đính kèm:" line (inside the
  text's container) are not article images.
- ``alt_paths``: every other URL of the article as listed in trap 9, with and without the start
  session's ``;jsessionid=``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "java_jsf_vendor_tct"
PLATFORM = "Java EE JSF 2.2 (Mojarra) + PrimeFaces 5.3 vendor portal on Tomcat 7 (2016)"
START_PATH = "/"

SITE_NAME = "Trường Chính trị tỉnh Bến Tre"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
ROWS = 4

CATS = {1: "Tin hoạt động", 2: "Nghiên cứu - Trao đổi", 3: "Thông báo"}
#: breadcrumb parents: categories 1 and 3 sit under the menu "Tin tức - Sự kiện"
CAT_PARENT = {1: "Tin tức - Sự kiện", 3: "Tin tức - Sự kiện"}

_DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _dt(value: str) -> datetime:
    return datetime.fromisoformat(value)


# --- the articles ---------------------------------------------------------------------------

_BYLINE_R = '<p style="text-align: right;">{}</p>'

STORIES: list[Story] = [
    Story(
        id=2311,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-he-khong-tap-trung-tai-huyen-mo-cay-nam",
        title="Khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung tại huyện Mỏ Cày Nam",
        cat="1",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Sáng ngày 03/12/2026, tại Trung tâm Chính trị huyện Mỏ Cày Nam, Trường Chính trị tỉnh "
            "Bến Tre phối hợp với Ban Tuyên giáo Huyện ủy tổ chức khai giảng lớp Trung cấp lý luận "
            "chính trị - hành chính hệ không tập trung khóa 2026 - 2027 cho 86 học viên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự lễ khai giảng có đồng chí Nguyễn Văn Hòa, Phó Hiệu trưởng Trường Chính trị tỉnh; "
                "đồng chí Trần Thị Kim Loan, Phó Bí thư Thường trực Huyện ủy Mỏ Cày Nam; đại diện lãnh "
                "đạo các phòng, khoa của Trường cùng toàn thể học viên của lớp."
            ),
            Img(
                "upload/tintuc/2026/12/2311_khai-giang-1.jpg",
                "(Quang cảnh lễ khai giảng)",
                "Quang cảnh lễ khai giảng",
                "tbl",
            ),
            P(
                "Phát biểu khai giảng, đồng chí Nguyễn Văn Hòa nhấn mạnh: lớp học được mở nhằm trang bị "
                "cho cán bộ, công chức cấp huyện và cấp xã những kiến thức cơ bản về lý luận chính trị, "
                "quản lý nhà nước và kỹ năng lãnh đạo, quản lý, góp phần chuẩn hóa đội ngũ cán bộ theo "
                "quy định."
            ),
            P(
                "Theo kế hoạch, lớp học kéo dài 18 tháng với 4 phần học, gồm: những vấn đề cơ bản của "
                "chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh; những vấn đề cơ bản về Đảng Cộng sản và "
                "lịch sử Đảng Cộng sản Việt Nam; những vấn đề cơ bản về hệ thống chính trị, Nhà nước và "
                "pháp luật; những vấn đề cơ bản về quản lý hành chính nhà nước và kỹ năng lãnh đạo, "
                "quản lý ở cơ sở."
            ),
            Img(
                "upload/tintuc/2026/12/2311_khai-giang-2.jpg",
                "Đồng chí Trần Thị Kim Loan phát biểu tại buổi lễ",
                "Đồng chí Trần Thị Kim Loan phát biểu tại buổi lễ",
                "tbl",
            ),
            P(
                "Đồng chí Trần Thị Kim Loan đề nghị học viên sắp xếp công việc hợp lý, tham gia học tập "
                "đầy đủ, nghiêm túc chấp hành nội quy, quy chế của nhà trường; đồng thời liên hệ thực "
                "tiễn địa phương để vận dụng kiến thức vào công tác chuyên môn."
            ),
            P(
                "Thay mặt học viên, đồng chí Lê Văn Phúc, lớp trưởng, hứa sẽ phát huy tinh thần tự giác, "
                "đoàn kết, giúp nhau hoàn thành tốt chương trình học tập."
            ),
            Raw(_BYLINE_R.format("<strong>Tin, ảnh: Lê Thị Ngọc Hân</strong>")),
        ],
        authors=["Lê Thị Ngọc Hân"],
        photographers=["Lê Thị Ngọc Hân"],
        opts={
            "date": "2026-12-03T14:30",
            "fmt": "std",
            "old_slugs": ["khai-giang-lop-trung-cap-llct-hc-tai-mo-cay-nam"],
            "related": [2297, 2302],
        },
    ),
    Story(
        id=2308,
        slug="ket-qua-hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        title="Kết quả Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        cat="1",
        published_at="2026-11-27T09:15:00+07:00",
        blocks=[
            P(
                "Từ ngày 23 đến ngày 26/11/2026, Trường Chính trị tỉnh Bến Tre tổ chức Hội thi giảng viên "
                "dạy giỏi cấp trường năm 2026. Đây là hoạt động thiết thực chào mừng kỷ niệm 44 năm Ngày "
                "Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
            ),
            P(
                "Hội thi có 12 giảng viên đến từ 4 khoa chuyên môn tham gia. Mỗi giảng viên trình bày một "
                "bài giảng trên lớp trong thời gian 45 phút, sau đó trả lời câu hỏi của Ban Giám khảo về "
                "nội dung, phương pháp và khả năng liên hệ thực tiễn."
            ),
            P(
                "Ban Giám khảo đánh giá các bài giảng năm nay được chuẩn bị công phu, nhiều giảng viên đã "
                "ứng dụng công nghệ thông tin, sử dụng tình huống thực tế của địa phương để minh họa, tạo "
                "không khí sôi nổi trong lớp học."
            ),
            P("Kết quả cụ thể như sau:", "bold"),
            P("Giải | Họ và tên | Khoa", "tr"),
            P("Giải Nhất | Phạm Thị Mỹ Duyên | Khoa Xây dựng Đảng", "tr"),
            P("Giải Nhì | Võ Minh Khang | Khoa Nhà nước và pháp luật", "tr"),
            P("Giải Ba | Huỳnh Thị Bích Ngọc | Khoa Lý luận cơ sở", "tr"),
            P(
                "Ngoài ra, Ban Tổ chức trao 3 giải Khuyến khích cho các giảng viên có bài giảng đạt yêu "
                "cầu. Các giảng viên đạt giải Nhất, Nhì sẽ được nhà trường cử tham dự Hội thi giảng viên "
                "dạy giỏi các trường chính trị khu vực Tây Nam Bộ năm 2027."
            ),
            Raw("<p>&nbsp;</p>"),
            Raw(_BYLINE_R.format("<em>Phòng Quản lý đào tạo</em>")),
        ],
        authors=["Phòng Quản lý đào tạo"],
        opts={"date": "2026-11-27T09:15", "fmt": "javadate", "also": [3], "related": [2311]},
    ),
    Story(
        id=2302,
        slug="be-giang-lop-cao-cap-ly-luan-chinh-tri-he-khong-tap-trung-khoa-2024-2026",
        title="Bế giảng lớp Cao cấp lý luận chính trị hệ không tập trung khóa 2024 - 2026 tại Bến Tre",
        cat="1",
        published_at="2026-11-20T08:15:00+07:00",
        summary=(
            "Ngày 19/11/2026, Học viện Chính trị khu vực IV phối hợp với Trường Chính trị tỉnh Bến Tre "
            "tổ chức lễ bế giảng và trao bằng tốt nghiệp lớp Cao cấp lý luận chính trị hệ không tập "
            "trung khóa 2024 - 2026 cho 112 học viên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Lớp học được khai giảng vào tháng 10/2024, học viên là cán bộ lãnh đạo, quản lý các sở, "
                "ban, ngành tỉnh và các huyện, thành phố. Qua hơn 2 năm học tập, học viên đã được trang "
                "bị hệ thống kiến thức toàn diện về lý luận chính trị, khoa học lãnh đạo, quản lý."
            ),
            Img(
                "ViewImage?fid=2026112008150101&loai=tt",
                "Lãnh đạo Học viện Chính trị khu vực IV trao bằng tốt nghiệp cho học viên",
                "Lãnh đạo Học viện Chính trị khu vực IV trao bằng tốt nghiệp cho học viên",
                "tbl",
            ),
            P(
                "Kết quả, 100% học viên đủ điều kiện tốt nghiệp, trong đó có 27 học viên đạt loại giỏi, "
                "85 học viên đạt loại khá. Nhiều khóa luận tốt nghiệp đã đề xuất những giải pháp có giá "
                "trị thực tiễn đối với sự phát triển kinh tế - xã hội của tỉnh."
            ),
            P(
                "Phát biểu tại buổi lễ, PGS.TS Đỗ Văn Nam, Phó Giám đốc Học viện Chính trị khu vực IV đánh "
                "giá cao sự phối hợp chặt chẽ của Trường Chính trị tỉnh Bến Tre trong công tác quản lý lớp "
                "học, bảo đảm cơ sở vật chất và điều kiện phục vụ học tập."
            ),
            Img("ViewImage?fid=2026112008150102&loai=tt", "Ảnh: Minh Trí", None, "tbl"),
            P(
                "Đồng chí Nguyễn Thị Hồng Nhung, Hiệu trưởng Trường Chính trị tỉnh mong muốn các học viên "
                "tiếp tục tự học, tự rèn luyện, vận dụng sáng tạo kiến thức đã học vào thực tiễn công tác "
                "tại cơ quan, đơn vị."
            ),
            Raw(_BYLINE_R.format("<strong>Minh Trí</strong>")),
            Raw(_BYLINE_R.format("<em>Nguồn: Báo Đồng Khởi</em>")),
        ],
        authors=["Minh Trí"],
        photographers=["Minh Trí"],
        source="Báo Đồng Khởi",
        opts={"date": "2026-11-20T08:15", "fmt": "timestamp", "related": [2311, 2306]},
    ),
    Story(
        id=2297,
        slug="doan-kiem-tra-cua-ban-thuong-vu-tinh-uy-lam-viec-voi-truong-chinh-tri-tinh",
        title="Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy làm việc với Trường Chính trị tỉnh",
        cat="1",
        published_at="2026-11-13T15:45:00+07:00",
        summary=(
            "Chiều ngày 13/11/2026, Đoàn kiểm tra số 3 của Ban Thường vụ Tỉnh ủy do đồng chí Phan Văn "
            "Lực, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy làm trưởng đoàn đã làm việc với "
            "Trường Chính trị tỉnh về việc thực hiện nhiệm vụ đào tạo, bồi dưỡng cán bộ năm 2026."
        ),
        blocks=[
            P(
                "Chiều ngày 13/11/2026, Đoàn kiểm tra số 3 của Ban Thường vụ Tỉnh ủy do đồng chí Phan Văn "
                "Lực, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy làm trưởng đoàn đã làm việc với "
                "Trường Chính trị tỉnh về việc thực hiện nhiệm vụ đào tạo, bồi dưỡng cán bộ năm 2026.",
                "lead",
            ),
            P(
                "Báo cáo với Đoàn, lãnh đạo nhà trường cho biết, trong năm 2026, Trường đã mở 24 lớp đào "
                "tạo, bồi dưỡng với hơn 2.300 lượt học viên, đạt 108% kế hoạch năm. Công tác quản lý học "
                "viên được thực hiện chặt chẽ; chất lượng giảng dạy từng bước được nâng lên."
            ),
            P(
                "Bên cạnh kết quả đạt được, nhà trường cũng thẳng thắn chỉ ra những hạn chế như: đội ngũ "
                "giảng viên còn thiếu so với yêu cầu; một số giảng viên trẻ chưa có nhiều kinh nghiệm "
                "thực tiễn; cơ sở vật chất, trang thiết bị phục vụ giảng dạy theo hướng số hóa còn hạn "
                "chế."
            ),
            Img(
                "upload/tintuc/2026/11/2297_lam-viec.jpg",
                "Đồng chí Phan Văn Lực phát biểu kết luận buổi làm việc",
                "Đồng chí Phan Văn Lực phát biểu kết luận buổi làm việc",
                "pc",
            ),
            P(
                "Kết luận buổi làm việc, đồng chí Phan Văn Lực ghi nhận, biểu dương những kết quả nhà "
                "trường đạt được; đồng thời đề nghị Trường tiếp tục đổi mới nội dung, phương pháp giảng "
                "dạy, tăng cường đi thực tế cơ sở, chuẩn bị tốt các điều kiện để giữ vững chuẩn trường "
                "chính trị mức 1."
            ),
            Raw(_BYLINE_R.format("<strong>Thu Hà</strong> <em>(Phòng Tổ chức - Hành chính)</em>")),
        ],
        authors=["Thu Hà"],
        opts={"date": "2026-11-13T15:45", "fmt": "sa_ch", "related": [2302]},
    ),
    Story(
        id=2290,
        slug="giang-vien-truong-chinh-tri-tinh-di-nghien-cuu-thuc-te-tai-huyen-thanh-phu",
        title="Giảng viên Trường Chính trị tỉnh đi nghiên cứu thực tế tại huyện Thạnh Phú",
        cat="1",
        published_at="2026-10-30",
        summary=(
            "Thực hiện kế hoạch năm 2026, từ ngày 27 đến ngày 29/10/2026, 32 giảng viên của Trường "
            "Chính trị tỉnh Bến Tre đã đi nghiên cứu thực tế tại huyện Thạnh Phú."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại đây, đoàn đã làm việc với Ban Thường vụ Huyện ủy Thạnh Phú, nghe báo cáo tình hình "
                "thực hiện Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2025 - 2030, kết quả xây dựng nông "
                "thôn mới và công tác ứng phó với hạn mặn, biến đổi khí hậu."
            ),
            P(
                "Đoàn đã đến thăm mô hình nuôi tôm ứng dụng công nghệ cao tại xã Thạnh Hải, mô hình trồng "
                "dừa hữu cơ của Hợp tác xã Dừa Thạnh Phong và khu di tích Bến Tắt Thạnh Phong - Đường Hồ "
                "Chí Minh trên biển.",
                "span",
            ),
            Img(
                "upload/tintuc/2026/10/2290_thuc-te.jpg",
                "Đoàn giảng viên tham quan mô hình nuôi tôm công nghệ cao tại xã Thạnh Hải",
                "Đoàn giảng viên tham quan mô hình nuôi tôm công nghệ cao tại xã Thạnh Hải",
                "pc",
            ),
            P(
                "Qua chuyến đi thực tế, các giảng viên có thêm tư liệu sinh động để bổ sung vào bài giảng, "
                "góp phần thực hiện tốt phương châm “lý luận gắn với thực tiễn, học đi đôi với hành” "
                "trong công tác đào tạo, bồi dưỡng cán bộ.",
                "span",
            ),
            Raw(_BYLINE_R.format("<strong><em>Khoa Lý luận cơ sở</em></strong>")),
        ],
        authors=["Khoa Lý luận cơ sở"],
        opts={"date": "2026-10-30T00:00", "fmt": "timestamp", "related": [2284, 2306]},
    ),
    Story(
        id=2284,
        slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv-nam-2026",
        title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
        cat="1",
        published_at="2026-10-16T07:45:00+07:00",
        blocks=[
            P(
                "Ngày 15/10/2026, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV năm 2026 với "
                "chủ đề “Nâng cao chất lượng sinh hoạt chi bộ gắn với việc học tập và làm theo tư tưởng, "
                "đạo đức, phong cách Hồ Chí Minh”."
            ),
            P(
                "Tại buổi sinh hoạt, đảng viên đã nghe đồng chí Bí thư Chi bộ trình bày báo cáo chuyên đề, "
                "trong đó tập trung làm rõ những yêu cầu đối với sinh hoạt chi bộ ở đơn vị sự nghiệp, vai "
                "trò của người đứng đầu và trách nhiệm nêu gương của mỗi đảng viên."
            ),
            P("Các đảng viên đã thảo luận sôi nổi, đóng góp nhiều ý kiến thiết thực.", "br1"),
            P(
                "Nhiều ý kiến đề nghị đổi mới cách thức tổ chức sinh hoạt, tăng cường trao đổi các vấn đề "
                "chuyên môn, tránh tình trạng hình thức, đơn điệu.",
                "br2",
            ),
            P(
                "Kết thúc buổi sinh hoạt, Chi bộ thống nhất giao mỗi đảng viên đăng ký ít nhất một việc làm "
                "cụ thể để thực hiện trong quý IV, gắn với nhiệm vụ giảng dạy, nghiên cứu khoa học của "
                "khoa."
            ),
        ],
        authors=["Nguyễn Hoàng Nam"],
        opts={
            "date": "2026-10-16T07:45",
            "fmt": "triple",
            "created": "2026-10-14T16:02",
            "updated": "2026-10-22T10:11",
            "tacgia": "Nguyễn Hoàng Nam",
            "related": [2290, 2299],
        },
    ),
    Story(
        id=2306,
        slug="nang-cao-chat-luong-doi-ngu-giang-vien-truong-chinh-tri-cap-tinh",
        title="Nâng cao chất lượng đội ngũ giảng viên trường chính trị cấp tỉnh đáp ứng yêu cầu trong tình hình mới",
        cat="2",
        published_at="2026-11-25T16:20:00+07:00",
        summary=(
            "Đội ngũ giảng viên là lực lượng nòng cốt quyết định chất lượng đào tạo, bồi dưỡng cán bộ "
            "của trường chính trị cấp tỉnh. Bài viết phân tích thực trạng và đề xuất một số giải pháp "
            "nâng cao chất lượng đội ngũ giảng viên Trường Chính trị tỉnh Bến Tre trong giai đoạn hiện "
            "nay."
        ),
        sapo_outside=True,
        blocks=[
            P("1. Vai trò của đội ngũ giảng viên trường chính trị cấp tỉnh", "h3"),
            P(
                "Quy định số 09-QĐi/TW ngày 13/11/2018 của Ban Bí thư về chức năng, nhiệm vụ, tổ chức bộ máy "
                "của trường chính trị tỉnh, thành phố trực thuộc Trung ương xác định trường chính trị là cơ "
                "sở đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở địa phương.[1] Để "
                "thực hiện tốt chức năng đó, đội ngũ giảng viên phải vừa vững về lý luận, vừa am hiểu thực "
                "tiễn."
            ),
            P(
                "Giảng viên không chỉ truyền đạt tri thức mà còn góp phần định hướng tư tưởng, bồi dưỡng bản "
                "lĩnh chính trị, đạo đức cách mạng cho học viên là cán bộ, đảng viên đang công tác tại cơ "
                "sở."
            ),
            P("2. Thực trạng đội ngũ giảng viên Trường Chính trị tỉnh Bến Tre", "h3"),
            P(
                "Hiện nay, nhà trường có 38 giảng viên cơ hữu, trong đó 2 tiến sĩ, 31 thạc sĩ; 100% giảng "
                "viên có trình độ cao cấp lý luận chính trị. Tuy nhiên, số giảng viên có kinh nghiệm thực "
                "tiễn ở vị trí lãnh đạo, quản lý còn ít; khả năng nghiên cứu khoa học và ứng dụng công nghệ "
                "thông tin của một bộ phận giảng viên chưa đáp ứng yêu cầu.[2]"
            ),
            P("3. Một số giải pháp", "h3"),
            P(
                "Một là, thực hiện tốt công tác quy hoạch, tuyển dụng, ưu tiên thu hút người có kinh nghiệm "
                "thực tiễn ở cơ sở.",
                "li",
            ),
            P(
                "Hai là, đẩy mạnh bồi dưỡng chuyên môn, nghiệp vụ sư phạm, ngoại ngữ và kỹ năng số cho "
                "giảng viên.",
                "li",
            ),
            P("Ba là, gắn giảng dạy với nghiên cứu khoa học và tổng kết thực tiễn địa phương.", "li"),
            P(
                "Bốn là, hoàn thiện cơ chế, chính sách đãi ngộ để giảng viên yên tâm công tác, gắn bó lâu "
                "dài với nhà trường.",
                "li",
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Nguyễn Thị Thu Trang</strong><br />'
                "<em>Khoa Lý luận cơ sở</em></p>"
            ),
            P("Tài liệu tham khảo", "bold"),
            P(
                "[1] Ban Bí thư (2018), Quy định số 09-QĐi/TW về chức năng, nhiệm vụ, tổ chức bộ máy của "
                "trường chính trị tỉnh, thành phố trực thuộc Trung ương.",
                "small",
            ),
            P(
                "[2] Trường Chính trị tỉnh Bến Tre (2026), Báo cáo tổng kết năm học 2025 - 2026.",
                "small",
            ),
        ],
        authors=["Nguyễn Thị Thu Trang"],
        opts={"date": "2026-11-25T16:20", "fmt": "std", "related": [2299, 2293]},
    ),
    Story(
        id=2299,
        slug="van-dung-phuong-phap-day-hoc-tich-cuc-trong-giang-day-ly-luan-chinh-tri",
        title="Vận dụng phương pháp dạy học tích cực trong giảng dạy các môn lý luận chính trị",
        cat="2",
        published_at="2026-11-17T10:30:00+07:00",
        blocks=[
            P(
                "Đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực, chủ động của người học là "
                "yêu cầu xuyên suốt trong công tác đào tạo, bồi dưỡng cán bộ ở các trường chính trị hiện "
                "nay."
            ),
            P(
                "Học viên của trường chính trị là những người đã trưởng thành, có kinh nghiệm công tác và "
                "vốn sống phong phú. Vì vậy, phương pháp thuyết trình một chiều không còn phù hợp, dễ gây "
                "nhàm chán và hạn chế khả năng vận dụng lý luận vào thực tiễn."
            ),
            P(
                "Thực tế giảng dạy tại Trường Chính trị tỉnh Bến Tre cho thấy, các phương pháp như thảo luận "
                "nhóm, nghiên cứu tình huống, đóng vai, sơ đồ tư duy… khi được sử dụng phù hợp đã giúp học "
                "viên hứng thú hơn, mạnh dạn trao đổi và liên hệ với công việc của mình."
            ),
            P(
                "Để vận dụng hiệu quả, giảng viên cần chuẩn bị kỹ hệ thống câu hỏi, tình huống sát với thực "
                "tiễn địa phương; biết tổ chức, điều khiển lớp học linh hoạt; đồng thời kết hợp hài hòa "
                "giữa phương pháp truyền thống và phương pháp hiện đại."
            ),
            P(
                "Bên cạnh đó, nhà trường cần đầu tư trang thiết bị, phòng học đa phương tiện, xây dựng ngân "
                "hàng tình huống dùng chung cho các khoa, tạo điều kiện để giảng viên thường xuyên dự giờ, "
                "trao đổi kinh nghiệm lẫn nhau."
            ),
        ],
        authors=["Trần Quốc Việt"],
        opts={
            "date": "2026-11-17T10:30",
            "fmt": "std",
            "tacgia": "TS. Trần Quốc Việt",
            "entities": True,
            "related": [2306],
        },
    ),
    Story(
        id=2293,
        slug="phat-huy-vai-tro-cua-doi-ngu-bao-cao-vien-trong-cong-tac-tuyen-truyen-o-co-so",
        title="Phát huy vai trò của đội ngũ báo cáo viên trong công tác tuyên truyền ở cơ sở",
        cat="2",
        published_at="2026-11-06T10:05:00+07:00",
        summary=(
            "Báo cáo viên là lực lượng trực tiếp đưa chủ trương, đường lối của Đảng, chính sách, pháp "
            "luật của Nhà nước đến với cán bộ, đảng viên và nhân dân. Phát huy vai trò của đội ngũ này "
            "có ý nghĩa quan trọng trong việc tạo đồng thuận xã hội ở cơ sở."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Những năm qua, đội ngũ báo cáo viên các cấp trong tỉnh Bến Tre không ngừng được củng cố, "
                "kiện toàn. Nhiều báo cáo viên đã chủ động đổi mới nội dung, hình thức tuyên truyền, kịp "
                "thời định hướng dư luận trước những vấn đề mới phát sinh."
            ),
            P(
                "Tuy nhiên, một bộ phận báo cáo viên ở cơ sở còn kiêm nhiệm nhiều việc, ít có thời gian "
                "nghiên cứu; cách truyền đạt còn nặng về đọc tài liệu, chưa thu hút người nghe, nhất là "
                "đối tượng thanh niên."
            ),
            P("Để phát huy vai trò của đội ngũ báo cáo viên, cần chú trọng một số nội dung sau:"),
            P(
                "Thường xuyên bồi dưỡng kiến thức, kỹ năng nói trước công chúng, kỹ năng sử dụng mạng xã "
                "hội cho báo cáo viên.",
                "li",
            ),
            P(
                "Cung cấp thông tin kịp thời, đầy đủ, nhất là thông tin về tình hình thời sự trong nước, "
                "quốc tế và của địa phương.",
                "li",
            ),
            P("Có chế độ khuyến khích, động viên phù hợp đối với báo cáo viên hoạt động hiệu quả.", "li"),
            P(
                "Trường Chính trị tỉnh với chức năng đào tạo, bồi dưỡng cán bộ sẽ tiếp tục phối hợp với Ban "
                "Tuyên giáo Tỉnh ủy tổ chức các lớp bồi dưỡng nghiệp vụ cho báo cáo viên cấp huyện, cấp xã "
                "trong thời gian tới."
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Đặng Thị Mai Phương</strong> - '
                "Giảng viên Khoa Nhà nước và pháp luật</p>"
            ),
        ],
        authors=["Đặng Thị Mai Phương"],
        opts={"date": "2026-11-06T10:05", "fmt": "javadate", "related": [2288]},
    ),
    Story(
        id=2288,
        slug="ben-tre-xay-dung-doi-ngu-can-bo-cap-xa-dap-ung-yeu-cau-chuyen-doi-so",
        title="Bến Tre xây dựng đội ngũ cán bộ cấp xã đáp ứng yêu cầu chuyển đổi số",
        cat="2",
        published_at="2026-10-27T15:10:00+07:00",
        summary=(
            "Chuyển đổi số đặt ra yêu cầu mới đối với đội ngũ cán bộ, công chức cấp xã. Thời gian qua, "
            "tỉnh Bến Tre đã triển khai nhiều giải pháp nhằm nâng cao năng lực số cho đội ngũ này."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo số liệu của Sở Nội vụ, đến cuối tháng 9/2026, toàn tỉnh có hơn 3.100 cán bộ, công chức "
                "cấp xã; trong đó trên 92% có trình độ chuyên môn đại học trở lên, song tỷ lệ được bồi "
                "dưỡng kỹ năng số chỉ đạt khoảng 47%."
            ),
            Img("upload/tintuc/2026/10/2288_chuyen-doi-so.jpg", "Ảnh minh họa", "Ảnh minh họa", "pc"),
            P(
                "Năm 2026, Trường Chính trị tỉnh phối hợp với Sở Thông tin và Truyền thông mở 6 lớp bồi "
                "dưỡng kỹ năng số cho cán bộ cấp xã. Kết quả bồi dưỡng qua các năm như sau:"
            ),
            P("Năm | Số lớp | Số học viên", "tr"),
            P("2024 | 3 | 214", "tr"),
            P("2025 | 4 | 305", "tr"),
            P("2026 | 6 | 428", "tr"),
            P(
                "Các địa phương cũng chú trọng trang bị máy tính, kết nối mạng, triển khai phần mềm quản lý "
                "văn bản và điều hành, dịch vụ công trực tuyến mức độ toàn trình; qua đó cán bộ từng bước "
                "hình thành thói quen làm việc trên môi trường số."
            ),
            P(
                "Thời gian tới, tỉnh tiếp tục đổi mới nội dung bồi dưỡng theo hướng thực hành, gắn với vị "
                "trí việc làm; tăng cường kiểm tra, đánh giá kết quả ứng dụng kỹ năng số của cán bộ sau bồi "
                "dưỡng."
            ),
            Raw(_BYLINE_R.format("<strong>Hoàng Yến</strong>")),
            Raw(_BYLINE_R.format("<em>Theo Tạp chí Tuyên giáo</em>")),
        ],
        authors=["Hoàng Yến"],
        source="Tạp chí Tuyên giáo",
        opts={"date": "2026-10-27T15:10", "fmt": "javadate", "related": [2293, 2306]},
    ),
    Story(
        id=2281,
        slug="mot-so-giai-phap-nang-cao-hieu-qua-boi-duong-ly-luan-chinh-tri-cho-dang-vien-moi",
        title="Một số giải pháp nâng cao hiệu quả bồi dưỡng lý luận chính trị cho đảng viên mới",
        cat="2",
        published_at="2026-10-09T08:00:00+07:00",
        summary=(
            "Bồi dưỡng lý luận chính trị cho đảng viên mới là khâu quan trọng, góp phần giúp đảng viên "
            "nắm vững những vấn đề cơ bản về Đảng, nâng cao nhận thức và ý thức trách nhiệm ngay từ khi "
            "được kết nạp."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Chương trình bồi dưỡng lý luận chính trị dành cho đảng viên mới hiện nay được triển khai tại "
                "trung tâm chính trị các huyện, thành phố với thời lượng khoảng 8 ngày. Nhìn chung, công tác "
                "tổ chức lớp được thực hiện nghiêm túc, đúng quy định."
            ),
            P(
                "Tuy vậy, chất lượng bồi dưỡng ở một số nơi chưa cao; việc đánh giá kết quả học tập còn nặng "
                "về hình thức; sự phối hợp giữa trung tâm chính trị với cấp ủy cơ sở trong theo dõi, giúp "
                "đỡ đảng viên sau bồi dưỡng chưa chặt chẽ."
            ),
            P(
                "Để nâng cao hiệu quả, cần tăng cường tính thực tiễn trong bài giảng, sử dụng nhiều ví dụ về "
                "hoạt động của chi bộ ở cơ sở; đổi mới hình thức kiểm tra theo hướng viết thu hoạch gắn với "
                "nhiệm vụ cụ thể của đảng viên; đồng thời nâng cao trách nhiệm của đảng viên được phân công "
                "giúp đỡ đảng viên mới."
            ),
            P(
                "Trường Chính trị tỉnh sẽ tiếp tục phối hợp, hỗ trợ các trung tâm chính trị cấp huyện trong "
                "việc bồi dưỡng giảng viên, biên soạn tài liệu, góp phần nâng cao chất lượng công tác này."
            ),
            Raw(
                '<p><em>Xem thêm: <a href="chi-tiet.xhtml?id=2306">Nâng cao chất lượng đội ngũ giảng viên '
                "trường chính trị cấp tỉnh đáp ứng yêu cầu trong tình hình mới</a></em></p>"
            ),
            Raw(_BYLINE_R.format("<strong>TS. Lê Văn Thành</strong>")),
        ],
        authors=["Lê Văn Thành"],
        opts={"date": "2026-10-09T08:00", "fmt": "std", "related": [2306]},
    ),
    Story(
        id=2310,
        slug="thong-bao-lich-thi-tot-nghiep-lop-trung-cap-llct-hc-khoa-2025-2026-he-tap-trung",
        title="Thông báo lịch thi tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính khóa 2025 - 2026 (hệ tập trung)",
        cat="3",
        published_at="2026-12-01",
        blocks=[
            P(
                "Căn cứ Kế hoạch đào tạo năm 2026 của Trường Chính trị tỉnh Bến Tre, Phòng Quản lý đào tạo - "
                "Nghiên cứu khoa học thông báo lịch thi tốt nghiệp lớp Trung cấp lý luận chính trị - hành "
                "chính khóa 2025 - 2026 (hệ tập trung) như sau:"
            ),
            P(
                "Thi môn Những vấn đề cơ bản về Đảng Cộng sản và lịch sử Đảng Cộng sản Việt Nam: 7 giờ 30 "
                "phút, ngày 14/12/2026.",
                "li",
            ),
            P("Thi môn Tổng hợp (Chính trị - Hành chính): 7 giờ 30 phút, ngày 16/12/2026.", "li"),
            P("Địa điểm: Hội trường B, Trường Chính trị tỉnh Bến Tre.", "li"),
            P(
                "Học viên có mặt tại phòng thi trước giờ thi 15 phút, mang theo thẻ học viên và giấy tờ tùy "
                "thân có ảnh. Học viên không được mang tài liệu, điện thoại di động và các thiết bị thu "
                "phát vào phòng thi."
            ),
            P("Đề nghị lớp trưởng thông báo đến toàn thể học viên trong lớp biết và thực hiện."),
            Raw(
                '<p>File đính kèm: <a href="DownloadServlet?fileId=TB2310-01">'
                '<img src="javax.faces.resource/images/pdf.gif.xhtml?ln=bentre" alt="" /> '
                "Lich-thi-TN-TCLLCT-K2025.pdf</a></p>"
            ),
            Raw(_BYLINE_R.format("<strong>Phòng Quản lý đào tạo - Nghiên cứu khoa học</strong>")),
        ],
        authors=["Phòng Quản lý đào tạo - Nghiên cứu khoa học"],
        opts={"date": "2026-12-01T00:00", "fmt": "day", "related": [2295, 2311]},
    ),
    Story(
        id=2295,
        slug="thong-bao-to-chuc-hoi-thao-khoa-hoc-cong-tac-dan-van-o-co-so",
        title="Thông báo tổ chức Hội thảo khoa học “Nâng cao chất lượng công tác dân vận của hệ thống chính trị ở cơ sở tỉnh Bến Tre”",
        cat="3",
        published_at="2026-11-10T14:00:00+07:00",
        blocks=[
            P(
                "Nhằm tổng kết lý luận và thực tiễn công tác dân vận ở cơ sở, Trường Chính trị tỉnh Bến Tre "
                "phối hợp với Ban Dân vận Tỉnh ủy tổ chức Hội thảo khoa học “Nâng cao chất lượng công tác "
                "dân vận của hệ thống chính trị ở cơ sở tỉnh Bến Tre”."
            ),
            P("Thời gian: 8 giờ 00, ngày 26/11/2026 (thứ Năm).", "bold"),
            P("Địa điểm: Hội trường A, Trường Chính trị tỉnh Bến Tre.", "bold"),
            P(
                "Nhà trường trân trọng kính mời các nhà khoa học, cán bộ làm công tác dân vận, giảng viên các "
                "trung tâm chính trị cấp huyện tham gia viết bài và dự hội thảo. Bài tham luận gửi về Phòng "
                "Quản lý đào tạo - Nghiên cứu khoa học trước ngày 20/11/2026 qua địa chỉ thư điện tử: "
                "nckh.tct@bentre.gov.vn."
            ),
            P("Mọi chi tiết xin liên hệ: ThS. Võ Thị Thanh Tâm, điện thoại: 0913 456 782."),
        ],
        opts={"date": "2026-11-10T14:00", "fmt": "std", "related": [2310]},
    ),
]

BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


def _cats_of(story: Story) -> list[int]:
    return [int(story.cat), *story.opts.get("also", [])]


def _listing(cat: int) -> list[Story]:
    items = [s for s in STORIES if cat in _cats_of(s)]
    return sorted(items, key=lambda s: _dt(s.opts["date"]), reverse=True)


def _pages(cat: int) -> int:
    return max(1, -(-len(_listing(cat)) // ROWS))


# --- sessions, view state ---------------------------------------------------------------------

_SID_RE = re.compile(r";jsessionid=([A-Za-z0-9._-]*)", re.IGNORECASE)


def _sid(seed: str) -> str:
    """A Tomcat session id with the jvmRoute suffix, the same for the same first request."""
    return hashlib.sha1(("tct-bentre:" + seed).encode()).hexdigest().upper()[:32] + ".node2"


#: the session that the start URL hands out to a client without cookies
START_SID = _sid("/")


def _view_state(seed: str) -> str:
    digest = hashlib.sha256(("vs:" + seed).encode()).digest()
    a = int.from_bytes(digest[:8], "big", signed=True)
    b = int.from_bytes(digest[8:16], "big", signed=True)
    return f"{a}:{b}"


_VS_RE = re.compile(r"^-?\d{1,20}:-?\d{1,20}$")


def with_sid(target: str, sid: str | None) -> str:
    """``target`` with Tomcat's ``;jsessionid=`` path parameter (before the query)."""
    if not sid:
        return target
    path, q, query = target.partition("?")
    return f"{path};jsessionid={sid}" + (f"?{query}" if q else "")


def jsf(value: str) -> str:
    """Text as Mojarra's ResponseWriter escapes it: named Latin-1 entities, the rest decimal."""
    return entity_mix(esc(value))


@dataclass
class _Ctx:
    request: Request
    path: str
    sid: str | None
    faces: bool

    @property
    def base(self) -> str:
        return base_url(self.request) + "/portal/"

    def u(self, target: str) -> str:
        """A link relative to the ``<base>``, session-encoded and attribute-escaped."""
        return esc(with_sid(target, self.sid))

    def res(self, name: str, lib: str = "bentre") -> str:
        return self.u(f"javax.faces.resource/{name}.xhtml?ln={lib}")

    def action(self, view: str) -> str:
        prefix = "/portal/faces/" if self.faces else "/portal/"
        return esc(with_sid(f"{prefix}{view}.xhtml", self.sid))

    def vs(self, view: str) -> str:
        return _view_state(f"{self.sid or 'cookie'}|{view}|{self.request.query}")


def _vs_input(ctx: _Ctx, view: str) -> str:
    return (
        '<input type="hidden" name="javax.faces.ViewState" id="j_id1:javax.faces.ViewState:0" '
        f'value="{ctx.vs(view)}" autocomplete="off" />'
    )


# --- dates as the pages print them ------------------------------------------------------------


def _date_line(story: Story) -> str:
    d = _dt(story.opts["date"])
    fmt = story.opts["fmt"]
    if fmt == "std":
        return f'<i class="fa fa-calendar"></i> {d:%d/%m/%Y %H:%M}'
    if fmt == "day":
        return f"Ngày đăng: {d:%d/%m/%Y}"
    if fmt == "javadate":
        java = (
            f"{_DAYS_EN[d.weekday()]} {_MONTHS_EN[d.month - 1]} {d:%d %H:%M:%S} ICT {d.year}"
        )
        return f"Ngày đăng: {java}"
    if fmt == "timestamp":
        return f"Ngày đăng: {d:%Y-%m-%d %H:%M:%S}.0"
    if fmt == "sa_ch":
        hour = d.hour % 12 or 12
        return f"Đăng ngày: {d:%d/%m/%Y} {hour:02d}:{d:%M:%S} {'SA' if d.hour < 12 else 'CH'}"
    if fmt == "triple":
        c, u = _dt(story.opts["created"]), _dt(story.opts["updated"])
        return (
            f'<span class="ngTao">Ngày tạo: {c:%d/%m/%Y %H:%M}</span> | '
            f'<span class="ngDang">Ngày đăng: {d:%d/%m/%Y %H:%M}</span> | '
            f'<span class="ngCN">Cập nhật: {u:%d/%m/%Y %H:%M}</span>'
        )
    raise ValueError(fmt)


def _list_date(story: Story) -> str:
    return f"{_dt(story.opts['date']):%d/%m/%Y}"


# --- article text -------------------------------------------------------------------------------


def _img_html(img: Img) -> str:
    tag = f'<img alt="" src="{esc(img.src)}" style="width: 600px; height: 400px;" />'
    if img.style == "tbl":
        cap = (
            f'<tr><td style="text-align: center;"><em><span style="font-size:12px;">{esc(img.printed)}'
            "</span></em></td></tr>"
            if img.printed
            else ""
        )
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tblAnh" '
            f'style="width: 90%;"><tbody><tr><td style="text-align: center;">{tag}</td></tr>{cap}'
            "</tbody></table>"
        )
    cap = (
        f'<p style="text-align: center;"><span style="color:#0000cd;"><em>{esc(img.printed)}</em>'
        "</span></p>"
        if img.printed
        else ""
    )
    return f'<p style="text-align: center;">{tag}</p>{cap}'


def _body_html(story: Story) -> str:
    ent = 1 if story.opts.get("entities") else 0

    def t(value: str) -> str:
        return text(value, entities=ent)

    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img_html(b))
        elif b.style in ("li", "tr"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{t(p.text)}</li>" for p in run) + "</ul>")
            else:
                rows = []
                for n, p in enumerate(run):
                    cells = p.text.split(" | ")
                    if n == 0:
                        rows.append("<tr>" + "".join(f"<td><strong>{t(c)}</strong></td>" for c in cells) + "</tr>")
                    else:
                        rows.append("<tr>" + "".join(f"<td>{t(c)}</td>" for c in cells) + "</tr>")
                out.append(
                    '<table border="1" cellpadding="1" cellspacing="1" style="width: 100%;">'
                    "<tbody>" + "".join(rows) + "</tbody></table>"
                )
            continue
        elif b.style == "br1":
            nxt = blocks[i + 1]
            out.append(f'<p style="text-align: justify;">{t(b.text)}<br />\n{t(nxt.text)}</p>')
            i += 2
            continue
        elif b.style == "h3":
            out.append(f'<h3 style="text-align: justify;"><strong>{t(b.text)}</strong></h3>')
        elif b.style in ("bold", "lead"):
            out.append(f'<p style="text-align: justify;"><strong>{t(b.text)}</strong></p>')
        elif b.style == "span":
            out.append(
                '<div style="text-align: justify;"><span style="font-size:14px;"><span '
                f'style="font-family:times new roman,times,serif;">{t(b.text)}</span></span></div>'
            )
        elif b.style == "small":
            out.append(f'<p style="text-align: justify;"><span style="font-size:12px;">{t(b.text)}</span></p>')
        else:
            out.append(f'<p style="text-align: justify;">{t(b.text)}</p>')
        i += 1
    return "\n".join(out)


def _teaser(story: Story, limit: int = 180) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0] + "..."


def _thumb(story: Story) -> str:
    return f"upload/thumb/{story.id}.jpg"


# --- chrome -------------------------------------------------------------------------------------


def _menu(ctx: _Ctx) -> str:
    def item(label: str, target: str) -> str:
        return (
            '<li class="ui-menuitem ui-widget ui-corner-all" role="menuitem">'
            f'<a tabindex="-1" class="ui-menuitem-link ui-corner-all" href="{ctx.u(target)}">'
            f'<span class="ui-menuitem-text">{label}</span></a></li>'
        )

    def parent(label: str, children: list[tuple[str, str]]) -> str:
        kids = "".join(item(lbl, tgt) for lbl, tgt in children)
        return (
            '<li class="ui-widget ui-menuitem ui-corner-all ui-menu-parent" role="menuitem" '
            'aria-haspopup="true"><a href="#" class="ui-menuitem-link ui-submenu-link ui-corner-all" '
            f'tabindex="-1"><span class="ui-menuitem-text">{label}</span><span class="ui-icon '
            'ui-icon-triangle-1-s"></span></a><ul class="ui-widget-content ui-menu-list ui-corner-all '
            f'ui-helper-clearfix ui-menu-child ui-shadow" role="menu">{kids}</ul></li>'
        )

    return (
        '<form id="frmMenu" name="frmMenu" method="post" action="' + ctx.action("home") + '" '
        'enctype="application/x-www-form-urlencoded"><input type="hidden" name="frmMenu" value="frmMenu" />'
        '<div id="frmMenu:mnChinh" class="ui-menu ui-menubar ui-widget ui-widget-content ui-corner-all '
        'ui-helper-clearfix" role="menubar"><div tabindex="0" class="ui-helper-hidden-accessible"></div>'
        '<ul class="ui-menu-list ui-helper-reset">'
        + item("Trang chủ", "faces/home.xhtml")
        + parent("Giới thiệu", [("Lịch sử hình thành", "gioi-thieu.xhtml"), ("Cơ cấu tổ chức", "co-cau-to-chuc.xhtml")])
        + parent("Tin tức - Sự kiện", [("Tin hoạt động", "tin-tuc.xhtml?cat=1"), ("Thông báo", "tin-tuc.xhtml?cat=3")])
        + item("Nghiên cứu - Trao đổi", "tin-tuc.xhtml?cat=2")
        + item("Văn bản", "van-ban.xhtml")
        + item("Thư viện ảnh", "thu-vien-anh.xhtml?album=12")
        + item("Liên hệ", "lien-he.xhtml")
        + "</ul></div>"
        + _vs_input(ctx, "menu")
        + "</form>"
        '<script id="frmMenu:mnChinh_s" type="text/javascript">$(function(){PrimeFaces.cw("Menubar",'
        '"widget_frmMenu_mnChinh",{id:"frmMenu:mnChinh",autoDisplay:true});});</script>'
    )


def _breadcrumb(ctx: _Ctx, crumbs: list[tuple[str, str | None]]) -> str:
    parts = [
        '<li class="ui-breadcrumb-home-icon ui-icon ui-icon-home"><a tabindex="-1" '
        f'class="ui-menuitem-link ui-corner-all" href="{ctx.u("faces/home.xhtml")}">'
        '<span class="ui-menuitem-text">Trang chủ</span></a></li>'
    ]
    for label, target in crumbs:
        parts.append('<li class="ui-breadcrumb-chevron ui-icon ui-icon-triangle-1-e"></li>')
        href = ctx.u(target) if target else "#"
        parts.append(
            f'<li role="menuitem"><a tabindex="-1" class="ui-menuitem-link ui-corner-all" href="{href}">'
            f'<span class="ui-menuitem-text">{esc(label)}</span></a></li>'
        )
    return (
        '<div id="j_idt41:bcTrang" class="ui-breadcrumb ui-module ui-widget ui-widget-header '
        'ui-helper-clearfix ui-corner-all" role="menu"><ul>' + "".join(parts) + "</ul></div>"
    )


def _sidebar(ctx: _Ctx) -> str:
    docnhieu = "".join(
        f'<li><a href="{ctx.u(f"tin/{s.id}/{s.slug}")}" class="lnkDN">{jsf(s.title)}</a></li>'
        for s in (BY_ID[2302], BY_ID[2297], BY_ID[2293])
    )
    return f"""<div class="cotPhai">
<div class="khoiPhai" id="pnlDocNhieu"><div class="khoiPhai-td">ĐỌC NHIỀU</div>
<ul class="dsDocNhieu">{docnhieu}</ul></div>
<div class="khoiPhai"><div class="khoiPhai-td">LIÊN KẾT WEBSITE</div>
<select id="cboLienKet" onchange="if(this.value!='')window.open(this.value,'_blank');">
<option value="">-- Chọn liên kết --</option>
<option value="https://www.bentre.gov.vn">Cổng TTĐT tỉnh Bến Tre</option>
<option value="http://www.hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>
<option value="http://baodongkhoi.vn">Báo Đồng Khởi</option>
<option value="http://tuyengiao.vn">Tạp chí Tuyên giáo</option>
</select></div>
<div class="khoiPhai"><div class="khoiPhai-td">THĂM DÒ Ý KIẾN</div>
<form id="frmBinhChon" name="frmBinhChon" method="post" action="{ctx.action("home")}" enctype="application/x-www-form-urlencoded">
<input type="hidden" name="frmBinhChon" value="frmBinhChon" />
<p class="bcCauHoi">Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</p>
<table id="frmBinhChon:rdoBC" class="ui-selectoneradio ui-widget"><tbody>
<tr><td><div class="ui-radiobutton ui-widget"><div class="ui-helper-hidden-accessible"><input id="frmBinhChon:rdoBC:0" name="frmBinhChon:rdoBC" type="radio" value="1" /></div><div class="ui-radiobutton-box ui-widget ui-corner-all ui-state-default"><span class="ui-radiobutton-icon ui-icon ui-icon-blank ui-c"></span></div></div></td><td><label for="frmBinhChon:rdoBC:0">Đẹp, dễ sử dụng</label></td></tr>
<tr><td><div class="ui-radiobutton ui-widget"><div class="ui-helper-hidden-accessible"><input id="frmBinhChon:rdoBC:1" name="frmBinhChon:rdoBC" type="radio" value="2" /></div><div class="ui-radiobutton-box ui-widget ui-corner-all ui-state-default"><span class="ui-radiobutton-icon ui-icon ui-icon-blank ui-c"></span></div></div></td><td><label for="frmBinhChon:rdoBC:1">Bình thường</label></td></tr>
<tr><td><div class="ui-radiobutton ui-widget"><div class="ui-helper-hidden-accessible"><input id="frmBinhChon:rdoBC:2" name="frmBinhChon:rdoBC" type="radio" value="3" /></div><div class="ui-radiobutton-box ui-widget ui-corner-all ui-state-default"><span class="ui-radiobutton-icon ui-icon ui-icon-blank ui-c"></span></div></div></td><td><label for="frmBinhChon:rdoBC:2">Cần cải tiến</label></td></tr>
</tbody></table>
<button id="frmBinhChon:btnBC" name="frmBinhChon:btnBC" class="ui-button ui-widget ui-state-default ui-corner-all ui-button-text-only" onclick="PrimeFaces.ab({{s:&quot;frmBinhChon:btnBC&quot;,u:&quot;frmBinhChon&quot;}});return false;" type="submit"><span class="ui-button-text ui-c">Biểu quyết</span></button>
{_vs_input(ctx, "poll")}
</form></div>
<div class="khoiPhai"><div class="khoiPhai-td">THỐNG KÊ TRUY CẬP</div>
<table class="tkTruyCap"><tbody>
<tr><td>Đang online:</td><td>27</td></tr>
<tr><td>Hôm nay:</td><td>412</td></tr>
<tr><td>Tổng truy cập:</td><td>1.284.556</td></tr>
</tbody></table></div>
<div class="khoiPhai bannerPhai">
<a href="https://www.bentre.gov.vn" target="_blank"><img src="{ctx.res("images/banner-cong-ttdt.png")}" alt="Cổng TTĐT tỉnh Bến Tre" /></a>
<a href="http://baodongkhoi.vn" target="_blank"><img src="{ctx.res("images/banner-baodongkhoi.jpg")}" alt="Báo Đồng Khởi" /></a>
</div>
</div>"""


def _page(ctx: _Ctx, view: str, main: str, crumbs: list[tuple[str, str | None]] | None = None,
          extra_head: str = "", after: str = "") -> str:
    notices = " &nbsp;&nbsp;&nbsp; ".join(
        f'<a href="{ctx.u(f"chi-tiet.xhtml?id={s.id}")}">{jsf(s.title)}</a>'
        for s in (BY_ID[2310], BY_ID[2295])
    )
    bc = _breadcrumb(ctx, crumbs) if crumbs is not None else ""
    return f"""<?xml version='1.0' encoding='UTF-8' ?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head id="j_idt2">
<link type="text/css" rel="stylesheet" href="{ctx.u("javax.faces.resource/theme.css.xhtml?ln=primefaces-bentre")}" />
<link type="text/css" rel="stylesheet" href="{ctx.u("javax.faces.resource/primefaces.css.xhtml?ln=primefaces&v=5.3")}" />
<script type="text/javascript" src="{ctx.u("javax.faces.resource/jquery/jquery.js.xhtml?ln=primefaces&v=5.3")}"></script>
<script type="text/javascript" src="{ctx.u("javax.faces.resource/primefaces.js.xhtml?ln=primefaces&v=5.3")}"></script>
<script type="text/javascript" src="{ctx.u("javax.faces.resource/jsf.js.xhtml?ln=javax.faces")}"></script>
<base href="{esc(ctx.base)}" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="description" content="Cổng thông tin điện tử Trường Chính trị tỉnh Bến Tre" />
<meta name="keywords" content="truong chinh tri ben tre, dao tao ly luan chinh tri, ben tre" />
{extra_head}<title>{SITE_NAME}</title>
<link rel="shortcut icon" href="{ctx.res("images/favicon.ico")}" />
<link type="text/css" rel="stylesheet" href="{ctx.u("resources/css/style.css")}" />
</head><body>
<div id="wrapper">
<div id="header">
<div class="thanhTren"><span id="lblNgay">{TODAY_LINE}</span>
<span class="lkTren"><a href="{ctx.u("faces/home.xhtml")}">Trang chủ</a> | <a href="{ctx.u("lien-he.xhtml")}">Liên hệ</a> | <a href="#" onclick="return false;">English</a></span></div>
<div class="banner"><h1 class="bnTen"><a href="{ctx.u("faces/home.xhtml")}"><img src="{ctx.res("images/logo-tct.png")}" alt="Logo" /> TRƯỜNG CHÍNH TRỊ TỈNH BẾN TRE</a></h1>
<div class="bnPhu">BEN TRE PROVINCIAL POLITICAL SCHOOL</div></div>
{_menu(ctx)}
<form id="frmTimKiem" name="frmTimKiem" method="post" action="{ctx.action(view)}" enctype="application/x-www-form-urlencoded">
<input type="hidden" name="frmTimKiem" value="frmTimKiem" />
<input id="frmTimKiem:txtTuKhoa" name="frmTimKiem:txtTuKhoa" type="text" placeholder="Nhập từ khóa..." class="ui-inputfield ui-inputtext ui-widget ui-state-default ui-corner-all" />
<button id="frmTimKiem:btnTim" name="frmTimKiem:btnTim" class="ui-button ui-widget ui-state-default ui-corner-all ui-button-icon-only" type="submit"><span class="ui-button-icon-left ui-icon ui-c ui-icon-search"></span><span class="ui-button-text ui-c">Tìm</span></button>
{_vs_input(ctx, view + ":tk")}
</form>
<div class="thongBaoChay"><span class="tbcNhan">Thông báo:</span><marquee behavior="scroll" scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">{notices}</marquee></div>
</div>
<div id="noiDungTrang" class="ui-grid ui-grid-responsive">
{bc}
<div class="ui-grid-row">
<div class="ui-grid-col-8 cotTrai">
{main}
</div>
<div class="ui-grid-col-4">
{_sidebar(ctx)}
</div>
</div>
</div>
<div id="footer">
<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH BẾN TRE</strong></p>
<p>Địa chỉ: Số 6, đường Đoàn Hoàng Minh, Phường 5, thành phố Bến Tre, tỉnh Bến Tre</p>
<p>Điện thoại: (0275) 3822 416 - Fax: (0275) 3822 417 - Email: truongchinhtri@bentre.gov.vn</p>
<p>Giấy phép số 12/GP-STTTT do Sở Thông tin và Truyền thông tỉnh Bến Tre cấp ngày 18/4/2016</p>
<p>Ghi rõ nguồn "Trường Chính trị tỉnh Bến Tre" khi phát hành lại thông tin từ website này.</p>
<p class="ftVendor">Bản quyền © 2016 Trường Chính trị tỉnh Bến Tre. Thiết kế và phát triển: Công ty TNHH Tin học Đồng Khởi</p>
</div>
</div>
{after}
<script type="text/javascript">$(function(){{PrimeFaces.settings.locale='vi';}});</script>
</body>
</html>"""


def _response(ctx: _Ctx, body: str, status: int = 200) -> Response:
    return html(body, status=status)


# --- views --------------------------------------------------------------------------------------


def _home(ctx: _Ctx) -> Response:
    s2311, s2306 = BY_ID[2311], BY_ID[2306]
    old = s2311.opts["old_slugs"][0]
    carousel = (
        '<div id="frmTC:crTieuDiem" class="ui-carousel ui-widget ui-widget-content ui-corner-all">'
        '<div class="ui-carousel-header ui-widget-header ui-corner-all"><div class="ui-carousel-header-title">'
        'TIN TIÊU ĐIỂM</div></div><div class="ui-carousel-viewport"><ul class="ui-carousel-items">'
        f'<li class="ui-carousel-item ui-widget-content ui-corner-all"><a href="{ctx.u(f"tin/2311/{old}")}">'
        f'<img src="upload/tintuc/2026/12/2311_khai-giang-1.jpg" alt="" width="480" /></a>'
        f'<div class="crTd"><a href="{ctx.u(f"tin/2311/{old}")}">{jsf(s2311.title)}</a></div></li>'
        f'<li class="ui-carousel-item ui-widget-content ui-corner-all"><a href="{ctx.u("faces/chi-tiet.xhtml?id=2306")}">'
        f'<img src="{_thumb(s2306)}" alt="" width="480" /></a>'
        f'<div class="crTd"><a href="{ctx.u("faces/chi-tiet.xhtml?id=2306")}">{jsf(s2306.title)}</a></div></li>'
        "</ul></div></div>"
        '<script id="frmTC:crTieuDiem_s" type="text/javascript">$(function(){PrimeFaces.cw("Carousel",'
        '"widget_frmTC_crTieuDiem",{id:"frmTC:crTieuDiem",numVisible:1,autoplayInterval:5000,circular:true});});</script>'
    )

    def block(title: str, cat: int, ids: list[int]) -> str:
        items = []
        for n, i in enumerate(ids):
            s = BY_ID[i]
            link = ctx.u(f"chi-tiet.xhtml?id={s.id}")
            if n == 0:
                items.append(
                    f'<div class="tcTinDau"><a href="{link}"><img src="{_thumb(s)}" alt="" /></a>'
                    f'<a href="{link}" class="tcTd">{jsf(s.title)}</a> <span class="tcNgay">({_list_date(s)})</span>'
                    f"<p>{jsf(_teaser(s))}</p></div>"
                )
            else:
                items.append(
                    f'<li><a href="{link}">{jsf(s.title)}</a> <span class="tcNgay">({_list_date(s)})</span></li>'
                )
        head = items[0]
        rest = "".join(items[1:])
        return (
            f'<div class="khoiTC"><div class="khoiTC-td"><a href="{ctx.u(f"tin-tuc.xhtml?cat={cat}")}">'
            f"{esc(title.upper())}</a></div>{head}<ul>{rest}</ul>"
            f'<div class="xemTatCa"><a href="{ctx.u(f"tin-tuc.xhtml?cat={cat}")}">Xem tất cả »</a></div></div>'
        )

    docs = (
        '<div class="khoiTC"><div class="khoiTC-td"><a href="' + ctx.u("van-ban.xhtml") + '">VĂN BẢN MỚI</a></div><ul>'
        f'<li><a href="{ctx.u("van-ban-ct.xhtml?id=81")}">Quyết định số 215/QĐ-TCT ban hành Quy chế đào tạo trung cấp lý luận chính trị - hành chính</a></li>'
        f'<li><a href="{ctx.u("van-ban-ct.xhtml?id=77")}">Kế hoạch số 42/KH-TCT về đào tạo, bồi dưỡng cán bộ năm 2027</a></li>'
        "</ul></div>"
        '<div class="khoiTC"><div class="khoiTC-td">THƯ VIỆN ẢNH</div>'
        f'<a href="{ctx.u("thu-vien-anh.xhtml?album=12")}"><img src="upload/album/12/bia.jpg" alt="" /> '
        "Lễ khai giảng năm học 2026 - 2027</a></div>"
    )
    tabs = (
        '<div id="frmTC:tvTin" class="ui-tabs ui-widget ui-widget-content ui-corner-all ui-hidden-container '
        'ui-tabs-top"><ul class="ui-tabs-nav ui-helper-reset ui-widget-header ui-corner-all" role="tablist">'
        '<li class="ui-state-default ui-tabs-selected ui-state-active ui-corner-top" role="tab"><a href="#frmTC:tvTin:tab1">Tin hoạt động</a></li>'
        '<li class="ui-state-default ui-corner-top" role="tab"><a href="#frmTC:tvTin:tab2">Nghiên cứu - Trao đổi</a></li>'
        '<li class="ui-state-default ui-corner-top" role="tab"><a href="#frmTC:tvTin:tab3">Thông báo</a></li></ul>'
        '<div class="ui-tabs-panels">'
        f'<div id="frmTC:tvTin:tab1" class="ui-tabs-panel ui-widget-content ui-corner-bottom" role="tabpanel">{block("Tin hoạt động", 1, [2311, 2308, 2302])}</div>'
        f'<div id="frmTC:tvTin:tab2" class="ui-tabs-panel ui-widget-content ui-corner-bottom ui-helper-hidden" role="tabpanel">{block("Nghiên cứu - Trao đổi", 2, [2306, 2299, 2293])}</div>'
        f'<div id="frmTC:tvTin:tab3" class="ui-tabs-panel ui-widget-content ui-corner-bottom ui-helper-hidden" role="tabpanel">{block("Thông báo", 3, [2310, 2295])}</div>'
        "</div></div>"
        '<script id="frmTC:tvTin_s" type="text/javascript">$(function(){PrimeFaces.cw("TabView",'
        '"widget_frmTC_tvTin",{id:"frmTC:tvTin",effectDuration:"normal",scrollable:false});});</script>'
    )
    main = (
        f'<form id="frmTC" name="frmTC" method="post" action="{ctx.action("home")}" '
        'enctype="application/x-www-form-urlencoded"><input type="hidden" name="frmTC" value="frmTC" />'
        + carousel + tabs + docs + _vs_input(ctx, "home") + "</form>"
    )
    return _response(ctx, _page(ctx, "home", main))


def _item_html(ctx: _Ctx, s: Story, n: int, cat: int) -> str:
    link = ctx.u(f"chi-tiet.xhtml?id={s.id}&cat={cat}")
    cid = f"frmDS:dgTin:{n}:lnkTieuDe"
    return (
        '<tr class="ui-datagrid-row"><td class="ui-datagrid-column">'
        f'<div class="dsTin-muc"><a href="{link}" class="dsTin-anh"><img src="{_thumb(s)}" alt="" width="150" height="100" /></a>'
        f'<a id="{cid}" href="#" class="dsTin-td" onclick="mojarra.jsfcljs(document.getElementById(\'frmDS\'),'
        f"{{'{cid}':'{cid}','id':'{s.id}'}},'');return false\">{jsf(s.title)}</a>"
        f' <span class="dsTin-ngay">({_list_date(s)})</span>'
        f'<div class="dsTin-tt">{jsf(_teaser(s))}</div>'
        f'<a href="{link}" class="dsTin-xem">Chi tiết »</a></div></td></tr>'
    )


def _items_html(ctx: _Ctx, cat: int, page: int) -> str:
    items = _listing(cat)[(page - 1) * ROWS : page * ROWS]
    first = (page - 1) * ROWS
    return "".join(_item_html(ctx, s, first + n, cat) for n, s in enumerate(items))


def _paginator(cat: int, page: int) -> str:
    last = _pages(cat)

    def nav(kind: str, icon: str, label: str, letter: str, disabled: bool) -> str:
        dis = " ui-state-disabled" if disabled else ""
        return (
            f'<span class="ui-paginator-{kind} ui-state-default ui-corner-all{dis}" aria-label="{label}" '
            f'tabindex="{-1 if disabled else 0}"><span class="ui-icon ui-icon-{icon}">{letter}</span></span>'
        )

    pages = "".join(
        f'<span class="ui-paginator-page ui-state-default{" ui-state-active" if n == page else ""} ui-corner-all" '
        f'aria-label="Page {n}" tabindex="0">{n}</span>'
        for n in range(1, last + 1)
    )
    return (
        '<div id="frmDS:dgTin_paginator_bottom" class="ui-paginator ui-paginator-bottom ui-widget-header '
        'ui-corner-bottom" role="navigation" aria-label="Pagination">'
        + nav("first", "seek-first", "First Page", "F", page == 1)
        + nav("prev", "seek-prev", "Previous Page", "P", page == 1)
        + f'<span class="ui-paginator-pages">{pages}</span>'
        + nav("next", "seek-next", "Next Page", "N", page == last)
        + nav("last", "seek-end", "Last Page", "E", page == last)
        + f'<span class="ui-paginator-current">({page} / {last})</span></div>'
    )


def _get_pager(ctx: _Ctx, cat: int, page: int) -> str:
    last = _pages(cat)
    if last == 1:
        return ""

    def target(n: int) -> str:
        return f"tin-tuc.xhtml?cat={cat}" if n == 1 else f"tin-tuc.xhtml?cat={cat}&page={n}"

    parts = ["Trang:"]
    if page > 1:
        parts.append(f'<a href="{ctx.u(target(page - 1))}" title="Trang trước">«</a>')
    for n in range(1, last + 1):
        parts.append(f'<b class="ptHienTai">{n}</b>' if n == page else f'<a href="{ctx.u(target(n))}">{n}</a>')
    if page < last:
        parts.append(f'<a href="{ctx.u(target(page + 1))}" title="Trang sau">»</a>')
    return '<div class="dsPhanTrang">' + " ".join(parts) + "</div>"


def _list_view(ctx: _Ctx, cat: int, page: int) -> Response:
    last = _pages(cat)
    rows = len(_listing(cat))
    crumbs: list[tuple[str, str | None]] = []
    if cat in CAT_PARENT:
        crumbs.append((CAT_PARENT[cat], None))
    crumbs.append((CATS[cat], f"tin-tuc.xhtml?cat={cat}"))
    main = (
        f'<form id="frmDS" name="frmDS" method="post" action="{ctx.action("tin-tuc")}" '
        'enctype="application/x-www-form-urlencoded"><input type="hidden" name="frmDS" value="frmDS" />'
        f'<input id="frmDS:hdCat" type="hidden" name="frmDS:hdCat" value="{cat}" />'
        f'<div class="dsTieuDe"><span>{esc(CATS[cat].upper())}</span></div>'
        '<div id="frmDS:dgTin" class="ui-datagrid ui-widget"><div id="frmDS:dgTin_content" '
        'class="ui-datagrid-content ui-widget-content"><table class="ui-datagrid-data"><tbody>'
        + _items_html(ctx, cat, page)
        + "</tbody></table></div>"
        + _paginator(cat, page)
        + "</div>"
        + _get_pager(ctx, cat, page)
        + _vs_input(ctx, f"tin-tuc:{cat}")
        + "</form>"
        + '<script id="frmDS:dgTin_s" type="text/javascript">$(function(){PrimeFaces.cw("DataGrid",'
        + f'"widget_frmDS_dgTin",{{id:"frmDS:dgTin",paginator:{{id:[\'frmDS:dgTin_paginator_bottom\'],rows:{ROWS},'
        + f"rowCount:{rows},page:{page - 1},pageCount:{last},pageLinks:10,template:'{{FirstPageLink}} "
        + "{PreviousPageLink} {PageLinks} {NextPageLink} {LastPageLink} {CurrentPageReport}'}});});</script>"
    )
    return _response(ctx, _page(ctx, "tin-tuc", main, crumbs))


def _article_crumbs(cat: int) -> list[tuple[str, str | None]]:
    crumbs: list[tuple[str, str | None]] = []
    if cat in CAT_PARENT:
        crumbs.append((CAT_PARENT[cat], None))
    crumbs.append((CATS[cat], f"tin-tuc.xhtml?cat={cat}"))
    return crumbs


def _related_link(ctx: _Ctx, host: Story, rid: int) -> str:
    r = BY_ID[rid]
    if host.id == 2308 and rid == 2311:  # the renamed article, linked at its new pretty URL
        return ctx.u(f"tin/{r.id}/{r.slug}")
    return ctx.u(f"chi-tiet.xhtml?id={r.id}")


def _article(ctx: _Ctx, story: Story, cat_param: int | None) -> Response:
    own = int(story.cat)
    crumb_cat = cat_param if cat_param in CATS else own
    pretty = f"tin/{story.id}/{story.slug}"
    og_url = ctx.base + pretty
    first_img = next((img.src for img in story.images), None)
    og = f'<meta property="og:url" content="{esc(og_url)}" />\n'
    if first_img:
        og += f'<meta property="og:image" content="{esc(ctx.base + first_img)}" />\n'
    tacgia = story.opts.get("tacgia")
    info = (
        f'<span class="ctNgay">{_date_line(story)}</span> <span class="ctSep">|</span> '
        f'<span class="ctCM">Chuyên mục: <a href="{ctx.u(f"tin-tuc.xhtml?cat={own}")}">{esc(CATS[own])}</a></span> '
        f'<span class="ctSep">|</span> <span class="ctLX">Lượt xem: {story.views()}</span>'
        + (f' <span class="ctSep">|</span> <span class="ctTG">Tác giả: {jsf(tacgia)}</span>' if tacgia else "")
        + ' <span class="ctSep">|</span> <span class="ctND">Người đăng: bttbentre</span>'
    )
    tools = (
        '<div class="ctCongCu">'
        f"<a href=\"#\" onclick=\"window.open('in-tin.xhtml?id={story.id}','inTin','width=820,height=600,scrollbars=yes');return false;\" title=\"In bài viết\">"
        f'<img src="{ctx.res("images/print.gif")}" alt="" /> In bài</a> '
        "<a href=\"#\" onclick=\"PF('dlgGuiMail').show();return false;\" title=\"Gửi email\">"
        f'<img src="{ctx.res("images/email.gif")}" alt="" /> Gửi email</a> '
        '<span class="coChu">Cỡ chữ: <a href="#" onclick="doiCoChu(-1);return false;">A-</a> '
        '<a href="#" onclick="doiCoChu(0);return false;">A</a> <a href="#" onclick="doiCoChu(1);return false;">A+</a></span> '
        f'<div class="fb-like" data-href="{esc(og_url)}" data-layout="button_count" data-action="like"></div>'
        "</div>"
    )
    votes = 3 + story.id % 17
    stars = "".join(
        f'<div class="ui-rating-star{" ui-rating-star-on" if n < 4 else ""}"><a href="#"></a></div>' for n in range(5)
    )
    rating = (
        '<div class="ctDanhGia">Đánh giá: <div id="frmCT:rtBai" class="ui-rating"><div class="ui-rating-cancel">'
        f'<a href="#"></a></div>{stars}<input id="frmCT:rtBai_input" name="frmCT:rtBai_input" type="hidden" '
        f'autocomplete="off" value="4" /></div> <span class="ctDG-sl">({votes} lượt)</span></div>'
    )
    sapo = (
        f'<div class="ctTomTat"><strong>{jsf(story.summary)}</strong></div>'
        if story.summary and story.sapo_outside
        else '<div class="ctTomTat"></div>'
    )
    related = "".join(
        f'<li><a href="{_related_link(ctx, story, rid)}">{jsf(BY_ID[rid].title)}</a> '
        f'<span class="tlqNgay">({_list_date(BY_ID[rid])})</span></li>'
        for rid in story.opts.get("related", [])
    )
    tlq = (
        f'<div class="ctTLQ"><p class="ctTLQ-td"><strong>Tin liên quan:</strong></p><ul>{related}</ul></div>'
        if related
        else ""
    )
    same = [s for s in _listing(own)[:ROWS] if s.id != story.id]
    cung = "".join(
        f'<li><a href="{ctx.u(f"chi-tiet.xhtml?id={s.id}")}">{jsf(s.title)}</a> '
        f'<span class="tcmNgay">({_list_date(s)})</span></li>'
        for s in same
    )
    keywords = {"1": "tin hoạt động, đào tạo", "2": "nghiên cứu, lý luận chính trị", "3": "thông báo"}[story.cat]
    main = (
        f'<form id="frmCT" name="frmCT" method="post" action="{ctx.action("chi-tiet")}" '
        'enctype="application/x-www-form-urlencoded"><input type="hidden" name="frmCT" value="frmCT" />'
        f'<input id="frmCT:hdId" type="hidden" name="frmCT:hdId" value="{story.id}" />'
        '<div id="frmCT:pnlCT" class="khungCT">'
        f'<div class="ctTieuDe"><h2 class="ctH2"><span id="frmCT:otTieuDe">{jsf(story.title)}</span></h2></div>'
        f'<div class="ctThongTin">{info}</div>'
        + tools
        + rating
        + sapo
        + f'<div id="frmCT:pnlNoiDung" class="ctNoiDung">\n{_body_html(story)}\n{tlq}</div>'
        + f'<div class="ctTuKhoa">Từ khóa: <span class="tk">{esc(keywords)}</span></div>'
        + f'<div class="ctCungCM"><div class="ctCungCM-td">TIN CÙNG CHUYÊN MỤC</div><ul>{cung}</ul></div>'
        + "</div>"
        + _vs_input(ctx, f"chi-tiet:{story.id}")
        + "</form>"
    )
    dialog = (
        '<div id="frmMail:dlgGuiMail" class="ui-dialog ui-widget ui-widget-content ui-corner-all ui-shadow '
        'ui-hidden-container" role="dialog" aria-hidden="true" style="width:520px;display:none">'
        '<div class="ui-dialog-titlebar ui-widget-header ui-helper-clearfix ui-corner-top">'
        '<span class="ui-dialog-title">Gửi bài viết qua email</span></div>'
        '<div class="ui-dialog-content ui-widget-content">'
        f'<form id="frmMail" name="frmMail" method="post" action="{ctx.action("chi-tiet")}" enctype="application/x-www-form-urlencoded">'
        '<input type="hidden" name="frmMail" value="frmMail" />'
        f'<p class="gmTd">Bài viết: <strong>{jsf(story.title)}</strong></p>'
        + (f'<p class="gmTt">{jsf(story.summary)}</p>' if story.summary else "")
        + '<table><tbody><tr><td>Email người nhận:</td><td><input id="frmMail:txtDen" name="frmMail:txtDen" type="text" class="ui-inputfield ui-inputtext ui-widget ui-state-default ui-corner-all" /></td></tr>'
        '<tr><td>Lời nhắn:</td><td><textarea id="frmMail:txtLoiNhan" name="frmMail:txtLoiNhan" rows="4" cols="40" class="ui-inputfield ui-inputtextarea ui-widget ui-state-default ui-corner-all"></textarea></td></tr></tbody></table>'
        '<button id="frmMail:btnGui" name="frmMail:btnGui" class="ui-button ui-widget ui-state-default ui-corner-all ui-button-text-only" type="submit"><span class="ui-button-text ui-c">Gửi</span></button>'
        + _vs_input(ctx, f"mail:{story.id}")
        + "</form></div></div>"
        '<script id="frmMail:dlgGuiMail_s" type="text/javascript">$(function(){PrimeFaces.cw("Dialog",'
        '"dlgGuiMail",{id:"frmMail:dlgGuiMail",modal:true,resizable:false});});</script>'
    )
    return _response(ctx, _page(ctx, "chi-tiet", main, _article_crumbs(crumb_cat), og, dialog))


def _print_view(ctx: _Ctx, story: Story) -> Response:
    d = _dt(story.opts["date"])
    sapo = f'<p class="inTT"><strong>{jsf(story.summary)}</strong></p>' if story.summary and story.sapo_outside else ""
    page = f"""<?xml version='1.0' encoding='UTF-8' ?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<base href="{esc(ctx.base)}" />
<title>{SITE_NAME} - In bài viết</title></head>
<body onload="window.print();" style="font-family:'Times New Roman',serif;width:760px">
<div class="inDau">TRƯỜNG CHÍNH TRỊ TỈNH BẾN TRE<br />Địa chỉ: Số 6, đường Đoàn Hoàng Minh, Phường 5, thành phố Bến Tre</div>
<hr />
<h2 class="inTd">{jsf(story.title)}</h2>
<p class="inNgay">Ngày đăng: {d:%d/%m/%Y %H:%M}</p>
{sapo}
<div class="inND">{_body_html(story)}</div>
<hr /><p class="inCuoi">Bài viết được in từ Cổng thông tin điện tử Trường Chính trị tỉnh Bến Tre</p>
</body></html>"""
    return _response(ctx, page)


_INTRO = [
    "Trường Chính trị tỉnh Bến Tre được thành lập trên cơ sở hợp nhất Trường Đảng tỉnh và Trường Hành "
    "chính tỉnh theo Quyết định của Ban Thường vụ Tỉnh ủy năm 1995; tiền thân là Trường Đảng Nguyễn Đình "
    "Chiểu ra đời trong những năm kháng chiến chống Mỹ cứu nước.",
    "Trường là đơn vị sự nghiệp trực thuộc Tỉnh ủy và Ủy ban nhân dân tỉnh, có chức năng đào tạo, bồi "
    "dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở; nghiên cứu khoa học về lý luận chính "
    "trị, tổng kết thực tiễn địa phương.",
    "Trải qua hơn 30 năm xây dựng và phát triển, Trường đã đào tạo, bồi dưỡng hàng chục nghìn lượt cán "
    "bộ, đảng viên; được Đảng, Nhà nước tặng thưởng Huân chương Lao động hạng Nhất, hạng Nhì, hạng Ba.",
]


def _static_view(ctx: _Ctx, view: str) -> Response:
    if view == "gioi-thieu":
        crumbs = [("Giới thiệu", None), ("Lịch sử hình thành", "gioi-thieu.xhtml")]
        body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in _INTRO)
        main = f'<div class="khungGT"><div class="gtTd">LỊCH SỬ HÌNH THÀNH VÀ PHÁT TRIỂN</div>{body}</div>'
    elif view == "co-cau-to-chuc":
        crumbs = [("Giới thiệu", None), ("Cơ cấu tổ chức", "co-cau-to-chuc.xhtml")]
        rows = [
            ("Nguyễn Thị Hồng Nhung", "Hiệu trưởng", "0275 3822 416"),
            ("Nguyễn Văn Hòa", "Phó Hiệu trưởng", "0275 3822 418"),
            ("Trương Minh Luân", "Phó Hiệu trưởng", "0275 3822 419"),
        ]
        trs = "".join(
            f'<tr class="ui-widget-content"><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>' for a, b, c in rows
        )
        units = "".join(
            f"<li>{u}</li>"
            for u in (
                "Phòng Tổ chức - Hành chính",
                "Phòng Quản lý đào tạo - Nghiên cứu khoa học",
                "Khoa Xây dựng Đảng",
                "Khoa Lý luận cơ sở",
                "Khoa Nhà nước và pháp luật",
                "Khoa Dân vận",
            )
        )
        main = (
            '<div class="khungGT"><div class="gtTd">CƠ CẤU TỔ CHỨC</div><p><strong>Ban Giám hiệu</strong></p>'
            '<div id="j_idt60:dtBGH" class="ui-datatable ui-widget"><table role="grid"><thead><tr>'
            '<th class="ui-state-default">Họ và tên</th><th class="ui-state-default">Chức vụ</th>'
            f'<th class="ui-state-default">Điện thoại</th></tr></thead><tbody class="ui-datatable-data">{trs}</tbody></table></div>'
            f"<p><strong>Các phòng, khoa</strong></p><ul>{units}</ul></div>"
        )
    else:  # lien-he
        crumbs = [("Liên hệ", "lien-he.xhtml")]
        main = (
            '<div class="khungGT"><div class="gtTd">LIÊN HỆ</div>'
            "<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH BẾN TRE</strong></p>"
            "<p>Địa chỉ: Số 6, đường Đoàn Hoàng Minh, Phường 5, thành phố Bến Tre, tỉnh Bến Tre</p>"
            "<p>Điện thoại: (0275) 3822 416 - Email: truongchinhtri@bentre.gov.vn</p>"
            f'<form id="frmLH" name="frmLH" method="post" action="{ctx.action("lien-he")}" enctype="application/x-www-form-urlencoded">'
            '<input type="hidden" name="frmLH" value="frmLH" /><table class="tblLH"><tbody>'
            '<tr><td><label for="frmLH:txtHoTen">Họ và tên (*)</label></td><td><input id="frmLH:txtHoTen" name="frmLH:txtHoTen" type="text" class="ui-inputfield ui-inputtext ui-widget ui-state-default ui-corner-all" /></td></tr>'
            '<tr><td><label for="frmLH:txtEmail">Email (*)</label></td><td><input id="frmLH:txtEmail" name="frmLH:txtEmail" type="text" class="ui-inputfield ui-inputtext ui-widget ui-state-default ui-corner-all" /></td></tr>'
            '<tr><td><label for="frmLH:txtND">Nội dung (*)</label></td><td><textarea id="frmLH:txtND" name="frmLH:txtND" rows="6" cols="50" class="ui-inputfield ui-inputtextarea ui-widget ui-state-default ui-corner-all"></textarea></td></tr>'
            '</tbody></table><button id="frmLH:btnGui" name="frmLH:btnGui" class="ui-button ui-widget ui-state-default ui-corner-all ui-button-text-only" type="submit"><span class="ui-button-text ui-c">Gửi liên hệ</span></button>'
            + _vs_input(ctx, "lien-he")
            + "</form></div>"
        )
    return _response(ctx, _page(ctx, view, main, crumbs))


DOCS = {
    81: (
        "215/QĐ-TCT",
        "28/11/2026",
        "Quyết định",
        "Ban hành Quy chế đào tạo trung cấp lý luận chính trị - hành chính",
        "Nguyễn Thị Hồng Nhung",
    ),
    77: (
        "42/KH-TCT",
        "16/11/2026",
        "Kế hoạch",
        "Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027",
        "Nguyễn Văn Hòa",
    ),
}


def _docs_view(ctx: _Ctx) -> Response:
    rows = "".join(
        f'<tr class="ui-widget-content ui-datatable-{"even" if n % 2 == 0 else "odd"}"><td>{esc(so)}</td><td>{ngay}</td>'
        f'<td><a href="{ctx.u(f"van-ban-ct.xhtml?id={i}")}">{jsf(trich)}</a></td>'
        f'<td><a href="DownloadServlet?fileId=VB{i}"><img src="{ctx.res("images/pdf.gif")}" alt="Tải về" /></a></td></tr>'
        for n, (i, (so, ngay, _loai, trich, _ky)) in enumerate(DOCS.items())
    )
    main = (
        '<div class="dsTieuDe"><span>VĂN BẢN</span></div><div id="j_idt58:dtVB" class="ui-datatable ui-widget">'
        '<table role="grid"><thead><tr><th class="ui-state-default">Số ký hiệu</th><th class="ui-state-default">'
        'Ngày ban hành</th><th class="ui-state-default">Trích yếu</th><th class="ui-state-default">Tải về</th>'
        f'</tr></thead><tbody class="ui-datatable-data">{rows}</tbody></table></div>'
    )
    return _response(ctx, _page(ctx, "van-ban", main, [("Văn bản", "van-ban.xhtml")]))


def _doc_view(ctx: _Ctx, doc_id: int) -> Response:
    so, ngay, loai, trich, ky = DOCS[doc_id]
    main = (
        '<div class="khungVB"><div class="dsTieuDe"><span>CHI TIẾT VĂN BẢN</span></div>'
        '<table class="tblVB" border="1" cellpadding="4"><tbody>'
        f"<tr><td>Số ký hiệu</td><td>{esc(so)}</td></tr>"
        f"<tr><td>Ngày ban hành</td><td>{ngay}</td></tr>"
        f"<tr><td>Loại văn bản</td><td>{esc(loai)}</td></tr>"
        "<tr><td>Cơ quan ban hành</td><td>Trường Chính trị tỉnh Bến Tre</td></tr>"
        f"<tr><td>Trích yếu</td><td>{jsf(trich)}</td></tr>"
        f"<tr><td>Người ký</td><td>{esc(ky)}</td></tr>"
        f'<tr><td>Tệp đính kèm</td><td><a href="DownloadServlet?fileId=VB{doc_id}">{esc(so.replace("/", "-"))}.pdf</a></td></tr>'
        "</tbody></table></div>"
    )
    return _response(ctx, _page(ctx, "van-ban-ct", main, [("Văn bản", "van-ban.xhtml"), (so, None)]))


def _album_view(ctx: _Ctx) -> Response:
    pics = [
        ("upload/album/12/01.jpg", "Quang cảnh lễ khai giảng năm học 2026 - 2027"),
        ("upload/album/12/02.jpg", "Lãnh đạo nhà trường đánh trống khai giảng"),
        ("upload/album/12/03.jpg", "Học viên các lớp dự lễ khai giảng"),
    ]
    panels = "".join(
        f'<li class="ui-galleria-panel"><img src="{src}" alt="{esc(cap)}" title="{esc(cap)}" /></li>' for src, cap in pics
    )
    main = (
        '<div class="dsTieuDe"><span>THƯ VIỆN ẢNH</span></div><h3 class="abTd">Lễ khai giảng năm học 2026 - 2027</h3>'
        '<div id="j_idt62:glAnh" class="ui-galleria ui-widget ui-widget-content ui-corner-all">'
        f'<ul class="ui-galleria-panel-wrapper">{panels}</ul></div>'
        '<script id="j_idt62:glAnh_s" type="text/javascript">$(function(){PrimeFaces.cw("Galleria",'
        '"widget_j_idt62_glAnh",{id:"j_idt62:glAnh",transitionInterval:4000,showCaption:true});});</script>'
    )
    return _response(ctx, _page(ctx, "thu-vien-anh", main, [("Thư viện ảnh", "thu-vien-anh.xhtml?album=12")]))


def _search_view(ctx: _Ctx, keyword: str) -> Response:
    kw = keyword.strip().lower()
    hits = [s for s in STORIES if kw and kw in s.title.lower()]
    items = "".join(
        f'<li><a href="{ctx.u(f"chi-tiet.xhtml?id={s.id}")}">{jsf(s.title)}</a> ({_list_date(s)})</li>' for s in hits
    )
    main = (
        f'<div class="dsTieuDe"><span>KẾT QUẢ TÌM KIẾM</span></div><p>Từ khóa: <strong>{esc(keyword)}</strong> - '
        f"Tìm thấy {len(hits)} kết quả</p><ul class=\"kqTK\">{items}</ul>"
    )
    return _response(ctx, _page(ctx, "tim-kiem", main, [("Tìm kiếm", None)]))


def _view_expired(ctx: _Ctx) -> Response:
    main = (
        '<div class="khungLoi"><h3>Phiên làm việc đã hết hạn</h3><p>Trang bạn yêu cầu đã hết hạn do không '
        "có thao tác trong thời gian dài (javax.faces.application.ViewExpiredException). Vui lòng tải lại "
        f'trang.</p><p><a href="{ctx.u("faces/home.xhtml")}">Về trang chủ</a></p></div>'
    )
    return _response(ctx, _page(ctx, "error", main))


def _partial_response(ctx: _Ctx, cat: int, first: int) -> Response:
    page = first // ROWS + 1
    if first % ROWS or not 1 <= page <= _pages(cat):
        return None  # type: ignore[return-value]
    xml = (
        "<?xml version='1.0' encoding='UTF-8'?>\n"
        '<partial-response id="j_id1"><changes><update id="frmDS:dgTin"><![CDATA['
        + _items_html(ctx, cat, page)
        + ']]></update><update id="j_id1:javax.faces.ViewState:0"><![CDATA['
        + ctx.vs(f"tin-tuc:{cat}:{page}")
        + "]]></update></changes></partial-response>"
    )
    return Response(200, xml, {"Content-Type": "text/xml;charset=UTF-8", "Cache-Control": "no-cache"})


# --- the site -----------------------------------------------------------------------------------

_XHTML_RE = re.compile(r"^/portal/(faces/)?([a-z-]+)\.xhtml$")
_PRETTY_RE = re.compile(r"^/portal/tin/(\d+)/([a-z0-9-]+)$")
_IMAGE_FIDS = {"2026112008150101", "2026112008150102"}


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() and len(value) < 7 else None


class JsfPortal:
    """The portal: routes a request the way Tomcat + FacesServlet + PrettyFaces would."""

    def respond(self, request: Request) -> Response | None:
        match = _SID_RE.search(request.path)
        url_sid = match.group(1) if match else None
        path = _SID_RE.sub("", request.path)

        # container resources: no session involved
        if path.startswith("/portal/javax.faces.resource/"):
            name = path[len("/portal/javax.faces.resource/") :]
            return static_file(name[: -len(".xhtml")]) if name.endswith(".xhtml") else None
        if path.startswith(("/portal/upload/", "/portal/resources/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/portal/ViewImage":
            fid = request.params.get("fid")
            return static_file("x.jpg") if fid in _IMAGE_FIDS else None
        if path == "/portal/DownloadServlet":
            if request.params.get("fileId") in {"TB2310-01", "VB77", "VB81"}:
                return Response(
                    200,
                    PDF,
                    {"Content-Type": "application/pdf", "Content-Disposition": "attachment; filename=tailieu.pdf"},
                )
            return None

        cookie = next((v for k, v in request.headers.items() if k.lower() == "cookie"), "")
        new_sid = None
        if "JSESSIONID=" in cookie:
            sid = None
        elif url_sid:
            sid = url_sid
        else:
            # a real Tomcat mints a new id here; the fixture hands out one id to every cookie-less
            # first request, so the set of URL forms stays bounded and is listed in alt_paths
            sid = new_sid = START_SID
        ctx = _Ctx(request, path, sid, faces=path.startswith("/portal/faces/"))
        response = self._route(ctx, request, path)
        if response is not None and new_sid:
            response.headers["Set-Cookie"] = f"JSESSIONID={new_sid}; Path=/portal; HttpOnly"
        return response

    def _route(self, ctx: _Ctx, request: Request, path: str) -> Response | None:
        if path in ("/", "/portal", "/portal/"):
            return redirect(base_url(request) + with_sid("/portal/faces/home.xhtml", ctx.sid))
        pretty = _PRETTY_RE.match(path)
        if pretty:
            story = BY_ID.get(int(pretty.group(1))) if len(pretty.group(1)) < 7 else None
            if story is None or request.method == "POST":
                return None
            return _article(ctx, story, None)
        m = _XHTML_RE.match(path)
        if not m:
            return None
        view = m.group(2)
        if request.method == "POST":
            return self._postback(ctx, request, view)
        return self._get(ctx, request, view)

    def _get(self, ctx: _Ctx, request: Request, view: str) -> Response | None:
        params = request.params
        if view == "home":
            return _home(ctx)
        if view == "tin-tuc":
            cat = _int(params.get("cat"))
            page = _int(params.get("page", "1"))
            if cat not in CATS or page is None or not 1 <= page <= _pages(cat):
                return None
            return _list_view(ctx, cat, page)
        if view in ("chi-tiet", "in-tin"):
            sid = _int(params.get("id"))
            story = BY_ID.get(sid) if sid else None
            if story is None:
                return None
            if view == "in-tin":
                return _print_view(ctx, story)
            return _article(ctx, story, _int(params.get("cat")))
        if view in ("gioi-thieu", "co-cau-to-chuc", "lien-he"):
            return _static_view(ctx, view)
        if view == "van-ban":
            return _docs_view(ctx)
        if view == "van-ban-ct":
            doc = _int(params.get("id"))
            return _doc_view(ctx, doc) if doc in DOCS else None
        if view == "thu-vien-anh":
            return _album_view(ctx) if params.get("album") == "12" else None
        if view == "tim-kiem":
            return _search_view(ctx, params.get("tuKhoa", ""))
        return None

    def _postback(self, ctx: _Ctx, request: Request, view: str) -> Response | None:
        form = request.form
        state = form.get("javax.faces.ViewState")
        if state is None:  # not a postback: JSF renders the view as for a GET
            return self._get(ctx, request, view)
        if not _VS_RE.match(state):
            return _view_expired(ctx)
        if "frmTimKiem:txtTuKhoa" in form:
            target = "/portal/tim-kiem.xhtml?tuKhoa=" + quote(form["frmTimKiem:txtTuKhoa"])
            return redirect(base_url(request) + with_sid(target, ctx.sid))
        if view == "tin-tuc":
            cat = _int(form.get("frmDS:hdCat") or request.params.get("cat"))
            if cat not in CATS:
                return _view_expired(ctx)
            if form.get("javax.faces.partial.ajax") == "true" and form.get("frmDS:dgTin_pagination") == "true":
                first = _int(form.get("frmDS:dgTin_first", "0"))
                return _partial_response(ctx, cat, first if first is not None else -1)
            clicked = [k for k in form if k.startswith("frmDS:dgTin:") and k.endswith(":lnkTieuDe")]
            story = BY_ID.get(_int(form.get("id")) or 0)
            if clicked and story is not None:
                target = f"/portal/chi-tiet.xhtml?id={story.id}&cat={cat}"
                return redirect(base_url(request) + with_sid(target, ctx.sid))
            page = _int(request.params.get("page", "1")) or 1
            return _list_view(ctx, cat, min(page, _pages(cat)))
        return self._get(ctx, request, view)


def build_site() -> JsfPortal:
    return JsfPortal()


# --- gold ---------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    forms = [f"chi-tiet.xhtml?id={story.id}"] + [f"chi-tiet.xhtml?id={story.id}&cat={c}" for c in _cats_of(story)]
    clean: list[str] = []
    for prefix in ("/portal/", "/portal/faces/"):
        clean += [prefix + f for f in forms]
        clean.append(f"{prefix}in-tin.xhtml?id={story.id}")
    for slug in [story.slug, *story.opts.get("old_slugs", [])]:
        clean.append(f"/portal/tin/{story.id}/{slug}")
    paths = clean + [with_sid(p, START_SID) for p in clean]
    return [p for p in paths if p != f"/portal/chi-tiet.xhtml?id={story.id}"]


def _gold(story: Story) -> dict:
    path = f"/portal/chi-tiet.xhtml?id={story.id}"
    return gold_record(
        story,
        path,
        CATS[int(story.cat)],
        alt_paths=_alt_paths(story),
        image_page="/portal/",
    )


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/portal/gioi-thieu.xhtml",
    "/portal/co-cau-to-chuc.xhtml",
    "/portal/lien-he.xhtml",
    "/portal/van-ban-ct.xhtml?id=77",
    "/portal/van-ban-ct.xhtml?id=81",
    "/portal/thu-vien-anh.xhtml?album=12",
]
