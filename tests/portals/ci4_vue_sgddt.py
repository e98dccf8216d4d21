"""CodeIgniter 4 + Vue 3 "islands" portal of a provincial Sở GD&ĐT (Quảng Trị), written blind.

Platform
    A provincial vendor's CMS on CodeIgniter 4 ("Cửa Việt Portal 2.3"): PHP views render the
    menus, listings and article pages; a handful of widgets (featured slider, most-read list,
    visitor counter, related items, share bar, the notices' "Xem thêm" loader, one photo album)
    are Vue 3 islands mounted on ``<div data-island=…>`` from JSON in ``data-props`` (PHP's
    ``json_encode``: ``\\u`` escapes, ``\\/`` slashes) or fetched from ``/api/v1/…``. The in-DOM
    templates ship unrendered (``{{ it.tieu_de }}``, ``:href``). The site runs with
    ``CI_ENVIRONMENT = development`` left on: debug-toolbar loader script and
    ``<!-- DEBUG-VIEW START … -->`` comments in every page. ``app.indexPage`` is still
    ``index.php``: every route also answers under ``/index.php/…``, and whatever the views build
    with ``site_url()``/``current_url()`` (the pager, the featured slider's fallback) carries it.

URL scheme
    ``/``                                   home (also ``/index.php``)
    ``/tin-tuc/<slug>-<id>.html``           article; only the id is routed, any slug answers 200
    ``/tin-tuc/in-bai/<id>``                print view (opened by ``onclick``, no href)
    ``/chuyen-muc/<slug>?page=N``           category listing, CI4 pager, 3 items a page
                                            (thông báo: 2 a page, pager only in ``<noscript>``)
    ``/tag/<slug>``                         tag listing
    ``/van-ban`` , ``/van-ban/<id>``        document register and document entries
    ``/thu-vien-anh`` , ``/thu-vien-anh/<slug>-<id>``, ``/video`` , ``/video/<slug>-<id>``
    ``/gioi-thieu/<slug>`` , ``/lien-he``   static pages
    ``/tim-kiem?csrf_test_name=…&tu_khoa=`` search (GET form carrying CI4's CSRF field)
    ``/api/v1/…``                           JSON for the islands (never pages)
    ``/uploads/…`` , ``/assets/…``          images, files, scripts

Page templates
    layout (header with today's date, mega-menu with drop-downs, ticker "Tin mới", sidebar:
    notices portlet, most-read island, documents, banners, poll, visitor-counter island,
    website links; footer); home (featured island + noscript list, four category blocks,
    documents); listing (items + CI4 pager); article (breadcrumb, h1, date line, tool bar,
    sapo box, content, tags, related island, "Các tin khác"); print view; soft-404 page.

How each gold article is reached
    home blocks and ticker: 2458, 2455, 2451, 2453, 2450, 2448, 2446, 2443, 2439;
    featured island's noscript fallback: 2458, 2451, 2448 under ``/index.php/tin-tuc/…``;
    listing page 1 only: 2433 (Giáo dục Trung học, also "Các tin khác" of 2455/2443),
    2437 (Mầm non - Tiểu học);
    page 2 only: 2427 via the CI4 pager of Hoạt động ngành, whose links are
    ``/index.php/chuyen-muc/hoat-dong-nganh?page=2``; 2431 via the Thông báo pager that is
    printed only inside ``<noscript>`` (the island's "Xem thêm" button calls the API).

Traps
    1. index.php twins: the pager and the featured slider's fallback print
       ``/index.php/…`` URLs; the same article answers there with 200 (canonical printed).
       Gold: the clean ``/tin-tuc/…`` path; the index.php form is in ``alt_paths``.
    2. Id-only routing: an editor's hand-made "Tin liên quan" list in 2451 links 2446 by its
       old slug (before the title was edited); it answers 200. Gold: one record at the
       current slug, the old slug in ``alt_paths`` (so are every article's print view).
    3. Pagination hidden from plain link walkers: Hoạt động ngành's page 2 exists only under
       ``/index.php/chuyen-muc/…?page=2``; Thông báo's pager exists only in ``<noscript>``
       next to a Vue "Xem thêm" button with ``data-api``. Gold: 2427 and 2431 are articles.
    4. Soft 404: "Xem thêm:" in 2458 links a withdrawn article (id 2402); the controller
       answers 200 "Bài viết không tồn tại hoặc đã bị gỡ bỏ!" with the full chrome. Gold:
       not an article. ``/api/v1/…`` JSON (listings with ``tom_tat``, related, most-read)
       is not an article either.
    5. Dates: ``article:published_time`` is the record's ``created_at`` (the draft) on 2451
       and 2450, the printed date line is the publication; 2439 prints ``00:00``; 2437's date
       line is a Vue island (date only in ``data-props`` JSON with ``\\/`` and in the meta
       tag); 2453 is an official notice dated by its letterhead (30/11) but posted 01/12.
       "Cập nhật lần cuối" lines on 2451/2443. Gold: 2451 09:45 on 02/12, 2450 16:45 on 28/11,
       2439 "2026-11-08", 2437 10:20 on 03/11, 2453 "2026-11-30".
    6. Headlines: the site name is an ``<h1>`` in the header of every page; ``og:title`` and
       ``<title>`` carry the SEO title, which differs from the headline on 2437. Gold: the
       article's own ``h1.ctbv-tieude``.
    7. Text boundaries: inside ``div.ctbv-nd`` follow the article: bylines, "Xem thêm:" line,
       an editor's "Tin liên quan:" list, the attachment box (a ``<ul>`` of files), the
       related-items island with its unrendered ``{{ }}`` template and heading. None is body.
       The sapo sits in ``div.ctbv-tomtat`` outside the content (body's first paragraph).
    8. Bylines: "Người đăng: bientap02" in the date line is the CMS account (nobody); the
       real byline is the right-aligned last line: "Tin, ảnh: X", "Tin: X - Ảnh: Y",
       "ThS. X<br>post", "X (Phòng GDTrH)", "Thanh Tâm<br>(Theo Báo Quảng Trị)" (source),
       a unit alone ("Phòng Quản lý chất lượng", "Văn phòng Sở"), "BBT" (nobody).
    9. Images and captions: CKEditor 5 ``figure/figcaption``; an old CKEditor 4 two-row table;
       a lazy image (``src`` a loading gif, photo in ``data-src``); a photo album island whose
       ``<img>`` exist only inside ``<noscript>``; "(Ảnh: Hồ Văn Sơn)" under a photo (no
       caption, a photographer); Facebook emoji ``<img>`` bullets (no image, no text).
    10. Pasted markup: Word list paragraphs with ``mso-list:Ignore`` bullets (no text), a
       "- " typed by the editor (text), a bracketed footnote call "[1]" (kept) and a bare
       ``<sup>`` call "2" (dropped), tables whose rows are paragraphs.

Gold decisions on ambiguous points
    - 2437's date is printed only by the Vue meta island (data-props JSON) and the meta tag;
      a reader with a browser sees "03/11/2026 10:20": gold "2026-11-03T10:20:00+07:00".
    - 2439's album island: the photos and their figcaptions are the article's images (in
      order); the third has an empty figcaption: caption None.
    - "(Ảnh: Hồ Văn Sơn)" under the photo of 2437: caption None, "Hồ Văn Sơn" a photographer.
    - "Thanh Tâm<br>(Theo Báo Quảng Trị)": author "Thanh Tâm", source "Báo Quảng Trị".
    - "X (Phòng GDTrH)" / "(Phòng GDMN-TH)": the unit after the name is dropped.
    - 2453 (official notice): letterhead table, "THÔNG BÁO", the "Về việc …" line, "Nơi nhận"
      and the signature table are not body; the body runs from "Căn cứ …" to "…./."; author
      the signer "Lê Thanh Bình"; date the letterhead's day.
    - 2433: the bold lead paragraph is the sapo; "Tài liệu tham khảo" and its two entries
      are body; the references heading and entries are paragraphs.
    - Table rows (2427, 2450) are paragraphs, header row included, cells joined by " | ".
    - Print views (``/tin-tuc/in-bai/<id>``) and index.php forms of every article are listed
      in ``alt_paths`` (they serve the same article) even when no page links them.
    - Tag pages, the document register/entries, album, video, intro and contact pages,
      search and API answers are not articles.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "ci4_vue_sgddt"
PLATFORM = "codeigniter4-vue3-islands"
START_PATH = "/"

SITE_NAME = "Sở Giáo dục và Đào tạo tỉnh Quảng Trị"
SHORT = "Sở GD&ĐT Quảng Trị"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
CSRF = "9c41f0d27be35a8e6d1f2c7b04a9e583"
_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


@dataclass(frozen=True)
class Cat:
    slug: str
    name: str
    parent: str | None
    per_page: int
    island: bool = False


CATS = {
    "hoat-dong-nganh": Cat("hoat-dong-nganh", "Hoạt động ngành", "Tin tức", 3),
    "giao-duc-trung-hoc": Cat("giao-duc-trung-hoc", "Giáo dục Trung học", "Tin tức", 3),
    "mam-non-tieu-hoc": Cat("mam-non-tieu-hoc", "Mầm non - Tiểu học", "Tin tức", 3),
    "thong-bao": Cat("thong-bao", "Thông báo", None, 2, island=True),
}

TAGS = {
    "chuyen-doi-so": "chuyển đổi số",
    "nha-giao": "nhà giáo",
    "stem": "STEM",
}

# --- the articles ----------------------------------------------------------------------------

_RIGHT = '<p style="text-align: right;">'

STORIES: list[Story] = [
    Story(
        id=2458,
        slug="hoi-nghi-tong-ket-cong-tac-chuyen-doi-so-nganh-giao-duc-nam-2026",
        title="Hội nghị tổng kết công tác chuyển đổi số ngành Giáo dục năm 2026",
        cat="hoat-dong-nganh",
        published_at="2026-12-04T15:20:00+07:00",
        summary=(
            "Chiều 04/12, Sở Giáo dục và Đào tạo tổ chức Hội nghị tổng kết công tác chuyển đổi số "
            "ngành Giáo dục năm 2026 và triển khai nhiệm vụ trọng tâm năm 2027. Đồng chí Trần Thị "
            "Minh Nguyệt, Phó Giám đốc Sở chủ trì hội nghị."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham dự hội nghị có đại diện lãnh đạo các phòng chuyên môn thuộc Sở; hiệu trưởng các "
                "trường THPT, giám đốc các trung tâm GDNN-GDTX và cán bộ phụ trách công nghệ thông tin "
                "của các đơn vị trực thuộc."
            ),
            Img(
                "/uploads/images/2026/12/04/hoi-nghi-cds-01.jpg",
                "Phó Giám đốc Sở Trần Thị Minh Nguyệt phát biểu chỉ đạo tại hội nghị",
                "Phó Giám đốc Sở Trần Thị Minh Nguyệt phát biểu chỉ đạo tại hội nghị",
                "fig",
            ),
            P(
                "Năm 2026, toàn ngành đã hoàn thành việc cập nhật dữ liệu của hơn 512.000 học sinh và "
                "28.400 cán bộ, giáo viên lên Cơ sở dữ liệu ngành; 100% trường phổ thông triển khai "
                "học bạ số, 96,8% cơ sở giáo dục thực hiện thanh toán không dùng tiền mặt đối với các "
                "khoản thu dịch vụ giáo dục."
            ),
            P(
                "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như hạ tầng mạng tại "
                "các trường vùng núi phía Tây còn thiếu ổn định, một bộ phận giáo viên lớn tuổi còn "
                "lúng túng khi khai thác học liệu số."
            ),
            P("Nhiệm vụ trọng tâm năm 2027", "h"),
            P(
                "Phát biểu chỉ đạo, Phó Giám đốc Sở đề nghị các đơn vị tiếp tục rà soát, làm sạch dữ "
                "liệu; đẩy mạnh ứng dụng trí tuệ nhân tạo trong quản lý và dạy học một cách có chọn "
                "lọc; bảo đảm an toàn thông tin và bảo vệ dữ liệu cá nhân của học sinh."
            ),
            Img(
                "/uploads/images/2026/12/04/hoi-nghi-cds-02.jpg",
                "Sở GD&ĐT khen thưởng các tập thể có thành tích xuất sắc trong công tác chuyển đổi số năm 2026",
                "Sở GD&ĐT khen thưởng các tập thể có thành tích xuất sắc trong công tác chuyển đổi số năm 2026",
                "fig",
            ),
            P(
                "Dịp này, Giám đốc Sở GD&ĐT đã tặng Giấy khen cho 12 tập thể và 25 cá nhân có thành "
                "tích xuất sắc trong thực hiện chuyển đổi số năm 2026."
            ),
            Raw(_RIGHT + "<strong>Tin, ảnh: Hoàng Minh Đức</strong></p>"),
            Raw(
                '<p><em><strong>Xem thêm:</strong> <a href="/tin-tuc/hoi-nghi-trien-khai-nhiem-vu-'
                'nam-hoc-2026-2027-2402.html">Hội nghị triển khai nhiệm vụ năm học 2026 - 2027</a>'
                "</em></p>"
            ),
        ],
        authors=["Hoàng Minh Đức"],
        photographers=["Hoàng Minh Đức"],
        opts={
            "date": "04/12/2026 15:20",
            "poster": "bientap01",
            "tags": ["chuyen-doi-so"],
            "featured": True,
            "flavor": "ck5",
        },
    ),
    Story(
        id=2455,
        slug="tap-huan-day-hoc-tich-hop-stem-cho-giao-vien-trung-hoc-co-so",
        title="Tập huấn dạy học tích hợp STEM cho giáo viên trung học cơ sở",
        cat="giao-duc-trung-hoc",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Từ ngày 01 đến 03/12, Sở GD&ĐT tổ chức lớp tập huấn dạy học tích hợp STEM cho hơn 180 "
            "giáo viên cốt cán cấp trung học cơ sở trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Lớp tập huấn được tổ chức theo hình thức trực tiếp tại Trường THCS Nguyễn Trãi "
                "(phường Đồng Hới) kết hợp trực tuyến tới các điểm cầu ở khu vực phía Nam tỉnh."
            ),
            Img(
                "/uploads/images/2026/12/03/tap-huan-stem-01.jpg",
                "(Giáo viên thực hành thiết kế bài học STEM theo nhóm)",
                "Giáo viên thực hành thiết kế bài học STEM theo nhóm",
                "lazy",
            ),
            P(
                "Trong 3 ngày, các học viên được báo cáo viên là giảng viên Trường Đại học Sư phạm Huế "
                "hướng dẫn quy trình xây dựng chủ đề STEM, cách tổ chức hoạt động trải nghiệm và đánh "
                "giá năng lực học sinh thông qua sản phẩm."
            ),
            P(
                "Kết thúc lớp tập huấn, mỗi nhóm giáo viên đã hoàn thành ít nhất một kế hoạch bài dạy "
                "STEM để triển khai ngay trong học kỳ I."
            ),
            Raw(_RIGHT + "<em><strong>Bích Ngọc (Phòng GDTrH)</strong></em></p>"),
        ],
        authors=["Bích Ngọc"],
        opts={
            "date": "03/12/2026 14:30",
            "poster": "phonggdtrh",
            "tags": ["stem"],
            "flavor": "ck5",
            "files": [("ke-hoach-tap-huan-stem-2026.pdf", "245 KB")],
        },
    ),
    Story(
        id=2451,
        slug="thu-truong-bo-gd-dt-lam-viec-voi-tinh-quang-tri-ve-phat-trien-doi-ngu-nha-giao",
        title="Thứ trưởng Bộ GD&ĐT làm việc với tỉnh Quảng Trị về phát triển đội ngũ nhà giáo",
        cat="hoat-dong-nganh",
        published_at="2026-12-02T09:45:00+07:00",
        summary=(
            "Sáng 02/12, đoàn công tác của Bộ Giáo dục và Đào tạo do Thứ trưởng Hoàng Đức Minh làm "
            "trưởng đoàn đã có buổi làm việc với UBND tỉnh Quảng Trị về tình hình thực hiện Luật "
            "Nhà giáo và công tác phát triển đội ngũ."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tiếp và làm việc với đoàn có đồng chí Phó Chủ tịch UBND tỉnh cùng lãnh đạo các sở, "
                "ngành liên quan."
            ),
            P(
                "Báo cáo tại buổi làm việc, lãnh đạo Sở GD&ĐT cho biết, năm học 2026 - 2027 toàn tỉnh "
                "còn thiếu 1.246 giáo viên so với định mức, tập trung chủ yếu ở cấp mầm non, tiểu học "
                "và các môn Tin học, Ngoại ngữ, Nghệ thuật ở cấp trung học cơ sở."
            ),
            Img(
                "/uploads/images/2026/12/02/thu-truong-lam-viec-quang-tri.jpg",
                "Thứ trưởng Hoàng Đức Minh phát biểu tại buổi làm việc",
                "Thứ trưởng Hoàng Đức Minh phát biểu tại buổi làm việc",
                "fig",
            ),
            P(
                "“Việc tuyển dụng phải đi đôi với sử dụng hiệu quả biên chế được giao; địa phương cần "
                "chủ động xây dựng chính sách thu hút giáo viên về công tác tại vùng đặc biệt khó "
                "khăn”, Thứ trưởng nhấn mạnh.",
                "q",
            ),
            P(
                "Thứ trưởng ghi nhận những nỗ lực của tỉnh Quảng Trị trong việc sắp xếp, tổ chức lại "
                "các cơ sở giáo dục sau khi hợp nhất đơn vị hành chính, đồng thời đề nghị tỉnh sớm "
                "hoàn thành đề án tuyển dụng giáo viên giai đoạn 2026 - 2030."
            ),
            Raw(_RIGHT + "<strong>Thanh Tâm</strong><br />\n<em>(Theo Báo Quảng Trị)</em></p>"),
            Raw(
                "<p><strong>Tin liên quan:</strong></p>\n<ul>\n"
                '<li><a href="/tin-tuc/toa-dam-ky-niem-ngay-nha-giao-viet-nam-2446.html">Tọa đàm kỷ '
                "niệm Ngày Nhà giáo Việt Nam 20/11</a></li>\n</ul>"
            ),
        ],
        authors=["Thanh Tâm"],
        source="Báo Quảng Trị",
        opts={
            "date": "02/12/2026 09:45",
            "meta_pub": "2026-11-30T10:12:37+07:00",
            "updated": "03/12/2026 16:02",
            "poster": "bientap01",
            "tags": ["nha-giao"],
            "featured": True,
            "flavor": "ck5",
        },
    ),
    Story(
        id=2453,
        slug="thong-bao-ve-viec-to-chuc-ky-thi-chon-hoc-sinh-gioi-van-hoa-lop-12-cap-tinh-nam-hoc-2026-2027",
        title="Thông báo về việc tổ chức Kỳ thi chọn học sinh giỏi văn hóa lớp 12 cấp tỉnh năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-30",
        blocks=[
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%;">\n<tbody>\n<tr>\n'
                '<td style="width:40%; text-align:center; vertical-align:top;">\n'
                "<p>UBND TỈNH QUẢNG TRỊ<br />\n<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></p>\n"
                "<p>Số: 2145/TB-SGDĐT</p>\n</td>\n"
                '<td style="text-align:center; vertical-align:top;">\n'
                "<p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />\n"
                "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></p>\n"
                "<p><em>Quảng Trị, ngày 30 tháng 11 năm 2026</em></p>\n</td>\n</tr>\n</tbody>\n</table>\n"
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>\n'
                '<p style="text-align: center;"><strong>Về việc tổ chức Kỳ thi chọn học sinh giỏi văn '
                "hóa lớp 12 cấp tỉnh năm học 2026 - 2027</strong></p>"
            ),
            P(
                "Căn cứ Kế hoạch số 1876/KH-SGDĐT ngày 15/9/2026 của Sở GD&ĐT về việc tổ chức các kỳ "
                "thi năm học 2026 - 2027, Sở GD&ĐT thông báo tổ chức Kỳ thi chọn học sinh giỏi văn hóa "
                "lớp 12 cấp tỉnh như sau:"
            ),
            P("1. Thời gian thi: ngày 06/01/2027 (thứ Tư)."),
            P(
                "2. Môn thi: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, "
                "Tiếng Anh."
            ),
            P(
                "3. Đối tượng dự thi: học sinh lớp 12 đang học tại các trường THPT, trung tâm "
                "GDNN-GDTX trên địa bàn tỉnh; mỗi đơn vị đăng ký không quá 6 thí sinh/môn."
            ),
            P(
                "4. Hồ sơ đăng ký dự thi gửi về Sở GD&ĐT (qua Phòng Quản lý chất lượng) trước ngày "
                "20/12/2026."
            ),
            P(
                "Sở GD&ĐT đề nghị thủ trưởng các đơn vị triển khai thực hiện nghiêm túc nội dung Thông "
                "báo này./."
            ),
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%;">\n<tbody>\n<tr>\n'
                '<td style="width:50%; vertical-align:top;">\n'
                "<p><strong><em>Nơi nhận:</em></strong><br />\n- Như trên;<br />\n"
                "- Giám đốc Sở (để b/c);<br />\n- Lưu: VT, QLCL.</p>\n</td>\n"
                '<td style="text-align:center; vertical-align:top;">\n'
                "<p><strong>KT. GIÁM ĐỐC<br />\nPHÓ GIÁM ĐỐC</strong></p>\n"
                "<p><em>(Đã ký)</em></p>\n<p><strong>Lê Thanh Bình</strong></p>\n</td>\n</tr>\n"
                "</tbody>\n</table>"
            ),
        ],
        authors=["Lê Thanh Bình"],
        opts={
            "date": "01/12/2026 08:15",
            "poster": "vanphong",
            "flavor": "ck4",
            "files": [("2145-TB-SGDDT.pdf", "312 KB")],
        },
    ),
    Story(
        id=2450,
        slug="thong-bao-lich-tiep-cong-dan-dinh-ky-cua-giam-doc-so-gd-dt-thang-12-2026",
        title="Thông báo lịch tiếp công dân định kỳ của Giám đốc Sở GD&ĐT tháng 12/2026",
        cat="thong-bao",
        published_at="2026-11-28T16:45:00+07:00",
        blocks=[
            P(
                "Thực hiện Luật Tiếp công dân và Quy chế tiếp công dân của UBND tỉnh, Sở GD&ĐT thông "
                "báo lịch tiếp công dân định kỳ của Giám đốc Sở trong tháng 12/2026 như sau:"
            ),
            P("Thời gian | Người tiếp | Địa điểm", "trh"),
            P(
                "Sáng 10/12/2026 (thứ Năm) | Giám đốc Sở Lê Quang Hòa | Phòng Tiếp công dân, Sở GD&ĐT",
                "tr",
            ),
            P(
                "Sáng 24/12/2026 (thứ Năm) | Phó Giám đốc Sở Trần Thị Minh Nguyệt | Phòng Tiếp công "
                "dân, Sở GD&ĐT",
                "tr",
            ),
            P(
                "Công dân đến liên hệ cần mang theo căn cước và các giấy tờ liên quan đến nội dung "
                "kiến nghị, phản ánh. Mọi thông tin chi tiết xin liên hệ Văn phòng Sở, điện thoại: "
                "0232.3822.418."
            ),
            Raw(_RIGHT + "<em>BBT</em></p>"),
        ],
        opts={
            "date": "28/11/2026 16:45",
            "meta_pub": "2026-11-27T08:03:11+07:00",
            "poster": "vanphong",
            "flavor": "ck4",
            "files": [("lich-tiep-cong-dan-thang-12-2026.pdf", "98 KB")],
        },
    ),
    Story(
        id=2448,
        slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-hoc-mam-non-cap-tinh-nam-hoc-2026-2027",
        title="Khai mạc Hội thi giáo viên dạy giỏi cấp học mầm non cấp tỉnh năm học 2026 - 2027",
        cat="mam-non-tieu-hoc",
        published_at="2026-11-24T07:55:00+07:00",
        summary=(
            "Sáng 24/11, tại Trường Mầm non Hoa Sen (phường Đông Hà), Sở GD&ĐT khai mạc Hội thi "
            "giáo viên dạy giỏi cấp học mầm non cấp tỉnh năm học 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham gia hội thi có 96 giáo viên đến từ các trường mầm non công lập và tư thục trên "
                "địa bàn tỉnh. 🌸"
            ),
            P(
                "Phần thi năng lực: giáo viên trình bày biện pháp nâng cao chất lượng chăm sóc, giáo "
                "dục trẻ tại nhóm, lớp.",
                "fb",
            ),
            P(
                "Phần thi thực hành: mỗi giáo viên tổ chức một hoạt động giáo dục trẻ theo chủ đề do "
                "Ban tổ chức bốc thăm.",
                "fb",
            ),
            Img(
                "/uploads/images/2026/11/24/hoi-thi-gvdg-mam-non-01.jpg",
                "Giáo viên Trường Mầm non Sơn Ca tổ chức hoạt động khám phá cho trẻ 5 - 6 tuổi",
                "Giáo viên Trường Mầm non Sơn Ca tổ chức hoạt động khám phá cho trẻ 5 - 6 tuổi",
                "center",
            ),
            P(
                "Hội thi là dịp để giáo viên giao lưu, học hỏi kinh nghiệm, đồng thời tuyển chọn "
                "những giáo viên tiêu biểu làm nòng cốt chuyên môn cho cấp học. Hội thi kéo dài đến "
                "hết ngày 28/11/2026."
            ),
            Raw(_RIGHT + "<strong>Tin, ảnh: Lê Thị Mỹ Linh (Phòng GDMN-TH)</strong></p>"),
        ],
        authors=["Lê Thị Mỹ Linh"],
        photographers=["Lê Thị Mỹ Linh"],
        opts={"date": "24/11/2026 07:55", "poster": "bientap02", "featured": True, "flavor": "ck5"},
    ),
    Story(
        id=2446,
        slug="toa-dam-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
        title="Tọa đàm kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="hoat-dong-nganh",
        published_at="2026-11-19T16:00:00+07:00",
        summary=(
            "Chiều 19/11, Sở Giáo dục và Đào tạo tổ chức buổi tọa đàm kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam với sự tham gia của nhiều thế hệ nhà giáo đã và đang công tác trong ngành."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi tọa đàm, các đại biểu ôn lại truyền thống vẻ vang của ngành Giáo dục tỉnh "
                "nhà qua các thời kỳ; chia sẻ những kỷ niệm sâu sắc về nghề dạy học và bày tỏ niềm "
                "tin vào thế hệ nhà giáo trẻ."
            ),
            Img(
                "/uploads/images/2026/11/19/toa-dam-20-11-2026.jpg",
                "Các thế hệ nhà giáo chụp ảnh lưu niệm tại buổi tọa đàm",
                "Các thế hệ nhà giáo chụp ảnh lưu niệm tại buổi tọa đàm",
                "tbl",
            ),
            P(
                "Nhà giáo ưu tú Trần Văn Lương, nguyên Hiệu trưởng Trường THPT Đông Hà, xúc động "
                "chia sẻ:"
            ),
            P(
                "“Dù đã nghỉ hưu gần 15 năm, mỗi dịp 20/11 tôi vẫn nhận được những cuộc điện thoại "
                "hỏi thăm của học trò cũ. Đó là phần thưởng lớn nhất của người thầy.”",
                "q",
            ),
            P(
                "Phát biểu tại tọa đàm, Giám đốc Sở GD&ĐT Lê Quang Hòa gửi lời tri ân đến các thế hệ "
                "nhà giáo và mong muốn đội ngũ giáo viên tiếp tục giữ gìn phẩm chất, đạo đức nhà "
                "giáo, không ngừng học tập để đáp ứng yêu cầu đổi mới."
            ),
            Raw(_RIGHT + "<strong>ThS. Nguyễn Thị Hồng Nhung - Văn phòng Sở</strong></p>"),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        opts={
            "date": "19/11/2026 16:00",
            "poster": "vanphong",
            "tags": ["nha-giao"],
            "flavor": "ck4",
            "old_slug": "toa-dam-ky-niem-ngay-nha-giao-viet-nam",
        },
    ),
    Story(
        id=2443,
        slug="huong-dan-to-chuc-kiem-tra-danh-gia-dinh-ky-hoc-ky-i-nam-hoc-2026-2027",
        title="Hướng dẫn tổ chức kiểm tra, đánh giá định kỳ học kỳ I năm học 2026 - 2027",
        cat="giao-duc-trung-hoc",
        published_at="2026-11-14T08:30:00+07:00",
        blocks=[
            P(
                "Căn cứ Thông tư số 22/2021/TT-BGDĐT ngày 20/7/2021 của Bộ trưởng Bộ GD&ĐT quy định "
                "về đánh giá học sinh trung học cơ sở và học sinh trung học phổ thông, Sở GD&ĐT hướng "
                "dẫn các đơn vị tổ chức kiểm tra, đánh giá định kỳ học kỳ I như sau:"
            ),
            P("1. Yêu cầu chung", "h"),
            P(
                "Đề kiểm tra được xây dựng theo ma trận, bản đặc tả, bảo đảm đánh giá đúng mức độ đạt "
                "được của học sinh so với yêu cầu cần đạt của chương trình.",
                "mso",
            ),
            P(
                "Tổ chức kiểm tra nghiêm túc, khách quan, đúng quy chế; không gây áp lực cho học sinh "
                "và cha mẹ học sinh.",
                "mso",
            ),
            P("2. Thời gian thực hiện", "h"),
            P("- Cấp THCS: hoàn thành trước ngày 10/01/2027."),
            P("- Cấp THPT: hoàn thành trước ngày 12/01/2027."),
            P("3. Tổ chức thực hiện", "h"),
            P(
                "Hiệu trưởng các trường THPT, Trưởng phòng Văn hóa - Xã hội các xã, phường chỉ đạo các "
                "cơ sở giáo dục trên địa bàn triển khai thực hiện; báo cáo kết quả về Sở GD&ĐT (qua "
                "Phòng Giáo dục Trung học) trước ngày 20/01/2027."
            ),
        ],
        opts={
            "date": "14/11/2026 08:30",
            "updated": "16/11/2026 10:47",
            "poster": "bientap02",
            "flavor": "word",
        },
    ),
    Story(
        id=2439,
        slug="trao-150-suat-hoc-bong-tiep-suc-den-truong-cho-hoc-sinh-tieu-hoc-vung-kho",
        title="Trao 150 suất học bổng “Tiếp sức đến trường” cho học sinh tiểu học vùng khó",
        cat="mam-non-tieu-hoc",
        published_at="2026-11-08",
        summary=(
            "Ngày 07/11, Sở GD&ĐT phối hợp với Quỹ Khuyến học tỉnh trao 150 suất học bổng “Tiếp sức "
            "đến trường” cho học sinh tiểu học có hoàn cảnh khó khăn tại các xã miền núi."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Mỗi suất học bổng trị giá 2 triệu đồng tiền mặt cùng cặp sách, đồ dùng học tập. Tổng "
                "kinh phí chương trình hơn 360 triệu đồng do các doanh nghiệp, nhà hảo tâm trong và "
                "ngoài tỉnh đóng góp."
            ),
            Img(
                "/uploads/images/2026/11/08/hoc-bong-tiep-suc-01.jpg",
                "Đại diện Sở GD&ĐT và Quỹ Khuyến học tỉnh trao học bổng cho học sinh xã Hướng Phùng",
                "Đại diện Sở GD&ĐT và Quỹ Khuyến học tỉnh trao học bổng cho học sinh xã Hướng Phùng",
                "gal",
            ),
            Img(
                "/uploads/images/2026/11/08/hoc-bong-tiep-suc-02.jpg",
                "Các em học sinh nhận cặp sách và đồ dùng học tập",
                "Các em học sinh nhận cặp sách và đồ dùng học tập",
                "gal",
            ),
            Img("/uploads/images/2026/11/08/hoc-bong-tiep-suc-03.jpg", None, None, "gal"),
            P(
                "Chương trình “Tiếp sức đến trường” được tổ chức thường niên từ năm 2015, đến nay đã "
                "trao hơn 2.000 suất học bổng cho học sinh nghèo vượt khó."
            ),
            Raw(_RIGHT + "<strong>Tin: Minh Châu - Ảnh: Quang Hiếu</strong></p>"),
        ],
        authors=["Minh Châu"],
        photographers=["Quang Hiếu"],
        opts={"date": "08/11/2026 00:00", "poster": "bientap02", "flavor": "ck5"},
    ),
    Story(
        id=2437,
        slug="nang-cao-chat-luong-day-hoc-tieng-viet-cho-hoc-sinh-dan-toc-thieu-so-o-cac-truong-tieu-hoc-mien-nui",
        title=(
            "Nâng cao chất lượng dạy học Tiếng Việt cho học sinh dân tộc thiểu số ở các trường tiểu "
            "học miền núi"
        ),
        cat="mam-non-tieu-hoc",
        published_at="2026-11-03T10:20:00+07:00",
        summary=(
            "Năm học 2026 - 2027, các trường tiểu học vùng miền núi của tỉnh triển khai nhiều giải "
            "pháp nhằm tăng cường tiếng Việt cho học sinh người Bru - Vân Kiều, Pa Kô trước khi vào "
            "lớp 1 và trong suốt cấp học."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại Trường Tiểu học Hướng Lập, nhà trường duy trì mô hình “Góc tiếng Việt” ở mỗi lớp "
                "học, bố trí giáo viên biết tiếng dân tộc hỗ trợ học sinh lớp 1 trong những tuần đầu "
                "đến trường."
            ),
            Img(
                "/uploads/images/2026/11/03/tieng-viet-hoc-sinh-dtts.jpg",
                "(Ảnh: Hồ Văn Sơn)",
                None,
                "center",
            ),
            P(
                "Nhiều trường còn tổ chức các hoạt động ngoại khóa như kể chuyện, đọc thơ, thi “Rung "
                "chuông vàng” bằng tiếng Việt, giúp học sinh mạnh dạn giao tiếp."
            ),
            P(
                "Theo thống kê của Sở GD&ĐT, tỷ lệ học sinh dân tộc thiểu số hoàn thành chương trình "
                "lớp 1 năm học 2025 - 2026 đạt 97,2%, tăng 1,8% so với năm học trước."
            ),
            Raw(_RIGHT + "<strong>Phương Thảo</strong></p>"),
        ],
        authors=["Phương Thảo"],
        photographers=["Hồ Văn Sơn"],
        opts={
            "date": "03/11/2026 10:20",
            "poster": "bientap01",
            "flavor": "ck5",
            "vue_meta": True,
            "seo_title": "Dạy học Tiếng Việt cho học sinh dân tộc thiểu số miền núi",
        },
    ),
    Story(
        id=2433,
        slug="mot-so-giai-phap-nang-cao-hieu-qua-giao-duc-ky-nang-song-cho-hoc-sinh-trung-hoc-co-so",
        title="Một số giải pháp nâng cao hiệu quả giáo dục kỹ năng sống cho học sinh trung học cơ sở",
        cat="giao-duc-trung-hoc",
        published_at="2026-10-28T17:10:00+07:00",
        summary=(
            "Giáo dục kỹ năng sống là một nội dung quan trọng của Chương trình giáo dục phổ thông "
            "2018, giúp học sinh hình thành năng lực tự chủ, giao tiếp và giải quyết vấn đề trong "
            "cuộc sống."
        ),
        blocks=[
            P(
                "Giáo dục kỹ năng sống là một nội dung quan trọng của Chương trình giáo dục phổ thông "
                "2018, giúp học sinh hình thành năng lực tự chủ, giao tiếp và giải quyết vấn đề trong "
                "cuộc sống.",
                "lead",
            ),
            P(
                "Thực tế cho thấy, nhiều học sinh THCS hiện nay còn thiếu kỹ năng ứng phó với căng "
                "thẳng, kỹ năng tự bảo vệ bản thân trên không gian mạng.[1] Vì vậy, nhà trường cần "
                "có những giải pháp đồng bộ, thiết thực.",
                "x:<p style=\"text-align: justify;\">Thực tế cho thấy, nhiều học sinh THCS hiện nay "
                "còn thiếu kỹ năng ứng phó với căng thẳng, kỹ năng tự bảo vệ bản thân trên không gian "
                'mạng.<a href="#_ftn1" name="_ftnref1" title="">[1]</a> Vì vậy, nhà trường cần có những '
                "giải pháp đồng bộ, thiết thực.</p>",
            ),
            P("Thứ nhất, tích hợp giáo dục kỹ năng sống vào các môn học và hoạt động trải nghiệm.", "h"),
            P(
                "Giáo viên cần khai thác nội dung bài học để lồng ghép một cách tự nhiên, tránh hình "
                "thức, áp đặt; chú trọng các phương pháp dạy học tích cực như đóng vai, thảo luận "
                "nhóm, giải quyết tình huống."
            ),
            P("Thứ hai, phát huy vai trò của tổ chức Đoàn, Đội và phối hợp với gia đình.", "h"),
            P(
                "Nghị quyết số 29-NQ/TW của Hội nghị Trung ương 8 khóa XI đã xác định giáo dục con "
                "người Việt Nam phát triển toàn diện là mục tiêu xuyên suốt; do đó, sự phối hợp giữa "
                "nhà trường, gia đình và xã hội cần được duy trì thường xuyên.",
                "x:<p style=\"text-align: justify;\">Nghị quyết số 29-NQ/TW của Hội nghị Trung ương 8 "
                'khóa XI<sup><a href="#_ftn2" name="_ftnref2">2</a></sup> đã xác định giáo dục con '
                "người Việt Nam phát triển toàn diện là mục tiêu xuyên suốt; do đó, sự phối hợp giữa "
                "nhà trường, gia đình và xã hội cần được duy trì thường xuyên.</p>",
            ),
            P(
                "Thông qua các hoạt động như câu lạc bộ kỹ năng, diễn đàn “Tiếng nói học sinh”, học "
                "sinh có cơ hội rèn luyện sự tự tin và tinh thần trách nhiệm."
            ),
            P("Tài liệu tham khảo", "h"),
            P(
                "[1] Bộ Giáo dục và Đào tạo (2018), Chương trình giáo dục phổ thông - Chương trình "
                "tổng thể, Hà Nội.",
                "note1",
            ),
            P(
                "[2] Ban Chấp hành Trung ương Đảng (2013), Nghị quyết số 29-NQ/TW về đổi mới căn bản, "
                "toàn diện giáo dục và đào tạo.",
                "note2",
            ),
            Raw(
                _RIGHT + "<strong>ThS. Trần Văn Bình</strong><br />\n"
                "<em>Hiệu trưởng Trường THCS Nguyễn Du, phường Đông Hà</em></p>"
            ),
        ],
        authors=["Trần Văn Bình"],
        opts={"date": "28/10/2026 17:10", "poster": "phonggdtrh", "flavor": "ck4"},
    ),
    Story(
        id=2431,
        slug="thong-bao-ket-qua-xet-tuyen-vien-chuc-su-nghiep-giao-duc-nam-2026-vong-1",
        title="Thông báo kết quả xét tuyển viên chức sự nghiệp giáo dục năm 2026 (vòng 1)",
        cat="thong-bao",
        published_at="2026-10-22T15:00:00+07:00",
        blocks=[
            P(
                "Hội đồng xét tuyển viên chức sự nghiệp giáo dục năm 2026 thông báo kết quả kiểm tra, "
                "đối chiếu điều kiện, tiêu chuẩn của người dự tuyển tại vòng 1 như sau:"
            ),
            P(
                "Tổng số hồ sơ đăng ký dự tuyển: 1.384 hồ sơ; số người đủ điều kiện dự tuyển vòng 2: "
                "1.327 người; số người không đủ điều kiện: 57 người."
            ),
            P(
                "Danh sách chi tiết được niêm yết tại trụ sở Sở GD&ĐT và đăng tải trong tệp đính kèm "
                "dưới đây."
            ),
            P(
                "Vòng 2 (kiểm tra, sát hạch) dự kiến tổ chức từ ngày 14/11/2026. Người dự tuyển theo "
                "dõi thông báo triệu tập trên Cổng thông tin điện tử của Sở."
            ),
            Raw(_RIGHT + "<strong>Văn phòng Sở</strong></p>"),
        ],
        authors=["Văn phòng Sở"],
        opts={
            "date": "22/10/2026 15:00",
            "poster": "vanphong",
            "flavor": "ck4",
            "files": [("ket-qua-xet-tuyen-vong-1-2026.xlsx", "186 KB")],
        },
    ),
    Story(
        id=2427,
        slug="cong-bo-ket-qua-ky-thi-chon-doi-tuyen-hoc-sinh-gioi-quoc-gia-thpt-nam-hoc-2026-2027",
        title="Công bố kết quả Kỳ thi chọn đội tuyển học sinh giỏi quốc gia THPT năm học 2026 - 2027",
        cat="hoat-dong-nganh",
        published_at="2026-10-16T10:05:00+07:00",
        summary=(
            "Sở GD&ĐT vừa công bố kết quả Kỳ thi chọn đội tuyển học sinh giỏi quốc gia THPT năm học "
            "2026 - 2027. Toàn tỉnh có 76 học sinh được chọn vào đội tuyển của 11 môn thi."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Kỳ thi diễn ra trong 2 ngày 10 và 11/10/2026 tại Trường THPT chuyên Lê Quý Đôn với "
                "214 thí sinh dự thi. Đề thi do Sở GD&ĐT ra theo cấu trúc của kỳ thi chọn học sinh "
                "giỏi quốc gia."
            ),
            P("Số lượng học sinh được chọn vào đội tuyển theo từng môn như sau:"),
            P("Môn thi | Số thí sinh dự thi | Số học sinh được chọn", "trh"),
            P("Toán | 24 | 8", "tr"),
            P("Vật lí | 20 | 7", "tr"),
            P("Hóa học | 21 | 7", "tr"),
            P("Tin học | 18 | 6", "tr"),
            P("Ngữ văn | 22 | 8", "tr"),
            P("Tiếng Anh | 26 | 8", "tr"),
            P("Các môn khác (5 môn) | 83 | 32", "tr"),
            P(
                "Đội tuyển được tập trung bồi dưỡng từ ngày 20/10/2026 để chuẩn bị tham dự Kỳ thi chọn "
                "học sinh giỏi quốc gia THPT năm 2027."
            ),
            Raw(_RIGHT + "<strong>Phòng Quản lý chất lượng</strong></p>"),
        ],
        authors=["Phòng Quản lý chất lượng"],
        opts={"date": "16/10/2026 10:05", "poster": "qlcl", "flavor": "ck4"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
WITHDRAWN = 2402  # linked by 2458's "Xem thêm", answers a soft 404

# --- non-article pages -----------------------------------------------------------------------

DOCS = [
    {
        "id": 1532,
        "so": "2145/TB-SGDĐT",
        "ngay": "30/11/2026",
        "loai": "Thông báo",
        "trich_yeu": "Về việc tổ chức Kỳ thi chọn học sinh giỏi văn hóa lớp 12 cấp tỉnh năm học 2026 - 2027",
        "nguoi_ky": "Lê Thanh Bình",
        "file": "/uploads/vanban/2026/11/2145-TB-SGDDT.pdf",
    },
    {
        "id": 1529,
        "so": "2098/SGDĐT-GDTrH",
        "ngay": "24/11/2026",
        "loai": "Công văn",
        "trich_yeu": "V/v hướng dẫn kiểm tra, đánh giá định kỳ học kỳ I năm học 2026 - 2027",
        "nguoi_ky": "Trần Thị Minh Nguyệt",
        "file": "/uploads/vanban/2026/11/2098-SGDDT-GDTrH.pdf",
    },
]
ALBUM = ("le-khai-giang-nam-hoc-2026-2027-toan-tinh", 31, "Lễ khai giảng năm học 2026 - 2027 toàn tỉnh")
VIDEO = ("ban-tin-giao-duc-quang-tri-thang-11-2026", 18, "Bản tin Giáo dục Quảng Trị tháng 11/2026")
INTRO = {
    "chuc-nang-nhiem-vu": "Chức năng, nhiệm vụ",
    "co-cau-to-chuc": "Cơ cấu tổ chức",
}

# --- helpers ---------------------------------------------------------------------------------


def _url(story: Story, slug: str | None = None, index: bool = False) -> str:
    return f"{'/index.php' if index else ''}/tin-tuc/{slug or story.slug}-{story.id}.html"


def _day(printed: str) -> date:
    d, m, y = printed[:10].split("/")
    return date(int(y), int(m), int(d))


def _weekday_line(printed: str) -> str:
    return f"{_WEEKDAYS[_day(printed).weekday()]}, {printed[:10]} - {printed[11:]}"


def _iso(printed: str) -> str:
    d = _day(printed)
    return f"{d.isoformat()}T{printed[11:]}:00+07:00"


def _php_json(value: object) -> str:
    """json_encode() as PHP prints it: \\u escapes and escaped slashes."""
    return json.dumps(value, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")


def _views(story: Story) -> str:
    return f"{story.views() * 3 + 211:,}".replace(",", ".")


def _cats_stories(slug: str) -> list[Story]:
    return sorted(
        (s for s in STORIES if s.cat == slug), key=lambda s: _iso(s.opts["date"]), reverse=True
    )


def _newest(n: int) -> list[Story]:
    return sorted(STORIES, key=lambda s: _iso(s.opts["date"]), reverse=True)[:n]


def _thumb(story: Story) -> str:
    imgs = story.images
    if not imgs:
        return "/assets/images/no-image.jpg"
    name = imgs[0].src.rsplit("/", 1)[1].replace(".jpg", "_thumb.jpg")
    return f"/uploads/thumbs/{story.opts['date'][6:10]}/{story.opts['date'][3:5]}/{name}"


def _excerpt(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= 150 else first[:147].rsplit(" ", 1)[0] + "..."


def _debug(view: str, n: int) -> tuple[str, str]:
    return (
        f"<!-- DEBUG-VIEW START {n} APPPATH/Views/{view}.php -->",
        f"<!-- DEBUG-VIEW ENDED {n} APPPATH/Views/{view}.php -->",
    )


# --- chrome ----------------------------------------------------------------------------------

_MENU_NEWS = [c for c in CATS.values() if c.parent == "Tin tức"]


def _menu() -> str:
    news = "\n".join(
        f'<li><a class="dropdown-item" href="/chuyen-muc/{c.slug}">{esc(c.name)}</a></li>'
        for c in _MENU_NEWS
    )
    intro = "\n".join(
        f'<li><a class="dropdown-item" href="/gioi-thieu/{slug}">{esc(name)}</a></li>'
        for slug, name in INTRO.items()
    )
    return f"""<nav class="navbar navbar-expand-lg mnu-chinh" id="mnu-top">
<div class="container"><button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mnu-c1"><i class="fa fa-bars"></i></button>
<div class="collapse navbar-collapse" id="mnu-c1"><ul class="navbar-nav mn-l1">
<li class="nav-item"><a class="nav-link" href="/"><i class="fa fa-home"></i></a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="javascript:void(0)" data-bs-toggle="dropdown">Giới thiệu</a>
<ul class="dropdown-menu mn-l2">
{intro}
</ul></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="javascript:void(0)" data-bs-toggle="dropdown">Tin tức</a>
<ul class="dropdown-menu mn-l2">
{news}
</ul></li>
<li class="nav-item"><a class="nav-link" href="/chuyen-muc/thong-bao">Thông báo</a></li>
<li class="nav-item"><a class="nav-link" href="/van-ban">Văn bản</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="javascript:void(0)" data-bs-toggle="dropdown">Thư viện</a>
<ul class="dropdown-menu mn-l2">
<li><a class="dropdown-item" href="/thu-vien-anh">Thư viện ảnh</a></li>
<li><a class="dropdown-item" href="/video">Video clip</a></li>
</ul></li>
<li class="nav-item"><a class="nav-link" href="https://dichvucong.quangtri.gov.vn" target="_blank">Thủ tục hành chính</a></li>
<li class="nav-item"><a class="nav-link" href="/lien-he">Liên hệ</a></li>
</ul>
<form class="frm-tk d-flex" action="/tim-kiem" method="get" accept-charset="utf-8">
<input type="hidden" name="csrf_test_name" value="{CSRF}" />
<input class="form-control form-control-sm" type="text" name="tu_khoa" placeholder="Nhập từ khóa..." />
<button class="btn btn-sm" type="submit"><i class="fa fa-search"></i></button>
</form></div></div></nav>"""


def _ticker() -> str:
    items = " ".join(
        f'<a href="{_url(s)}"><i class="fa fa-caret-right"></i> {esc(s.title)}</a>' for s in _newest(5)
    )
    return (
        '<div class="tin-moi-chay container"><span class="nhan-tm">Tin mới</span>'
        f'<marquee behavior="scroll" scrollamount="4" onmouseover="this.stop()" onmouseout="this.start()">{items}</marquee></div>'
    )


def _sidebar() -> str:
    notices = _cats_stories("thong-bao")[:2]
    nlist = "\n".join(
        f'<li><a href="{_url(s)}">{esc(s.title)}</a> <img src="/assets/images/new.gif" alt="new" /></li>'
        for s in notices
    )
    docs = "\n".join(
        f'<li><a href="/van-ban/{d["id"]}"><b>{esc(d["so"])}</b></a> <span class="ngay-vb">({d["ngay"]})</span><br />{esc(d["trich_yeu"])}</li>'
        for d in DOCS
    )
    start, end = _debug("layouts/partials/cot_phai", 7)
    return f"""{start}
<aside class="col-lg-4 col-md-12 cot-phai">
<div class="pl-box" id="pl-tbm"><div class="pl-tde"><span>THÔNG BÁO MỚI</span></div>
<div class="pl-nd"><marquee direction="up" scrollamount="2" height="120" onmouseover="this.stop()" onmouseout="this.start()"><ul class="lst-tb">
{nlist}
</ul></marquee></div></div>
<div class="pl-box" id="v-xemnhieu" data-island="XemNhieu" data-api="/api/v1/bai-viet/xem-nhieu?limit=5">
<div class="pl-tde"><span>ĐỌC NHIỀU</span></div>
<ul class="lst-xn" v-cloak><li v-for="(it, i) in items" :key="it.id"><span class="stt">{{{{ i + 1 }}}}</span> <a :href="it.url">{{{{ it.tieu_de }}}}</a></li></ul>
<p class="dang-tai" v-if="dangTai"><i class="fa fa-spinner fa-spin"></i> Đang tải...</p>
</div>
<div class="pl-box" id="pl-vb"><div class="pl-tde"><span>VĂN BẢN MỚI</span></div>
<ul class="lst-vb">
{docs}
</ul><p class="text-end"><a href="/van-ban" class="xem-tat-ca">Xem tất cả &raquo;</a></p></div>
<div class="pl-box pl-banner">
<a href="https://moet.gov.vn" target="_blank"><img src="/assets/images/banner/bo-gddt.jpg" alt="Bộ Giáo dục và Đào tạo" /></a>
<a href="https://quangtri.gov.vn" target="_blank"><img src="/assets/images/banner/cong-ttdt-tinh.jpg" alt="Cổng TTĐT tỉnh Quảng Trị" /></a>
<a href="https://csdl.moet.gov.vn" target="_blank"><img src="/assets/images/banner/csdl-nganh.jpg" alt="Cơ sở dữ liệu ngành" /></a>
<a href="https://thitotnghiepthpt.edu.vn" target="_blank"><img src="/assets/images/banner/thi-tn-thpt.jpg" alt="Thi tốt nghiệp THPT" /></a>
</div>
<div class="pl-box" id="pl-bc"><div class="pl-tde"><span>THĂM DÒ Ý KIẾN</span></div>
<form id="frm-binhchon" data-island="BinhChon" action="/api/v1/binh-chon" method="post" @submit.prevent="gui">
<input type="hidden" name="csrf_test_name" value="{CSRF}" />
<p class="cau-hoi">Bạn đánh giá thế nào về giao diện mới của Cổng thông tin điện tử Sở GD&amp;ĐT?</p>
<div><label><input type="radio" name="lua_chon" value="1" /> Rất đẹp, dễ sử dụng</label></div>
<div><label><input type="radio" name="lua_chon" value="2" /> Bình thường</label></div>
<div><label><input type="radio" name="lua_chon" value="3" /> Khó tìm thông tin</label></div>
<p class="text-center"><button type="submit" class="btn btn-sm btn-primary">Bình chọn</button> <a href="javascript:void(0)" @click="xemKetQua" class="btn btn-sm btn-light">Xem kết quả</a></p>
</form></div>
<div class="pl-box" id="v-thongke" data-island="ThongKe" data-api="/api/v1/thong-ke">
<div class="pl-tde"><span>THỐNG KÊ TRUY CẬP</span></div>
<ul class="lst-tk">
<li><i class="fa fa-user"></i> Đang online: <b>{{{{ tk.online }}}}</b></li>
<li><i class="fa fa-eye"></i> Hôm nay: <b>{{{{ tk.hom_nay }}}}</b></li>
<li><i class="fa fa-calendar"></i> Tháng này: <b>{{{{ tk.thang }}}}</b></li>
<li><i class="fa fa-globe"></i> Tổng truy cập: <b>{{{{ tk.tong }}}}</b></li>
</ul></div>
<div class="pl-box"><div class="pl-tde"><span>LIÊN KẾT WEBSITE</span></div>
<select class="form-select form-select-sm" onchange="if(this.value) window.open(this.value)">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://quangtri.gov.vn">UBND tỉnh Quảng Trị</option>
<option value="https://baoquangtri.vn">Báo Quảng Trị</option>
<option value="https://qldt.quangtri.edu.vn">Hệ thống quản lý trường học</option>
</select></div>
</aside>
{end}"""


def _footer() -> str:
    return """<footer class="ft-sgd">
<div class="container"><div class="row">
<div class="col-md-8">
<p class="ft-ten">CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG TRỊ</p>
<p>Cơ quan chủ quản: Sở Giáo dục và Đào tạo tỉnh Quảng Trị</p>
<p>Địa chỉ: Số 18 Quang Trung, phường Đồng Hới, tỉnh Quảng Trị</p>
<p>Điện thoại: 0232.3822.418 - Fax: 0232.3822.419 - Email: <a href="mailto:sgddt@quangtri.gov.vn">sgddt@quangtri.gov.vn</a></p>
<p>Người chịu trách nhiệm chính: Ông Lê Quang Hòa - Giám đốc Sở</p>
<p>Giấy phép số 12/GP-TTĐT ngày 15/3/2024 của Sở Thông tin và Truyền thông.</p>
</div>
<div class="col-md-4 text-end">
<p>Bản quyền thuộc Sở Giáo dục và Đào tạo tỉnh Quảng Trị &copy; 2024 - 2026</p>
<p><em>Ghi rõ nguồn "Sở GD&amp;ĐT Quảng Trị" khi phát hành lại thông tin từ website này.</em></p>
<p class="tk-ft">Thiết kế và phát triển: <a href="https://cuaviet.vn" target="_blank">Công ty TNHH Phần mềm Cửa Việt</a></p>
<p><a href="https://www.facebook.com/sgddtquangtri" target="_blank"><i class="fab fa-facebook"></i></a> <a href="https://www.youtube.com/@sgddtquangtri" target="_blank"><i class="fab fa-youtube"></i></a></p>
</div></div></div>
</footer>"""


def _page(
    request: Request,
    title: str,
    main: str,
    *,
    head_extra: str = "",
    sidebar: bool = True,
    view: str = "trang_chu",
    description: str = "Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Quảng Trị",
) -> str:
    base = base_url(request)
    start, end = _debug(view, 2)
    side = _sidebar() if sidebar else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)} - {esc(SHORT)}</title>
<meta name="description" content="{esc(description)}" />
<meta name="X-CSRF-TOKEN" content="{CSRF}" />
{head_extra}
<link rel="icon" href="/favicon.ico" />
<link rel="stylesheet" href="/assets/vendor/bootstrap-5.3/css/bootstrap.min.css" />
<link rel="stylesheet" href="/assets/vendor/fontawesome/css/all.min.css" />
<link rel="stylesheet" href="/assets/css/sgd.css?v=2.3.1" />
<style>[v-cloak]{{display:none}}</style>
</head>
<body class="tp-{view.replace('/', '-')}">
<!-- DEBUG-VIEW START 1 APPPATH/Views/layouts/main.php -->
<header class="hdr-sgd">
<div class="hdr-top"><div class="container d-flex justify-content-between">
<span class="hdr-ngay"><i class="fa fa-calendar-alt"></i> {TODAY_LINE}</span>
<span class="hdr-lk"><a href="https://mail.quangtri.gov.vn" target="_blank">Thư điện tử công vụ</a> | <a href="/lien-he">Liên hệ</a> | <a href="{base}/rss" onclick="return false;">RSS</a></span>
</div></div>
<div class="hdr-logo container"><a href="/"><img src="/assets/images/logo-sgd.png" alt="Logo Sở GD&amp;ĐT" /></a>
<div class="hdr-ten"><h1>SỞ GIÁO DỤC VÀ ĐÀO TẠO</h1><h2>TỈNH QUẢNG TRỊ</h2></div></div>
</header>
{_menu()}
{_ticker()}
<div class="container mt-2"><div class="row">
{start}
{main}
{end}
{side}
</div></div>
{_footer()}
<a href="javascript:void(0)" id="len-dau" onclick="window.scrollTo(0,0)"><i class="fa fa-arrow-up"></i></a>
<script src="/assets/vendor/bootstrap-5.3/js/bootstrap.bundle.min.js"></script>
<script src="/assets/vendor/vue/vue.global.prod.js"></script>
<script src="/assets/js/islands.js?v=2.3.1"></script>
<!-- DEBUG-VIEW ENDED 1 APPPATH/Views/layouts/main.php -->
<script type="text/javascript" id="debugbar_loader" data-time="1764921452.223" src="{base}/index.php?debugbar"></script><script type="text/javascript" id="debugbar_dynamic_script"></script><style type="text/css" id="debugbar_dynamic_style"></style>
</body>
</html>"""


def _breadcrumb(*items: tuple[str | None, str]) -> str:
    lis = ['<li class="breadcrumb-item"><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>']
    for href, label in items:
        if href:
            lis.append(f'<li class="breadcrumb-item"><a href="{href}">{esc(label)}</a></li>')
        else:
            lis.append(f'<li class="breadcrumb-item active">{esc(label)}</li>')
    return '<ol class="breadcrumb brc-sgd">' + "".join(lis) + "</ol>"


def _cat_crumbs(cat: Cat) -> list[tuple[str | None, str]]:
    crumbs: list[tuple[str | None, str]] = []
    if cat.parent:
        crumbs.append(("javascript:void(0)", cat.parent))
    crumbs.append((f"/chuyen-muc/{cat.slug}", cat.name))
    return crumbs


# --- article body rendering ------------------------------------------------------------------


def _p_markup(p: P, flavor: str) -> str:
    t = esc(p.text)
    if p.style.startswith("x:"):
        return p.style[2:]
    if p.style == "h":
        if flavor == "word":
            return (
                '<p class="MsoNormal" style="text-align:justify;line-height:115%"><b><span lang="VI" '
                f'style="font-size:14.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,serif">{t}</span></b><o:p></o:p></p>'
            )
        return f"<h3><strong>{t}</strong></h3>" if flavor == "ck5" else f"<p><strong>{t}</strong></p>"
    if p.style == "q":
        return f"<blockquote>\n<p><em>{t}</em></p>\n</blockquote>"
    if p.style == "lead":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if p.style == "mso":
        return (
            '<p class="MsoListParagraphCxSpMiddle" style="margin-left:36.0pt;text-align:justify;'
            'text-indent:-18.0pt;mso-list:l0 level1 lfo1"><span lang="VI" style="font-size:14.0pt;'
            'font-family:Symbol"><span style="mso-list:Ignore">·<span style="font:7.0pt &quot;Times '
            'New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>'
            f'<span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif">{t}</span><o:p></o:p></p>'
        )
    if p.style == "fb":
        return (
            '<p><span class="x193iq5w"><img height="16" width="16" alt="👉" referrerpolicy='
            '"origin-when-cross-origin" src="https://static.xx.fbcdn.net/images/emoji.php/v9/t51/1/16/'
            f'1f449.png" /></span> {t}</p>'
        )
    if p.style in ("note1", "note2"):
        n = p.style[-1]
        num, rest = p.text.split(" ", 1)
        return (
            f'<div id="ftn{n}"><p style="text-align: justify;"><a href="#_ftnref{n}" name="_ftn{n}" '
            f'title="">{esc(num)}</a> <span style="font-size:12px;">{esc(rest)}</span></p></div>'
        )
    if flavor == "word":
        return (
            '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:115%">'
            f'<span lang="VI" style="font-size:14.0pt;line-height:115%;font-family:&quot;Times New '
            f'Roman&quot;,serif">{t}</span><o:p></o:p></p>'
        )
    if flavor == "ck4":
        return (
            '<p style="text-align: justify;"><span style="font-size:14px;"><span style="font-family:'
            f'Arial,Helvetica,sans-serif;">{t}</span></span></p>'
        )
    return f'<p style="text-align:justify;">{t}</p>'


def _img_markup(img: Img, story: Story) -> str:
    alt = esc(story.title)
    if img.style == "fig":
        return (
            f'<figure class="image image_resized" style="width:100%;"><img src="{img.src}" alt="{alt}" />'
            f"<figcaption>{esc(img.printed or '')}</figcaption></figure>"
        )
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width:100%;">'
            f'<tbody><tr><td style="text-align: center;"><img alt="" src="{img.src}" '
            'style="width: 600px; height: 400px;" /></td></tr>'
            f'<tr><td style="text-align: center;"><em><span style="font-size:12px;">{esc(img.printed or "")}'
            "</span></em></td></tr></tbody></table>"
        )
    if img.style == "lazy":
        return (
            f'<p style="text-align:center;"><img class="lazyload" src="/assets/images/loading.gif" data-src="{img.src}" '
            f'alt="{alt}" width="700" /></p>\n<p style="text-align:center;"><em>{esc(img.printed or "")}</em></p>'
        )
    # "center"
    return (
        f'<div style="text-align:center;"><img src="{img.src}" alt="" style="max-width:100%;" /></div>\n'
        f'<p style="text-align:center;"><span style="color:#0000cd;"><em>{esc(img.printed or "")}</em></span></p>'
    )


def _gallery(imgs: list[Img], story: Story) -> str:
    data = {"id": story.id, "anh": [{"src": i.src, "mo_ta": i.printed or ""} for i in imgs]}
    figs = "\n".join(
        f'<figure class="ab-it"><img src="{i.src}" alt="" /><figcaption>{esc(i.printed or "")}</figcaption></figure>'
        for i in imgs
    )
    return (
        f'<div class="v-album" id="v-album-{story.id}" data-island="AlbumAnh" data-props="{esc(_php_json(data))}">\n'
        '<div class="ab-khung" v-cloak><img :src="anh[cur].src" alt="" /><p class="ab-mota">{{ anh[cur].mo_ta }}</p>'
        '<button type="button" @click="lui">&lsaquo;</button><button type="button" @click="toi">&rsaquo;</button>'
        '<span class="ab-dem">{{ cur + 1 }}/{{ anh.length }}</span></div>\n'
        f"<noscript>\n{figs}\n</noscript>\n</div>"
    )


def _body_html(story: Story) -> str:
    flavor = story.opts.get("flavor", "ck5")
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img) and b.style == "gal":
            group = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gal":
                group.append(blocks[i])
                i += 1
            out.append(_gallery(group, story))
            continue
        elif isinstance(b, Img):
            out.append(_img_markup(b, story))
        elif b.style in ("tr", "trh"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("tr", "trh"):
                row = blocks[i]
                cells = row.text.split(" | ")
                if row.style == "trh":
                    tds = "".join(
                        f'<td style="text-align:center;background:#dbe5f1;"><strong>{esc(c)}</strong></td>'
                        for c in cells
                    )
                else:
                    tds = "".join(f"<td>\n<p>{esc(c)}</p>\n</td>" for c in cells)
                rows.append(f"<tr>{tds}</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width:100%;border-collapse:collapse;">'
                "<tbody>\n" + "\n".join(rows) + "\n</tbody></table>"
            )
            continue
        else:
            out.append(_p_markup(b, flavor))
        i += 1
    files = story.opts.get("files")
    if files:
        lis = "\n".join(
            f'<li><img src="/assets/images/icons/{name.rsplit(".", 1)[1]}.png" alt="" /> '
            f'<a href="/uploads/files/{story.opts["date"][6:10]}/{story.opts["date"][3:5]}/{name}" target="_blank">{esc(name)}</a> '
            f'<span class="kt">({size})</span> <a href="/uploads/files/{story.opts["date"][6:10]}/{story.opts["date"][3:5]}/{name}" download class="tai-ve"><i class="fa fa-download"></i> Tải về</a></li>'
            for name, size in files
        )
        out.append(f'<div class="ctbv-dk"><p><b><i class="fa fa-paperclip"></i> Tệp đính kèm:</b></p><ul>\n{lis}\n</ul></div>')
    out.append(
        f'<div class="box-tlq" id="v-tlq-{story.id}" data-island="TinLienQuan" data-api="/api/v1/bai-viet/{story.id}/lien-quan">\n'
        '<h4 class="tlq-tde" v-if="items.length">Tin liên quan</h4>\n'
        '<ul v-cloak><li v-for="it in items" :key="it.id"><a :href="it.url">{{ it.tieu_de }}</a> '
        '<span class="ngay">({{ it.ngay }})</span></li></ul>\n</div>'
    )
    return "\n".join(out)


# --- pages -----------------------------------------------------------------------------------


def _article(request: Request, story: Story) -> Response:
    base = base_url(request)
    cat = CATS[story.cat]
    o = story.opts
    canonical = base + _url(story)
    seo = o.get("seo_title", story.title)
    first_img = story.images[0].src if story.images else "/assets/images/og-sgd.jpg"
    meta_pub = o.get("meta_pub") or _iso(o["date"])
    head = (
        f'<link rel="canonical" href="{canonical}" />\n'
        f'<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(seo)}" />\n'
        f'<meta property="og:url" content="{canonical}" />\n'
        f'<meta property="og:image" content="{base}{first_img}" />\n'
        f'<meta property="article:published_time" content="{meta_pub}" />'
    )
    if o.get("updated"):
        head += f'\n<meta property="article:modified_time" content="{_iso(o["updated"])}" />'
    if o.get("vue_meta"):
        props = {"ngay_dang": o["date"], "luot_xem": story.views() * 3 + 211, "nguoi_dang": o["poster"]}
        info = (
            f'<div class="ctbv-tt" id="v-ctinfo-{story.id}" data-island="ThongTinBai" data-props="{esc(_php_json(props))}">'
            '<span v-cloak><i class="far fa-clock"></i> {{ ngay_dang }}</span> '
            '<span v-cloak><i class="fa fa-user-edit"></i> Người đăng: {{ nguoi_dang }}</span> '
            '<span v-cloak><i class="fa fa-eye"></i> Lượt xem: {{ luot_xem }}</span></div>'
        )
    else:
        info = (
            f'<div class="ctbv-tt"><span><i class="far fa-clock"></i> {_weekday_line(o["date"])}</span> '
            f'<span class="sep">|</span> <span><i class="fa fa-user-edit"></i> Người đăng: {esc(o["poster"])}</span> '
            f'<span class="sep">|</span> <span><i class="fa fa-eye"></i> Lượt xem: {_views(story)}</span></div>'
        )
    tools = (
        '<div class="ctbv-cc">'
        '<span class="co-chu">Cỡ chữ: <a href="javascript:void(0)" onclick="coChu(-1)">A-</a> '
        '<a href="javascript:void(0)" onclick="coChu(0)">A</a> <a href="javascript:void(0)" onclick="coChu(1)">A+</a></span> '
        f'<a href="javascript:void(0)" onclick="window.open(\'/tin-tuc/in-bai/{story.id}\',\'_blank\',\'width=800,height=600\')"><i class="fa fa-print"></i> In bài</a> '
        f'<a href="mailto:?subject={esc(story.title)}&amp;body={canonical}"><i class="fa fa-envelope"></i> Gửi email</a>'
        "</div>"
    )
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="ctbv-tomtat"><p><strong>{esc(story.summary)}</strong></p></div>'
    share_props = {"url": canonical, "tieu_de": story.title}
    share = (
        f'<div class="ctbv-share" id="v-chiase-{story.id}" data-island="ChiaSe" data-props="{esc(_php_json(share_props))}">'
        '<a :href="\'https://www.facebook.com/sharer/sharer.php?u=\' + encodeURIComponent(url)" target="_blank" class="btn-fb">'
        '<i class="fab fa-facebook-f"></i> Chia sẻ</a> '
        '<div class="zalo-share-button" :data-href="url" data-oaid="579745863508352884" data-layout="1" data-color="blue"></div>'
        '<button type="button" @click="saoChep" class="btn-link">{{ daChep ? "Đã sao chép" : "Sao chép liên kết" }}</button></div>'
    )
    updated = ""
    if o.get("updated"):
        updated = f'<p class="ctbv-capnhat"><em>Cập nhật lần cuối: {o["updated"]}</em></p>'
    tags = ""
    if o.get("tags"):
        tags = '<div class="ctbv-tag"><i class="fa fa-tags"></i> Từ khóa: ' + ", ".join(
            f'<a href="/tag/{t}">{esc(TAGS[t])}</a>' for t in o["tags"]
        ) + "</div>"
    if cat.island:
        others = (
            f'<div class="ctk" id="v-tbk-{story.id}" data-island="ThongBaoKhac" data-api="/api/v1/bai-viet?cm={cat.slug}&amp;tru={story.id}&amp;limit=5">'
            '<h4 class="ctk-tde">Các thông báo khác</h4>'
            '<ul v-cloak><li v-for="it in items" :key="it.id"><a :href="it.url">{{ it.tieu_de }}</a> <span>({{ it.ngay }})</span></li></ul></div>'
        )
    else:
        rest = [s for s in _cats_stories(story.cat) if s.id != story.id][:2]
        lis = "\n".join(
            f'<li><i class="fa fa-angle-right"></i> <a href="{_url(s)}">{esc(s.title)}</a> <span class="ngay">({s.opts["date"][:10]})</span></li>'
            for s in rest
        )
        others = f'<div class="ctk"><h4 class="ctk-tde">Các tin khác</h4><ul>\n{lis}\n</ul></div>'
    start, end = _debug("tin_tuc/chi_tiet", 4)
    main = f"""<div class="col-lg-8 col-md-12" id="noidung-trai">
{_breadcrumb(*_cat_crumbs(cat))}
{start}
<article class="ctbv" id="ctbv-{story.id}">
<h1 class="ctbv-tieude">{esc(story.title)}</h1>
{info}
{tools}
{sapo}
<div class="ctbv-nd" id="nd{story.id}">
{_body_html(story)}
</div>
{updated}
{share}
{tags}
</article>
{end}
{others}
</div>"""
    description = _excerpt(story)
    page = _page(request, seo, main, head_extra=head, view="tin_tuc/chi_tiet", description=description)
    return html(page, headers=_cookie())


def _print_view(request: Request, story: Story) -> Response:
    sapo = f"<p><b>{esc(story.summary)}</b></p>" if story.summary and story.sapo_outside else ""
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>{esc(story.title)}</title>
<meta name="robots" content="noindex, nofollow" />
<link rel="stylesheet" href="/assets/css/in-bai.css" /></head>
<body onload="window.print()">
<div class="in-hdr"><img src="/assets/images/logo-sgd.png" alt="" height="50" /> <b>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG TRỊ</b></div>
<h2>{esc(story.title)}</h2>
<p class="in-ngay">Ngày đăng: {story.opts["date"]}</p>
{sapo}
<div class="in-nd">
{_body_html(story)}
</div>
<hr /><p class="in-ft">Bản quyền thuộc Sở Giáo dục và Đào tạo tỉnh Quảng Trị</p>
</body></html>"""
    return html(page)


def _soft404(request: Request) -> Response:
    main = f"""<div class="col-lg-8 col-md-12" id="noidung-trai">
{_breadcrumb((None, "Thông báo"))}
<div class="alert alert-warning mt-3"><i class="fa fa-exclamation-triangle"></i> Bài viết không tồn tại hoặc đã bị gỡ bỏ!</div>
<p><a href="/" class="btn btn-sm btn-primary">Quay về trang chủ</a></p>
</div>"""
    return html(_page(request, "Thông báo", main, view="errors/bai_viet"), headers=_cookie())


def _item(story: Story) -> str:
    return f"""<div class="tin-item row" id="tin-{story.id}">
<div class="col-4 tin-anh"><a href="{_url(story)}"><img src="{_thumb(story)}" alt="{esc(story.title)}" class="img-fluid" /></a></div>
<div class="col-8 tin-nd"><h3 class="tin-td"><a href="{_url(story)}" title="{esc(story.title)}">{esc(story.title)}</a></h3>
<div class="tin-ngay"><i class="far fa-clock"></i> {story.opts["date"][:10]}</div>
<p class="tin-tt">{esc(_excerpt(story))}</p></div>
</div>"""


def _pager(base: str, path: str, page: int, count: int) -> str:
    if count <= 1:
        return ""
    link = f"{base}/index.php{path}?page="
    lis = []
    if page > 1:
        lis.append(f'<li><a href="{link}1" aria-label="Đầu"><span aria-hidden="true">Đầu</span></a></li>')
        lis.append(f'<li><a href="{link}{page - 1}" aria-label="Trước"><span aria-hidden="true">&laquo;</span></a></li>')
    for n in range(1, count + 1):
        cls = ' class="active"' if n == page else ""
        lis.append(f'<li{cls}><a href="{link}{n}">{n}</a></li>')
    if page < count:
        lis.append(f'<li><a href="{link}{page + 1}" aria-label="Sau"><span aria-hidden="true">&raquo;</span></a></li>')
        lis.append(f'<li><a href="{link}{count}" aria-label="Cuối"><span aria-hidden="true">Cuối</span></a></li>')
    return '<nav aria-label="Page navigation">\n<ul class="pagination">\n' + "\n".join(lis) + "\n</ul>\n</nav>"


def _page_param(request: Request) -> int:
    raw = request.params.get("page", "1")
    return int(raw) if raw.isdigit() and int(raw) > 0 else 1


def _api_item(s: Story) -> dict:
    return {
        "id": s.id,
        "tieu_de": s.title,
        "url": _url(s),
        "anh": _thumb(s),
        "ngay": s.opts["date"][:10],
        "tom_tat": _excerpt(s),
    }


def _category(request: Request, cat: Cat) -> Response:
    stories = _cats_stories(cat.slug)
    count = max(1, -(-len(stories) // cat.per_page))
    page = _page_param(request)
    chunk = stories[(page - 1) * cat.per_page : page * cat.per_page]
    items = "\n".join(_item(s) for s in chunk) or '<p class="khong-co">Chưa có bài viết trong chuyên mục này.</p>'
    if cat.island:
        props = {"trang": page, "tong_trang": count, "items": [_api_item(s) for s in chunk]}
        active = ' class="active"'
        lis = "\n".join(
            f'<li{active if n == page else ""}><a href="/chuyen-muc/{cat.slug}?page={n}">{n}</a></li>'
            for n in range(1, count + 1)
        )
        listing = f"""<div id="app-ds-{cat.slug}" class="dm-tin" data-island="DanhSachTin" data-api="/api/v1/bai-viet?cm={cat.slug}&amp;page=" data-props="{esc(_php_json(props))}">
{items}
<div class="tin-item row" v-for="it in them" :key="it.id" v-cloak><div class="col-4 tin-anh"><a :href="it.url"><img :src="it.anh" class="img-fluid" /></a></div><div class="col-8 tin-nd"><h3 class="tin-td"><a :href="it.url">{{{{ it.tieu_de }}}}</a></h3><div class="tin-ngay">{{{{ it.ngay }}}}</div><p class="tin-tt">{{{{ it.tom_tat }}}}</p></div></div>
<div class="text-center mt-2"><button type="button" class="btn btn-outline-primary btn-xemthem" v-if="trang &lt; tong_trang" @click="taiThem" :disabled="dangTai">Xem thêm <i class="fa fa-angle-double-down"></i></button></div>
</div>
<noscript><nav aria-label="Page navigation"><ul class="pagination">
{lis}
</ul></nav></noscript>"""
    else:
        listing = f'<div class="dm-tin">\n{items}\n</div>\n{_pager(base_url(request), "/chuyen-muc/" + cat.slug, page, count)}'
    main = f"""<div class="col-lg-8 col-md-12" id="noidung-trai">
{_breadcrumb(*_cat_crumbs(cat)[:-1], (None, cat.name))}
<div class="dm-tde"><h2>{esc(cat.name.upper())}</h2></div>
{listing}
</div>"""
    title = cat.name + (f" - Trang {page}" if page > 1 else "")
    return html(_page(request, title, main, view="tin_tuc/danh_muc"), headers=_cookie())


def _tag(request: Request, slug: str) -> Response:
    stories = [s for s in _newest(len(STORIES)) if slug in s.opts.get("tags", [])]
    items = "\n".join(_item(s) for s in stories)
    main = f"""<div class="col-lg-8 col-md-12" id="noidung-trai">
{_breadcrumb((None, "Từ khóa: " + TAGS[slug]))}
<div class="dm-tde"><h2>Từ khóa: {esc(TAGS[slug])}</h2></div>
<div class="dm-tin">
{items}
</div></div>"""
    return html(_page(request, "Từ khóa: " + TAGS[slug], main, view="tin_tuc/tag"), headers=_cookie())


def _home(request: Request) -> Response:
    featured = [s for s in _newest(len(STORIES)) if s.opts.get("featured")]
    props = {"items": [_api_item(s) for s in featured]}
    noscript = "\n".join(
        f'<li><a href="{_url(s, index=True)}">{esc(s.title)}</a></li>' for s in featured
    )
    blocks = []
    for cat in CATS.values():
        stories = _cats_stories(cat.slug)[: 3 if cat.slug == "hoat-dong-nganh" else 2]
        big, rest = stories[0], stories[1:]
        lis = "\n".join(
            f'<li><i class="fa fa-angle-right"></i> <a href="{_url(s)}">{esc(s.title)}</a></li>' for s in rest
        )
        blocks.append(f"""<div class="kh-cm" id="kh-{cat.slug}">
<div class="kh-tde"><a href="/chuyen-muc/{cat.slug}">{esc(cat.name.upper())}</a><a class="xem-tat-ca" href="/chuyen-muc/{cat.slug}">Xem tất cả</a></div>
<div class="row"><div class="col-md-6"><a href="{_url(big)}"><img src="{_thumb(big)}" class="img-fluid" alt="" /></a>
<h4><a href="{_url(big)}">{esc(big.title)}</a></h4><p>{esc(_excerpt(big))}</p></div>
<div class="col-md-6"><ul class="kh-ds">
{lis}
</ul></div></div></div>""")
    media = """<div class="kh-cm" id="kh-thuvien"><div class="kh-tde"><span>THƯ VIỆN</span></div>
<div class="row"><div class="col-6"><a href="/thu-vien-anh"><img src="/uploads/album/2026/09/khai-giang-01_thumb.jpg" class="img-fluid" alt="" /></a><p><a href="/thu-vien-anh">Thư viện ảnh</a></p></div>
<div class="col-6"><a href="/video"><img src="/uploads/video/2026/11/ban-tin-11_thumb.jpg" class="img-fluid" alt="" /></a><p><a href="/video">Video clip</a></p></div></div></div>"""
    main = f"""<div class="col-lg-8 col-md-12" id="noidung-trai">
<section class="tnb" id="app-tnb" data-island="TinNoiBat" data-props="{esc(_php_json(props))}">
<div class="tnb-slider" v-cloak>
<div class="tnb-lon"><a :href="items[cur].url"><img :src="items[cur].anh" :alt="items[cur].tieu_de" /></a>
<h2><a :href="items[cur].url">{{{{ items[cur].tieu_de }}}}</a></h2><p>{{{{ items[cur].tom_tat }}}}</p></div>
<ul class="tnb-ds"><li v-for="(it, i) in items" :key="it.id" :class="{{ chon: i === cur }}" @mouseover="cur = i">{{{{ it.tieu_de }}}}</li></ul>
</div>
<noscript><ul class="tnb-ns">
{noscript}
</ul></noscript>
</section>
{"".join(blocks)}
{media}
</div>"""
    return html(_page(request, "Trang chủ", main), headers=_cookie())


def _static_page(request: Request, title: str, crumbs: list[tuple[str | None, str]], content: str, view: str) -> Response:
    main = f"""<div class="col-lg-8 col-md-12" id="noidung-trai">
{_breadcrumb(*crumbs)}
<div class="tr-tinh"><h2 class="tr-tde">{esc(title)}</h2>
{content}
</div></div>"""
    return html(_page(request, title, main, view=view), headers=_cookie())


def _intro(request: Request, slug: str) -> Response:
    if slug == "chuc-nang-nhiem-vu":
        content = """<p style="text-align: justify;">Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc UBND tỉnh Quảng Trị, thực hiện chức năng tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo, bao gồm: mục tiêu, chương trình, nội dung giáo dục và đào tạo; tiêu chuẩn nhà giáo và tiêu chuẩn cán bộ quản lý giáo dục; tiêu chuẩn cơ sở vật chất, thiết bị trường học và đồ chơi trẻ em; quy chế thi cử và cấp văn bằng, chứng chỉ; bảo đảm chất lượng giáo dục và đào tạo.</p>
<p style="text-align: justify;">Sở Giáo dục và Đào tạo có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của UBND tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, thanh tra, kiểm tra về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.</p>"""
    else:
        rows = [
            ("Lê Quang Hòa", "Giám đốc Sở", "0232.3822.418"),
            ("Trần Thị Minh Nguyệt", "Phó Giám đốc Sở", "0232.3822.420"),
            ("Lê Thanh Bình", "Phó Giám đốc Sở", "0232.3822.421"),
        ]
        trs = "\n".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{c}</td></tr>" for a, b, c in rows)
        content = f"""<p><strong>Lãnh đạo Sở</strong></p>
<table class="table table-bordered"><thead><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr></thead><tbody>
{trs}
</tbody></table>
<p><strong>Các phòng chuyên môn, nghiệp vụ:</strong> Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; Phòng Kế hoạch - Tài chính; Phòng Giáo dục Mầm non - Tiểu học; Phòng Giáo dục Trung học; Phòng Giáo dục nghề nghiệp - Giáo dục thường xuyên; Phòng Quản lý chất lượng.</p>"""
    title = INTRO[slug]
    return _static_page(request, title, [("javascript:void(0)", "Giới thiệu"), (None, title)], content, "gioi_thieu/trang")


def _contact(request: Request) -> Response:
    content = f"""<p><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG TRỊ</b></p>
<p>Địa chỉ: Số 18 Quang Trung, phường Đồng Hới, tỉnh Quảng Trị</p>
<p>Điện thoại: 0232.3822.418 - Email: sgddt@quangtri.gov.vn</p>
<form action="/lien-he/gui" method="post" class="frm-lh">
<input type="hidden" name="csrf_test_name" value="{CSRF}" />
<div class="mb-2"><label>Họ và tên (*)</label><input type="text" name="ho_ten" class="form-control" /></div>
<div class="mb-2"><label>Email (*)</label><input type="email" name="email" class="form-control" /></div>
<div class="mb-2"><label>Tiêu đề</label><input type="text" name="tieu_de" class="form-control" /></div>
<div class="mb-2"><label>Nội dung (*)</label><textarea name="noi_dung" rows="5" class="form-control"></textarea></div>
<button type="submit" class="btn btn-primary">Gửi liên hệ</button>
</form>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3819.4!2d106.6!3d17.47" width="100%" height="300" style="border:0;" loading="lazy"></iframe>"""
    return _static_page(request, "Liên hệ", [(None, "Liên hệ")], content, "lien_he/index")


def _doc_list(request: Request) -> Response:
    trs = "\n".join(
        f'<tr><td class="text-center">{n}</td><td><a href="/van-ban/{d["id"]}">{esc(d["so"])}</a></td><td>{d["ngay"]}</td>'
        f'<td><a href="/van-ban/{d["id"]}">{esc(d["trich_yeu"])}</a></td><td class="text-center"><a href="{d["file"]}"><i class="far fa-file-pdf"></i></a></td></tr>'
        for n, d in enumerate(DOCS, 1)
    )
    content = f"""<table class="table table-bordered tbl-vb"><thead><tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>
<tbody>
{trs}
</tbody></table>"""
    return _static_page(request, "Văn bản", [(None, "Văn bản")], content, "van_ban/danh_sach")


def _doc(request: Request, doc: dict) -> Response:
    content = f"""<table class="table table-bordered tbl-vbct"><tbody>
<tr><th style="width:30%">Số/Ký hiệu</th><td>{esc(doc["so"])}</td></tr>
<tr><th>Loại văn bản</th><td>{esc(doc["loai"])}</td></tr>
<tr><th>Ngày ban hành</th><td>{doc["ngay"]}</td></tr>
<tr><th>Cơ quan ban hành</th><td>Sở Giáo dục và Đào tạo</td></tr>
<tr><th>Người ký</th><td>{esc(doc["nguoi_ky"])}</td></tr>
<tr><th>Trích yếu</th><td>{esc(doc["trich_yeu"])}</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="{doc["file"]}" target="_blank"><i class="far fa-file-pdf"></i> {doc["file"].rsplit("/", 1)[1]}</a></td></tr>
</tbody></table>"""
    return _static_page(request, doc["so"], [("/van-ban", "Văn bản"), (None, doc["so"])], content, "van_ban/chi_tiet")


def _album_list(request: Request) -> Response:
    slug, aid, title = ALBUM
    content = f"""<div class="row ds-album"><div class="col-md-6"><a href="/thu-vien-anh/{slug}-{aid}"><img src="/uploads/album/2026/09/khai-giang-01_thumb.jpg" class="img-fluid" alt="" /></a>
<h4><a href="/thu-vien-anh/{slug}-{aid}">{esc(title)}</a></h4><p>(12 ảnh)</p></div></div>"""
    return _static_page(request, "Thư viện ảnh", [(None, "Thư viện ảnh")], content, "thu_vien/album_ds")


def _album(request: Request) -> Response:
    _slug, aid, title = ALBUM
    imgs = "\n".join(
        f'<div class="col-4"><a href="/uploads/album/2026/09/khai-giang-{n:02d}.jpg" data-fancybox="ab{aid}"><img src="/uploads/album/2026/09/khai-giang-{n:02d}_thumb.jpg" class="img-fluid" alt="" /></a></div>'
        for n in range(1, 7)
    )
    content = f'<p class="ab-ngay">05/09/2026</p>\n<div class="row g-2">\n{imgs}\n</div>'
    return _static_page(request, title, [("/thu-vien-anh", "Thư viện ảnh"), (None, title)], content, "thu_vien/album")


def _video_list(request: Request) -> Response:
    slug, vid, title = VIDEO
    content = f"""<div class="row ds-video"><div class="col-md-6"><a href="/video/{slug}-{vid}"><img src="/uploads/video/2026/11/ban-tin-11_thumb.jpg" class="img-fluid" alt="" /></a>
<h4><a href="/video/{slug}-{vid}">{esc(title)}</a></h4></div></div>"""
    return _static_page(request, "Video clip", [(None, "Video clip")], content, "thu_vien/video_ds")


def _video(request: Request) -> Response:
    _slug, _vid, title = VIDEO
    content = """<div class="ratio ratio-16x9"><iframe src="https://www.youtube.com/embed/q7Xv3pLk2sA" title="YouTube video player" allowfullscreen></iframe></div>
<p class="vd-ngay">30/11/2026</p>"""
    return _static_page(request, title, [("/video", "Video clip"), (None, title)], content, "thu_vien/video")


def _search(request: Request) -> Response:
    kw = request.params.get("tu_khoa", "").strip()
    if kw:
        found = [s for s in _newest(len(STORIES)) if kw.lower() in s.title.lower()]
        res = "\n".join(_item(s) for s in found) or "<p>Không tìm thấy kết quả phù hợp.</p>"
    else:
        res = '<p class="text-muted">Vui lòng nhập từ khóa cần tìm.</p>'
    content = f'<p>Kết quả tìm kiếm cho: <b>{esc(kw)}</b></p>\n<div class="dm-tin">{res}</div>'
    return _static_page(request, "Tìm kiếm", [(None, "Tìm kiếm")], content, "tim_kiem/index")


def _cookie() -> dict[str, str]:
    return {
        "Set-Cookie": "ci_session=a3f9be1c6d2e47f0b8c5d19e2a6f7c30; path=/; HttpOnly; SameSite=Lax",
        "X-Powered-By": "PHP/8.2.12",
    }


def _json(value: object, status: int = 200) -> Response:
    return Response(status, _php_json(value), {"Content-Type": "application/json; charset=UTF-8"})


def _api(request: Request, path: str) -> Response | None:
    if path == "/api/v1/thong-ke":
        return _json({"online": 37, "hom_nay": 1254, "thang": 28731, "tong": 4821937})
    if path == "/api/v1/binh-chon":
        if request.method != "POST":
            return _json({"status": 405, "error": "Method Not Allowed"}, 405)
        return _json({"status": "ok", "message": "Cảm ơn bạn đã tham gia bình chọn!"})
    if path == "/api/v1/bai-viet/xem-nhieu":
        top = sorted(STORIES, key=lambda s: s.views(), reverse=True)[:5]
        return _json({"items": [_api_item(s) for s in top]})
    if path == "/api/v1/bai-viet":
        slug = request.params.get("cm", "")
        if slug not in CATS:
            return _json({"items": [], "trang": 1, "tong_trang": 0})
        cat = CATS[slug]
        stories = [s for s in _cats_stories(slug) if str(s.id) != request.params.get("tru")]
        count = max(1, -(-len(stories) // cat.per_page))
        page = _page_param(request)
        chunk = stories[(page - 1) * cat.per_page : page * cat.per_page]
        return _json({"items": [_api_item(s) for s in chunk], "trang": page, "tong_trang": count})
    m = re.fullmatch(r"/api/v1/bai-viet/(\d+)/lien-quan", path)
    if m and int(m.group(1)) in BY_ID:
        story = BY_ID[int(m.group(1))]
        rel = [s for s in _cats_stories(story.cat) if s.id != story.id][:3]
        return _json({"items": [_api_item(s) for s in rel]})
    return _json({"status": 404, "error": "Not Found"}, 404)


_ARTICLE = re.compile(r"/tin-tuc/([a-z0-9-]+)-(\d+)\.html")
_PRINT = re.compile(r"/tin-tuc/in-bai/(\d+)")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/index.php" and request.query.startswith("debugbar"):
            return Response(200, b"/* CodeIgniter debug toolbar loader */", {"Content-Type": "application/javascript"})
        if path in ("/index.php", "/index.php/"):
            path = "/"
        elif path.startswith("/index.php/"):
            path = path[len("/index.php") :]
        if path.startswith(("/uploads/", "/assets/")) or path == "/favicon.ico":
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if path.endswith(".xlsx"):
                return Response(200, b"PK\x03\x04", {"Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
            return static_file(path)
        if path.startswith("/api/"):
            return _api(request, path)
        if request.method == "POST" and path == "/lien-he/gui":
            return redirect("/lien-he?gui=thanh-cong", 303)
        if path == "/":
            return _home(request)
        m = _ARTICLE.fullmatch(path)
        if m:
            story = BY_ID.get(int(m.group(2)))
            return _article(request, story) if story else _soft404(request)
        m = _PRINT.fullmatch(path)
        if m:
            story = BY_ID.get(int(m.group(1)))
            return _print_view(request, story) if story else None
        if path.startswith("/chuyen-muc/"):
            cat = CATS.get(path[len("/chuyen-muc/") :])
            return _category(request, cat) if cat else None
        if path.startswith("/tag/"):
            slug = path[len("/tag/") :]
            return _tag(request, slug) if slug in TAGS else None
        if path.startswith("/gioi-thieu/"):
            slug = path[len("/gioi-thieu/") :]
            return _intro(request, slug) if slug in INTRO else None
        if path == "/lien-he":
            return _contact(request)
        if path == "/van-ban":
            return _doc_list(request)
        if path.startswith("/van-ban/"):
            doc = next((d for d in DOCS if f"/van-ban/{d['id']}" == path), None)
            return _doc(request, doc) if doc else None
        if path == "/thu-vien-anh":
            return _album_list(request)
        if path == f"/thu-vien-anh/{ALBUM[0]}-{ALBUM[1]}":
            return _album(request)
        if path == "/video":
            return _video_list(request)
        if path == f"/video/{VIDEO[0]}-{VIDEO[1]}":
            return _video(request)
        if path == "/tim-kiem":
            return _search(request)
        return None


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------


def _alts(story: Story) -> list[str]:
    alts = [_url(story, index=True)]
    if story.opts.get("old_slug"):
        alts.append(_url(story, slug=story.opts["old_slug"]))
    alts.append(f"/tin-tuc/in-bai/{story.id}")
    return alts


GOLD = [
    gold_record(s, _url(s), CATS[s.cat].name, canonical_path=_url(s), alt_paths=_alts(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/chuc-nang-nhiem-vu",
    "/gioi-thieu/co-cau-to-chuc",
    "/lien-he",
    "/van-ban/1532",
    "/van-ban/1529",
    f"/thu-vien-anh/{ALBUM[0]}-{ALBUM[1]}",
    f"/video/{VIDEO[0]}-{VIDEO[1]}",
]
