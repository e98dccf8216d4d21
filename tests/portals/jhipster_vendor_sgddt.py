"""Sở Giáo dục và Đào tạo tỉnh Yên Bái on a vendor's JHipster application (blind fixture).

Platform
--------
A vendor's JHipster 7 application (Spring Boot API + Angular 14 front end, ``sgdApp``) used as
the department's news portal. Crawlers never see the bare Angular shell: a prerender service
(Rendertron behind the vendor's nginx) serves the rendered DOM of each route, so every page is
the *rendered* Angular tree: custom elements (``<jhi-main>``, ``<jhi-tin-tuc-detail>``),
``_ngcontent-serverapp-cNN`` attributes, ``ng-reflect-*`` attributes (the vendor ships a dev
build), empty comment nodes ``<!---->`` and ``<!--bindings={…}-->`` everywhere, plus the
TransferState blob ``<script id="serverApp-state">`` that repeats the article's data.

The application started with hash routing (``/#/tin-tuc/chi-tiet/<id>``) and was moved to path
routing; old hash links survive in the home page's slider, the footer and the SEO module's
canonical/og:url.

URL scheme
----------
- ``/``                                        home (prerendered): slider, newest, notices
- ``/tin-tuc?danhMuc=<c>&page=<N>&size=10&sort=ngayDang,desc``  listing; ``page`` is 0-based
  (the pager prints 1, 2); parameters missing take these defaults
- ``/tin-tuc/chi-tiet/<id>``                    article (entity detail view)
- ``/tin-tuc/chi-tiet/<id>?danhMuc=<c>``        the same article as the listing links it
  (routerLink with ``queryParamsHandling: 'preserve'``)
- ``/#/tin-tuc/chi-tiet/<id>``                  hash links of the slider (a fragment of ``/``)
- ``/van-ban`` listing, ``/van-ban/<id>`` document entry, ``/gioi-thieu``, ``/lien-he``
- images: ``/api/public/tep-tin/anh/<yyyy>/<mm>/<name>.jpg``; the cover (ảnh đại diện) is a
  JHipster ``byte[]`` field printed inline as a ``data:image/jpeg;base64,…`` URI.

Page templates
--------------
- Article: the vendor kept JHipster's generated *entity detail* template: an ``<h2>`` heading
  "Tin tức" (the entity's name), then ``<dl class="row-md jh-entity-details">`` with one
  ``<dt>``/``<dd>`` pair per field: Tiêu đề, Danh mục, Cập nhật lần cuối, Ngày đăng, Ảnh đại
  diện, Tóm tắt, Nội dung (CKEditor 5 HTML in ``<div class="ck-content">``), Tác giả, Nguồn,
  Lượt xem, Người duyệt, Người tạo, Trạng thái; then "Quay lại", comments
  (``<jhi-binh-luan>``) and "Tin liên quan" (the category's three newest).
- Listing: JHipster's generated table (ID, Tiêu đề, Ngày đăng, Danh mục, "Xem" button),
  ``jhi-item-count`` and ``ngb-pagination`` whose links are ``href=""`` (click handlers); the
  next page is announced by ``<link rel="next">`` in the head and by the ``Link`` HTTP header
  (JHipster's PaginationUtil format), in 0-based pages.

How each gold article is reached
--------------------------------
- "Tin hoạt động" (``danhMuc=tin-hoat-dong``): 11 articles; page 0 lists the 10 newest, page 1
  (reached only through ``<link rel="next">`` / the ``Link`` header) lists 1226, which no other
  page links (related lists name the category's three newest, the sidebar its most-read).
- "Thông báo" (``danhMuc=thong-bao``): 1285 and 1279 on page 0, also in the home's notice box.
- The home page links the five newest by path and three by hash (the slider).

Traps
-----
1. Title: the page's ``<h2>`` is the entity name "Tin tức" and ``<title>`` is the application's
   fixed "Cổng thông tin điện tử - Sở GD&ĐT Yên Bái" (the vendor never set the Title service);
   the headline is only in the "Tiêu đề" ``<dd>`` (and og:title). Gold title: the ``<dd>``.
2. Field labels as chrome: every field of the text is a ``<dt>`` label + ``<dd>`` value
   (Tóm tắt, Nội dung, Tác giả, Nguồn …); the labels and the non-text fields (Lượt xem,
   Trạng thái "DA_XUAT_BAN", Người tạo "admin.sgd", the cover's "image/jpeg, 1,2 KB") are not
   body. Body = the Tóm tắt ``<dd>`` (sapo) + the Nội dung ``<dd>``.
3. Missing translations: the source's label prints as
   ``translation-not-found[sgdApp.tinTuc.nguon]`` (the vi.json lacks the key); the ``<dd>``
   after it is the source (1270: "Báo Yên Bái"); an empty ``<dd>`` is no source.
4. Dates printed by Angular's DatePipe in the vi locale, format 'medium': "3 thg 12, 2026
   15:20:00" ("thg" = tháng), day not zero-padded. Gold: 2026-12-03T15:20:00+07:00. The
   "Cập nhật lần cuối" field is printed *before* "Ngày đăng" and is never the publication
   date; comments under the text carry later dates too.
5. Midnight in UTC meta: an article posted at "15 thg 10, 2026 00:00:00" has
   ``article:published_time`` "2026-10-14T17:00:00Z" (the instant, UTC: the day before). Gold:
   the day alone, "2026-10-15" (midnight = no time). Same for the notice 1285 (2026-11-30).
6. Canonical and og:url name the old hash route (``http://host/#/tin-tuc/chi-tiet/1288``),
   i.e. the home page to an HTTP client. Gold canonical_path: the article's own path.
7. The same post linked three ways: ``/tin-tuc/chi-tiet/<id>`` (home, related, sidebar),
   ``/tin-tuc/chi-tiet/<id>?danhMuc=<c>`` (listing; in alt_paths) and ``/#/tin-tuc/chi-tiet/<id>``
   (slider: a fragment of ``/``). The listing also links each row twice: its ID ("1288") and
   its title; the "Xem" button is a ``<button>`` with ``ng-reflect-router-link`` (no href).
8. Pagination: ``ngb-pagination`` prints ``<a class="page-link" href="">2</a>`` (no address);
   the next page exists only as ``<link rel="next">``/``Link: <…>; rel="next"``, and pages are
   0-based: ``page=1`` is the second page. 1226 is only there.
9. TransferState: ``<script id="serverApp-state" type="application/json">`` repeats title,
   summary and the whole text (``&q;``/``&l;``/``&g;`` escapes). Gold body: the text once.
10. Cover image as a data URI (``<img src="data:image/jpeg;base64,…">`` in "Ảnh đại diện", and
    in listing rows): the listing's thumbnail, not one of the article's photos; not in images.
11. Sapo printed twice (1276): the Tóm tắt field and again as the Nội dung's first bold
    paragraph. Gold: once, as the body's first paragraph and the summary.
12. Photos in an ``ngb-carousel`` after the text (1270): each slide an ``<img>`` with its
    caption in ``.carousel-caption``, plus visually-hidden "Ảnh 1 / 3" labels and
    "Trước"/"Sau" controls. Gold: the three photos in order, captions from the slides, none of
    it body.
13. Lazy image (1265): ``src="/content/images/loading.gif"`` with the photo in ``data-src``.
    Gold image: the data-src path.
14. Comments (``<jhi-binh-luan>``, 1265 and 1261): "Bình luận (2)", commenter names, dates and
    ``<p>`` texts right under the article. Not body, not authors.
15. Bylines: "Tác giả" field with degrees and units ("ThS. Hoàng Thị Thu Hà - Văn phòng Sở" ->
    "Hoàng Thị Thu Hà"), "Tin, ảnh: Lê Minh Đức" (both lists), "Tin: Phạm Hải Yến - Ảnh: Đỗ
    Quang Vinh"; an empty field with the text signed right-aligned by a unit (1276: "Phòng
    Giáo dục Trung học" is the author); "Người duyệt" (the approving deputy director) and
    "Người tạo: admin.sgd" are nobody's byline.
16. Captions as CKEditor prints them: ``<figcaption>``; a centred ``<i>`` line under a centred
    image in parentheses (1281: parentheses off); a caption that only credits ("Ảnh: Nguyễn
    Thu Trang", 1261: caption None, photographer). ``<figure class="table">`` is a table,
    not an image: rows are paragraphs, cells joined by " | ".
17. Angular's empty comment nodes inside paragraphs ("Sở GD&amp;ĐT <!----> đã …") and a
    ``<br>`` inside a paragraph (1261: two paragraphs).
18. The notice 1285 is printed as an official document (letterhead table, "Số:", place and
    date, "THÔNG BÁO / Về việc …", Nơi nhận, signer): house convention applies; the attached
    file line is not body.

Gold decisions on ambiguous points
----------------------------------
- The cover (data URI) is not an article image: it is the list thumbnail the entity carries.
- A lead printed twice (trap 11) is one paragraph.
- "Xem thêm: <title>" (1254) inside the text is not body.
- "Người duyệt" is an approver, not an author.
- The carousel's images count as the article's (they are its photos, printed in the Nội dung
  field after the text).
"""

from __future__ import annotations

import json
import re
from urllib.parse import quote

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
    static_file,
)

NAME = "jhipster_vendor_sgddt"
PLATFORM = "JHipster 7 (Spring Boot + Angular) with a Rendertron prerender for crawlers"
START_PATH = "/"

HEADER_DATE = "Thứ Bảy, 05/12/2026"
APP_TITLE = "Cổng thông tin điện tử - Sở GD&ĐT Yên Bái"
SORT = "ngayDang,desc"
PAGE_SIZE = 10

CATS = {
    "tin-hoat-dong": "Tin hoạt động",
    "thong-bao": "Thông báo",
}

_IMG = "/api/public/tep-tin/anh/2026"
_COVER = (
    "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP////////////////////////////"
    "//////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAA"
    "AAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA="
)


def _dt(y: int, mo: int, d: int, h: int = 0, mi: int = 0, s: int = 0) -> tuple:
    return (y, mo, d, h, mi, s)


# --- the stories ------------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=1288,
        slug="hoi-nghi-tong-ket-thi-dua-20-11",
        title="Yên Bái tổ chức Hội nghị tổng kết phong trào thi đua chào mừng Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-hoat-dong",
        published_at="2026-12-03T15:20:00+07:00",
        summary=(
            "Chiều 3/12, Sở Giáo dục và Đào tạo tỉnh Yên Bái tổ chức Hội nghị tổng kết phong trào thi đua "
            "chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
        ),
        sapo_outside=True,
        blocks=[
            P("Dự hội nghị có đồng chí Phó Chủ tịch UBND tỉnh, lãnh đạo các sở, ngành liên quan cùng đại diện "
              "cán bộ quản lý, giáo viên tiêu biểu của 9 huyện, thị xã, thành phố."),
            Img(f"{_IMG}/12/hoi-nghi-tong-ket-01.jpg",
                "Quang cảnh Hội nghị tổng kết phong trào thi đua", "Quang cảnh Hội nghị tổng kết phong trào thi đua",
                style="fig"),
            P("Trong đợt thi đua, toàn ngành có hơn 2.400 tiết dạy tốt, 186 sáng kiến kinh nghiệm được công nhận "
              "cấp cơ sở và 37 sáng kiến được công nhận cấp tỉnh."),
            P("Phát biểu tại hội nghị, lãnh đạo Sở đề nghị các đơn vị tiếp tục đổi mới phương pháp dạy học, "
              "chú trọng giáo dục kỹ năng sống và chăm lo đời sống giáo viên vùng cao."),
            Img(f"{_IMG}/12/hoi-nghi-tong-ket-02.jpg",
                "Lãnh đạo Sở trao Bằng khen cho các tập thể có thành tích xuất sắc",
                "Lãnh đạo Sở trao Bằng khen cho các tập thể có thành tích xuất sắc", style="fig"),
            P("Dịp này, 25 tập thể và 64 cá nhân được Giám đốc Sở Giáo dục và Đào tạo tặng Giấy khen."),
        ],
        authors=["Hoàng Thị Thu Hà"],
        opts={"ngay": _dt(2026, 12, 3, 15, 20), "cap_nhat": _dt(2026, 12, 4, 8, 2, 41),
              "tac_gia": "ThS. Hoàng Thị Thu Hà - Văn phòng Sở"},
    ),
    Story(
        id=1285,
        slug="thong-bao-tuyen-dung-vien-chuc-2026",
        title="Thông báo về việc tuyển dụng viên chức giáo dục năm 2026",
        cat="thong-bao",
        published_at="2026-11-30",
        blocks=[
            P("Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ quy định về tuyển dụng, sử dụng "
              "và quản lý viên chức;"),
            P("Căn cứ Kế hoạch số 2145/KH-SGDĐT ngày 20/11/2026 của Sở Giáo dục và Đào tạo về tuyển dụng viên "
              "chức năm 2026,"),
            P("Sở Giáo dục và Đào tạo tỉnh Yên Bái thông báo tuyển dụng viên chức làm việc tại các đơn vị sự "
              "nghiệp trực thuộc Sở như sau:"),
            P("1. Số lượng cần tuyển: 48 chỉ tiêu, trong đó giáo viên trung học phổ thông 35 chỉ tiêu, giáo "
              "viên trung học cơ sở 13 chỉ tiêu."),
            P("2. Thời gian nhận phiếu đăng ký dự tuyển: từ ngày 01/12/2026 đến hết ngày 30/12/2026 (trong giờ "
              "hành chính)."),
            P("3. Địa điểm nhận phiếu: Phòng Tổ chức cán bộ, Sở Giáo dục và Đào tạo, số 1 đường Đinh Tiên "
              "Hoàng, phường Yên Ninh, thành phố Yên Bái."),
            P("Chi tiết chỉ tiêu tuyển dụng của từng đơn vị được đính kèm thông báo này."),
        ],
        authors=["Nguyễn Thị Lan"],
        opts={"ngay": _dt(2026, 11, 30), "cap_nhat": _dt(2026, 12, 1, 9, 14, 5), "doc": True,
              "so": "2187/TB-SGDĐT", "ky": ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Lan"),
              "file": ("/api/public/tep-dinh-kem/3391/tai-ve", "TB-2187-chi-tieu-tuyen-dung.pdf")},
    ),
    Story(
        id=1281,
        slug="khai-mac-ky-thi-hsg-lop-12",
        title="Khai mạc Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027",
        cat="tin-hoat-dong",
        published_at="2026-12-01T08:45:00+07:00",
        summary=(
            "Sáng 1/12, 1.126 thí sinh đến từ 33 trường THPT, trung tâm GDNN - GDTX trên địa bàn tỉnh bước "
            "vào Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12."
        ),
        sapo_outside=True,
        blocks=[
            P("Kỳ thi được tổ chức tại 3 điểm thi: Trường THPT Chuyên Nguyễn Tất Thành, Trường THPT Lý Thường "
              "Kiệt và Trường THPT Nguyễn Huệ, với 10 môn thi văn hóa."),
            Img(f"{_IMG}/12/hsg-lop-12-01.jpg",
                "(Các thí sinh làm thủ tục dự thi tại điểm thi Trường THPT Chuyên Nguyễn Tất Thành)",
                "Các thí sinh làm thủ tục dự thi tại điểm thi Trường THPT Chuyên Nguyễn Tất Thành", style="em"),
            P("Năm nay, đề thi được xây dựng theo định hướng đánh giá năng lực, bám sát Chương trình giáo dục "
              "phổ thông 2018."),
            P("Kết quả kỳ thi là căn cứ để lựa chọn đội tuyển dự thi chọn học sinh giỏi quốc gia năm 2027."),
        ],
        authors=["Lê Minh Đức"],
        photographers=["Lê Minh Đức"],
        opts={"ngay": _dt(2026, 12, 1, 8, 45), "cap_nhat": _dt(2026, 12, 1, 10, 3, 12),
              "tac_gia": "Tin, ảnh: Lê Minh Đức"},
    ),
    Story(
        id=1279,
        slug="lich-nghi-tet-duong-lich-2027",
        title="Lịch nghỉ Tết Dương lịch năm 2027 đối với học sinh, giáo viên",
        cat="thong-bao",
        published_at="2026-11-28T11:00:00+07:00",
        blocks=[
            P("Sở Giáo dục và Đào tạo thông báo lịch nghỉ Tết Dương lịch năm 2027 đối với cán bộ, giáo viên và "
              "học sinh các cơ sở giáo dục trên địa bàn tỉnh như sau:"),
            P("Cán bộ, công chức, viên chức nghỉ từ thứ Sáu ngày 01/01/2027 đến hết Chủ nhật ngày 03/01/2027.", "li"),
            P("Học sinh các cấp học nghỉ 01 ngày, thứ Sáu ngày 01/01/2027.", "li"),
            P("Các trường có học sinh bán trú, nội trú bố trí cán bộ trực, bảo đảm an toàn cho học sinh ở lại "
              "trường.", "li"),
            P("Thủ trưởng các đơn vị báo cáo tình hình trước và sau kỳ nghỉ về Văn phòng Sở trước 16 giờ ngày "
              "04/01/2027."),
        ],
        opts={"ngay": _dt(2026, 11, 28, 11, 0), "cap_nhat": _dt(2026, 11, 28, 11, 0, 0)},
    ),
    Story(
        id=1276,
        slug="tap-huan-chuyen-doi-so-quan-ly-thcs",
        title="Tập huấn chuyển đổi số trong quản lý trường học cho cán bộ quản lý cấp THCS",
        cat="tin-hoat-dong",
        published_at="2026-11-27T14:00:00+07:00",
        summary=(
            "Từ ngày 25 đến 27/11, Sở Giáo dục và Đào tạo tổ chức tập huấn chuyển đổi số trong quản lý trường "
            "học cho 210 cán bộ quản lý các trường THCS, PTDTBT THCS trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P("Các học viên được hướng dẫn sử dụng hệ thống cơ sở dữ liệu ngành, học bạ số và phần mềm quản lý "
              "nhà trường. Lịch tập huấn cụ thể như sau:"),
            P("Thời gian | Nội dung | Báo cáo viên", "tr"),
            P("Ngày 25/11 | Cơ sở dữ liệu ngành và báo cáo thống kê | Phòng Kế hoạch - Tài chính", "tr"),
            P("Ngày 26/11 | Học bạ số, sổ điểm điện tử | Phòng Giáo dục Trung học", "tr"),
            P("Ngày 27/11 | An toàn thông tin trong nhà trường | Sở Khoa học và Công nghệ", "tr"),
            P("Kết thúc lớp tập huấn, 100% học viên hoàn thành bài thu hoạch và được cấp giấy chứng nhận."),
        ],
        authors=["Phòng Giáo dục Trung học"],
        opts={"ngay": _dt(2026, 11, 27, 14, 0), "cap_nhat": _dt(2026, 11, 29, 7, 48, 30), "sapo_dup": True,
              "tail": '<p style="text-align:right;"><strong>Phòng Giáo dục Trung học</strong></p>'},
    ),
    Story(
        id=1270,
        slug="hoc-sinh-yen-bai-5-huy-chuong-hkpd",
        title="Học sinh Yên Bái giành 5 huy chương tại Hội khỏe Phù Đổng toàn quốc",
        cat="tin-hoat-dong",
        published_at="2026-11-24T10:15:00+07:00",
        summary=(
            "Đoàn vận động viên học sinh tỉnh Yên Bái đã giành 1 huy chương vàng, 1 huy chương bạc và 3 huy "
            "chương đồng tại Hội khỏe Phù Đổng toàn quốc lần thứ XI."
        ),
        sapo_outside=True,
        blocks=[
            P("Tham gia Hội khỏe, đoàn Yên Bái có 42 vận động viên thi đấu ở 8 môn: điền kinh, bơi, cầu lông, "
              "bóng bàn, cờ vua, võ cổ truyền, đá cầu và bắn nỏ."),
            P("Huy chương vàng thuộc về em Lò Văn Tuấn, học sinh Trường PTDT Nội trú THPT tỉnh, ở nội dung "
              "chạy 1.500 m nam."),
            P("Đây là thành tích cao nhất của thể thao học đường tỉnh tại một kỳ Hội khỏe Phù Đổng toàn quốc."),
            Img(f"{_IMG}/11/hkpd-01.jpg", "Đoàn vận động viên Yên Bái tại lễ khai mạc",
                "Đoàn vận động viên Yên Bái tại lễ khai mạc", style="carousel"),
            Img(f"{_IMG}/11/hkpd-02.jpg", "Em Lò Văn Tuấn về nhất nội dung chạy 1.500 m nam",
                "Em Lò Văn Tuấn về nhất nội dung chạy 1.500 m nam", style="carousel"),
            Img(f"{_IMG}/11/hkpd-03.jpg", "Các vận động viên môn bắn nỏ",
                "Các vận động viên môn bắn nỏ", style="carousel"),
        ],
        authors=["Thanh Hương"],
        source="Báo Yên Bái",
        opts={"ngay": _dt(2026, 11, 24, 10, 15), "cap_nhat": _dt(2026, 11, 24, 10, 15, 0),
              "tac_gia": "Thanh Hương", "nguon": "Báo Yên Bái"},
    ),
    Story(
        id=1265,
        slug="pung-luong-dat-chuan-quoc-gia",
        title="Trường PTDTBT THCS Púng Luông đón nhận Bằng công nhận trường đạt chuẩn quốc gia",
        cat="tin-hoat-dong",
        published_at="2026-11-20T09:30:00+07:00",
        summary=(
            "Sáng 20/11, Trường PTDTBT THCS Púng Luông, huyện Mù Cang Chải long trọng tổ chức Lễ đón nhận Bằng "
            "công nhận trường đạt chuẩn quốc gia mức độ 1."
        ),
        sapo_outside=True,
        blocks=[
            P("Trường hiện có 14 lớp với 486 học sinh, trong đó 100% là học sinh dân tộc Mông, 392 em ở bán "
              "trú tại trường."),
            Img(f"{_IMG}/11/pung-luong-01.jpg", "Lãnh đạo huyện trao Bằng công nhận cho nhà trường",
                "Lãnh đạo huyện trao Bằng công nhận cho nhà trường", style="lazy"),
            P("Những năm qua, nhà trường được đầu tư 8 phòng học bộ môn, nhà ăn bán trú và khu ký túc xá khang "
              "trang."),
            P("Tỷ lệ học sinh chuyên cần đạt 98,6%, không có học sinh bỏ học giữa chừng."),
        ],
        authors=["Giàng A Sở"],
        opts={"ngay": _dt(2026, 11, 20, 9, 30), "cap_nhat": _dt(2026, 11, 21, 14, 11, 9),
              "tac_gia": "Giàng A Sở - Trường PTDTBT THCS Púng Luông",
              "binh_luan": [("Phụ huynh Sùng A Chua", _dt(2026, 11, 21, 8, 12, 3),
                             "Chúc mừng nhà trường, thầy cô đã vất vả vì các cháu vùng cao."),
                            ("Cựu học sinh Mùa Thị Dế", _dt(2026, 11, 22, 19, 40, 51),
                             "Tự hào về trường cũ của em!")]},
    ),
    Story(
        id=1261,
        slug="kiem-tra-ban-tru-mua-dong",
        title="Sở GD&ĐT kiểm tra công tác chuẩn bị cho học sinh vùng cao bán trú mùa đông",
        cat="tin-hoat-dong",
        published_at="2026-11-18T16:40:00+07:00",
        blocks=[
            P("Từ ngày 16 đến 18/11, đoàn công tác của Sở GD&ĐT đã kiểm tra công tác chuẩn bị chăn, đệm, áo ấm "
              "cho học sinh bán trú tại các huyện Trạm Tấu, Mù Cang Chải.", "cmt"),
            P("Tại các điểm trường, đoàn kiểm tra bếp ăn, nước nóng và khu nội trú của học sinh."),
            P("Đoàn đề nghị các trường chủ động phương án khi nhiệt độ xuống dưới 10 độ C.", "brjoin"),
            Img(f"{_IMG}/11/ban-tru-mua-dong.jpg", "Ảnh: Nguyễn Thu Trang", None, style="fig"),
            P("Trong năm học này, toàn tỉnh có 27.300 học sinh bán trú được hưởng chính sách hỗ trợ theo Nghị "
              "định 66/2025/NĐ-CP.", "cmt"),
        ],
        authors=["Nguyễn Thu Trang"],
        photographers=["Nguyễn Thu Trang"],
        opts={"ngay": _dt(2026, 11, 18, 16, 40), "cap_nhat": _dt(2026, 11, 19, 8, 0, 0),
              "tac_gia": "Nguyễn Thu Trang",
              "binh_luan": [("Giáo viên Lường Văn Hải", _dt(2026, 11, 19, 6, 55, 12),
                             "Mong Sở tiếp tục hỗ trợ thêm áo ấm cho các điểm trường lẻ."),
                            ("Trần Thị Mai", _dt(2026, 11, 20, 21, 3, 44),
                             "Cảm ơn đoàn công tác đã lên tận nơi.")]},
    ),
    Story(
        id=1254,
        slug="hoi-thao-tieng-anh-tieu-hoc",
        title="Hội thảo nâng cao chất lượng dạy học môn Tiếng Anh cấp tiểu học",
        cat="tin-hoat-dong",
        published_at="2026-11-13T08:00:00+07:00",
        blocks=[
            P("Ngày 12/11, tại Trường Tiểu học Kim Đồng, thành phố Yên Bái, Sở GD&ĐT tổ chức hội thảo nâng cao "
              "chất lượng dạy học môn Tiếng Anh cấp tiểu học."),
            Img(f"{_IMG}/11/hoi-thao-tieng-anh.jpg", "Một tiết dạy minh họa tại hội thảo",
                "Một tiết dạy minh họa tại hội thảo", style="fig-resized"),
            P("Các đại biểu đã dự 2 tiết dạy minh họa và thảo luận về việc sử dụng học liệu số, trò chơi ngôn "
              "ngữ trong giờ học."),
            P("Hội thảo cũng chỉ ra khó khăn về đội ngũ giáo viên Tiếng Anh ở các huyện vùng cao."),
            Raw('<p><strong>Xem thêm:</strong> <a href="/tin-tuc/chi-tiet/1248">Hội giảng giáo viên dạy giỏi các '
                'trường phổ thông dân tộc nội trú</a></p>'),
        ],
        authors=["Đặng Thị Hồng Nhung"],
        opts={"ngay": _dt(2026, 11, 13, 8, 0), "cap_nhat": _dt(2026, 11, 13, 9, 30, 2),
              "tac_gia": "Đặng Thị Hồng Nhung"},
    ),
    Story(
        id=1248,
        slug="hoi-giang-gv-day-gioi-dtnt",
        title="Hội giảng giáo viên dạy giỏi các trường phổ thông dân tộc nội trú",
        cat="tin-hoat-dong",
        published_at="2026-11-06T07:55:00+07:00",
        summary=(
            "Hội giảng giáo viên dạy giỏi các trường PTDT nội trú năm học 2026 - 2027 diễn ra từ ngày 2 đến "
            "5/11 với 64 giáo viên tham gia."
        ),
        sapo_outside=True,
        blocks=[
            P("Các giáo viên tham gia hội giảng thực hiện 2 phần thi:", ""),
            P("Trình bày biện pháp nâng cao chất lượng giảng dạy;", "li"),
            P("Dạy thực hành 1 tiết trên lớp theo chương trình hiện hành.", "li"),
            P("Kết quả, Ban tổ chức công nhận 41 giáo viên đạt danh hiệu giáo viên dạy giỏi."),
        ],
        authors=["Vũ Đức Anh"],
        opts={"ngay": _dt(2026, 11, 6, 7, 55), "cap_nhat": _dt(2026, 12, 2, 16, 22, 17),
              "tac_gia": "CN. Vũ Đức Anh"},
    ),
    Story(
        id=1240,
        slug="ra-mat-clb-stem-thpt-nguyen-hue",
        title="Ra mắt Câu lạc bộ STEM Trường THPT Nguyễn Huệ",
        cat="tin-hoat-dong",
        published_at="2026-10-29T15:10:00+07:00",
        blocks=[
            P("Chiều 28/10, Trường THPT Nguyễn Huệ ra mắt Câu lạc bộ STEM với 56 thành viên là học sinh khối "
              "10 và 11."),
            Img(f"{_IMG}/10/clb-stem.jpg", None, None, style="fig"),
            P("Câu lạc bộ sinh hoạt 2 buổi mỗi tháng, tập trung vào các chủ đề lập trình robot, năng lượng tái "
              "tạo và nông nghiệp thông minh."),
            P("Nhà trường dành một phòng học bộ môn làm phòng thực hành cho câu lạc bộ."),
        ],
        authors=["Phạm Hải Yến"],
        photographers=["Đỗ Quang Vinh"],
        opts={"ngay": _dt(2026, 10, 29, 15, 10), "cap_nhat": _dt(2026, 10, 29, 15, 10, 0),
              "tac_gia": "Tin: Phạm Hải Yến - Ảnh: Đỗ Quang Vinh"},
    ),
    Story(
        id=1233,
        slug="van-chan-diem-truong-le",
        title="Huyện Văn Chấn triển khai nhiệm vụ năm học mới tại các điểm trường lẻ",
        cat="tin-hoat-dong",
        published_at="2026-10-22T09:00:00+07:00",
        summary=(
            "Phòng GD&ĐT huyện Văn Chấn vừa tổ chức hội nghị triển khai nhiệm vụ năm học tại 46 điểm trường lẻ "
            "của cấp mầm non và tiểu học."
        ),
        sapo_outside=True,
        blocks=[
            P("Nhiệm vụ trọng tâm"),
            P("Năm học này, huyện tập trung sáp nhập các điểm trường có dưới 10 học sinh, bảo đảm điều kiện tối "
              "thiểu về phòng học, nước sạch và công trình vệ sinh."),
            P("Giải pháp"),
            P("Huyện tăng cường giáo viên cốt cán luân phiên về các điểm trường lẻ và đẩy mạnh dạy học tăng "
              "cường tiếng Việt cho trẻ em người dân tộc thiểu số."),
        ],
        authors=["Hà Văn Khánh"],
        opts={"ngay": _dt(2026, 10, 22, 9, 0), "cap_nhat": _dt(2026, 10, 23, 10, 1, 1),
              "tac_gia": "Hà Văn Khánh - Phòng GD&ĐT Văn Chấn", "headings": {0, 2}},
    ),
    Story(
        id=1226,
        slug="thang-hanh-dong-an-toan-thuc-pham",
        title="Ngành Giáo dục hưởng ứng Tháng hành động vì an toàn thực phẩm trong trường học",
        cat="tin-hoat-dong",
        published_at="2026-10-15",
        blocks=[
            P("Thực hiện kế hoạch của UBND tỉnh, các cơ sở giáo dục có tổ chức bếp ăn bán trú đã rà soát hợp "
              "đồng cung cấp thực phẩm và quy trình bếp một chiều."),
            P("Các trường tổ chức tuyên truyền cho học sinh, phụ huynh về nhận biết thực phẩm bẩn, thực phẩm "
              "không rõ nguồn gốc."),
            Img(f"{_IMG}/10/an-toan-thuc-pham.jpg", "Kiểm tra bếp ăn bán trú tại Trường Tiểu học Lê Hồng Phong",
                "Kiểm tra bếp ăn bán trú tại Trường Tiểu học Lê Hồng Phong", style="fig"),
            P("Sở GD&ĐT sẽ phối hợp với Sở Y tế kiểm tra đột xuất tại 20 trường trong tháng 11."),
        ],
        authors=["Lưu Thị Thanh"],
        opts={"ngay": _dt(2026, 10, 15), "cap_nhat": _dt(2026, 10, 16, 8, 40, 10),
              "tac_gia": "Lưu Thị Thanh"},
    ),
]

# the sidebar's "Xem nhiều nhất" box (never 1226: that one is only on page=1 of its listing)
MOST_READ = [1270, 1281, 1265, 1240]
BY_ID = {s.id: s for s in STORIES}


def _by_cat(cat: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == cat), key=lambda s: s.opts["ngay"], reverse=True)


# --- formatting ---------------------------------------------------------------------------------


def medium(t: tuple) -> str:
    """Angular DatePipe 'medium' in the vi locale: "3 thg 12, 2026 15:20:00"."""
    y, mo, d, h, mi, s = t
    return f"{d} thg {mo}, {y} {h:02d}:{mi:02d}:{s:02d}"


def short(t: tuple) -> str:
    y, mo, d, h, mi, _s = t
    return f"{d:02d}/{mo:02d}/{y} {h:02d}:{mi:02d}"


def utc_iso(t: tuple) -> str:
    """The instant in UTC (Spring's Instant as Jackson writes it)."""
    y, mo, d, h, mi, s = t
    h -= 7
    if h < 0:
        h += 24
        d -= 1
        if d == 0:
            mo -= 1
            d = {9: 30, 10: 31, 11: 30}.get(mo, 31)
    return f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z"


def ng(n: int) -> str:
    """The component's view-encapsulation attribute, as a server-rendered app prints it."""
    return f'_ngcontent-serverapp-c{n}=""'


def article_path(sid: int) -> str:
    return f"/tin-tuc/chi-tiet/{sid}"


def list_path(cat: str, page: int = 0) -> str:
    return f"/tin-tuc?danhMuc={cat}&page={page}&size={PAGE_SIZE}&sort={SORT}"


# --- the text (CKEditor 5 HTML as stored in noiDung) -----------------------------------------------


def _para_html(p: P) -> str:
    t = esc(p.text)
    if p.style == "cmt":
        t = t.replace(" ", " <!----> ", 3)
    return t


def render_text(story: Story) -> tuple[str, str]:
    """(the Nội dung HTML, the carousel after it)."""
    out: list[str] = []
    carousel: list[Img] = []
    headings = story.opts.get("headings", set())
    if story.opts.get("sapo_dup"):
        out.append(f"<p><strong>{esc(story.summary)}</strong></p>")
    blocks = story.blocks
    i = 0
    pi = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "carousel":
                carousel.append(b)
            elif b.style == "fig":
                cap = f"<figcaption>{esc(b.printed)}</figcaption>" if b.printed else ""
                out.append(f'<figure class="image"><img src="{b.src}">{cap}</figure>')
            elif b.style == "fig-resized":
                out.append(f'<figure class="image image_resized" style="width:72.5%;"><img src="{b.src}" '
                           f'width="1200" height="800"><figcaption>{esc(b.printed)}</figcaption></figure>')
            elif b.style == "lazy":
                out.append(f'<figure class="image"><img src="/content/images/loading.gif" data-src="{b.src}" '
                           f'class="lazyload" alt=""><figcaption>{esc(b.printed)}</figcaption></figure>')
            elif b.style == "em":
                out.append(f'<p style="text-align:center;"><img src="{b.src}" alt=""></p>'
                           f'<p style="text-align:center;"><i>{esc(b.printed)}</i></p>')
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
                pi += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif b.style == "tr":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                tag = "th" if first else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in cells) + "</tr>")
                first = False
                i += 1
                pi += 1
            out.append('<figure class="table"><table><tbody>' + "".join(rows) + "</tbody></table></figure>")
            continue
        elif b.style == "brjoin":
            pass  # printed with the paragraph before it
        else:
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            inner = _para_html(b)
            if isinstance(nxt, P) and nxt.style == "brjoin":
                inner += "<br>" + esc(nxt.text)
            if pi in headings:
                out.append(f"<h3>{inner}</h3>")
            else:
                out.append(f"<p>{inner}</p>")
        if isinstance(b, P):
            pi += 1
        i += 1
    if "tail" in story.opts:
        out.append(story.opts["tail"])
    return "".join(out), _carousel(carousel)


def _carousel(imgs: list[Img]) -> str:
    if not imgs:
        return ""
    slides = []
    for n, img in enumerate(imgs, 1):
        active = " active" if n == 1 else ""
        slides.append(
            f'<div role="tabpanel" class="carousel-item{active}" id="slide-ngb-slide-{n - 1}">'
            f'<span class="visually-hidden">Ảnh {n} / {len(imgs)}</span>'
            f'<img {ng(91)} class="d-block w-100" src="{img.src}" alt="">'
            f'<div {ng(91)} class="carousel-caption"><p {ng(91)}>{esc(img.printed)}</p></div></div>'
        )
    dots = "".join(
        f'<button type="button" role="tab" data-bs-target="" aria-labelledby="slide-ngb-slide-{n}"'
        f'{" class=active" if n == 0 else ""}></button>' for n in range(len(imgs))
    )
    return (
        f'<ngb-carousel {ng(91)} tabindex="0" class="carousel slide album-anh" aria-activedescendant="slide-ngb-slide-0"'
        f' ng-reflect-interval="5000"><div role="tablist" class="carousel-indicators">{dots}</div>'
        f'<div class="carousel-inner">{"".join(slides)}</div>'
        '<button type="button" class="carousel-control-prev"><span aria-hidden="true" class="carousel-control-prev-icon">'
        '</span><span class="visually-hidden">Trước</span></button>'
        '<button type="button" class="carousel-control-next"><span aria-hidden="true" class="carousel-control-next-icon">'
        '</span><span class="visually-hidden">Sau</span></button></ngb-carousel>'
    )


def render_document(story: Story) -> str:
    """The notice as the office typed it: letterhead table, number, place/date, kind, closing."""
    y, mo, d = story.opts["ngay"][:3]
    chuc, chuc2, ten = story.opts["ky"]
    paras = "".join(f'<p style="text-align:justify;">{esc(p.text)}</p>' for p in story.blocks if isinstance(p, P))
    return (
        '<figure class="table" style="width:100%;"><table><tbody><tr>'
        '<td style="text-align:center;">UBND TỈNH YÊN BÁI<br><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></td>'
        '<td style="text-align:center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>'
        '<strong>Độc lập - Tự do - Hạnh phúc</strong></td></tr><tr>'
        f'<td style="text-align:center;">Số: {esc(story.opts["so"])}</td>'
        f'<td style="text-align:center;"><i>Yên Bái, ngày {d} tháng {mo} năm {y}</i></td>'
        '</tr></tbody></table></figure>'
        '<p style="text-align:center;"><strong>THÔNG BÁO</strong></p>'
        '<p style="text-align:center;"><strong>Về việc tuyển dụng viên chức giáo dục năm 2026</strong></p>'
        f"{paras}"
        '<figure class="table" style="width:100%;"><table><tbody><tr>'
        '<td><strong><i>Nơi nhận:</i></strong><br>- Sở Nội vụ;<br>- Các đơn vị trực thuộc;<br>'
        '- Cổng TTĐT Sở;<br>- Lưu: VT, TCCB.</td>'
        f'<td style="text-align:center;"><strong>{esc(chuc)}<br>{esc(chuc2)}</strong><br><br><i>(Đã ký)</i>'
        f"<br><br><strong>{esc(ten)}</strong></td></tr></tbody></table></figure>"
    )


# --- chrome --------------------------------------------------------------------------------------


def _transfer_state(data: dict) -> str:
    raw = json.dumps(data, ensure_ascii=False)
    for a, b in (("&", "&a;"), ('"', "&q;"), ("'", "&s;"), ("<", "&l;"), (">", "&g;")):
        raw = raw.replace(a, b)
    return f'<script id="serverApp-state" type="application/json">{raw}</script>'


def _navbar(active: str) -> str:
    def item(href: str, label: str, key: str) -> str:
        cls = "nav-item active" if key == active else "nav-item"
        return (f'<li {ng(12)} routerlinkactive="active" class="{cls}"><a {ng(12)} class="nav-link" '
                f'ng-reflect-router-link="{href}" href="{href}"><span {ng(12)}>{esc(label)}</span></a></li>')

    drop = (
        f'<li {ng(12)} ngbdropdown="" display="dynamic" class="nav-item dropdown pointer">'
        f'<a {ng(12)} ngbdropdowntoggle="" class="nav-link dropdown-toggle" href="javascript:void(0);" '
        f'id="tin-tuc-menu" aria-expanded="false"><span {ng(12)}>Tin tức</span></a>'
        f'<ul {ng(12)} ngbdropdownmenu="" class="dropdown-menu" aria-labelledby="tin-tuc-menu">'
        + "".join(
            f'<li {ng(12)}><a {ng(12)} class="dropdown-item" href="{esc(list_path(c))}">{esc(label)}</a></li>'
            for c, label in CATS.items()
        )
        + "</ul></li>"
    )
    return (
        f'<jhi-navbar {ng(3)} _nghost-serverapp-c12="">'
        f'<div {ng(12)} class="top-bar"><span {ng(12)} class="ngay-hien-tai">{HEADER_DATE}</span>'
        f'<span {ng(12)} class="hotline">Đường dây nóng: 0216.3852.123</span></div>'
        f'<div {ng(12)} class="banner"><a {ng(12)} href="/"><img {ng(12)} src="/content/images/logo-sgd.png" '
        f'alt="Logo"></a><div {ng(12)} class="ten-don-vi"><span>UBND TỈNH YÊN BÁI</span>'
        f"<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></div></div>"
        f'<nav {ng(12)} class="navbar navbar-dark navbar-expand-md bg-primary" data-cy="navbar">'
        f'<a {ng(12)} class="navbar-toggler d-lg-none" href="javascript:void(0);" aria-label="Toggle navigation">'
        f'<fa-icon {ng(12)} icon="bars"></fa-icon></a>'
        f'<div {ng(12)} class="navbar-collapse collapse" id="navbarResponsive"><ul {ng(12)} class="navbar-nav">'
        + item("/", "Trang chủ", "home")
        + item("/gioi-thieu", "Giới thiệu", "gioi-thieu")
        + drop
        + item("/van-ban", "Văn bản", "van-ban")
        + item("/lien-he", "Liên hệ", "lien-he")
        + f'<li {ng(12)} class="nav-item"><a {ng(12)} class="nav-link" href="https://dichvucong.yenbai.gov.vn">'
        "Dịch vụ công</a></li>"
        + f'</ul><div {ng(12)} class="tim-kiem"><input {ng(12)} type="text" placeholder="Tìm kiếm..." '
        f'class="form-control ng-untouched ng-pristine ng-valid"><button {ng(12)} type="button" '
        f'class="btn btn-light"><fa-icon icon="search"></fa-icon></button></div></div></nav></jhi-navbar>'
    )


def _sidebar() -> str:
    most = "".join(
        f'<li {ng(40)}><a {ng(40)} href="{article_path(i)}">{esc(BY_ID[i].title)}</a>'
        f'<span {ng(40)} class="luot-xem">{BY_ID[i].views()} lượt xem</span></li>'
        for i in MOST_READ
    )
    return (
        f'<jhi-sidebar {ng(30)} _nghost-serverapp-c40="">'
        f'<div {ng(40)} class="card mb-3"><div {ng(40)} class="card-header">Xem nhiều nhất</div>'
        f'<ul {ng(40)} class="list-unstyled xem-nhieu">{most}</ul></div>'
        f'<div {ng(40)} class="card mb-3"><div {ng(40)} class="card-header">Thông báo</div>'
        f'<div {ng(40)} class="card-body"><marquee {ng(40)} direction="up" scrollamount="2">'
        "Hệ thống tạm dừng để bảo trì từ 22h00 ngày 06/12/2026 đến 02h00 ngày 07/12/2026.</marquee></div></div>"
        f'<div {ng(40)} class="card mb-3"><div {ng(40)} class="card-header">Thăm dò ý kiến</div>'
        f'<div {ng(40)} class="card-body"><p {ng(40)}>Bạn đánh giá thế nào về cổng thông tin mới?</p>'
        f'<div {ng(40)} class="form-check"><input type="radio" name="khaoSat" value="1"> Rất hài lòng</div>'
        f'<div {ng(40)} class="form-check"><input type="radio" name="khaoSat" value="2"> Hài lòng</div>'
        f'<div {ng(40)} class="form-check"><input type="radio" name="khaoSat" value="3"> Chưa hài lòng</div>'
        f'<button {ng(40)} type="button" class="btn btn-sm btn-primary">Bình chọn</button>'
        f'<button {ng(40)} type="button" class="btn btn-sm btn-link">Xem kết quả</button></div></div>'
        f'<div {ng(40)} class="card mb-3"><div {ng(40)} class="card-header">Liên kết website</div>'
        f'<div {ng(40)} class="card-body"><a href="https://moet.gov.vn"><img src="/content/images/lk-bo-gddt.png" '
        'alt="Bộ GD&amp;ĐT"></a><a href="https://yenbai.gov.vn"><img src="/content/images/lk-ubnd.png" '
        'alt="UBND tỉnh"></a><a href="https://baoyenbai.com.vn"><img src="/content/images/lk-bao-yb.png" '
        'alt="Báo Yên Bái"></a></div></div>'
        f'<div {ng(40)} class="card mb-3"><div {ng(40)} class="card-header">Thống kê truy cập</div>'
        f'<ul {ng(40)} class="list-unstyled thong-ke"><li>Đang online: <b>37</b></li>'
        "<li>Hôm nay: <b>1.204</b></li><li>Tổng truy cập: <b>2.345.678</b></li></ul></div>"
        "</jhi-sidebar>"
    )


def _footer() -> str:
    return (
        f'<jhi-footer {ng(3)} _nghost-serverapp-c14=""><div {ng(14)} class="footer">'
        f'<div {ng(14)} class="row"><div {ng(14)} class="col-md-7">'
        "<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH YÊN BÁI</strong></p>"
        "<p>Địa chỉ: Số 1 đường Đinh Tiên Hoàng, phường Yên Ninh, thành phố Yên Bái, tỉnh Yên Bái</p>"
        "<p>Điện thoại: 0216.3852.123 - Email: sogddt@yenbai.edu.vn</p>"
        "<p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p></div>"
        f'<div {ng(14)} class="col-md-5"><p><strong>Liên kết nhanh</strong></p><ul class="list-unstyled">'
        '<li><a href="/#/gioi-thieu">Giới thiệu chung</a></li>'
        '<li><a href="/#/van-ban">Văn bản chỉ đạo điều hành</a></li>'
        '<li><a href="/#/lien-he">Liên hệ - góp ý</a></li></ul></div></div>'
        f'<p {ng(14)} class="ban-quyen">© 2026 Sở Giáo dục và Đào tạo tỉnh Yên Bái. Phát triển bởi '
        "Công ty CP Giải pháp Phần mềm VNSoft. Phiên bản 3.4.1</p></div></jhi-footer>"
    )


def _page(request: Request, title: str, main: str, *, active: str = "", head: str = "",
          state: dict | None = None, sidebar: bool = True) -> str:
    side = f'<div {ng(30)} class="col-md-4 col-lg-3">{_sidebar()}</div>' if sidebar else ""
    col = "col-md-8 col-lg-9" if sidebar else "col-12"
    return (
        '<!DOCTYPE html><html lang="vi" dir="ltr"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title>"
        '<base href="/"><meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="description" content="Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Yên Bái">'
        '<link rel="icon" href="favicon.ico"><link rel="manifest" href="manifest.webapp">'
        '<link rel="stylesheet" href="styles.3f2a91c7d0b4e8a1.css">'
        '<meta name="prerender-status-code" content="200">'
        f"{head}"
        '<style ng-transition="serverApp">.jh-card[_ngcontent-serverapp-c30]{padding:1.5em}</style>'
        "</head><body>"
        "<!--[if lt IE 9]><p class=\"browserupgrade\">Bạn đang dùng trình duyệt quá cũ.</p><![endif]-->"
        '<jhi-main ng-version="14.2.12"><div _ngcontent-serverapp-c3="" id="jhi-main">'
        f"{_navbar(active)}"
        f'<div {ng(3)} class="container-fluid"><div {ng(3)} class="row">'
        f'<div {ng(3)} class="{col}"><div {ng(3)} class="card jh-card">'
        f'<router-outlet {ng(3)}></router-outlet>{main}</div></div>{side}</div></div>'
        f"{_footer()}</div></jhi-main>"
        '<noscript><h1>Bạn cần bật JavaScript để sử dụng ứng dụng này.</h1></noscript>'
        '<script src="runtime.8d1f5b0c2a7e.js" type="module"></script>'
        '<script src="polyfills.a1b2c3d4e5f6.js" type="module"></script>'
        '<script src="main.0e9d8c7b6a5f.js" type="module"></script>'
        f"{_transfer_state(state or {})}"
        "<!-- Prerendered by Rendertron 3.1.0 at 2026-12-05T02:14:09.512Z -->"
        "</body></html>"
    )


def _breadcrumb(*crumbs: tuple[str | None, str]) -> str:
    items = []
    for href, label in crumbs:
        if href:
            items.append(f'<li {ng(30)} class="breadcrumb-item"><a {ng(30)} href="{esc(href)}">{esc(label)}</a></li>')
        else:
            items.append(f'<li {ng(30)} class="breadcrumb-item active" aria-current="page">{esc(label)}</li>')
    return f'<nav {ng(30)} aria-label="breadcrumb"><ol {ng(30)} class="breadcrumb">{"".join(items)}</ol></nav>'


# --- pages ---------------------------------------------------------------------------------------


def _dl(rows: list[tuple[str, str, str]]) -> str:
    """JHipster's entity details: (translation key, label, value html)."""
    out = []
    for key, label, value in rows:
        out.append(
            f'<dt {ng(30)}><span {ng(30)} jhitranslate="sgdApp.tinTuc.{key}" ng-reflect-jhi-translate='
            f'"sgdApp.tinTuc.{key}">{label}</span></dt><dd {ng(30)}>{value}</dd>'
        )
    return f'<dl {ng(30)} class="row-md jh-entity-details">{"".join(out)}</dl>'


def article_page(request: Request, s: Story) -> str:
    base = base_url(request)
    cat_label = CATS[s.cat]
    o = s.opts
    if o.get("doc"):
        body_html, carousel = render_document(s), ""
        fhref, fname = o["file"]
        body_html += (f'<p {ng(30)} class="tep-dinh-kem"><fa-icon icon="paperclip"></fa-icon> Tệp đính kèm: '
                      f'<a href="{fhref}">{esc(fname)}</a></p>')
    else:
        body_html, carousel = render_text(s)
    trunc = esc(re.sub(r"\s+", " ", body_html[:30]))
    noi_dung = (
        f'<div {ng(30)} class="ck-content" ng-reflect-inner-h-t-m-l="{trunc}">{body_html}</div>'
        f"<!--bindings={{\n  \"ng-reflect-ng-if\": \"{'true' if carousel else 'false'}\"\n}}-->"
        f"{carousel}"
    )
    tom_tat = f'<p {ng(30)} class="tom-tat">{esc(s.summary)}</p>' if s.summary else f'<p {ng(30)} class="tom-tat"></p>'
    rows = [
        ("tieuDe", "Tiêu đề", f'<span {ng(30)} class="tieu-de">{esc(s.title)}</span>'),
        ("danhMuc", "Danh mục", f'<a {ng(30)} href="{esc(list_path(s.cat))}">{esc(cat_label)}</a>'),
        ("lastModifiedDate", "Cập nhật lần cuối", f"<span {ng(30)}>{medium(o['cap_nhat'])}</span>"),
        ("ngayDang", "Ngày đăng", f"<span {ng(30)}>{medium(o['ngay'])}</span>"),
        ("anhDaiDien", "Ảnh đại diện",
         f'<div {ng(30)}><a {ng(30)} href="javascript:void(0);"><img {ng(30)} src="{_COVER}" '
         f'style="max-width:100%" alt="tinTuc image"></a><span {ng(30)}>image/jpeg, 1,2 KB</span></div>'),
        ("tomTat", "Tóm tắt", tom_tat),
        ("noiDung", "Nội dung", noi_dung),
        ("tacGia", "Tác giả", f"<span {ng(30)}>{esc(o.get('tac_gia', ''))}</span>"),
        ("nguon", "translation-not-found[sgdApp.tinTuc.nguon]", f"<span {ng(30)}>{esc(o.get('nguon', ''))}</span>"),
        ("luotXem", "Lượt xem", f"<span {ng(30)}>{s.views()}</span>"),
        ("nguoiDuyet", "Người duyệt", f"<span {ng(30)}>Trần Quốc Bình (Phó Giám đốc Sở)</span>"),
        ("createdBy", "Người tạo", f"<span {ng(30)}>admin.sgd</span>"),
        ("trangThai", "Trạng thái", f"<span {ng(30)} jhitranslate=\"sgdApp.TrangThai.DA_XUAT_BAN\">DA_XUAT_BAN</span>"),
    ]
    comments = ""
    if o.get("binh_luan"):
        items = "".join(
            f'<div {ng(55)} class="binh-luan-item"><div {ng(55)}><strong {ng(55)}>{esc(who)}</strong> '
            f'<small {ng(55)} class="text-muted">{medium(when)}</small></div><p {ng(55)}>{esc(what)}</p></div>'
            for who, when, what in o["binh_luan"]
        )
        comments = (
            f'<jhi-binh-luan {ng(30)} _nghost-serverapp-c55=""><h5 {ng(55)}>Bình luận ({len(o["binh_luan"])})</h5>'
            f"{items}<div {ng(55)} class=\"gui-binh-luan\"><textarea {ng(55)} class=\"form-control\" "
            'placeholder="Nhập bình luận của bạn..."></textarea><button type="button" class="btn btn-primary btn-sm">'
            "Gửi bình luận</button></div></jhi-binh-luan>"
        )
    related = [r for r in _by_cat(s.cat) if r.id != s.id][:3]
    rel = "".join(
        f'<li {ng(56)}><a {ng(56)} href="{article_path(r.id)}">{esc(r.title)}</a> '
        f'<span {ng(56)} class="ngay">({short(r.opts["ngay"])[:10]})</span></li>'
        for r in related
    )
    main = (
        f'<jhi-tin-tuc-detail _nghost-serverapp-c30=""><div {ng(30)} class="d-flex justify-content-center">'
        f'<div {ng(30)} class="col-12">'
        + _breadcrumb(("/", "Trang chủ"), (list_path(s.cat), "Tin tức"), (list_path(s.cat), cat_label), (None, "Chi tiết"))
        + f'<div {ng(30)}><h2 {ng(30)} data-cy="tinTucDetailsHeading"><span {ng(30)} '
        'jhitranslate="sgdApp.tinTuc.detail.title">Tin tức</span></h2><hr>'
        f"<jhi-alert-error {ng(30)}></jhi-alert-error><jhi-alert {ng(30)}></jhi-alert><!---->"
        + _dl(rows)
        + f'<div {ng(30)} class="cong-cu"><button {ng(30)} type="submit" class="btn btn-info" data-cy="entityDetailsBackButton">'
        '<fa-icon icon="arrow-left"></fa-icon>&nbsp;<span>Quay lại</span></button> '
        f'<button {ng(30)} type="button" class="btn btn-outline-secondary" onclick="window.print()">In bài viết</button> '
        f'<a {ng(30)} class="btn btn-outline-primary" href="https://www.facebook.com/sharer/sharer.php?u='
        f'{quote(base + "/#" + article_path(s.id), safe="")}">Chia sẻ Facebook</a></div>'
        + comments
        + f'<jhi-tin-lien-quan {ng(30)} _nghost-serverapp-c56=""><h5 {ng(56)}>Tin liên quan</h5>'
        f'<ul {ng(56)}>{rel}</ul></jhi-tin-lien-quan></div></div></div></jhi-tin-tuc-detail>'
    )
    hash_url = f"{base}/#{article_path(s.id)}"
    head = (
        f'<link rel="canonical" href="{hash_url}">'
        f'<meta property="og:url" content="{hash_url}"><meta property="og:type" content="article">'
        f'<meta property="og:title" content="{esc(s.title)}">'
        f'<meta property="og:image" content="{base}/api/public/tin-tuc/{s.id}/anh-dai-dien">'
        f'<meta property="article:published_time" content="{utc_iso(o["ngay"])}">'
        f'<meta property="article:modified_time" content="{utc_iso(o["cap_nhat"])}">'
    )
    if s.summary:
        head += f'<meta property="og:description" content="{esc(s.summary)}">'
    state = {
        f"tin-tuc-{s.id}": {
            "body": {
                "id": s.id, "tieuDe": s.title, "tomTat": s.summary, "noiDung": body_html,
                "ngayDang": utc_iso(o["ngay"]), "tacGia": o.get("tac_gia"), "nguon": o.get("nguon"),
                "danhMuc": {"id": 3 if s.cat == "tin-hoat-dong" else 4, "ma": s.cat, "ten": cat_label},
                "createdBy": "admin.sgd", "lastModifiedDate": utc_iso(o["cap_nhat"]),
            },
            "headers": {}, "status": 200, "statusText": "OK", "url": f"{base}/api/public/tin-tucs/{s.id}",
        }
    }
    return _page(request, APP_TITLE, main, active="tin-tuc", head=head, state=state)


def list_page(request: Request, cat: str, page: int, size: int) -> Response | None:
    items = _by_cat(cat)
    total = len(items)
    pages = max(1, -(-total // size))
    if page >= pages:
        return None
    chunk = items[page * size:(page + 1) * size]
    rows = "".join(
        f'<tr {ng(31)} data-cy="entityTable"><td {ng(31)}><a {ng(31)} href="{article_path(s.id)}?danhMuc={cat}">'
        f"{s.id}</a></td>"
        f'<td {ng(31)}><img {ng(31)} src="{_COVER}" style="max-height:30px" alt="tinTuc image"></td>'
        f'<td {ng(31)}><a {ng(31)} href="{article_path(s.id)}?danhMuc={cat}" class="tieu-de">{esc(s.title)}</a>'
        f'<p {ng(31)} class="text-muted small">{esc((s.summary or s.paragraphs[0])[:120])}...</p></td>'
        f"<td {ng(31)}>{short(s.opts['ngay'])}</td><td {ng(31)}>{esc(CATS[cat])}</td>"
        f'<td {ng(31)} class="text-end"><div {ng(31)} class="btn-group"><button {ng(31)} type="submit" '
        f'ng-reflect-router-link="/tin-tuc/chi-tiet,{s.id}" class="btn btn-info btn-sm" data-cy="entityDetailsButton">'
        f'<fa-icon icon="eye"></fa-icon><span class="d-none d-md-inline">Xem</span></button></div></td></tr>'
        for s in chunk
    )
    first, last = page * size + 1, page * size + len(chunk)
    pager = []
    prev_dis = " disabled" if page == 0 else ""
    pager.append(f'<li class="page-item{prev_dis}"><a aria-label="Previous" class="page-link" href="" tabindex="-1">'
                 '<span aria-hidden="true">«</span></a></li>')
    for n in range(pages):
        act = " active" if n == page else ""
        cur = ' aria-current="page"' if n == page else ""
        pager.append(f'<li class="page-item{act}"{cur}><a class="page-link" href="">{n + 1}</a></li>')
    next_dis = " disabled" if page == pages - 1 else ""
    pager.append(f'<li class="page-item{next_dis}"><a aria-label="Next" class="page-link" href="">'
                 '<span aria-hidden="true">»</span></a></li>')
    main = (
        f'<jhi-tin-tuc _nghost-serverapp-c31=""><div {ng(31)}>'
        + _breadcrumb(("/", "Trang chủ"), (None, "Tin tức"), (None, CATS[cat]))
        + f'<h2 {ng(31)} id="page-heading" data-cy="TinTucHeading"><span {ng(31)}>{esc(CATS[cat])}</span>'
        f'<div {ng(31)} class="d-flex justify-content-end"><button {ng(31)} type="button" class="btn btn-info me-2">'
        '<fa-icon icon="sync"></fa-icon><span>Làm mới</span></button></div></h2>'
        f'<jhi-alert-error {ng(31)}></jhi-alert-error><div {ng(31)} class="table-responsive" id="entities">'
        f'<table {ng(31)} class="table table-striped" aria-describedby="page-heading"><thead {ng(31)}>'
        f'<tr {ng(31)} jhisort="" ng-reflect-predicate="ngayDang" ng-reflect-ascending="false">'
        f'<th {ng(31)} scope="col" jhisortby="id"><span>ID</span> <fa-icon icon="sort"></fa-icon></th>'
        f'<th {ng(31)} scope="col"><span>Ảnh</span></th>'
        f'<th {ng(31)} scope="col" jhisortby="tieuDe"><span>Tiêu đề</span> <fa-icon icon="sort"></fa-icon></th>'
        f'<th {ng(31)} scope="col" jhisortby="ngayDang"><span>Ngày đăng</span> <fa-icon icon="sort-down"></fa-icon></th>'
        f'<th {ng(31)} scope="col"><span>Danh mục</span></th><th {ng(31)} scope="col"></th></tr></thead>'
        f"<tbody {ng(31)}>{rows}</tbody></table></div>"
        f'<div {ng(31)}><div {ng(31)} class="d-flex justify-content-center"><jhi-item-count {ng(31)}>'
        f"<div>Hiển thị {first} - {last} trên {total} mục.</div></jhi-item-count></div>"
        f'<div {ng(31)} class="d-flex justify-content-center"><ngb-pagination {ng(31)} '
        f'ng-reflect-collection-size="{total}" ng-reflect-page="{page + 1}" ng-reflect-max-size="5" '
        f'ng-reflect-rotate="true" ng-reflect-boundary-links="true" role="navigation">'
        f'<ul class="pagination">{"".join(pager)}</ul></ngb-pagination></div></div></div></jhi-tin-tuc>'
    )
    head = ""
    links = []
    base = base_url(request)
    if page + 1 < pages:
        head += f'<link rel="next" href="{esc(list_path(cat, page + 1))}">'
        links.append(f'<{base}{list_path(cat, page + 1)}>; rel="next"')
    if page > 0:
        head += f'<link rel="prev" href="{esc(list_path(cat, page - 1))}">'
        links.append(f'<{base}{list_path(cat, page - 1)}>; rel="prev"')
    links.append(f'<{base}{list_path(cat, pages - 1)}>; rel="last"')
    links.append(f'<{base}{list_path(cat, 0)}>; rel="first"')
    state = {f"tin-tucs-{cat}-{page}": {"body": [{"id": s.id, "tieuDe": s.title} for s in chunk],
                                        "headers": {"x-total-count": [str(total)]}}}
    resp = html(_page(request, f"{CATS[cat]} - {APP_TITLE}", main, active="tin-tuc", head=head, state=state))
    resp.headers["Link"] = ",".join(links)
    resp.headers["X-Total-Count"] = str(total)
    return resp


def home_page(request: Request) -> str:
    newest = sorted(STORIES, key=lambda s: s.opts["ngay"], reverse=True)
    slider_ids = [1288, 1281, 1270]
    slides = "".join(
        f'<div role="tabpanel" class="carousel-item{" active" if n == 0 else ""}">'
        f'<a href="/#{article_path(i)}"><img src="{_COVER}" class="d-block w-100" alt=""></a>'
        f'<div class="carousel-caption"><h5><a href="/#{article_path(i)}">{esc(BY_ID[i].title)}</a></h5></div></div>'
        for n, i in enumerate(slider_ids)
    )
    latest = "".join(
        f'<li {ng(20)}><a {ng(20)} href="{article_path(s.id)}">{esc(s.title)}</a> '
        f'<small {ng(20)}>{short(s.opts["ngay"])}</small></li>'
        for s in newest[:5]
    )
    notices = "".join(
        f'<li {ng(20)}><a {ng(20)} href="{article_path(s.id)}">{esc(s.title)}</a></li>' for s in _by_cat("thong-bao")
    )
    block = "".join(
        f'<div {ng(20)} class="col-md-6 tin-item"><img src="{_COVER}" alt=""><a {ng(20)} href="{article_path(s.id)}">'
        f"{esc(s.title)}</a><p {ng(20)}>{esc((s.summary or s.paragraphs[0])[:100])}...</p></div>"
        for s in _by_cat("tin-hoat-dong")[:4]
    )
    main = (
        f'<jhi-home _nghost-serverapp-c20=""><div {ng(20)} class="home">'
        f'<section {ng(20)} class="tin-noi-bat"><h4 {ng(20)}>Tin nổi bật</h4>'
        f'<ngb-carousel {ng(20)} class="carousel slide"><div class="carousel-inner">{slides}</div></ngb-carousel></section>'
        f'<section {ng(20)} class="tin-moi"><h4 {ng(20)}>Tin mới</h4><ul {ng(20)}>{latest}</ul></section>'
        f'<section {ng(20)} class="tin-hoat-dong"><h4 {ng(20)}><a href="{esc(list_path("tin-hoat-dong"))}">Tin hoạt động</a>'
        f'</h4><div {ng(20)} class="row">{block}</div><a {ng(20)} class="xem-tat-ca" '
        f'href="{esc(list_path("tin-hoat-dong"))}">Xem tất cả »</a></section>'
        f'<section {ng(20)} class="thong-bao"><h4 {ng(20)}><a href="{esc(list_path("thong-bao"))}">Thông báo</a></h4>'
        f"<ul {ng(20)}>{notices}</ul></section>"
        f'<section {ng(20)} class="van-ban-moi"><h4 {ng(20)}><a href="/van-ban">Văn bản mới</a></h4><ul {ng(20)}>'
        + "".join(f'<li><a href="/van-ban/{d["id"]}">{esc(d["so"])} - {esc(d["trich_yeu"])}</a></li>' for d in DOCS)
        + "</ul></section></div></jhi-home>"
    )
    return _page(request, APP_TITLE, main, active="home")


DOCS = [
    {"id": 103, "so": "2145/KH-SGDĐT", "ngay": "20/11/2026", "loai": "Kế hoạch", "ky": "Nguyễn Thị Lan",
     "trich_yeu": "Kế hoạch tuyển dụng viên chức năm 2026"},
    {"id": 102, "so": "2098/SGDĐT-GDTrH", "ngay": "12/11/2026", "loai": "Công văn", "ky": "Trần Quốc Bình",
     "trich_yeu": "Hướng dẫn tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027"},
    {"id": 101, "so": "1876/QĐ-SGDĐT", "ngay": "15/10/2026", "loai": "Quyết định", "ky": "Phạm Văn Hùng",
     "trich_yeu": "Quyết định ban hành Quy chế làm việc của Sở Giáo dục và Đào tạo"},
]
DOC_BY_ID = {d["id"]: d for d in DOCS}


def van_ban_list(request: Request) -> str:
    rows = "".join(
        f'<tr {ng(33)}><td><a href="/van-ban/{d["id"]}">{esc(d["so"])}</a></td><td>{d["ngay"]}</td>'
        f'<td>{esc(d["loai"])}</td><td><a href="/van-ban/{d["id"]}">{esc(d["trich_yeu"])}</a></td></tr>'
        for d in DOCS
    )
    main = (
        f'<jhi-van-ban _nghost-serverapp-c33="">{_breadcrumb(("/", "Trang chủ"), (None, "Văn bản"))}'
        f'<h2 {ng(33)} id="page-heading">Văn bản</h2><table {ng(33)} class="table table-striped"><thead><tr>'
        "<th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Loại văn bản</th><th>Trích yếu</th></tr></thead>"
        f"<tbody>{rows}</tbody></table><jhi-item-count><div>Hiển thị 1 - 3 trên 3 mục.</div></jhi-item-count>"
        "</jhi-van-ban>"
    )
    return _page(request, f"Văn bản - {APP_TITLE}", main, active="van-ban")


def van_ban_page(request: Request, d: dict) -> str:
    rows = [
        ("soKyHieu", "Số/Ký hiệu", esc(d["so"])),
        ("trichYeu", "Trích yếu", f'<span class="tieu-de">{esc(d["trich_yeu"])}</span>'),
        ("loaiVanBan", "Loại văn bản", esc(d["loai"])),
        ("ngayBanHanh", "Ngày ban hành", d["ngay"]),
        ("coQuanBanHanh", "Cơ quan ban hành", "Sở Giáo dục và Đào tạo tỉnh Yên Bái"),
        ("nguoiKy", "Người ký", esc(d["ky"])),
        ("tepDinhKem", "Tệp đính kèm",
         f'<a href="/api/public/van-ban/{d["id"]}/tai-ve">{esc(d["so"].replace("/", "-"))}.pdf</a>'),
    ]
    main = (
        '<jhi-van-ban-detail _nghost-serverapp-c34="">'
        + _breadcrumb(("/", "Trang chủ"), ("/van-ban", "Văn bản"), (None, "Chi tiết"))
        + f'<h2 {ng(30)} data-cy="vanBanDetailsHeading"><span>Văn bản</span></h2><hr>'
        + _dl(rows).replace("sgdApp.tinTuc.", "sgdApp.vanBan.")
        + "</jhi-van-ban-detail>"
    )
    return _page(request, APP_TITLE, main, active="van-ban")


def gioi_thieu(request: Request) -> str:
    main = (
        f'<jhi-gioi-thieu _nghost-serverapp-c35="">{_breadcrumb(("/", "Trang chủ"), (None, "Giới thiệu"))}'
        f'<h2 {ng(35)}>Giới thiệu chung</h2><div {ng(35)} class="ck-content">'
        "<p>Sở Giáo dục và Đào tạo tỉnh Yên Bái là cơ quan chuyên môn thuộc UBND tỉnh, tham mưu, giúp UBND "
        "tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.</p>"
        "<h3>Chức năng, nhiệm vụ</h3><p>Sở chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của UBND "
        "tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, kiểm tra về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào "
        "tạo.</p><h3>Lãnh đạo Sở</h3><ul><li>Giám đốc: Phạm Văn Hùng</li><li>Phó Giám đốc: Trần Quốc Bình</li>"
        "<li>Phó Giám đốc: Nguyễn Thị Lan</li></ul>"
        '<p><img src="/api/public/tep-tin/anh/2026/01/tru-so-sgd.jpg" alt=""></p></div></jhi-gioi-thieu>'
    )
    return _page(request, f"Giới thiệu - {APP_TITLE}", main, active="gioi-thieu")


def lien_he(request: Request) -> str:
    main = (
        f'<jhi-lien-he _nghost-serverapp-c36="">{_breadcrumb(("/", "Trang chủ"), (None, "Liên hệ"))}'
        f'<h2 {ng(36)}>Liên hệ</h2><p>Sở Giáo dục và Đào tạo tỉnh Yên Bái</p>'
        "<p>Địa chỉ: Số 1 đường Đinh Tiên Hoàng, phường Yên Ninh, thành phố Yên Bái</p>"
        "<p>Điện thoại: 0216.3852.123 - Fax: 0216.3852.124</p><p>Email: sogddt@yenbai.edu.vn</p>"
        f'<div {ng(36)} class="gop-y"><input type="text" placeholder="Họ và tên" class="form-control">'
        '<input type="email" placeholder="Email" class="form-control"><textarea class="form-control" '
        'placeholder="Nội dung góp ý"></textarea><button type="button" class="btn btn-primary">Gửi góp ý</button>'
        "</div></jhi-lien-he>"
    )
    return _page(request, f"Liên hệ - {APP_TITLE}", main, active="lien-he")


# --- routing -------------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^/tin-tuc/chi-tiet/(\d+)$")
_VAN_BAN = re.compile(r"^/van-ban/(\d+)$")


class JHipsterSite:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path.startswith(("/api/public/tep-dinh-kem/", "/api/public/van-ban/")) and path.endswith("/tai-ve"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/api/", "/content/")) or path in ("/favicon.ico",):
            return static_file(path)
        if path == "/":
            return html(home_page(request)) if not request.query else None
        if m := _ARTICLE.match(path):
            s = BY_ID.get(int(m.group(1)))
            if s is None or set(params) - {"danhMuc"}:
                return None
            if "danhMuc" in params and params["danhMuc"] != s.cat:
                return None
            return html(article_page(request, s))
        if path == "/tin-tuc":
            cat = params.get("danhMuc", "tin-hoat-dong")
            if cat not in CATS or set(params) - {"danhMuc", "page", "size", "sort"}:
                return None
            try:
                page = int(params.get("page", "0"))
                size = int(params.get("size", str(PAGE_SIZE)))
            except ValueError:
                return None
            if page < 0 or not 1 <= size <= 50 or params.get("sort", SORT) not in (SORT, "ngayDang,asc"):
                return None
            return list_page(request, cat, page, size)
        if request.query:
            return None
        if path == "/gioi-thieu":
            return html(gioi_thieu(request))
        if path == "/lien-he":
            return html(lien_he(request))
        if path == "/van-ban":
            return html(van_ban_list(request))
        if m := _VAN_BAN.match(path):
            d = DOC_BY_ID.get(int(m.group(1)))
            return html(van_ban_page(request, d)) if d else None
        return static_file(path) if "." in path.rsplit("/", 1)[-1] else None


def build_site() -> JHipsterSite:
    return JHipsterSite()


def _gold(s: Story) -> dict:
    return gold_record(
        s,
        article_path(s.id),
        CATS[s.cat],
        alt_paths=[f"{article_path(s.id)}?danhMuc={s.cat}"],
    )


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = ["/gioi-thieu", "/lien-he", "/van-ban/101", "/van-ban/102", "/van-ban/103"]
