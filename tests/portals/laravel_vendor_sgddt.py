"""Sở GD&ĐT Hậu Giang on a Laravel portal built by the provincial IT centre (a "vendor" CMS:
Laravel 8, Blade theme on Bootstrap 4, Summernote editor for most posts, CKEditor 5 for a few).

Platform
--------
A typical Vietnamese provincial e-government vendor build: one ``posts`` table (news and notices,
told apart by a ``type`` column), a ``categories`` tree, Laravel's length-aware paginator and
``url()`` helper (every link is printed absolute, with the host), ``XSRF-TOKEN`` and
``laravel_session`` cookies, a ``csrf-token`` meta and ``/css/app.css?id=…`` from Laravel Mix.
Uploads live under ``/storage/photos/<yyyy>/<mm>/…`` (Laravel File Manager), listing thumbnails
under ``/storage/thumbs/…``, attachments under ``/storage/files/…``.

URL scheme
----------
- ``/`` home: owl-carousel slider (3 featured posts, links carry ``?utm_source=home&utm_medium=slider``),
  tabs "Tin mới" (5 newest news posts) and "Thông báo" (5 newest notice items), one box per child
  category ("Hoạt động ngành", "Gương người tốt việc tốt").
- ``/tin-tuc/<slug>.html``: a news post (categories Tin tức - Sự kiện, Hoạt động ngành, Gương người
  tốt việc tốt).
- ``/thong-bao/<slug>.html``: a notice post (category Thông báo), another Blade template.
  The router resolves a slug under either prefix, so a notice also answers at
  ``/tin-tuc/<slug>.html`` (the sidebar widget "Tin mới cập nhật" links it there); both print
  ``rel=canonical`` to ``/thong-bao/…``.
- ``/in-bai/<id>``: the print view of any post ("In bài" link), no canonical.
- ``/danh-muc/<slug>?page=<n>``: card grid, 9 per page, Laravel bootstrap-4 pager (numbers,
  ‹ ›, absolute URLs with ``?page=1`` for the first page). The parent category Tin tức - Sự kiện
  lists its own posts *and* its two children's. An out-of-range page answers 200 with an empty grid
  ("Chưa có bài viết nào"), as Laravel does.
- ``/trang/<slug>.html`` static pages, ``/lien-he`` contact form, ``/van-ban`` and
  ``/van-ban/chi-tiet/<id>`` legal documents, ``/thu-vien-anh`` and ``/thu-vien-anh/<slug>.html``
  albums, ``/video`` and ``/video/<slug>.html``, ``/tim-kiem?tu-khoa=…`` search, ``/login``.
- No robots.txt and no sitemap (the spec names none): both 404.

Templates
---------
News post: breadcrumb ``ol.breadcrumb`` (Trang chủ › parent › child), ``h1.post-title``,
``div.post-meta`` (weekday + "dd/mm/yyyy - HH:MM", "Lượt xem: 1.234", sometimes "Cập nhật:" and
"Tác giả:"), ``div.post-sapo`` (the description field, bold), ``div.post-content`` (editor HTML),
tool bar (In bài, Gửi email, Facebook, Zalo), keywords, "Tin cùng chuyên mục", comment form.
Notice post: ``div.notice-detail`` with the title in ``h2.notice-title``, a meta line
"Đăng lúc HH:MM ngày dd/mm/yyyy | Người đăng: … | Lượt xem: …" (or "Ngày đăng: dd/mm/yyyy"),
``div.notice-body``, an attachment box. Every page's header holds an ``h1`` with the site name and
the date "Thứ Bảy, 05/12/2026".

How each gold article is reached
--------------------------------
- Slider and "Tin mới" tab: the five newest news posts; the child boxes: all Hoạt động ngành and
  Gương người tốt việc tốt posts; "Thông báo" tab: the newest notice (between four PDF notices);
  sidebar "Tin mới cập nhật" (5 newest, notices under ``/tin-tuc/``) and "Đọc nhiều nhất".
- ``hoi-nghi-tap-huan-chuyen-doi-so…`` only on page 1 of the Tin tức - Sự kiện listing.
- ``hon-185-000-hoc-sinh-buoc-vao-nam-hoc-moi…`` only on **page 2** of ``/danh-muc/tin-tuc-su-kien``
  (10 posts in the tree, 9 per page).
- ``thong-bao-tuyen-dung-vien-chuc…`` only on page 1 of ``/danh-muc/thong-bao``;
  ``dieu-chinh-thoi-gian-thi-hsg-lop-9…`` only on **page 2** of it: the Thông báo grid mixes the 3
  notice posts with 8 "document notices" whose cards link straight to PDF files.

Traps
-----
1. Two headings: every page's header is ``<h1 class="site-name">SỞ GIÁO DỤC VÀ ĐÀO TẠO<br>TỈNH
   HẬU GIANG</h1>``; notice pages print their title in ``h2.notice-title``, so the only h1 there
   is the site name. Gold title: the post's own heading (a reader never takes the masthead).
   One notice title is printed all in capitals; gold keeps the capitals.
2. Title variants: listing cards print ``Str::limit(title, 60)`` with "...", ``<title>`` appends
   " - Sở GD&ĐT Hậu Giang", and the Hội nghị 20/11 post keeps its first ``og:title`` (the editor
   retitled the post, the SEO field stayed). Gold: the heading printed on the page.
3. Two dates in the news meta: "Thứ Năm, 03/12/2026 - 16:45" and "Cập nhật: 04/12/2026 09:12".
   Gold: the publication date and time ("2026-12-03T16:45:00+07:00"); an update is not a
   publication.
4. Notice meta in time-first order: "Đăng lúc 08:00 ngày 02/12/2026" -> "2026-12-02T08:00:00+07:00";
   the body ends with the document's own place-and-date line "Vị Thanh, ngày 01 tháng 12 năm 2026"
   (the day it was signed, not published; harmonised after the first crawl: as a letterhead's
   place-and-date line is, it is the document's furniture, not its text). The third notice prints only
   "Ngày đăng: 20/10/2026" -> "2026-10-20".
5. Author fields that credit nobody and bylines that do: notices print "Người đăng: quantri" /
   "Người đăng: admin" (CMS logins -> nothing); "Tác giả: ThS. Lê Hoàng Nam" -> "Lê Hoàng Nam"
   (degree dropped); "Thanh Tâm (Phòng GD&ĐT Châu Thành A)" -> "Thanh Tâm"; one line
   "Tin: Kim Ngân - Ảnh: Hữu Phước" gives an author and a photographer; "Bài, ảnh: Thanh Phong"
   gives both; "Tin, ảnh: Đoàn trường THPT Vị Thanh" credits the unit as both; a caption ending
   "Ảnh: Tư liệu" credits nobody (archive photo), so no photographer; "Văn phòng Sở" and
   "Văn phòng Sở GD&ĐT" signing alone are the author as printed.
6. Summary traps: every page has ``meta description``/``og:description`` (the sapo, or the first
   160 characters of text when there is none): on pages without a printed sapo the summary is null.
   The Châu Thành A post prints an empty sapo box (``<div class="post-sapo"><p>&nbsp;</p></div>``)
   -> null. Two posts have no sapo field but a bold first paragraph inside the text (Summernote):
   that bold lead is the summary (and the first body paragraph). Notice posts that open with the
   centred bold document heading "THÔNG BÁO" / "Về việc …" have no sapo: the heading is a
   sub-heading of the body.
7. Images that are not what the markup says: the news theme lazy-loads the Hội khỏe Phù Đổng
   photos (``src="/images/loading.gif" data-src="/storage/photos/…"``): gold is the real photo
   (``data-src``), the spinner is not an image. ``og:image`` and the listing thumbnail of the
   "Nam sinh lớp 9" post are never printed on its page: that post has no article image.
8. Body boundaries: an editor-pasted "Tin liên quan" box inside ``post-content`` (a list of links
   to other posts) is not body; a body paragraph "Theo kế hoạch, …" is text, not a source
   ("Theo X" is a source only on its own credit line); the "File đính kèm" box, keywords, the tool
   bar, "Lượt xem", related posts and the comment form are not body. Summernote spacers
   ``<p><br></p>`` and trailing ``<br>`` inside a paragraph add no paragraph; a ``<br>`` between
   two lines splits them into two paragraphs.
9. Captions in four forms: centred ``<em>`` paragraph under the photo, CKEditor
   ``<figure><figcaption>``, a plain centred paragraph, and a photo followed directly by an ordinary
   justified text paragraph (that one is text, the photo has no caption).
10. Category tree: child posts print the breadcrumb "Trang chủ › Tin tức - Sự kiện › Hoạt động
    ngành" and sit under ``/tin-tuc/``; gold is the child (the breadcrumb's last section). The
    parent listing also shows them. A "Nổi bật" badge on featured posts is not a category.
11. Duplicates: notices at ``/tin-tuc/<slug>.html`` besides ``/thong-bao/<slug>.html``, the
    ``/in-bai/<id>`` print view (no canonical), slider links with ``utm_`` parameters: all in the
    gold's ``alt_paths``.
12. Listings padded with non-articles: the Thông báo grid's PDF cards push the oldest notice to
    page 2; ``?page=99`` answers 200 with an empty grid; source lines in two forms ("Theo Báo Hậu
    Giang" -> "Báo Hậu Giang", "Nguồn: <a>baohaugiang.com.vn</a>" -> "baohaugiang.com.vn").

Gold decisions where a reading could differ
--------------------------------------------
- A caption that ends with "Ảnh: Tư liệu" is kept whole as the caption (that is the line as
  displayed); "Tư liệu" is no one, so no photographer.
- The notice signed "Văn phòng Sở GD&ĐT" at its foot: an office unit signing is credited as printed.
- The date line "Vị Thanh, ngày 01 tháng 12 năm 2026" is where and when the document was signed:
  the house reads it as the document's furniture, as a letterhead's place-and-date line
  (php_msword_thcs, word_export_static_thpt), so it is not in the body (the helper's first gold
  kept it; harmonised after the first crawl).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "laravel_vendor_sgddt"
PLATFORM = "Laravel 8 vendor portal (Blade + Bootstrap 4, Summernote/CKEditor), provincial IT centre"
START_PATH = "/"
TODAY = "Thứ Bảy, 05/12/2026"
SITE = "Sở GD&ĐT Hậu Giang"
PER_PAGE = 9

CATEGORIES = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-nganh": "Hoạt động ngành",
    "guong-nguoi-tot-viec-tot": "Gương người tốt việc tốt",
    "thong-bao": "Thông báo",
}
PARENT = {"hoat-dong-nganh": "tin-tuc-su-kien", "guong-nguoi-tot-viec-tot": "tin-tuc-su-kien"}


def ph(name: str, month: int = 11) -> str:
    """A Laravel File Manager upload."""
    return f"/storage/photos/2026/{month:02d}/{name}"


R = '<p style="text-align: right;">'

# opts: time ("HH:MM"), sapo ("field" | "bold" | "empty" | none), updated ("dd/mm/yyyy HH:MM"),
# author_field (the "Tác giả:" meta), poster (notice "Người đăng:"), notice_date ("time-first" |
# "date-only"), featured, og_title, attach, keywords, editor ("summernote" | "ckeditor").
# P styles: "" text, "bold" bold lead, "h" sub-heading, "center" centred bold line, "li", "oli",
# "quote", "th"/"td" table rows, "br" (joined to the previous paragraph by <br>), "right".

STORIES: list[Story] = [
    Story(
        1,
        "so-gddt-so-ket-hoat-dong-thang-11-trien-khai-nhiem-vu-thang-12-2026",
        "Sở GD&ĐT Hậu Giang sơ kết hoạt động tháng 11, triển khai nhiệm vụ tháng 12/2026",
        "tin-tuc-su-kien",
        "2026-12-03T16:45:00+07:00",
        [
            P(
                "Tại hội nghị, Văn phòng Sở báo cáo kết quả tháng 11: toàn ngành tổ chức thành công các "
                "hoạt động kỷ niệm 44 năm Ngày Nhà giáo Việt Nam; 100% trường học hoàn thành kiểm tra "
                "nội bộ học kỳ I theo kế hoạch; công tác chuyển đổi số tiếp tục được đẩy mạnh với 98% "
                "học sinh có hồ sơ học bạ số."
            ),
            Img(
                ph("so-ket-thang-11.jpg", 12),
                "Giám đốc Sở GD&ĐT Nguyễn Văn Bình phát biểu chỉ đạo hội nghị",
                "Giám đốc Sở GD&ĐT Nguyễn Văn Bình phát biểu chỉ đạo hội nghị",
                "fig",
            ),
            P("Nhiệm vụ trọng tâm tháng 12/2026", "h"),
            P("Tổ chức kiểm tra, đánh giá cuối học kỳ I bảo đảm nghiêm túc, đúng quy chế.", "li"),
            P("Chuẩn bị các điều kiện tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 9.", "li"),
            P("Rà soát cơ sở vật chất, phòng chống rét cho học sinh vùng sâu, vùng xa.", "li"),
            P("Hoàn thành báo cáo sơ kết học kỳ I gửi về Sở trước ngày 10/01/2027.", "li"),
            P(
                "Kết luận hội nghị, Giám đốc Sở đề nghị các phòng chuyên môn và đơn vị trực thuộc bám "
                "sát kế hoạch năm học, chủ động tham mưu giải quyết kịp thời những khó khăn phát sinh "
                "ở cơ sở."
            ),
            Raw(R + "<strong>Văn phòng Sở</strong></p>"),
        ],
        authors=["Văn phòng Sở"],
        summary=(
            "Chiều 03/12, Sở GD&ĐT Hậu Giang tổ chức hội nghị giao ban trực tuyến sơ kết hoạt động "
            "tháng 11 và triển khai nhiệm vụ tháng 12/2026 với các phòng GD&ĐT và đơn vị trực thuộc."
        ),
        sapo_outside=True,
        opts={"time": "16:45", "sapo": "field", "updated": "04/12/2026 09:12", "featured": True,
              "editor": "ckeditor", "keywords": ["giao ban", "nhiệm vụ tháng 12"]},
    ),
    Story(
        2,
        "khai-mac-hoi-khoe-phu-dong-tinh-hau-giang-lan-thu-xi-nam-2026",
        "Khai mạc Hội khỏe Phù Đổng tỉnh Hậu Giang lần thứ XI năm 2026",
        "tin-tuc-su-kien",
        "2026-11-28T08:30:00+07:00",
        [
            P(
                "Hội khỏe Phù Đổng năm nay có hơn 1.500 vận động viên là học sinh tiểu học, THCS và "
                "THPT của 8 đơn vị huyện, thị xã, thành phố tranh tài ở 12 môn: điền kinh, bơi lội, "
                "bóng đá, bóng chuyền, cầu lông, bóng bàn, cờ vua, đá cầu, võ cổ truyền, vovinam, "
                "taekwondo và kéo co."
            ),
            Img(
                ph("hkpd-khai-mac-1.jpg"),
                "Các đoàn vận động viên diễu hành qua lễ đài",
                "Các đoàn vận động viên diễu hành qua lễ đài",
                "lazy",
            ),
            P(
                "Phát biểu khai mạc, Phó Chủ tịch UBND tỉnh Trần Thị Mỹ Hạnh nhấn mạnh Hội khỏe Phù "
                "Đổng là dịp kiểm tra kết quả giáo dục thể chất trong nhà trường, đồng thời phát hiện, "
                "bồi dưỡng năng khiếu thể thao cho tỉnh."
            ),
            P(
                "“Các em hãy thi đấu trung thực, đoàn kết, cao thượng, vì sức khỏe và niềm vui của "
                "chính mình”, bà Hạnh nói.",
                "quote",
            ),
            Img(
                ph("hkpd-khai-mac-2.jpg"),
                "Màn đồng diễn thể dục nhịp điệu của 300 học sinh thành phố Vị Thanh",
                "Màn đồng diễn thể dục nhịp điệu của 300 học sinh thành phố Vị Thanh",
                "lazy",
            ),
            P(
                "Các môn thi đấu diễn ra từ ngày 28/11 đến 06/12/2026 tại Trung tâm Huấn luyện và Thi "
                "đấu thể dục thể thao tỉnh và Trường THPT chuyên Vị Thanh. Kết quả hội khỏe là căn cứ "
                "chọn vận động viên tham dự Hội khỏe Phù Đổng toàn quốc năm 2028."
            ),
            Raw(R + "<strong><em>Bài, ảnh: Thanh Phong</em></strong></p>"),
        ],
        authors=["Thanh Phong"],
        photographers=["Thanh Phong"],
        summary=(
            "Sáng 28/11, tại Sân vận động tỉnh, Sở GD&ĐT phối hợp Sở Văn hóa, Thể thao và Du lịch "
            "khai mạc Hội khỏe Phù Đổng tỉnh Hậu Giang lần thứ XI năm 2026."
        ),
        sapo_outside=True,
        opts={"time": "08:30", "sapo": "field", "featured": True, "keywords": ["Hội khỏe Phù Đổng"]},
    ),
    Story(
        3,
        "hau-giang-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Hậu Giang long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-tuc-su-kien",
        "2026-11-19T10:20:00+07:00",
        [
            P(
                "Sáng 19/11, UBND tỉnh Hậu Giang tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
                "(20/11/1982 - 20/11/2026) và tuyên dương nhà giáo tiêu biểu năm 2026.",
                "bold",
            ),
            P(
                "Dự buổi lễ có đồng chí Lê Minh Tâm, Phó Bí thư Tỉnh ủy; lãnh đạo các sở, ban, ngành "
                "tỉnh cùng hơn 500 cán bộ quản lý, giáo viên, nhân viên ngành giáo dục."
            ),
            Img(
                ph("le-20-11-1.jpg"),
                "Quang cảnh Lễ kỷ niệm tại Hội trường Tỉnh ủy",
                "Quang cảnh Lễ kỷ niệm tại Hội trường Tỉnh ủy",
                "plain",
            ),
            P(
                "Năm học 2025-2026, toàn tỉnh có 412 trường học với hơn 14.000 cán bộ, giáo viên; tỷ "
                "lệ trường đạt chuẩn quốc gia đạt 72,5%, tăng 4,1% so với năm học trước. Kỳ thi tốt "
                "nghiệp THPT có tỷ lệ đậu 99,2%."
            ),
            Raw(
                '<div class="box-lienquan"><p><strong>Tin liên quan:</strong></p><ul>'
                "<li><a href=\"/tin-tuc/khai-mac-hoi-khoe-phu-dong-tinh-hau-giang-lan-thu-xi-nam-2026.html\">"
                "Khai mạc Hội khỏe Phù Đổng tỉnh Hậu Giang lần thứ XI năm 2026</a></li>"
                "<li><a href=\"/tin-tuc/co-giao-vung-song-nuoc-15-nam-van-dong-hoc-sinh-ra-lop.html\">"
                "Cô giáo vùng sông nước 15 năm vận động học sinh ra lớp</a></li></ul></div>"
            ),
            P(
                "Dịp này, 35 nhà giáo được tặng Bằng khen của Chủ tịch UBND tỉnh; 120 nhà giáo được "
                "Giám đốc Sở GD&ĐT tặng Giấy khen vì có thành tích xuất sắc trong năm học."
            ),
            Img(
                ph("le-20-11-2.jpg"),
                "Lãnh đạo tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
                "Lãnh đạo tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
                "em",
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Lê Minh Tâm ghi nhận sự tận tụy của đội ngũ nhà giáo, "
                "đề nghị ngành tiếp tục đổi mới căn bản, toàn diện giáo dục và chăm lo đời sống giáo "
                "viên vùng khó khăn."
            ),
            Raw(R + "<strong>Tin: Kim Ngân - Ảnh: Hữu Phước</strong></p>"),
        ],
        authors=["Kim Ngân"],
        photographers=["Hữu Phước"],
        summary=(
            "Sáng 19/11, UBND tỉnh Hậu Giang tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 - 20/11/2026) và tuyên dương nhà giáo tiêu biểu năm 2026."
        ),
        opts={"time": "10:20", "featured": True, "og_title": "Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11",
              "editor": "summernote", "keywords": ["20/11", "nhà giáo"]},
    ),
    Story(
        4,
        "hoi-nghi-tap-huan-chuyen-doi-so-trong-quan-ly-giao-duc-nam-2026",
        "Hội nghị tập huấn chuyển đổi số trong quản lý giáo dục năm 2026",
        "tin-tuc-su-kien",
        "2026-10-15T14:05:00+07:00",
        [
            P(
                "Trong hai ngày 14 và 15/10/2026, Sở GD&ĐT tổ chức tập huấn chuyển đổi số trong quản "
                "lý giáo dục cho hơn 420 hiệu trưởng, phó hiệu trưởng và nhân viên phụ trách công nghệ "
                "thông tin của các trường học trên địa bàn tỉnh."
            ),
            P(
                "Học viên được hướng dẫn sử dụng hệ thống cơ sở dữ liệu ngành, học bạ số, sổ điểm điện "
                "tử và phần mềm quản lý văn bản. Báo cáo viên cũng chia sẻ kinh nghiệm bảo đảm an toàn "
                "thông tin khi triển khai các ứng dụng trực tuyến."
            ),
            P(
                "Theo kế hoạch, đến hết năm 2026, 100% trường học của tỉnh sử dụng học bạ số từ lớp 1 "
                "đến lớp 12 và thanh toán không dùng tiền mặt các khoản thu dịch vụ."
            ),
            P("Buổi sáng: Cơ sở dữ liệu ngành và học bạ số."),
            P("Buổi chiều: Chữ ký số, văn bản điện tử và an toàn thông tin.", "br"),
            P(
                "Kết thúc tập huấn, các đơn vị xây dựng kế hoạch chuyển đổi số của trường, báo cáo về "
                "Sở (qua Phòng Kế hoạch - Tài chính) trước ngày 30/10/2026."
            ),
        ],
        authors=["Lê Hoàng Nam"],
        opts={"time": "14:05", "author_field": "ThS. Lê Hoàng Nam", "editor": "summernote",
              "keywords": ["chuyển đổi số"]},
    ),
    Story(
        5,
        "hon-185-000-hoc-sinh-buoc-vao-nam-hoc-moi-2026-2027",
        "Hậu Giang: Hơn 185.000 học sinh bước vào năm học mới 2026-2027",
        "tin-tuc-su-kien",
        "2026-09-05T11:00:00+07:00",
        [
            P(
                "Năm học 2026-2027, toàn tỉnh có 185.412 học sinh từ mầm non đến THPT, tăng hơn 2.300 "
                "em so với năm học trước. Ngành giáo dục đã chuẩn bị đầy đủ phòng học, sách giáo khoa "
                "và đội ngũ giáo viên cho ngày khai giảng."
            ),
            Img(
                ph("khai-giang-2026.jpg", 9),
                "Học sinh Trường Tiểu học Vị Thanh trong ngày khai giảng. Ảnh: Tư liệu",
                "Học sinh Trường Tiểu học Vị Thanh trong ngày khai giảng. Ảnh: Tư liệu",
                "em",
            ),
            P(
                "Tại Trường THPT Lê Quý Đôn, Chủ tịch UBND tỉnh đánh trống khai trường và trao học bổng "
                "cho 50 học sinh có hoàn cảnh khó khăn vươn lên học tốt."
            ),
            P(
                "Năm học mới, ngành tập trung thực hiện Chương trình giáo dục phổ thông 2018 ở tất cả "
                "các lớp, nâng cao chất lượng dạy học ngoại ngữ, tin học và giáo dục kỹ năng sống cho "
                "học sinh."
            ),
            Raw(R + "<strong>Minh Thư</strong></p>"),
            Raw(R + "<em>Theo Báo Hậu Giang</em></p>"),
        ],
        authors=["Minh Thư"],
        source="Báo Hậu Giang",
        summary=(
            "Sáng 05/9, hơn 185.000 học sinh các cấp học trên địa bàn tỉnh Hậu Giang hân hoan dự lễ "
            "khai giảng năm học mới 2026-2027."
        ),
        sapo_outside=True,
        opts={"time": "11:00", "sapo": "field", "keywords": ["khai giảng"]},
    ),
]

STORIES += [
    Story(
        6,
        "truong-thpt-vi-thanh-to-chuc-ngay-hoi-stem-nam-hoc-2026-2027",
        "Trường THPT Vị Thanh tổ chức Ngày hội STEM năm học 2026-2027",
        "hoat-dong-nganh",
        "2026-12-01T15:10:00+07:00",
        [
            P(
                "Ngày hội có 36 gian trưng bày sản phẩm của học sinh khối 10, 11 và 12, từ mô hình nhà "
                "thông minh, hệ thống tưới cây tự động đến robot phân loại rác và máy lọc nước mini."
            ),
            Img(
                ph("stem-vi-thanh-1.jpg", 12),
                "Học sinh giới thiệu mô hình hệ thống tưới cây tự động",
                "Học sinh giới thiệu mô hình hệ thống tưới cây tự động",
                "fig",
            ),
            P(
                "Bên cạnh khu trưng bày, Ban tổ chức còn có các trò chơi khoa học, cuộc thi lắp ráp "
                "mạch điện và chế tạo xe chạy bằng năng lượng mặt trời thu hút đông đảo học sinh tham "
                "gia."
            ),
            Img(
                ph("stem-vi-thanh-2.jpg", 12),
                "Đại biểu tham quan gian trưng bày robot phân loại rác",
                "Đại biểu tham quan gian trưng bày robot phân loại rác",
                "fig",
            ),
            P(
                "Kết thúc ngày hội, nhà trường trao 3 giải nhất, 5 giải nhì và 8 giải ba cho các sản "
                "phẩm xuất sắc; một số sản phẩm sẽ được chọn dự thi Cuộc thi Khoa học kỹ thuật cấp tỉnh."
            ),
            Raw(R + "<em>Tin, ảnh: Đoàn trường THPT Vị Thanh</em></p>"),
        ],
        authors=["Đoàn trường THPT Vị Thanh"],
        photographers=["Đoàn trường THPT Vị Thanh"],
        summary=(
            "Ngày 30/11, Trường THPT Vị Thanh tổ chức Ngày hội STEM với chủ đề “Sáng tạo vì cuộc "
            "sống xanh” thu hút hơn 1.200 học sinh tham gia."
        ),
        sapo_outside=True,
        opts={"time": "15:10", "sapo": "field", "editor": "ckeditor", "keywords": ["STEM"]},
    ),
    Story(
        7,
        "chau-thanh-a-hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-tieu-hoc",
        "Phòng GD&ĐT huyện Châu Thành A tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp tiểu học",
        "hoat-dong-nganh",
        "2026-11-12T09:40:00+07:00",
        [
            P(
                "Từ ngày 09 đến 11/11/2026, Phòng GD&ĐT huyện Châu Thành A tổ chức Hội thi giáo viên "
                "chủ nhiệm lớp giỏi cấp tiểu học năm học 2026-2027 với sự tham gia của 42 giáo viên "
                "đến từ 14 trường tiểu học trong huyện."
            ),
            P(
                "Mỗi thí sinh trình bày báo cáo biện pháp giáo dục học sinh và thực hiện một tiết sinh "
                "hoạt lớp. Nhiều giáo viên đã vận dụng linh hoạt các hình thức như trò chơi, đóng vai, "
                "thảo luận nhóm để học sinh được chia sẻ, trải nghiệm."
            ),
            Img(ph("gvcn-chau-thanh-a.jpg"), None, None, "none"),
            P(
                "Ban giám khảo đánh giá hội thi được tổ chức nghiêm túc, đúng kế hoạch; các tiết sinh "
                "hoạt lớp thể hiện rõ vai trò của giáo viên chủ nhiệm trong xây dựng tập thể lớp đoàn "
                "kết, thân thiện."
            ),
            P(
                "Kết quả, 35/42 giáo viên được công nhận danh hiệu giáo viên chủ nhiệm lớp giỏi cấp "
                "huyện, trong đó 6 giáo viên được chọn dự thi cấp tỉnh."
            ),
            Raw(R + "<strong>Thanh Tâm (Phòng GD&amp;ĐT Châu Thành A)</strong></p>"),
        ],
        authors=["Thanh Tâm"],
        opts={"time": "09:40", "sapo": "empty", "editor": "summernote"},
    ),
    Story(
        8,
        "ket-qua-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
        "Kết quả Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027",
        "hoat-dong-nganh",
        "2026-10-30T17:00:00+07:00",
        [
            P(
                "Kỳ thi được tổ chức trong hai ngày 21 và 22/10/2026 với 612 thí sinh dự thi 11 môn. "
                "Hội đồng chấm thi đã hoàn thành việc chấm bài, phúc khảo theo đúng quy chế."
            ),
            P("Kết quả theo môn thi", "h"),
            P("Môn thi | Dự thi | Giải Nhất | Giải Nhì | Giải Ba | Khuyến khích", "th"),
            P("Toán | 64 | 2 | 6 | 11 | 14", "td"),
            P("Ngữ văn | 68 | 1 | 7 | 12 | 15", "td"),
            P("Tiếng Anh | 72 | 3 | 8 | 13 | 16", "td"),
            P("Vật lí | 55 | 1 | 5 | 10 | 12", "td"),
            P("Hóa học | 57 | 2 | 5 | 9 | 13", "td"),
            P("Các môn còn lại | 296 | 5 | 21 | 48 | 60", "td"),
            P(
                "Trường THPT chuyên Vị Thanh dẫn đầu toàn tỉnh với 98 giải, tiếp theo là Trường THPT "
                "Lê Quý Đôn (24 giải) và Trường THPT Ngã Bảy (19 giải)."
            ),
            P(
                "Sở GD&ĐT sẽ thành lập đội tuyển dự thi chọn học sinh giỏi quốc gia năm 2027 từ các "
                "thí sinh đạt giải cao, tổ chức bồi dưỡng từ tháng 11/2026."
            ),
            Raw(R + "<strong>Phòng Quản lý chất lượng</strong></p>"),
        ],
        authors=["Phòng Quản lý chất lượng"],
        summary=(
            "Sở GD&ĐT Hậu Giang công bố kết quả Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học "
            "2026-2027: 342/612 thí sinh đạt giải, chiếm tỷ lệ 55,9%."
        ),
        sapo_outside=True,
        opts={"time": "17:00", "sapo": "field", "updated": "31/10/2026 08:05", "editor": "summernote",
              "keywords": ["HSG lớp 12"]},
    ),
    Story(
        9,
        "co-giao-vung-song-nuoc-15-nam-van-dong-hoc-sinh-ra-lop",
        "Cô giáo vùng sông nước 15 năm vận động học sinh ra lớp",
        "guong-nguoi-tot-viec-tot",
        "2026-11-24T07:55:00+07:00",
        [
            P(
                "Mười lăm năm đứng lớp ở điểm trường Xẻo Vẹt, cô Nguyễn Thị Thu Thủy, giáo viên Trường "
                "Tiểu học Vĩnh Thuận Đông (huyện Long Mỹ) đã đưa hàng trăm học sinh có nguy cơ bỏ học trở "
                "lại lớp.",
                "bold",
            ),
            P(
                "Điểm trường Xẻo Vẹt nằm sâu trong kênh rạch, học sinh phần lớn là con em gia đình làm "
                "thuê, mùa nước nổi thường theo cha mẹ đi làm ăn xa. Mỗi đầu năm học, cô Thủy lại chèo "
                "xuồng đến từng nhà vận động phụ huynh cho con đi học."
            ),
            P(
                "“Có nhà tôi phải đến năm, sáu lần. Phụ huynh bận đi làm từ sớm nên tôi chờ đến tối, "
                "ngồi nói chuyện với họ về tương lai của con”, cô Thủy kể.",
                "quote",
            ),
            Img(
                ph("co-thuy-xeo-vet-1.jpg"),
                "Cô Thủy chèo xuồng đến nhà học sinh",
                "Cô Thủy chèo xuồng đến nhà học sinh",
                "em",
            ),
            P(
                "Không chỉ vận động, cô còn xin học bổng, xe đạp, áo trắng cho học sinh nghèo. Năm "
                "2025, cô cùng đồng nghiệp kêu gọi các nhà hảo tâm xây dựng chiếc cầu bê tông nối điểm "
                "trường với tuyến đường liên ấp."
            ),
            P(
                "Nhờ sự kiên trì đó, tỷ lệ học sinh đi học đúng độ tuổi ở điểm trường đạt 100% trong ba "
                "năm liền; nhiều học trò cũ của cô nay đã là sinh viên, giáo viên, kỹ sư."
            ),
            Img(
                ph("co-thuy-xeo-vet-2.jpg"),
                "Giờ học tại điểm trường Xẻo Vẹt",
                "Giờ học tại điểm trường Xẻo Vẹt",
                "plain",
            ),
            P(
                "Thầy Phạm Văn Lợi, Hiệu trưởng nhà trường, cho biết cô Thủy nhiều năm liền đạt danh "
                "hiệu chiến sĩ thi đua cơ sở và được Chủ tịch UBND tỉnh tặng Bằng khen năm 2026."
            ),
            P(
                "“Tôi chỉ mong các em được đến trường đầy đủ, để sau này không phải vất vả như cha mẹ”, "
                "cô Thủy chia sẻ.",
                "quote",
            ),
            Raw(R + "<strong>Phương Thảo</strong></p>"),
        ],
        authors=["Phương Thảo"],
        summary=(
            "Mười lăm năm đứng lớp ở điểm trường Xẻo Vẹt, cô Nguyễn Thị Thu Thủy, giáo viên Trường "
            "Tiểu học Vĩnh Thuận Đông (huyện Long Mỹ) đã đưa hàng trăm học sinh có nguy cơ bỏ học trở "
            "lại lớp."
        ),
        opts={"time": "07:55", "editor": "summernote", "keywords": ["gương sáng"]},
    ),
    Story(
        10,
        "nam-sinh-lop-9-tra-lai-tai-san-nhat-duoc-cho-nguoi-danh-roi",
        "Nam sinh lớp 9 trả lại tài sản nhặt được cho người đánh rơi",
        "guong-nguoi-tot-viec-tot",
        "2026-10-08T10:30:00+07:00",
        [
            P(
                "Trên đường đi học về chiều 06/10, em Lê Hoàng Khang, học sinh lớp 9A2 Trường THCS Tân "
                "Bình (huyện Phụng Hiệp) nhặt được chiếc túi xách bên trong có hơn 25 triệu đồng, một "
                "điện thoại di động và nhiều giấy tờ tùy thân."
            ),
            P(
                "Khang đã mang chiếc túi đến Công an xã Tân Bình nhờ tìm người đánh rơi. Qua xác minh, "
                "tài sản là của bà Trần Thị Lan, ngụ ấp Tân Phú, bị rơi khi đi chợ về."
            ),
            P(
                "Ghi nhận hành động đẹp, Trường THCS Tân Bình đã tuyên dương em Khang trước toàn trường "
                "dưới cờ sáng thứ Hai và đề nghị Phòng GD&ĐT huyện khen thưởng."
            ),
            Raw(
                R + '<em>Nguồn: <a href="https://baohaugiang.com.vn/giao-duc/nam-sinh-tra-lai-tai-san.html" '
                'target="_blank">baohaugiang.com.vn</a></em></p>'
            ),
        ],
        authors=["Hoàng Vũ"],
        source="baohaugiang.com.vn",
        opts={"time": "10:30", "author_field": "Hoàng Vũ", "editor": "summernote", "og_image_only": True},
    ),
]

STORIES += [
    Story(
        11,
        "lich-tiep-cong-dan-thang-12-2026-cua-giam-doc-so",
        "THÔNG BÁO LỊCH TIẾP CÔNG DÂN THÁNG 12/2026 CỦA GIÁM ĐỐC SỞ GD&ĐT",
        "thong-bao",
        "2026-12-02T08:00:00+07:00",
        [
            P(
                "Thực hiện Luật Tiếp công dân năm 2013 và Quy chế tiếp công dân của Sở GD&ĐT, Văn phòng "
                "Sở thông báo lịch tiếp công dân định kỳ tháng 12/2026 của Giám đốc Sở như sau:"
            ),
            P("Ngày | Thời gian | Người tiếp | Địa điểm", "th"),
            P("Thứ Ba, 08/12/2026 | 7 giờ 30 - 11 giờ | Giám đốc Nguyễn Văn Bình | Phòng tiếp công dân", "td"),
            P("Thứ Ba, 22/12/2026 | 7 giờ 30 - 11 giờ | Phó Giám đốc Lâm Thị Ngọc | Phòng tiếp công dân", "td"),
            P(
                "Công dân đến liên hệ mang theo căn cước công dân và giấy tờ, tài liệu liên quan đến nội "
                "dung khiếu nại, tố cáo, kiến nghị, phản ánh."
            ),
            Raw('<p style="text-align: right;"><em>Vị Thanh, ngày 01 tháng 12 năm 2026</em></p>'),
            Raw(R + "<strong>Văn phòng Sở GD&amp;ĐT</strong></p>"),
        ],
        authors=["Văn phòng Sở GD&ĐT"],
        opts={"time": "08:00", "notice_date": "time-first", "poster": "quantri",
              "attach": "lich-tiep-cong-dan-thang-12-2026.pdf"},
    ),
    Story(
        12,
        "thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026-dot-2",
        "Thông báo tuyển dụng viên chức giáo dục năm 2026 (đợt 2)",
        "thong-bao",
        "2026-11-20T15:30:00+07:00",
        [
            P(
                "Sở GD&ĐT Hậu Giang thông báo tuyển dụng 126 chỉ tiêu viên chức giảng dạy tại các trường "
                "THPT, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên trực thuộc Sở năm 2026 "
                "(đợt 2)."
            ),
            P("1. Điều kiện đăng ký dự tuyển", "h"),
            P("Có quốc tịch Việt Nam, cư trú tại Việt Nam, đủ 18 tuổi trở lên.", "li"),
            P("Có văn bằng, chứng chỉ phù hợp với vị trí việc làm dự tuyển.", "li"),
            P("Đủ sức khỏe để thực hiện công việc hoặc nhiệm vụ.", "li"),
            P("2. Hồ sơ và thời gian nhận hồ sơ", "h"),
            P(
                "Người dự tuyển nộp Phiếu đăng ký dự tuyển theo mẫu tại Văn phòng Sở GD&ĐT (số 09 Trần "
                "Hưng Đạo, phường V, thành phố Vị Thanh) từ ngày 23/11 đến hết ngày 22/12/2026, trong "
                "giờ hành chính."
            ),
            P("3. Hình thức tuyển dụng", "h"),
            P(
                "Xét tuyển theo hai vòng: vòng 1 kiểm tra điều kiện, tiêu chuẩn; vòng 2 thực hành (giảng "
                "dạy một tiết) theo quy định tại Nghị định số 115/2020/NĐ-CP."
            ),
            P("Chỉ tiêu cụ thể từng vị trí xem tại file đính kèm."),
        ],
        opts={"time": "15:30", "notice_date": "time-first", "poster": "admin",
              "attach": "tb-tuyen-dung-vien-chuc-2026-dot-2.pdf"},
    ),
    Story(
        13,
        "dieu-chinh-thoi-gian-thi-hsg-lop-9-cap-tinh-nam-hoc-2026-2027",
        "Thông báo về việc điều chỉnh thời gian tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 9",
        "thong-bao",
        "2026-10-20",
        [
            P("THÔNG BÁO", "center"),
            P("Về việc điều chỉnh thời gian tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 9", "center"),
            P(
                "Do ảnh hưởng của đợt triều cường cuối tháng 10, Sở GD&ĐT điều chỉnh thời gian tổ chức "
                "Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 9 năm học 2026-2027 như sau:"
            ),
            P("Thời gian cũ: ngày 03 và 04/12/2026.", "li"),
            P("Thời gian mới: ngày 12 và 13/01/2027.", "li"),
            P(
                "Các nội dung khác thực hiện theo Kế hoạch số 1520/KH-SGDĐT ngày 15/9/2026. Đề nghị "
                "Trưởng phòng GD&ĐT các huyện, thị xã, thành phố thông báo đến các trường THCS và học "
                "sinh đăng ký dự thi."
            ),
        ],
        opts={"notice_date": "date-only", "poster": "admin"},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.id: s for s in STORIES}


def post_path(story: Story) -> str:
    prefix = "thong-bao" if story.cat == "thong-bao" else "tin-tuc"
    return f"/{prefix}/{story.slug}.html"


def _alts(story: Story) -> list[str]:
    out = [f"/in-bai/{story.id}"]
    if story.cat == "thong-bao":
        out.append(f"/tin-tuc/{story.slug}.html")
    if story.opts.get("featured"):
        out.append(post_path(story) + "?utm_source=home&utm_medium=slider")
    return out


GOLD = [
    gold_record(s, post_path(s), CATEGORIES[s.cat], alt_paths=_alts(s)) for s in STORIES
]

NON_ARTICLES = [
    "/trang/gioi-thieu-chung.html",
    "/lien-he",
    "/thu-vien-anh/le-ky-niem-ngay-nha-giao-viet-nam-20-11-2026.html",
    "/van-ban/chi-tiet/1245",
    "/video/phong-su-hoi-khoe-phu-dong-tinh-hau-giang-2026.html",
    "/danh-muc/tin-tuc-su-kien?page=2",
]

# the Thông báo grid also lists notices that are only a PDF (title, date, file)
PDF_NOTICES = [
    ("2026-12-04", "Công văn về việc tổ chức kiểm tra cuối học kỳ I năm học 2026-2027", "cv-kiem-tra-cuoi-hk1.pdf"),
    ("2026-11-30", "Danh sách thí sinh dự thi chọn học sinh giỏi cấp tỉnh lớp 9", "ds-thi-sinh-hsg-lop-9.pdf"),
    ("2026-11-26", "Kế hoạch kiểm tra công tác phổ cập giáo dục năm 2026", "kh-kiem-tra-pho-cap-2026.pdf"),
    ("2026-11-25", "Quyết định công nhận trường đạt chuẩn quốc gia đợt 2 năm 2026", "qd-truong-chuan-dot-2.pdf"),
    ("2026-11-16", "Công văn hướng dẫn phòng, chống dịch bệnh mùa mưa trong trường học", "cv-phong-chong-dich.pdf"),
    ("2026-11-10", "Thông báo kết quả thẩm định sách giáo khoa lớp 12 năm học 2027-2028", "tb-tham-dinh-sgk-12.pdf"),
    ("2026-11-05", "Lịch công tác của Ban Giám đốc Sở tháng 11/2026", "lich-cong-tac-thang-11.pdf"),
    ("2026-10-28", "Công văn về việc rà soát đội ngũ giáo viên dạy Tin học, Tiếng Anh", "cv-ra-soat-doi-ngu.pdf"),
]

MOST_READ = [3, 9, 8, 2, 6]
DOCUMENTS = {
    1245: ("1245/SGDĐT-VP", "03/12/2026", "Công văn", "Về việc triển khai nhiệm vụ tháng 12/2026"),
    1198: ("1198/KH-SGDĐT", "12/11/2026", "Kế hoạch", "Tổ chức Hội khỏe Phù Đổng tỉnh lần thứ XI"),
    1120: ("1120/QĐ-SGDĐT", "20/10/2026", "Quyết định", "Ban hành quy chế tiếp công dân của Sở GD&ĐT"),
}
ALBUMS = {
    "le-ky-niem-ngay-nha-giao-viet-nam-20-11-2026": ("Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026", "19/11/2026", 6),
    "ngay-hoi-stem-truong-thpt-vi-thanh": ("Ngày hội STEM Trường THPT Vị Thanh", "30/11/2026", 4),
}
VIDEOS = {
    "phong-su-hoi-khoe-phu-dong-tinh-hau-giang-2026": ("Phóng sự: Hội khỏe Phù Đổng tỉnh Hậu Giang 2026", "29/11/2026"),
}
STATIC_PAGES = {
    "gioi-thieu-chung": (
        "Giới thiệu chung",
        "<p>Sở Giáo dục và Đào tạo tỉnh Hậu Giang là cơ quan chuyên môn thuộc UBND tỉnh, có chức "
        "năng tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo.</p>"
        "<p>Sở được thành lập năm 2004, khi tỉnh Hậu Giang được tái lập. Hiện nay, toàn tỉnh có 412 "
        "trường học từ mầm non đến THPT.</p>",
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        "<p>Ban Giám đốc: Giám đốc Nguyễn Văn Bình; các Phó Giám đốc Lâm Thị Ngọc, Trương Minh Đức.</p>"
        "<ul><li>Văn phòng Sở</li><li>Phòng Tổ chức cán bộ</li><li>Phòng Kế hoạch - Tài chính</li>"
        "<li>Phòng Giáo dục Trung học</li><li>Phòng Giáo dục Mầm non - Tiểu học</li>"
        "<li>Phòng Quản lý chất lượng</li><li>Thanh tra Sở</li></ul>",
    ),
}

# --- helpers ---------------------------------------------------------------------------------

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _day(iso: str) -> _dt.date:
    return _dt.date.fromisoformat(iso[:10])


def dmy(iso: str) -> str:
    return _day(iso).strftime("%d/%m/%Y")


def views(story: Story) -> str:
    return f"{story.views() * 7 + 1000:,}".replace(",", ".")


def limit(value: str, n: int) -> str:
    """Laravel's Str::limit: cut at n characters and append "..."."""
    return value if len(value) <= n else value[:n].rstrip() + "..."


def plain(story: Story) -> str:
    return " ".join(p for p in story.paragraphs)


def token(seed: str) -> str:
    return hashlib.sha1(seed.encode()).hexdigest()[:40]


def sorted_stories(cats: set[str]) -> list[Story]:
    return sorted((s for s in STORIES if s.cat in cats), key=lambda s: s.published_at, reverse=True)


def tree(key: str) -> set[str]:
    return {key} | {child for child, parent in PARENT.items() if parent == key}


def items_of(key: str) -> list[tuple[str, str, str, Story | None]]:
    """(date, title, path, story) of a category grid, newest first; PDF notices have no story."""
    out = [(s.published_at[:10], s.title, post_path(s), s) for s in sorted_stories(tree(key))]
    if key == "thong-bao":
        out += [(d, t, f"/storage/files/thong-bao/{f}", None) for d, t, f in PDF_NOTICES]
    return sorted(out, key=lambda item: item[0], reverse=True)


def _img_tag(base: str, img: Img) -> str:
    if img.style == "lazy":
        return (
            f'<img class="lazy img-fluid" src="{base}/images/loading.gif" data-src="{base}{img.src}" '
            'alt="">'
        )
    return f'<img src="{base}{img.src}" style="width: 100%;" alt="">'


def render_content(request: Request, story: Story) -> str:
    """The editor's HTML: Summernote (<p> with spacers) or CKEditor 5 (<figure class=image>)."""
    base = base_url(request)
    summernote = story.opts.get("editor") == "summernote"
    out: list[str] = []
    blocks = list(story.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            tag = _img_tag(base, b)
            if b.style == "fig":
                out.append(f'<figure class="image">{tag}<figcaption>{esc(b.printed or "")}</figcaption></figure>')
            else:
                out.append(f'<p style="text-align: center;">{tag}</p>')
                if b.style in ("em", "lazy"):
                    out.append(f'<p style="text-align: center;"><em>{esc(b.printed or "")}</em></p>')
                elif b.style == "plain":
                    out.append(f'<p style="text-align: center;">{esc(b.printed or "")}</p>')
        elif b.style in ("li", "oli", "th", "td"):
            group = [b]
            kinds = ("li",) if b.style == "li" else ("oli",) if b.style == "oli" else ("th", "td")
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style in kinds:
                i += 1
                group.append(blocks[i])
            if b.style in ("li", "oli"):
                tag = "ul" if b.style == "li" else "ol"
                out.append(f"<{tag}>" + "".join(f"<li>{esc(p.text)}</li>" for p in group) + f"</{tag}>")
            else:
                rows = []
                for p in group:
                    cell = "th" if p.style == "th" else "td"
                    rows.append("<tr>" + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in p.text.split(" | ")) + "</tr>")
                out.append('<table class="table table-bordered" style="width: 100%;"><tbody>' + "".join(rows) + "</tbody></table>")
        elif i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
            out.append(f'<p style="text-align: justify;">{esc(b.text)}<br>{esc(blocks[i + 1].text)}</p>')
            i += 1
        elif b.style == "bold":
            out.append(f'<p style="text-align: justify;"><b>{esc(b.text)}</b></p>')
        elif b.style == "h":
            out.append(f"<h3>{esc(b.text)}</h3>" if not summernote else f"<p><b>{esc(b.text)}</b></p>")
        elif b.style == "center":
            out.append(f'<p style="text-align: center;"><strong>{esc(b.text)}</strong></p>')
        elif b.style == "right":
            out.append(f'<p style="text-align: right;"><em>{esc(b.text)}</em></p>')
        elif b.style == "quote":
            out.append(f"<blockquote><p>{esc(b.text)}</p></blockquote>")
        else:
            trail = "<br>" if summernote and len(b.text) % 3 == 0 else ""
            out.append(f'<p style="text-align: justify;">{esc(b.text)}{trail}</p>')
        if summernote and i % 3 == 1:
            out.append("<p><br></p>")
        i += 1
    return "\n".join(out)


# --- chrome ----------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/trang/gioi-thieu-chung.html", "Giới thiệu", [("/trang/co-cau-to-chuc.html", "Cơ cấu tổ chức")]),
    (
        "/danh-muc/tin-tuc-su-kien",
        "Tin tức - Sự kiện",
        [("/danh-muc/hoat-dong-nganh", "Hoạt động ngành"),
         ("/danh-muc/guong-nguoi-tot-viec-tot", "Gương người tốt việc tốt")],
    ),
    ("/danh-muc/thong-bao", "Thông báo", []),
    ("/van-ban", "Văn bản", []),
    ("/thu-vien-anh", "Thư viện ảnh", []),
    ("/video", "Video", []),
    ("/lien-he", "Liên hệ", []),
]


def layout(request: Request, title: str, main: str, head: str = "", desc: str = "") -> str:
    base = base_url(request)
    nav = []
    for href, label, children in MENU:
        if children:
            sub = "".join(f'<a class="dropdown-item" href="{base}{h}">{esc(lab)}</a>' for h, lab in children)
            nav.append(
                f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{base}{href}" '
                f'data-toggle="dropdown">{esc(label)}</a><div class="dropdown-menu">{sub}</div></li>'
            )
        else:
            nav.append(f'<li class="nav-item"><a class="nav-link" href="{base}{href}">{esc(label)}</a></li>')
    newest = sorted(STORIES, key=lambda s: s.published_at, reverse=True)[:5]
    updates = "".join(
        f'<li><a href="{base}/tin-tuc/{s.slug}.html">{esc(limit(s.title, 60))}</a></li>' for s in newest
    )
    most = "".join(
        f'<li><span class="num">{n}</span><a href="{base}{post_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>'
        for n, i in enumerate(MOST_READ, 1)
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="{token(title)}">
<title>{esc(title)}</title>
<meta name="description" content="{esc(desc or "Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Hậu Giang")}">
<link rel="shortcut icon" href="{base}/favicon.ico">
<link rel="stylesheet" href="{base}/css/app.css?id=7c1f3b2d9a0e4f61">
<link rel="stylesheet" href="{base}/vendor/owl-carousel/owl.carousel.min.css">
{head}
</head>
<body>
<div class="top-bar"><div class="container d-flex justify-content-between">
<span class="today"><i class="fa fa-calendar"></i> {TODAY}</span>
<span class="hotline">Đường dây nóng: 0293 3876 425 | <a href="{base}/login">Đăng nhập</a></span>
</div></div>
<header class="header"><div class="container">
<a href="{base}/" class="logo-link"><img src="{base}/images/logo-sgddt.png" alt="Logo" class="logo">
<h1 class="site-name">SỞ GIÁO DỤC VÀ ĐÀO TẠO<br><span>TỈNH HẬU GIANG</span></h1></a>
<img class="banner-right" src="{base}/images/banner-header.png" alt="">
</div></header>
<nav class="navbar navbar-expand-lg main-menu"><div class="container"><ul class="navbar-nav">{"".join(nav)}</ul>
<form class="form-inline search" action="{base}/tim-kiem" method="get"><input name="tu-khoa" placeholder="Tìm kiếm..."><button type="submit"><i class="fa fa-search"></i></button></form>
</div></nav>
<div class="marquee-news"><marquee>Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026</marquee></div>
<div class="container main-wrap"><div class="row">
<div class="col-lg-8 col-main">
{main}
</div>
<aside class="col-lg-4 sidebar">
<div class="widget widget-updates"><h4 class="widget-title">Tin mới cập nhật</h4><ul>{updates}</ul></div>
<div class="widget widget-most-read"><h4 class="widget-title">Đọc nhiều nhất</h4><ol class="list-most">{most}</ol></div>
<div class="widget widget-poll"><h4 class="widget-title">Thăm dò ý kiến</h4>
<form method="post" action="{base}/binh-chon"><input type="hidden" name="_token" value="{token("poll")}">
<p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</p>
<label><input type="radio" name="answer" value="1"> Đẹp, dễ sử dụng</label><br>
<label><input type="radio" name="answer" value="2"> Bình thường</label><br>
<label><input type="radio" name="answer" value="3"> Khó tìm thông tin</label><br>
<button type="submit" class="btn btn-sm btn-primary">Bình chọn</button></form></div>
<div class="widget widget-links"><h4 class="widget-title">Liên kết website</h4>
<select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://haugiang.gov.vn">Cổng TTĐT tỉnh Hậu Giang</option>
<option value="https://baohaugiang.com.vn">Báo Hậu Giang</option></select>
<a href="https://dichvucong.gov.vn" target="_blank"><img src="{base}/images/banner-dvc.png" alt="Dịch vụ công"></a></div>
<div class="widget widget-counter"><h4 class="widget-title">Thống kê truy cập</h4>
<ul><li>Đang online: <b>27</b></li><li>Hôm nay: <b>1.342</b></li><li>Tháng này: <b>8.905</b></li>
<li>Tổng truy cập: <b>3.416.782</b></li></ul></div>
</aside>
</div></div>
<footer class="footer"><div class="container">
<p><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HẬU GIANG</b></p>
<p>Địa chỉ: Số 09 Trần Hưng Đạo, phường V, thành phố Vị Thanh, tỉnh Hậu Giang</p>
<p>Điện thoại: 0293 3876 425 - Fax: 0293 3876 426 - Email: sgddt@haugiang.gov.vn</p>
<p>Chịu trách nhiệm chính: Nguyễn Văn Bình - Giám đốc Sở</p>
<p class="copyright">© 2026 Bản quyền thuộc Sở GD&amp;ĐT Hậu Giang. Thiết kế bởi Trung tâm Công nghệ thông tin và Truyền thông tỉnh.</p>
</div></footer>
<script src="{base}/js/app.js?id=2b8e9f0c1d3a"></script>
<script src="{base}/vendor/jquery.lazy.min.js"></script>
<script>$(function(){{$('.lazy').Lazy();}});</script>
</body>
</html>"""


def breadcrumb(request: Request, key: str) -> str:
    base = base_url(request)
    keys = [PARENT[key], key] if key in PARENT else [key]
    items = "".join(
        f'<li class="breadcrumb-item"><a href="{base}/danh-muc/{k}">{esc(CATEGORIES[k])}</a></li>' for k in keys
    )
    return (
        f'<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item">'
        f'<a href="{base}/"><i class="fa fa-home"></i> Trang chủ</a></li>{items}</ol></nav>'
    )


def thumb(story: Story) -> str:
    return f"/storage/thumbs/{story.slug[:40]}.jpg"


def card(request: Request, item: tuple[str, str, str, Story | None]) -> str:
    base = base_url(request)
    day, title, path, story = item
    if story is None:
        return (
            '<div class="col-md-4 col-sm-6 mb-4"><div class="card card-doc">'
            f'<a href="{base}{path}" target="_blank"><img class="card-img-top" src="{base}/images/icon-pdf.png" alt=""></a>'
            f'<div class="card-body"><span class="badge badge-danger">PDF</span> '
            f'<h5 class="card-title"><a href="{base}{path}" target="_blank" title="{esc(title)}">{esc(limit(title, 60))}</a></h5>'
            f'<p class="card-date"><i class="fa fa-clock-o"></i> {dmy(day)}</p></div></div></div>'
        )
    badge = '<span class="badge badge-warning">Nổi bật</span> ' if story.opts.get("featured") else ""
    desc = story.summary or plain(story)
    return (
        '<div class="col-md-4 col-sm-6 mb-4"><div class="card card-news">'
        f'<a href="{base}{path}"><img class="card-img-top" src="{base}{thumb(story)}" alt="{esc(title)}"></a>'
        f'<div class="card-body">{badge}<h5 class="card-title"><a href="{base}{path}" title="{esc(title)}">'
        f'{esc(limit(title, 60))}</a></h5><p class="card-date"><i class="fa fa-clock-o"></i> {dmy(day)}</p>'
        f'<p class="card-text">{esc(limit(desc, 120))}</p></div></div></div>'
    )


def pager(request: Request, path: str, page: int, pages: int) -> str:
    """Laravel's bootstrap-4 pagination view (absolute URLs, ?page=1 for the first page)."""
    if pages <= 1:
        return ""
    base = base_url(request)
    url = f"{base}{path}?page="
    prev = (
        f'<li class="page-item"><a class="page-link" href="{url}{page - 1}" rel="prev" aria-label="« Trước">&lsaquo;</a></li>'
        if page > 1
        else '<li class="page-item disabled" aria-disabled="true"><span class="page-link">&lsaquo;</span></li>'
    )
    nums = "".join(
        f'<li class="page-item active" aria-current="page"><span class="page-link">{n}</span></li>'
        if n == page
        else f'<li class="page-item"><a class="page-link" href="{url}{n}">{n}</a></li>'
        for n in range(1, pages + 1)
    )
    nxt = (
        f'<li class="page-item"><a class="page-link" href="{url}{page + 1}" rel="next" aria-label="Sau »">&rsaquo;</a></li>'
        if page < pages
        else '<li class="page-item disabled" aria-disabled="true"><span class="page-link">&rsaquo;</span></li>'
    )
    return f'<nav><ul class="pagination">{prev}{nums}{nxt}</ul></nav>'


def respond_html(request: Request, title: str, main: str, head: str = "", desc: str = "", status: int = 200) -> Response:
    cookies = {
        "Set-Cookie": f"laravel_session={token(request.path)}; path=/; httponly; samesite=lax",
    }
    return html(layout(request, title, main, head, desc), status=status, headers=cookies)


def not_found(request: Request) -> Response:
    main = '<div class="error-page"><h2>404</h2><p>Trang bạn tìm không tồn tại.</p></div>'
    return respond_html(request, f"Không tìm thấy trang - {SITE}", main, status=404)


# --- pages -----------------------------------------------------------------------------------


def home(request: Request) -> Response:
    base = base_url(request)
    news = sorted_stories(tree("tin-tuc-su-kien"))
    featured = [s for s in news if s.opts.get("featured")]
    slides = "".join(
        f'<div class="item"><a href="{base}{post_path(s)}?utm_source=home&amp;utm_medium=slider">'
        f'<img src="{base}{thumb(s)}" alt=""><div class="caption"><h3>{esc(s.title)}</h3></div></a></div>'
        for s in featured
    )
    tab_news = "".join(
        f'<li><a href="{base}{post_path(s)}">{esc(s.title)}</a> <span class="date">({dmy(s.published_at)})</span></li>'
        for s in news[:5]
    )
    tab_notice = "".join(
        f'<li><a href="{base}{path}">{esc(title)}</a> <span class="date">({dmy(day)})</span></li>'
        for day, title, path, _s in items_of("thong-bao")[:5]
    )
    boxes = []
    for key in ("hoat-dong-nganh", "guong-nguoi-tot-viec-tot"):
        posts = sorted_stories({key})[:4]
        first, rest = posts[0], posts[1:]
        others = "".join(f'<li><a href="{base}{post_path(s)}">{esc(s.title)}</a></li>' for s in rest)
        boxes.append(
            f'<section class="box-cate"><div class="box-head"><h2><a href="{base}/danh-muc/{key}">{esc(CATEGORIES[key])}</a></h2>'
            f'<a class="more" href="{base}/danh-muc/{key}">Xem thêm »</a></div><div class="row">'
            f'<div class="col-md-6"><a href="{base}{post_path(first)}"><img src="{base}{thumb(first)}" alt=""></a>'
            f'<h3><a href="{base}{post_path(first)}">{esc(first.title)}</a></h3>'
            f'<p>{esc(limit(first.summary or plain(first), 150))}</p></div>'
            f'<div class="col-md-6"><ul class="list-others">{others}</ul></div></div></section>'
        )
    main = f"""<div class="owl-carousel home-slider">{slides}</div>
<div class="home-tabs"><ul class="nav nav-tabs" role="tablist">
<li class="nav-item"><a class="nav-link active" data-toggle="tab" href="#tab-moi">Tin mới</a></li>
<li class="nav-item"><a class="nav-link" data-toggle="tab" href="#tab-thongbao">Thông báo</a></li></ul>
<div class="tab-content"><div class="tab-pane fade show active" id="tab-moi"><ul class="list-news">{tab_news}</ul>
<a class="more" href="{base}/danh-muc/tin-tuc-su-kien">Xem tất cả »</a></div>
<div class="tab-pane fade" id="tab-thongbao"><ul class="list-news">{tab_notice}</ul>
<a class="more" href="{base}/danh-muc/thong-bao">Xem tất cả »</a></div></div></div>
{"".join(boxes)}"""
    return respond_html(request, f"Trang chủ - {SITE}", main)


def category_page(request: Request, key: str) -> Response:
    raw = request.params.get("page", "1")
    if not raw.isdigit() or int(raw) < 1:
        raw = "1"
    page = int(raw)
    items = items_of(key)
    pages = -(-len(items) // PER_PAGE)
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    grid = "".join(card(request, it) for it in chunk) or '<p class="empty col-12">Chưa có bài viết nào.</p>'
    main = (
        breadcrumb(request, key)
        + f'<div class="cate-head"><h2 class="title-cate">{esc(CATEGORIES[key])}</h2></div>'
        + f'<div class="row list-card">{grid}</div>'
        + pager(request, f"/danh-muc/{key}", page, pages)
    )
    title = f"{CATEGORIES[key]} - {SITE}" + (f" - Trang {page}" if page > 1 else "")
    return respond_html(request, title, main)


def _head(request: Request, story: Story, canonical: bool = True) -> tuple[str, str]:
    base = base_url(request)
    desc = story.summary or limit(plain(story), 160)
    image = story.images[0].src if story.images else thumb(story)
    head = (
        (f'<link rel="canonical" href="{base}{post_path(story)}">\n' if canonical else "")
        + f'<meta property="og:type" content="article">\n'
        f'<meta property="og:title" content="{esc(story.opts.get("og_title", story.title))}">\n'
        f'<meta property="og:description" content="{esc(desc)}">\n'
        f'<meta property="og:image" content="{base}{image}">\n'
        f'<meta property="og:url" content="{base}{post_path(story)}">'
    )
    return head, desc


def tools(request: Request, story: Story) -> str:
    base = base_url(request)
    url = quote(f"{base}{post_path(story)}", safe="")
    keywords = story.opts.get("keywords", [])
    tags = "".join(
        f'<a class="tag" href="{base}/tim-kiem?tu-khoa={quote(k)}">{esc(k)}</a>' for k in keywords
    )
    return (
        '<div class="post-tools">'
        f'<a href="{base}/in-bai/{story.id}" target="_blank"><i class="fa fa-print"></i> In bài</a>'
        f'<a href="mailto:?subject={quote(story.title)}&amp;body={url}"><i class="fa fa-envelope"></i> Gửi email</a>'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank">Chia sẻ Facebook</a>'
        f'<a href="https://sp.zalo.me/share_inline?url={url}" target="_blank">Zalo</a></div>'
        + (f'<div class="post-tags"><b>Từ khóa:</b> {tags}</div>' if tags else "")
    )


def related(request: Request, story: Story) -> str:
    base = base_url(request)
    rows = [it for it in items_of(story.cat) if it[3] is not story][:3]
    lis = "".join(
        f'<li><a href="{base}{path}">{esc(title)}</a> <span>({dmy(day)})</span></li>' for day, title, path, _s in rows
    )
    return f'<div class="related-news"><h4 class="title-related">Tin cùng chuyên mục</h4><ul>{lis}</ul></div>'


COMMENT_FORM = """<div class="comment-box"><h4>Ý kiến bạn đọc</h4>
<form method="post" action="{base}/binh-luan"><input type="hidden" name="_token" value="{tok}">
<input type="hidden" name="post_id" value="{id}"><input name="name" placeholder="Họ và tên">
<input name="email" placeholder="Email"><textarea name="content" placeholder="Nội dung"></textarea>
<button type="submit">Gửi ý kiến</button></form></div>"""


def news_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    head, desc = _head(request, story)
    day = _day(story.published_at)
    meta = [
        f'<span class="post-date"><i class="fa fa-calendar"></i> {WEEKDAYS[day.weekday()]}, '
        f'{day.strftime("%d/%m/%Y")} - {story.opts["time"]}</span>'
    ]
    if story.opts.get("updated"):
        meta.append(f'<span class="post-updated">Cập nhật: {story.opts["updated"]}</span>')
    if story.opts.get("author_field"):
        meta.append(f'<span class="post-author"><i class="fa fa-user"></i> Tác giả: {esc(story.opts["author_field"])}</span>')
    meta.append(f'<span class="post-view"><i class="fa fa-eye"></i> Lượt xem: {views(story)}</span>')
    sapo = ""
    if story.opts.get("sapo") == "field":
        sapo = f'<div class="post-sapo"><strong>{esc(story.summary or "")}</strong></div>'
    elif story.opts.get("sapo") == "empty":
        sapo = '<div class="post-sapo"><p>&nbsp;</p></div>'
    main = f"""{breadcrumb(request, story.cat)}
<article class="post-detail">
<h1 class="post-title">{esc(story.title)}</h1>
<div class="post-meta">{" ".join(meta)}</div>
{sapo}
<div class="post-content">
{render_content(request, story)}
</div>
{tools(request, story)}
</article>
{related(request, story)}
{COMMENT_FORM.format(base=base, tok=token(story.slug), id=story.id)}"""
    return respond_html(request, f"{story.title} - {SITE}", main, head, desc)


def notice_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    head, desc = _head(request, story)
    if story.opts.get("notice_date") == "time-first":
        when = f"Đăng lúc {story.opts['time']} ngày {dmy(story.published_at)}"
    else:
        when = f"Ngày đăng: {dmy(story.published_at)}"
    attach = story.opts.get("attach")
    attach_html = (
        f'<div class="attach-box"><strong>File đính kèm:</strong> <a href="{base}/storage/files/thong-bao/{attach}" '
        f'target="_blank"><i class="fa fa-file-pdf-o"></i> {esc(attach)}</a></div>'
        if attach
        else ""
    )
    main = f"""{breadcrumb(request, story.cat)}
<div class="notice-detail">
<div class="notice-head"><h2 class="notice-title">{esc(story.title)}</h2>
<p class="notice-meta">{when} &nbsp;|&nbsp; Người đăng: {esc(story.opts["poster"])} &nbsp;|&nbsp; Lượt xem: {views(story)}</p></div>
<div class="notice-body">
{render_content(request, story)}
</div>
{attach_html}
<div class="notice-tools"><a href="{base}/in-bai/{story.id}"><i class="fa fa-print"></i> In thông báo</a>
<a href="javascript:history.back()">Quay lại</a></div>
</div>
{related(request, story)}"""
    return respond_html(request, f"{story.title} - {SITE}", main, head, desc)


def print_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    when = dmy(story.published_at) + (f" {story.opts['time']}" if story.opts.get("time") else "")
    author = f"<p>Tác giả: {esc(story.opts['author_field'])}</p>" if story.opts.get("author_field") else ""
    sapo = f'<p class="sapo"><b>{esc(story.summary or "")}</b></p>' if story.sapo_outside else ""
    body = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(story.title)}</title>
<link rel="stylesheet" href="{base}/css/print.css"></head><body onload="window.print()">
<div class="print-head"><img src="{base}/images/logo-sgddt.png" alt=""> SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HẬU GIANG</div>
<div class="print-article"><h1>{esc(story.title)}</h1><p class="date">Ngày đăng: {when}</p>{author}
{sapo}<div class="content">{render_content(request, story)}</div></div>
<p class="print-url">Địa chỉ bài viết: {base}{post_path(story)}</p></body></html>"""
    return html(body)


def simple_page(request: Request, title: str, content: str, crumb: str = "") -> Response:
    base = base_url(request)
    main = (
        f'<nav><ol class="breadcrumb"><li class="breadcrumb-item"><a href="{base}/">Trang chủ</a></li>'
        f'{crumb}<li class="breadcrumb-item active">{esc(title)}</li></ol></nav>'
        f'<div class="page-detail"><h2 class="page-title">{esc(title)}</h2><div class="page-content">{content}</div></div>'
    )
    return respond_html(request, f"{title} - {SITE}", main)


def contact(request: Request) -> Response:
    content = (
        "<p>Sở Giáo dục và Đào tạo tỉnh Hậu Giang</p><p>Địa chỉ: Số 09 Trần Hưng Đạo, phường V, thành phố "
        "Vị Thanh</p><p>Điện thoại: 0293 3876 425</p>"
        f'<form method="post" action="{base_url(request)}/lien-he"><input type="hidden" name="_token" value="{token("lh")}">'
        '<input name="ho_ten" placeholder="Họ tên"><input name="email" placeholder="Email">'
        '<input name="tieu_de" placeholder="Tiêu đề"><textarea name="noi_dung"></textarea>'
        '<button type="submit">Gửi liên hệ</button></form>'
    )
    return simple_page(request, "Liên hệ", content)


def documents(request: Request, doc_id: int | None) -> Response:
    base = base_url(request)
    crumb = f'<li class="breadcrumb-item"><a href="{base}/van-ban">Văn bản</a></li>'
    if doc_id is None:
        rows = "".join(
            f'<tr><td>{esc(no)}</td><td>{d}</td><td><a href="{base}/van-ban/chi-tiet/{i}">{esc(sub)}</a></td></tr>'
            for i, (no, d, _k, sub) in DOCUMENTS.items()
        )
        table = f'<table class="table"><tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>{rows}</table>'
        return simple_page(request, "Văn bản", table)
    no, d, kind, sub = DOCUMENTS[doc_id]
    content = (
        f'<table class="table table-doc"><tr><th>Số/Ký hiệu</th><td>{esc(no)}</td></tr>'
        f"<tr><th>Ngày ban hành</th><td>{d}</td></tr><tr><th>Loại văn bản</th><td>{kind}</td></tr>"
        f"<tr><th>Cơ quan ban hành</th><td>Sở GD&amp;ĐT Hậu Giang</td></tr>"
        f"<tr><th>Trích yếu</th><td>{esc(sub)}</td></tr><tr><th>Người ký</th><td>Nguyễn Văn Bình</td></tr>"
        f'<tr><th>File đính kèm</th><td><a href="{base}/storage/files/van-ban/{doc_id}.pdf">Tải về</a></td></tr></table>'
    )
    return simple_page(request, f"{kind} số {no}", content, crumb)


def albums(request: Request, slug: str | None) -> Response:
    base = base_url(request)
    crumb = f'<li class="breadcrumb-item"><a href="{base}/thu-vien-anh">Thư viện ảnh</a></li>'
    if slug is None:
        lis = "".join(
            f'<div class="album"><a href="{base}/thu-vien-anh/{k}.html"><img src="{base}/storage/albums/{k}/cover.jpg" alt="">'
            f"<h5>{esc(t)}</h5></a><span>{d}</span></div>"
            for k, (t, d, _n) in ALBUMS.items()
        )
        return simple_page(request, "Thư viện ảnh", f'<div class="albums">{lis}</div>')
    title, day, n = ALBUMS[slug]
    pics = "".join(
        f'<a class="fancybox" href="{base}/storage/albums/{slug}/{k}.jpg"><img src="{base}/storage/albums/{slug}/thumb-{k}.jpg" alt=""></a>'
        for k in range(1, n + 1)
    )
    return simple_page(request, title, f'<p class="date">Ngày đăng: {day}</p><div class="gallery">{pics}</div>', crumb)


def videos(request: Request, slug: str | None) -> Response:
    base = base_url(request)
    crumb = f'<li class="breadcrumb-item"><a href="{base}/video">Video</a></li>'
    if slug is None:
        lis = "".join(
            f'<li><a href="{base}/video/{k}.html">{esc(t)}</a> ({d})</li>' for k, (t, d) in VIDEOS.items()
        )
        return simple_page(request, "Video", f"<ul>{lis}</ul>")
    title, day = VIDEOS[slug]
    content = (
        f'<p class="date">Ngày đăng: {day}</p><div class="embed-responsive embed-responsive-16by9">'
        '<iframe src="https://www.youtube.com/embed/hkpd2026hg" allowfullscreen></iframe></div>'
        "<p>Phóng sự của Đài Phát thanh và Truyền hình Hậu Giang.</p>"
    )
    return simple_page(request, title, content, crumb)


def search(request: Request) -> Response:
    words = request.params.get("tu-khoa", "").strip().lower()
    hits = [
        (s.published_at[:10], s.title, post_path(s), s)
        for s in sorted(STORIES, key=lambda s: s.published_at, reverse=True)
        if words and words in (s.title + " " + " ".join(s.opts.get("keywords", []))).lower()
    ]
    grid = "".join(card(request, it) for it in hits) or "<p>Không tìm thấy kết quả phù hợp.</p>"
    main = f'<h2 class="title-cate">Kết quả tìm kiếm: {esc(words)}</h2><div class="row list-card">{grid}</div>'
    return respond_html(request, f"Tìm kiếm - {SITE}", main)


def login(request: Request) -> Response:
    base = base_url(request)
    content = (
        f'<form method="post" action="{base}/login"><input type="hidden" name="_token" value="{token("login")}">'
        '<input name="email" placeholder="Email"><input type="password" name="password" placeholder="Mật khẩu">'
        '<label><input type="checkbox" name="remember"> Ghi nhớ</label><button type="submit">Đăng nhập</button></form>'
    )
    return simple_page(request, "Đăng nhập hệ thống", content)


class LaravelSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/storage/files/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/storage/", "/images/", "/css/", "/js/", "/vendor/")) or path == "/favicon.ico":
            return static_file(path)
        if request.method == "POST":
            if path in ("/binh-chon", "/binh-luan", "/lien-he", "/login"):
                return redirect(base_url(request) + "/", 302)
            return None
        if path == "/":
            return home(request)
        if m := re.fullmatch(r"/(tin-tuc|thong-bao)/([a-z0-9-]+)\.html", path):
            story = BY_SLUG.get(m.group(2))
            if story is None or (m.group(1) == "thong-bao" and story.cat != "thong-bao"):
                return not_found(request)
            return notice_page(request, story) if story.cat == "thong-bao" else news_page(request, story)
        if m := re.fullmatch(r"/in-bai/(\d+)", path):
            story = BY_ID.get(int(m.group(1)))
            return print_page(request, story) if story else not_found(request)
        if m := re.fullmatch(r"/danh-muc/([a-z0-9-]+)", path):
            return category_page(request, m.group(1)) if m.group(1) in CATEGORIES else not_found(request)
        if m := re.fullmatch(r"/trang/([a-z0-9-]+)\.html", path):
            if m.group(1) in STATIC_PAGES:
                title, content = STATIC_PAGES[m.group(1)]
                return simple_page(request, title, content)
            return not_found(request)
        if path == "/lien-he":
            return contact(request)
        if path == "/van-ban":
            return documents(request, None)
        if m := re.fullmatch(r"/van-ban/chi-tiet/(\d+)", path):
            return documents(request, int(m.group(1))) if int(m.group(1)) in DOCUMENTS else not_found(request)
        if path == "/thu-vien-anh":
            return albums(request, None)
        if m := re.fullmatch(r"/thu-vien-anh/([a-z0-9-]+)\.html", path):
            return albums(request, m.group(1)) if m.group(1) in ALBUMS else not_found(request)
        if path == "/video":
            return videos(request, None)
        if m := re.fullmatch(r"/video/([a-z0-9-]+)\.html", path):
            return videos(request, m.group(1)) if m.group(1) in VIDEOS else not_found(request)
        if path == "/tim-kiem":
            return search(request)
        if path == "/login":
            return login(request)
        return not_found(request)


def build_site() -> LaravelSite:
    return LaravelSite()
