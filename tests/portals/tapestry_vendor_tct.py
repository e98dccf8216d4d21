"""Fixture portal: Trường Chính trị tỉnh Hòa Bình on a vendor's Apache Tapestry 5 portal.

Platform: a vendor's portal for provincial political schools written in Java on Apache Tapestry
5.3 (assets under ``/assets/5.3.8/core/``, ``t-zone`` divs, ``t-data-grid`` tables with their
pager, forms with a ``t:formdata`` blob, a few ``t:id``/``t:type`` attributes left in raw HTML
that the vendor stores in the database and prints with ``<t:outputraw>``).

URL scheme
- ``/`` home: slider "Tin tiêu điểm", "Tin mới", one block per category.
- ``/tintuc/<categoryId>`` a category's list; ``/tintuc/<categoryId>/<page>`` its render URL for
  page 2+. Categories 1 "Tin hoạt động" and 2 "Đào tạo - Bồi dưỡng" are Tapestry Grids (4 and 3
  rows a page) paged with the grid's event links ``/tintuc.grid.pager/<n>?t:ac=<categoryId>``,
  which answer 302 to the render URL. Category 3 "Nghiên cứu khoa học" is a Loop (2 a page) paged
  by a page-level event link ``/tintuc:pagelink/<n>?t:ac=3`` that renders the page itself.
- ``/chitiettin/<id>`` and ``/chitiettin/<id>/<slug>``: an article (any slug serves the article;
  ``;jsessionid=…`` may be glued to the last segment).
- ``/vanban`` documents grid, ``/vanban/chitiet/<id>`` a document entry (PDF under ``/upload``).
- ``/gioithieu``, ``/gioithieu/cocautochuc``, ``/lienhe``: static pages.
- ``POST /chitiettin.frmbinhluan?t:ac=<id>`` the comment form: 302 back to the article.

Page templates
- list (grid): breadcrumb, ``div.t-data-grid`` with a pager above and below the table, rows
  ``td.tieuDe`` (thumbnail, link to ``/chitiettin/<id>``, short lead) and ``td.ngayDang``.
- list (loop, NCKH): ``div.itemNC`` blocks linking ``/chitiettin/<id>/<slug>``, ``div.phanTrang``.
- article: ``h1.tenTruong`` is the school's name in the banner; the headline is
  ``div.tieuDeTin > span#lblTieuDe``; then ``div.ttTin`` (date, "Người đăng", "Lượt xem"), an
  optional ``div.tgTin`` byline, ``div.tomTat`` (bold sapo), ``div#noiDung.noiDungTin`` (the
  editor's HTML), a tool bar, "Ý kiến bạn đọc" comments and the comment form, all inside
  ``div.ctTin``; then "Các tin khác".

How each gold article is reached
- Category 1 page 1 (1248, 1246, 1243, 1239) and page 2 via the grid pager event link (1233, 1229:
  reachable only there).
- Category 2 page 1 (1247, 1241, 1236) and page 2 via the grid pager (1227: only there).
- Category 3 page 1 (1245, 1238) and page 2 via ``/tintuc:pagelink/2?t:ac=3`` (1231: only there).
- The home page links the newest ones (slider, "Tin mới", category blocks); "Các tin khác" and
  "Đọc nhiều" only link articles that are on page 1 of their list.

Traps
1. Grid pager event links: ``/tintuc.grid.pager/2?t:ac=1`` answers 302 to ``/tintuc/1/2``; three
   articles are reachable only through such a redirecting event link. Gold: those articles at
   their own ``/chitiettin/<id>/<slug>`` path.
2. Page-level event link paging in NCKH: ``/tintuc:pagelink/2?t:ac=3`` (colon in the path, the
   page's context in a ``t:ac`` query parameter) renders page 2 directly (200); page 2 links page 1
   as ``/tintuc:pagelink/1?t:ac=3``, the same list as ``/tintuc/3``. 1231 only there.
3. Grid column sort event links (``/tintuc.grid.columns:sort/ngayDang?t:ac=1``) answer 302 to the
   list's page 1: the sort order lives in the session, so there is nothing new behind them.
4. The grid prints the list date with Tapestry's default en-US short format, ``12/3/26`` (M/d/yy):
   3 December, not 12 March. Gold dates come from the article page only.
5. Article dates printed by ``Date.toString()``: ``Thu Dec 03 14:30:00 ICT 2026`` (ICT is +07:00)
   -> "2026-12-03T14:30:00+07:00"; ``Fri Nov 20 00:00:00 ICT 2026`` is midnight -> "2026-11-20".
   Other articles print ``Ngày đăng: 16/11/2026 13:30`` next to ``Cập nhật: Wed Nov 18 …`` in the
   Java form: the update date is never the gold.
6. The page's only ``<h1>`` is the banner's "TRƯỜNG CHÍNH TRỊ TỈNH HÒA BÌNH" and ``<title>`` is the
   generic "Chi tiết tin | Trường Chính trị tỉnh Hòa Bình": the headline is the ``span#lblTieuDe``
   inside ``div.tieuDeTin``. Gold title: that span's text.
7. Captions glued into the photo's paragraph: ``<p align=center><img><br><em>caption</em></p>``;
   the ``<br>`` rule would make the caption a paragraph of its own. Gold: caption, not body. Other
   photos have a caption cell in a two-row ``table.tblAnh``; the ``alt`` the vendor fills with the
   article's title is no caption (gold caption None when no line is printed).
8. A "Tin liên quan" box (``div.boxTLQ``) the editor pasted in the middle of the text, its links
   using the linked post's old slug: not body; those URLs are alt_paths of the linked article.
9. The same post under many URLs: ``/chitiettin/<id>`` (grid rows),
   ``/chitiettin/<id>/<slug>`` (home, "Các tin khác", canonical), the old slug (trap 8) and, on the
   home page of a visitor without a cookie, ``…;jsessionid=A3F9…`` glued to the path by the
   servlet container's URL rewriting. Gold path: the canonical slug form; the others alt_paths.
10. Reader comments ("Ý kiến bạn đọc") printed inside the same ``div.ctTin`` wrapper right after
    the text, each with a name in bold, a Java date and ``<p>`` paragraphs: not body, not authors.
11. "Người đăng: hb_quantri" in every info bar is the CMS account: nobody. Bylines are printed
    three ways: a ``div.tgTin`` "Tác giả: ThS. Bùi Thị Lan - Khoa Lý luận cơ sở" above the text
    (-> "Bùi Thị Lan"), a right-aligned bold closing line "Đinh Công Sơn (Phòng Quản lý đào tạo)"
    (-> "Đinh Công Sơn"), and "Tin, ảnh: Hà Thu" (author and photographer).
12. ``/gioithieu`` is rendered by the article template (headline span, a Java date from 2015,
    text): it is an intro page, not an article.
13. Raw HTML stored in the database keeps Tapestry attributes (``t:type="zone"``, ``t:id``) and the
    comment form carries a long ``t:formdata`` blob and posts to an event URL: no content.

Gold decisions on ambiguous points
- The sapo is printed bold in ``div.tomTat`` outside the text: it is ``summary`` and the body's
  first paragraph. Articles with no ``div.tomTat`` have summary null.
- The right-aligned closing byline and "Nguồn: …" lines are not body.
- "Tài liệu tham khảo" and its entries at the end of a research article are body (the text's own
  notes); calls like "[1]" stay in their sentence.
- A table in the text: each row is a paragraph, cells joined by " | ".
- Category: the last breadcrumb item ("Tin hoạt động", "Đào tạo - Bồi dưỡng", "Nghiên cứu khoa
  học"); the menu's parent "Tin tức - Sự kiện" is not the category.
"""

from __future__ import annotations

import re
from datetime import datetime

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

NAME = "tapestry_vendor_tct"
PLATFORM = "Apache Tapestry 5 (vendor portal for political schools)"
START_PATH = "/"

SCHOOL = "Trường Chính trị tỉnh Hòa Bình"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
JSESSIONID = "A3F9C2E17B4D58E0C6B1D2F3A4958E7C"
ASSETS = "/assets/5.3.8/core"

CATS = {
    1: ("Tin hoạt động", "grid", 4),
    2: ("Đào tạo - Bồi dưỡng", "grid", 3),
    3: ("Nghiên cứu khoa học", "loop", 2),
}
CAT_PARENT = {1: "Tin tức - Sự kiện", 2: "Tin tức - Sự kiện", 3: None}

_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def java_date(stamp: str) -> str:
    """``Date.toString()`` of a local time: "Thu Dec 03 14:30:00 ICT 2026"."""
    d = datetime.fromisoformat(stamp)
    return (
        f"{_DAYS[d.weekday()]} {_MONTHS[d.month - 1]} {d.day:02d} "
        f"{d.hour:02d}:{d.minute:02d}:{d.second:02d} ICT {d.year}"
    )


def short_us(stamp: str) -> str:
    """Tapestry's default en-US SHORT date in the grid: "12/3/26"."""
    d = datetime.fromisoformat(stamp)
    return f"{d.month}/{d.day}/{d.year % 100:02d}"


def vn_date(stamp: str) -> str:
    d = datetime.fromisoformat(stamp)
    return f"{d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}:{d.minute:02d}"


def _right(line: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{esc(line)}</{tag}></p>')


def _tlq(*links: tuple[int, str, str]) -> Raw:
    items = "".join(
        f'<li><a href="/chitiettin/{i}/{slug}">{esc(title)}</a></li>' for i, slug, title in links
    )
    return Raw(
        '<div class="boxTLQ" style="float:right;width:40%;border:1px solid #ccc;margin:0 0 8px 12px">'
        f'<div class="tdTLQ"><b>Tin liên quan</b></div><ul>{items}</ul></div>'
    )


# --- the thirteen stories ---------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=1248,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-he-khong-tap-trung-khoa-45",
        title="Khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 45",
        cat=1,
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Chiều ngày 03/12/2026, Trường Chính trị tỉnh Hòa Bình long trọng tổ chức lễ khai giảng "
            "lớp Trung cấp lý luận chính trị hệ không tập trung khóa 45 cho 86 học viên là cán bộ, "
            "công chức các xã, phường trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự lễ khai giảng có đồng chí Quách Thị Hạnh, Phó Trưởng Ban Tổ chức Tỉnh ủy; "
                "lãnh đạo Trường Chính trị tỉnh, đại diện các khoa, phòng chuyên môn và toàn thể học "
                "viên của lớp."
            ),
            Img(
                "/upload/tintuc/2026/12/khai-giang-k45-1.jpg",
                "Đồng chí Bùi Văn Khánh, Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
                "Đồng chí Bùi Văn Khánh, Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
                style="br",
            ),
            P(
                "Phát biểu khai giảng, đồng chí Bùi Văn Khánh, Hiệu trưởng Nhà trường nhấn mạnh: "
                "chương trình Trung cấp lý luận chính trị trang bị cho học viên hệ thống kiến thức "
                "cơ bản về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, đường lối của Đảng và chính "
                "sách, pháp luật của Nhà nước."
            ),
            _tlq(
                (1239, "doan-cong-tac-hoc-vien-khu-vuc-i", "Đoàn công tác Học viện Chính trị khu vực I làm việc tại Trường"),
            ),
            P(
                "Đồng chí đề nghị học viên chấp hành nghiêm quy chế đào tạo, chủ động nghiên cứu tài "
                "liệu, tích cực trao đổi, thảo luận và liên hệ thực tiễn công tác tại địa phương, "
                "đơn vị."
            ),
            P(
                "Lớp học được tổ chức trong 8 tháng, học tập trung mỗi tháng 10 ngày tại cơ sở chính "
                "của Nhà trường."
            ),
            _right("Đinh Công Sơn (Phòng Quản lý đào tạo)"),
        ],
        authors=["Đinh Công Sơn"],
        opts={"date": "java", "comments": True, "old_slug": None},
    ),
    Story(
        id=1246,
        slug="hoi-nghi-so-ket-cong-tac-nam-hoc-2026",
        title="Trường Chính trị tỉnh Hòa Bình sơ kết công tác đào tạo, bồi dưỡng 11 tháng năm 2026",
        cat=1,
        published_at="2026-11-28T08:15:00+07:00",
        summary=(
            "Sáng 28/11, Nhà trường tổ chức hội nghị sơ kết công tác đào tạo, bồi dưỡng 11 tháng "
            "năm 2026 và triển khai nhiệm vụ tháng cuối năm."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Trong 11 tháng, Nhà trường đã mở 27 lớp với tổng số 2.145 học viên, đạt 104% kế "
                "hoạch năm; tỷ lệ học viên tốt nghiệp loại khá, giỏi đạt 78,6%."
            ),
            P("Kết quả cụ thể:"),
            P("Loại hình lớp | Số lớp | Số học viên", style="tr"),
            P("Trung cấp lý luận chính trị | 6 | 512", style="tr"),
            P("Bồi dưỡng chức danh | 9 | 684", style="tr"),
            P("Bồi dưỡng cập nhật kiến thức | 12 | 949", style="tr"),
            Img(
                "/upload/tintuc/2026/11/so-ket-11-thang.jpg",
                "Quang cảnh hội nghị",
                "Quang cảnh hội nghị",
                style="tbl",
            ),
            P(
                "Hội nghị thống nhất tập trung hoàn thành các lớp còn lại, tổng kết năm học và xây "
                "dựng kế hoạch đào tạo, bồi dưỡng năm 2027."
            ),
            _right("Tin, ảnh: Hà Thu", "em"),
        ],
        authors=["Hà Thu"],
        photographers=["Hà Thu"],
        opts={"date": "vn", "updated": "2026-11-29T10:05:00+07:00"},
    ),
    Story(
        id=1243,
        slug="ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
        cat=1,
        published_at="2026-11-20",
        blocks=[
            P(
                "Sáng 20/11, Trường Chính trị tỉnh Hòa Bình tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà "
                "giáo Việt Nam với sự tham dự của các thế hệ cán bộ, giảng viên Nhà trường."
            ),
            Img("/upload/tintuc/2026/11/20-11-gap-mat.jpg", None, None, style="none"),
            P(
                "Tại buổi gặp mặt, các đại biểu đã ôn lại truyền thống vẻ vang của ngành giáo dục và "
                "của Nhà trường qua hơn 75 năm xây dựng, phát triển."
            ),
            P(
                "Nhân dịp này, Nhà trường khen thưởng 12 giảng viên có thành tích xuất sắc trong "
                "giảng dạy và nghiên cứu khoa học năm học 2025 - 2026."
            ),
            _right("Phòng Tổ chức - Hành chính"),
        ],
        authors=["Phòng Tổ chức - Hành chính"],
        opts={"date": "java", "comments": True},
    ),
    Story(
        id=1239,
        slug="doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-i-lam-viec-tai-truong",
        title="Đoàn công tác Học viện Chính trị khu vực I làm việc tại Trường",
        cat=1,
        published_at="2026-11-12T09:00:00+07:00",
        summary=(
            "Ngày 12/11, Đoàn công tác của Học viện Chính trị khu vực I do PGS.TS Lê Minh Quân, Phó "
            "Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi làm việc, hai bên trao đổi về việc phối hợp tổ chức lớp cao cấp lý luận "
                "chính trị hệ không tập trung và bồi dưỡng nâng cao trình độ cho giảng viên."
            ),
            Img(
                "/upload/tintuc/2026/11/hvctkv1-lam-viec.jpg",
                "Ảnh: Minh Đức",
                None,
                style="br",
            ),
            P(
                "Đoàn công tác đánh giá cao kết quả Nhà trường đạt được trong việc xây dựng trường "
                "chuẩn mức độ 1 theo Quy định số 09-QĐ/TW của Ban Bí thư."
            ),
            _right("Minh Đức"),
        ],
        authors=["Minh Đức"],
        photographers=["Minh Đức"],
        opts={"date": "vn", "old_slug": "doan-cong-tac-hoc-vien-khu-vuc-i"},
    ),
    Story(
        id=1233,
        slug="chi-bo-khoa-ly-luan-co-so-sinh-hoat-chuyen-de-quy-iv",
        title="Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề quý IV",
        cat=1,
        published_at="2026-10-29T15:45:00+07:00",
        blocks=[
            P(
                "Thực hiện Hướng dẫn của Đảng ủy Nhà trường, chiều 29/10, Chi bộ Khoa Lý luận cơ sở "
                "tổ chức sinh hoạt chuyên đề với chủ đề \"Nâng cao tinh thần trách nhiệm, đổi mới "
                "phương pháp giảng dạy của đảng viên là giảng viên\"."
            ),
            P("Các đảng viên tập trung thảo luận ba nội dung:"),
            P("Đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực của học viên;", style="li"),
            P("Gắn nội dung bài giảng với thực tiễn của tỉnh;", style="li"),
            P("Tăng cường dự giờ, rút kinh nghiệm giữa các giảng viên.", style="li"),
            P(
                "Kết thúc buổi sinh hoạt, chi bộ thống nhất ban hành kế hoạch thực hiện với những "
                "nhiệm vụ cụ thể cho từng đảng viên."
            ),
        ],
        authors=["Bùi Thị Lan"],
        opts={"date": "java", "byline_top": ("ThS. Bùi Thị Lan", "Khoa Lý luận cơ sở")},
    ),
    Story(
        id=1229,
        slug="giai-bong-chuyen-hoi-nu-chao-mung-ngay-phu-nu-viet-nam",
        title="Công đoàn Trường tổ chức giải bóng chuyền hơi nữ chào mừng Ngày Phụ nữ Việt Nam 20/10",
        cat=1,
        published_at="2026-10-16T10:00:00+07:00",
        blocks=[
            P(
                "Hướng tới kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam, Công đoàn "
                "Trường Chính trị tỉnh tổ chức giải bóng chuyền hơi nữ với sự tham gia của 5 đội."
            ),
            Img(
                "/upload/tintuc/2026/10/bong-chuyen-hoi.jpg",
                "Các vận động viên thi đấu tại giải",
                "Các vận động viên thi đấu tại giải",
                style="tbl",
            ),
            P(
                "Kết quả, đội Khoa Nhà nước và Pháp luật giành giải Nhất; đội Phòng Tổ chức - Hành "
                "chính giành giải Nhì; giải Ba thuộc về đội Khoa Xây dựng Đảng."
            ),
            Img(
                "/upload/tintuc/2026/10/trao-giai.jpg",
                "Ban tổ chức trao giải cho các đội",
                "Ban tổ chức trao giải cho các đội",
                style="tbl",
            ),
            _right("Tin: Thanh Hương - Ảnh: Quốc Việt", "em"),
        ],
        authors=["Thanh Hương"],
        photographers=["Quốc Việt"],
        opts={"date": "vn"},
    ),
    Story(
        id=1247,
        slug="be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4",
        title="Bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 năm 2026",
        cat=2,
        published_at="2026-12-01T07:45:00+07:00",
        summary=(
            "Sau 10 ngày học tập, sáng 01/12, lớp bồi dưỡng kiến thức quốc phòng và an ninh đối "
            "tượng 4 năm 2026 đã bế giảng."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Lớp học có 120 học viên là cán bộ, đảng viên các chi bộ thôn, xóm, tổ dân phố. Học "
                "viên được nghiên cứu 8 chuyên đề về đường lối quốc phòng, an ninh của Đảng."
            ),
            P(
                "100% học viên hoàn thành chương trình, trong đó 64 học viên đạt loại giỏi, 51 học "
                "viên đạt loại khá."
            ),
            Img(
                "/upload/tintuc/2026/12/be-giang-qpan.jpg",
                "Trao giấy chứng nhận cho học viên hoàn thành khóa học",
                "Trao giấy chứng nhận cho học viên hoàn thành khóa học",
                style="br",
            ),
            P("Nhà trường đề nghị học viên vận dụng kiến thức đã học vào công tác tại cơ sở."),
            Raw(
                '<p style="text-align: right;"><em>Nguồn: Báo Hòa Bình điện tử</em></p>'
            ),
        ],
        source="Báo Hòa Bình điện tử",
        opts={"date": "java", "old_slug": "be-giang-lop-qpan-doi-tuong-4"},
    ),
    Story(
        id=1241,
        slug="lop-trung-cap-ly-luan-chinh-tri-k44-nghien-cuu-thuc-te-tai-mai-chau",
        title="Lớp Trung cấp lý luận chính trị K44 đi nghiên cứu thực tế tại xã Mai Châu",
        cat=2,
        published_at="2026-11-16T13:30:00+07:00",
        summary=(
            "Từ ngày 14 đến 16/11, 78 học viên lớp Trung cấp lý luận chính trị K44 đã đi nghiên "
            "cứu thực tế về phát triển du lịch cộng đồng tại xã Mai Châu."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đoàn được lãnh đạo xã giới thiệu kết quả xây dựng nông thôn mới gắn với phát triển "
                "du lịch cộng đồng tại bản Lác, bản Poom Coọng."
            ),
            _tlq(
                (1247, "be-giang-lop-qpan-doi-tuong-4", "Bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 năm 2026"),
            ),
            Img(
                "/upload/tintuc/2026/11/ntt-mai-chau.jpg",
                "Học viên tìm hiểu mô hình homestay tại bản Lác",
                "Học viên tìm hiểu mô hình homestay tại bản Lác",
                style="br",
            ),
            P(
                "Qua chuyến đi, học viên có thêm tư liệu thực tiễn để hoàn thành bài thu hoạch cuối "
                "khóa."
            ),
            _right("Nguyễn Thị Mai Anh - Khoa Dân vận"),
        ],
        authors=["Nguyễn Thị Mai Anh"],
        opts={"date": "vn", "updated": "2026-11-18T16:20:00+07:00"},
    ),
    Story(
        id=1236,
        slug="boi-duong-cap-nhat-kien-thuc-cho-bao-cao-vien-co-so",
        title="Bồi dưỡng cập nhật kiến thức cho đội ngũ báo cáo viên cơ sở",
        cat=2,
        published_at="2026-11-05T08:00:00+07:00",
        blocks=[
            P(
                "Ngày 05/11, Trường Chính trị tỉnh phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy mở "
                "lớp bồi dưỡng cập nhật kiến thức cho 95 báo cáo viên cơ sở."
            ),
            P(
                "Học viên được nghe giới thiệu các chuyên đề: tình hình thời sự trong nước và quốc "
                "tế; kỹ năng nắm bắt, định hướng dư luận xã hội; kỹ năng tuyên truyền trên không gian "
                "mạng."
            ),
            P("Lớp học kết thúc vào ngày 07/11/2026."),
        ],
        opts={"date": "java"},
    ),
    Story(
        id=1227,
        slug="khai-giang-lop-boi-duong-chuc-danh-bi-thu-chi-bo-khoa-ii",
        title="Khai giảng lớp Bồi dưỡng chức danh Bí thư chi bộ khóa II năm 2026",
        cat=2,
        published_at="2026-10-09T08:00:00+07:00",
        summary=(
            "Sáng 09/10, Nhà trường khai giảng lớp bồi dưỡng chức danh Bí thư chi bộ khóa II năm "
            "2026 cho 65 đồng chí bí thư chi bộ các thôn, xóm."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Trong thời gian 5 ngày, học viên được bồi dưỡng kỹ năng lãnh đạo, tổ chức sinh hoạt "
                "chi bộ, công tác phát triển đảng viên và công tác kiểm tra, giám sát."
            ),
            Img(
                "/upload/tintuc/2026/10/bi-thu-chi-bo-k2.jpg",
                "Học viên dự lễ khai giảng",
                "Học viên dự lễ khai giảng",
                style="br",
            ),
            P("Lớp học dự kiến bế giảng vào ngày 14/10/2026."),
            _right("Phòng Quản lý đào tạo"),
        ],
        authors=["Phòng Quản lý đào tạo"],
        opts={"date": "vn"},
    ),
    Story(
        id=1245,
        slug="hoi-thao-nang-cao-chat-luong-giang-day-ly-luan-chinh-tri-gan-voi-thuc-tien",
        title=(
            "Hội thảo khoa học: Nâng cao chất lượng giảng dạy các môn lý luận chính trị gắn với "
            "thực tiễn địa phương"
        ),
        cat=3,
        published_at="2026-11-25T08:30:00+07:00",
        summary=(
            "Ngày 25/11, Trường Chính trị tỉnh Hòa Bình tổ chức hội thảo khoa học cấp trường với "
            "21 tham luận của giảng viên và cán bộ quản lý."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các tham luận tập trung làm rõ yêu cầu đưa thực tiễn địa phương vào bài giảng, kinh "
                "nghiệm biên soạn tài liệu tham khảo và sử dụng tình huống trong giảng dạy."
            ),
            Img(
                "/upload/tintuc/2026/11/hoi-thao-khoa-hoc.jpg",
                "TS. Đặng Quang Vinh, Phó Hiệu trưởng chủ trì hội thảo",
                "TS. Đặng Quang Vinh, Phó Hiệu trưởng chủ trì hội thảo",
                style="tbl",
            ),
            P(
                "Phát biểu kết luận, TS. Đặng Quang Vinh đề nghị các khoa hoàn thiện ngân hàng tình "
                "huống thực tiễn của tỉnh trước ngày 30/6/2027."
            ),
            _right("Phòng Đào tạo và Nghiên cứu khoa học"),
        ],
        authors=["Phòng Đào tạo và Nghiên cứu khoa học"],
        opts={"date": "java"},
    ),
    Story(
        id=1238,
        slug="mot-so-giai-phap-nang-cao-chat-luong-sinh-hoat-chi-bo-nong-thon",
        title="Một số giải pháp nâng cao chất lượng sinh hoạt chi bộ nông thôn ở tỉnh Hòa Bình hiện nay",
        cat=3,
        published_at="2026-11-10T10:20:00+07:00",
        blocks=[
            P(
                "Sinh hoạt chi bộ là hoạt động thường xuyên, có ý nghĩa quyết định đến năng lực lãnh "
                "đạo và sức chiến đấu của tổ chức cơ sở đảng.[1]"
            ),
            P("1. Thực trạng", style="h"),
            P(
                "Những năm qua, nhiều chi bộ nông thôn của tỉnh đã đổi mới nội dung sinh hoạt, gắn "
                "với nhiệm vụ chính trị ở thôn, xóm.[2] Tuy vậy, một số nơi sinh hoạt còn đơn điệu, "
                "nặng về thông báo tình hình."
            ),
            P("2. Giải pháp", style="h"),
            P(
                "Một là, nâng cao chất lượng đội ngũ bí thư chi bộ thông qua bồi dưỡng chức danh tại "
                "Trường Chính trị tỉnh."
            ),
            P(
                "Hai là, lựa chọn nội dung sinh hoạt chuyên đề sát với tình hình địa phương, tránh "
                "hình thức."
            ),
            P("Tài liệu tham khảo", style="h"),
            P("[1] Ban Bí thư, Chỉ thị số 10-CT/TW về nâng cao chất lượng sinh hoạt chi bộ, 2011."),
            P("[2] Tỉnh ủy Hòa Bình, Báo cáo tổng kết công tác xây dựng Đảng năm 2025."),
        ],
        authors=["Bùi Thị Thu Hà"],
        opts={
            "date": "vn",
            "byline_top": ("ThS. Bùi Thị Thu Hà", "Khoa Xây dựng Đảng"),
            "comments": True,
        },
    ),
    Story(
        id=1231,
        slug="van-dung-tu-tuong-ho-chi-minh-ve-dao-duc-cach-mang-trong-giao-duc-can-bo",
        title="Vận dụng tư tưởng Hồ Chí Minh về đạo đức cách mạng trong giáo dục cán bộ hiện nay",
        cat=3,
        published_at="2026-10-22",
        summary=(
            "Tư tưởng Hồ Chí Minh về đạo đức cách mạng là nền tảng để giáo dục, rèn luyện đội ngũ "
            "cán bộ đáp ứng yêu cầu nhiệm vụ trong giai đoạn mới."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Chủ tịch Hồ Chí Minh khẳng định: \"Cũng như sông thì có nguồn mới có nước, không có "
                "nguồn thì sông cạn. Cây phải có gốc, không có gốc thì cây héo\"."
            ),
            P(
                "Vận dụng tư tưởng đó, công tác giáo dục cán bộ tại Trường Chính trị tỉnh cần gắn "
                "giảng dạy lý luận với nêu gương, lấy người tốt việc tốt ở cơ sở làm bài học sinh động."
            ),
            P(
                "Đồng thời, Nhà trường cần phối hợp với cơ quan cử cán bộ đi học để đánh giá sự "
                "chuyển biến về đạo đức, lối sống của học viên sau khóa học."
            ),
        ],
        authors=["Quách Văn Hùng"],
        opts={"date": "java", "byline_top": ("TS. Quách Văn Hùng", "Phó Trưởng khoa Lý luận cơ sở")},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def _cat_stories(cat: int) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == cat), key=lambda s: s.published_at or "", reverse=True)


def _stamp(story: Story) -> str:
    """The local time the CMS stores (midnight for a day)."""
    value = story.published_at or ""
    return value[:19] if "T" in value else value + "T00:00:00"


def canonical(story: Story) -> str:
    return f"/chitiettin/{story.id}/{story.slug}"


# --- chrome -----------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    (
        "/gioithieu",
        "Giới thiệu",
        [("/gioithieu", "Lịch sử hình thành"), ("/gioithieu/cocautochuc", "Cơ cấu tổ chức")],
    ),
    (
        "/tintuc/1",
        "Tin tức - Sự kiện",
        [("/tintuc/1", "Tin hoạt động"), ("/tintuc/2", "Đào tạo - Bồi dưỡng")],
    ),
    ("/tintuc/3", "Nghiên cứu khoa học", []),
    ("/vanban", "Văn bản", []),
    ("/lienhe", "Liên hệ", []),
]

MOST_READ = [1246, 1239, 1238, 1241]


def _menu() -> str:
    out = ['<ul id="menuNgang" class="sf-menu">']
    for href, label, subs in MENU:
        sub = ""
        if subs:
            sub = "<ul>" + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in subs) + "</ul>"
        out.append(f'<li><a href="{href}">{esc(label)}</a>{sub}</li>')
    out.append("</ul>")
    return "".join(out)


def _sidebar() -> str:
    most = "".join(
        f'<li><a href="{canonical(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    return f"""
<div class="colPhai">
  <div class="boxPhai"><div class="tdBoxPhai">ĐỌC NHIỀU NHẤT</div><ul class="dsDocNhieu">{most}</ul></div>
  <div class="boxPhai"><div class="tdBoxPhai">THĂM DÒ Ý KIẾN</div>
    <form action="/index.binhchon" method="post"><div class="t-invisible"><input type="hidden" name="t:formdata" value="{opaque("poll", 48)}"/></div>
    <p>Bạn biết đến Trang thông tin điện tử của Trường qua đâu?</p>
    <label><input type="radio" name="luaChon" value="1"/> Báo, đài</label><br/>
    <label><input type="radio" name="luaChon" value="2"/> Bạn bè, đồng nghiệp</label><br/>
    <label><input type="radio" name="luaChon" value="3"/> Mạng xã hội</label><br/>
    <input type="submit" value="Bình chọn"/></form></div>
  <div class="boxPhai"><div class="tdBoxPhai">LIÊN KẾT WEBSITE</div>
    <select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>
    <option value="https://www.hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>
    <option value="https://hoabinh.dcs.vn">Đảng bộ tỉnh Hòa Bình</option></select>
    <a href="https://baohoabinh.com.vn" target="_blank"><img src="/upload/banner/bao-hoa-binh.png" alt="Báo Hòa Bình"/></a>
  </div>
  <div t:type="zone" t:id="zoneThongKe" id="zoneThongKe" class="t-zone boxPhai">
    <div class="tdBoxPhai">THỐNG KÊ TRUY CẬP</div>
    <table class="tkTruyCap"><tr><td>Đang online:</td><td>17</td></tr><tr><td>Hôm nay:</td><td>412</td></tr>
    <tr><td>Tổng truy cập:</td><td>1.284.597</td></tr></table>
  </div>
</div>"""


def page(title: str, main: str, *, head_extra: str = "", body_class: str = "") -> str:
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta name="generator" content="Apache Tapestry Framework (version 5.3.8)"/>
<title>{esc(title)}</title>
<link type="text/css" rel="stylesheet" href="{ASSETS}/default.css"/>
<link type="text/css" rel="stylesheet" href="/assets/ctx/4f1a2b/css/tct.css"/>
<link rel="shortcut icon" href="/favicon.ico"/>
{head_extra}
<script src="{ASSETS}/scriptaculous_1_9_0/prototype.js" type="text/javascript"></script>
<script src="{ASSETS}/tapestry.js" type="text/javascript"></script>
</head>
<body class="{body_class}">
<div id="khung">
 <div id="dauTrang">
  <div class="ngayHienTai">{HEADER_TODAY}</div>
  <a href="/"><img src="/assets/ctx/4f1a2b/images/logo-tct.png" alt="Logo" class="logo"/></a>
  <h1 class="tenTruong">TRƯỜNG CHÍNH TRỊ TỈNH HÒA BÌNH</h1>
  <div class="khauHieu">Học tập - Rèn luyện - Vì nhân dân phục vụ</div>
  <form action="/timkiem.frmtimkiem" method="post" id="frmTimKiem"><div class="t-invisible"><input type="hidden" name="t:formdata" value="{opaque("search", 40)}"/></div>
   <input type="text" name="tuKhoa" placeholder="Tìm kiếm..."/><input type="submit" value="Tìm"/></form>
 </div>
 <div id="thanhMenu">{_menu()}</div>
 <div id="thanTrang">
  <div class="colTrai">{main}</div>
  {_sidebar()}
 </div>
 <div id="chanTrang">
  <p><b>TRƯỜNG CHÍNH TRỊ TỈNH HÒA BÌNH</b></p>
  <p>Địa chỉ: Đường Trần Quý Cáp, phường Tân Thịnh, tỉnh Hòa Bình</p>
  <p>Điện thoại: 0218.3852.106 - Fax: 0218.3852.107 - Email: tct@hoabinh.gov.vn</p>
  <p>Bản quyền © 2014 - 2026 Trường Chính trị tỉnh Hòa Bình. Thiết kế và phát triển bởi Công ty TNHH Giải pháp phần mềm Tây Bắc.</p>
 </div>
</div>
<script type="text/javascript">Tapestry.onDOMLoaded(function() {{ Tapestry.init({{"zone":["zoneThongKe"]}}); }});</script>
</body>
</html>"""


# --- article rendering ------------------------------------------------------------------------


def _img_html(img: Img, alt: str) -> str:
    src = esc(img.src)
    if img.style == "tbl":
        line = img.printed or ""
        return (
            '<table class="tblAnh" align="center" border="0" cellpadding="3" cellspacing="0" style="width:500px">'
            f'<tbody><tr><td><img src="{src}" alt="{esc(alt)}" style="width:500px"/></td></tr>'
            f'<tr><td style="text-align:center"><span style="font-size:11px;color:#555">{esc(line)}</span></td></tr>'
            "</tbody></table>"
        )
    if img.style == "br" and img.printed:
        return (
            f'<p style="text-align: center;"><img src="{src}" alt="{esc(alt)}" width="500"/><br/>'
            f"<em>{esc(img.printed)}</em></p>"
        )
    return f'<p style="text-align: center;"><img src="{src}" alt="{esc(alt)}" width="500"/></p>'


def body_html(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("tr", "li"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            if b.style == "tr":
                rows = "".join(
                    "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in p.text.split(" | ")) + "</tr>"
                    for p in group
                )
                out.append(f'<table border="1" cellpadding="4" style="border-collapse:collapse">{rows}</table>')
            else:
                out.append("<ul>" + "".join(f"<li>{esc(p.text)}</li>" for p in group) + "</ul>")
            continue
        if isinstance(b, P):
            if b.style == "h":
                out.append(f"<p><strong>{esc(b.text)}</strong></p>")
            else:
                out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        elif isinstance(b, Img):
            out.append(_img_html(b, story.title))
        else:
            out.append(b.html)
        i += 1
    return "\n".join(out)


COMMENTS = [
    ("Nguyễn Văn Toàn", "Rất phấn khởi khi được tham gia học tập tại Trường. Cảm ơn các thầy cô!"),
    ("Lò Thị Duyên", "Mong Nhà trường tiếp tục tổ chức thêm các lớp cho cán bộ cơ sở vùng cao."),
]


def _comments(story: Story) -> str:
    if not story.opts.get("comments"):
        return '<div class="ykBanDoc"><div class="tdYk">Ý kiến bạn đọc (0)</div></div>'
    base = datetime.fromisoformat(_stamp(story))
    items = []
    for n, (name, said) in enumerate(COMMENTS):
        when = base.replace(hour=20, minute=11 + n * 7)
        items.append(
            f'<div class="ykien"><b>{esc(name)}</b> <i>{java_date(when.isoformat())}</i>'
            f"<p>{esc(said)}</p></div>"
        )
    return f'<div class="ykBanDoc"><div class="tdYk">Ý kiến bạn đọc ({len(items)})</div>{"".join(items)}</div>'


def _date_line(story: Story) -> str:
    stamp = _stamp(story)
    if story.opts.get("date") == "java":
        return f'<span class="ngayDang">{java_date(stamp)}</span>'
    line = f'<span class="ngayDang">Ngày đăng: {vn_date(stamp)}</span>'
    if story.opts.get("updated"):
        line += f' | <span class="ngayCapNhat">Cập nhật: {java_date(story.opts["updated"])}</span>'
    return line


def _breadcrumb(cat: int) -> str:
    name = CATS[cat][0]
    parent = CAT_PARENT[cat]
    mid = f'<a href="/tintuc/1">{esc(parent)}</a> » ' if parent else ""
    return (
        f'<div class="duongDan"><a href="/">Trang chủ</a> » {mid}'
        f'<a href="/tintuc/{cat}">{esc(name)}</a></div>'
    )


def article_page(request: Request, story: Story) -> str:
    byline = ""
    if story.opts.get("byline_top"):
        name, post = story.opts["byline_top"]
        byline = f'<div class="tgTin">Tác giả: <b>{esc(name)}</b> - {esc(post)}</div>'
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="tomTat"><strong>{esc(story.summary)}</strong></div>'
    # the vendor's "Các tin khác" takes the newest of the list's first page
    first_page = _cat_stories(story.cat)[: CATS[story.cat][2]]
    others = [s for s in first_page if s.id != story.id][:3]
    other_html = "".join(
        f'<li><a href="{canonical(s)}">{esc(s.title)}</a> <span class="ngay">({short_us(_stamp(s))})</span></li>'
        for s in others
    )
    share = base_url(request) + canonical(story)
    main = f"""
{_breadcrumb(story.cat)}
<div class="ctTin" t:id="ctTin">
  <div class="tieuDeTin"><span id="lblTieuDe">{esc(story.title)}</span></div>
  <div class="ttTin">{_date_line(story)} | <span>Người đăng: hb_quantri</span> | <span>Lượt xem: {story.views()}</span></div>
  {byline}
  {sapo}
  <div id="noiDung" class="noiDungTin">
{body_html(story)}
  </div>
  <div class="congCu"><a href="javascript:window.print()"><img src="/assets/ctx/4f1a2b/images/print.gif" alt=""/> In bài</a>
   <a href="mailto:?subject={esc(story.title)}"><img src="/assets/ctx/4f1a2b/images/email.gif" alt=""/> Gửi email</a>
   <a href="https://www.facebook.com/sharer/sharer.php?u={esc(share)}" target="_blank"><img src="/assets/ctx/4f1a2b/images/fb.png" alt="Chia sẻ"/></a></div>
  {_comments(story)}
  <form t:id="frmBinhLuan" id="frmBinhLuan" action="/chitiettin.frmbinhluan?t:ac={story.id}" method="post">
   <div class="t-invisible"><input type="hidden" name="t:formdata" value="{opaque(f"bl{story.id}", 96)}"/></div>
   <div class="tdYk">Gửi ý kiến của bạn</div>
   <input type="text" name="hoTen" placeholder="Họ tên"/> <input type="text" name="email" placeholder="Email"/>
   <textarea name="noiDungYk" rows="4" cols="60"></textarea><input type="submit" value="Gửi ý kiến"/>
  </form>
</div>
<div class="tinKhac"><div class="tdBox">Các tin khác</div><ul>{other_html}</ul></div>
"""
    head = f'<link rel="canonical" href="{base_url(request)}{canonical(story)}"/>'
    return page(f"Chi tiết tin | {SCHOOL}", main, head_extra=head, body_class="chitiettin")


# --- lists ------------------------------------------------------------------------------------


def _grid_pager(cat: int, cur: int, pages: int) -> str:
    parts = []
    for n in range(1, pages + 1):
        if n == cur:
            parts.append(f'<span class="current">{n}</span>')
        else:
            parts.append(f'<a href="/tintuc.grid.pager/{n}?t:ac={cat}" title="Go to page {n}">{n}</a>')
    return f'<div class="t-data-grid-pager">{"".join(parts)}</div>'


def grid_list(cat: int, cur: int) -> str | None:
    name, _kind, per = CATS[cat]
    items = _cat_stories(cat)
    pages = (len(items) + per - 1) // per
    if not 1 <= cur <= pages:
        return None
    rows = []
    for n, s in enumerate(items[(cur - 1) * per : cur * per]):
        lead = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
        lead = lead[:140].rsplit(" ", 1)[0] + "..."
        thumb = next((img.src for img in s.images), "/upload/tintuc/noimage.jpg")
        cls = ' class="t-first"' if n == 0 else ""
        rows.append(
            f'<tr{cls}><td class="tieuDe t-first"><img class="anhNho" src="{thumb.replace("/tintuc/", "/tintuc/thumb/")}" alt=""/>'
            f'<a href="/chitiettin/{s.id}" class="lnkTieuDe">{esc(s.title)}</a>'
            f'<div class="tomTatNgan">{esc(lead)}</div></td>'
            f'<td class="ngayDang t-last">{short_us(_stamp(s))}</td></tr>'
        )
    pager = _grid_pager(cat, cur, pages) if pages > 1 else ""
    sort = f"/tintuc.grid.columns:sort/ngayDang?t:ac={cat}"
    main = f"""
{_breadcrumb(cat)}
<div class="tdDanhMuc">{esc(name)}</div>
<div class="t-data-grid" t:id="grid">
{pager}
<table class="t-data-grid"><thead><tr>
 <th class="tieuDe t-first">Tiêu đề</th>
 <th class="ngayDang t-last t-sort-column-none"><a href="{sort}">Ngày đăng</a><a href="{sort}"><img src="{ASSETS}/sortable.png" class="t-sort-icon" alt="[Sortable]"/></a></th>
</tr></thead><tbody>
{"".join(rows)}
</tbody></table>
{pager}
</div>"""
    suffix = f" - Trang {cur}" if cur > 1 else ""
    return page(f"{name}{suffix} | {SCHOOL}", main, body_class="tintuc")


def loop_list(cat: int, cur: int) -> str | None:
    name, _kind, per = CATS[cat]
    items = _cat_stories(cat)
    pages = (len(items) + per - 1) // per
    if not 1 <= cur <= pages:
        return None
    blocks = []
    for s in items[(cur - 1) * per : cur * per]:
        lead = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
        blocks.append(
            f'<div class="itemNC"><a href="{canonical(s)}" class="tdItem">{esc(s.title)}</a>'
            f'<div class="ngayItem">{java_date(_stamp(s))}</div><div class="moTa">{esc(lead)}</div></div>'
        )
    links = []
    for n in range(1, pages + 1):
        links.append(f"<b>{n}</b>" if n == cur else f'<a href="/tintuc:pagelink/{n}?t:ac={cat}">{n}</a>')
    if cur < pages:
        links.append(f'<a href="/tintuc:pagelink/{cur + 1}?t:ac={cat}">Trang sau »</a>')
    main = f"""
{_breadcrumb(cat)}
<div class="tdDanhMuc">{esc(name)}</div>
<div class="dsTinNCKH">{"".join(blocks)}</div>
<div class="phanTrang">{" ".join(links)}</div>"""
    return page(f"{name} | {SCHOOL}", main, body_class="tintuc")


def list_page(cat: int, cur: int) -> str | None:
    if cat not in CATS:
        return None
    return grid_list(cat, cur) if CATS[cat][1] == "grid" else loop_list(cat, cur)


# --- home -------------------------------------------------------------------------------------

SLIDER = [1248, 1245, 1241]


def home(request: Request) -> Response:
    has_cookie = "JSESSIONID" in request.headers.get("Cookie", "")
    sid = "" if has_cookie else f";jsessionid={JSESSIONID}"
    newest = sorted(STORIES, key=lambda s: s.published_at or "", reverse=True)[:5]
    slides = "".join(
        f'<li><a href="{canonical(BY_ID[i])}{sid}"><img src="{BY_ID[i].images[0].src}" alt=""/></a>'
        f'<div class="chuThichSlide"><a href="{canonical(BY_ID[i])}{sid}">{esc(BY_ID[i].title)}</a></div></li>'
        for i in SLIDER
    )
    latest = "".join(
        f'<li><a href="{canonical(s)}{sid}">{esc(s.title)}</a> <span class="ngay">{short_us(_stamp(s))}</span></li>'
        for s in newest
    )
    blocks = []
    for cat, (name, _k, _p) in CATS.items():
        top = _cat_stories(cat)[:2]
        links = "".join(
            f'<li><a href="{canonical(s)}{sid}">{esc(s.title)}</a></li>' for s in top
        )
        blocks.append(
            f'<div class="khoiDanhMuc"><div class="tdKhoi"><a href="/tintuc/{cat}">{esc(name)}</a></div>'
            f'<ul>{links}</ul><a class="xemTiep" href="/tintuc/{cat}">Xem tiếp »</a></div>'
        )
    main = f"""
<div class="t-zone" id="zoneSlide"><div class="tdBox">TIN TIÊU ĐIỂM</div><ul class="slider">{slides}</ul></div>
<div class="tinMoi"><div class="tdBox">TIN MỚI</div><ul>{latest}</ul></div>
{"".join(blocks)}"""
    headers = {}
    if not has_cookie:
        headers["Set-Cookie"] = f"JSESSIONID={JSESSIONID}; Path=/; HttpOnly"
    return html(page(f"Trang chủ | {SCHOOL}", main, body_class="index"), headers=headers)


# --- static pages and documents ---------------------------------------------------------------

DOCS = {
    41: (
        "41/TB-TCT",
        "2026-11-30",
        "Thông báo lịch học tập trung tháng 12/2026 lớp Trung cấp lý luận chính trị K45",
        "Đặng Quang Vinh",
        "PHÓ HIỆU TRƯỞNG",
    ),
    38: (
        "38/KH-TCT",
        "2026-11-02",
        "Kế hoạch tổ chức hội thảo khoa học cấp trường năm 2026",
        "Bùi Văn Khánh",
        "HIỆU TRƯỞNG",
    ),
    35: (
        "35/QĐ-TCT",
        "2026-10-12",
        "Quyết định mở lớp Bồi dưỡng chức danh Bí thư chi bộ khóa II năm 2026",
        "Bùi Văn Khánh",
        "HIỆU TRƯỞNG",
    ),
}


def vanban_list() -> str:
    rows = "".join(
        f'<tr><td class="soHieu t-first">{esc(num)}</td><td class="trichYeu"><a href="/vanban/chitiet/{i}">{esc(subj)}</a></td>'
        f'<td class="ngayBanHanh">{short_us(day + "T00:00:00")}</td>'
        f'<td class="taiVe t-last"><a href="/upload/vanban/{i}.pdf"><img src="/assets/ctx/4f1a2b/images/pdf.gif" alt="PDF"/></a></td></tr>'
        for i, (num, day, subj, _s, _p) in DOCS.items()
    )
    main = f"""
<div class="duongDan"><a href="/">Trang chủ</a> » <a href="/vanban">Văn bản</a></div>
<div class="tdDanhMuc">Văn bản</div>
<div class="t-data-grid"><table class="t-data-grid"><thead><tr><th>Số hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th><th>Tải về</th></tr></thead>
<tbody>{rows}</tbody></table></div>"""
    return page(f"Văn bản | {SCHOOL}", main, body_class="vanban")


def vanban_entry(doc_id: int) -> str | None:
    if doc_id not in DOCS:
        return None
    num, day, subj, signer, post = DOCS[doc_id]
    d = datetime.fromisoformat(day)
    kind = {"TB": "THÔNG BÁO", "KH": "KẾ HOẠCH", "QĐ": "QUYẾT ĐỊNH"}[num.split("/")[1].split("-")[0]]
    main = f"""
<div class="duongDan"><a href="/">Trang chủ</a> » <a href="/vanban">Văn bản</a></div>
<div class="ctVanBan">
<table style="width:100%"><tr><td style="text-align:center">TỈNH ỦY HÒA BÌNH<br/><b>TRƯỜNG CHÍNH TRỊ</b><br/>Số: {esc(num)}</td>
<td style="text-align:center"><b>ĐẢNG CỘNG SẢN VIỆT NAM</b><br/><i>Hòa Bình, ngày {d.day:02d} tháng {d.month:02d} năm {d.year}</i></td></tr></table>
<p style="text-align:center"><b>{kind}</b><br/>{esc(subj)}</p>
<table class="ttVanBan"><tr><td>Số hiệu:</td><td>{esc(num)}</td></tr><tr><td>Ngày ban hành:</td><td>{d.day:02d}/{d.month:02d}/{d.year}</td></tr>
<tr><td>Người ký:</td><td>{esc(signer)}</td></tr><tr><td>Chức vụ:</td><td>{esc(post)}</td></tr></table>
<p>Tệp đính kèm: <a href="/upload/vanban/{doc_id}.pdf">{doc_id}-{num.split("/")[1].lower()}.pdf</a></p>
</div>"""
    return page(f"{subj} | {SCHOOL}", main, body_class="vanban")


GIOITHIEU = [
    "Trường Chính trị tỉnh Hòa Bình tiền thân là Trường Đảng tỉnh Hòa Bình, được thành lập năm 1949.",
    "Trải qua hơn 75 năm xây dựng và phát triển, Nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn "
    "lượt cán bộ, đảng viên cho hệ thống chính trị các cấp của tỉnh.",
    "Nhà trường vinh dự được Đảng, Nhà nước tặng thưởng Huân chương Lao động hạng Nhất, hạng Nhì, "
    "hạng Ba và nhiều phần thưởng cao quý khác.",
]


def gioithieu(request: Request) -> str:
    paras = "".join(f'<p style="text-align: justify;">{esc(t)}</p>' for t in GIOITHIEU)
    main = f"""
<div class="duongDan"><a href="/">Trang chủ</a> » <a href="/gioithieu">Giới thiệu</a></div>
<div class="ctTin" t:id="ctTin">
  <div class="tieuDeTin"><span id="lblTieuDe">Lịch sử hình thành và phát triển Trường Chính trị tỉnh Hòa Bình</span></div>
  <div class="ttTin"><span class="ngayDang">{java_date("2015-01-15T08:00:00")}</span> | <span>Người đăng: hb_quantri</span> | <span>Lượt xem: 15482</span></div>
  <div id="noiDung" class="noiDungTin">{paras}
  <p style="text-align:center"><img src="/upload/gioithieu/toan-canh-truong.jpg" alt="Toàn cảnh Nhà trường"/></p></div>
</div>"""
    return page(f"Giới thiệu | {SCHOOL}", main, body_class="gioithieu")


def cocautochuc() -> str:
    units = [
        "Ban Giám hiệu: Hiệu trưởng và 02 Phó Hiệu trưởng",
        "Phòng Tổ chức - Hành chính",
        "Phòng Quản lý đào tạo",
        "Phòng Đào tạo và Nghiên cứu khoa học",
        "Khoa Lý luận cơ sở",
        "Khoa Xây dựng Đảng",
        "Khoa Nhà nước và Pháp luật",
        "Khoa Dân vận",
    ]
    items = "".join(f"<li>{esc(u)}</li>" for u in units)
    main = f"""
<div class="duongDan"><a href="/">Trang chủ</a> » <a href="/gioithieu">Giới thiệu</a> » Cơ cấu tổ chức</div>
<div class="tdDanhMuc">Cơ cấu tổ chức</div><ul class="coCau">{items}</ul>"""
    return page(f"Cơ cấu tổ chức | {SCHOOL}", main, body_class="gioithieu")


def lienhe() -> str:
    main = f"""
<div class="duongDan"><a href="/">Trang chủ</a> » Liên hệ</div>
<div class="tdDanhMuc">Liên hệ</div>
<p><b>{esc(SCHOOL)}</b></p><p>Địa chỉ: Đường Trần Quý Cáp, phường Tân Thịnh, tỉnh Hòa Bình</p>
<p>Điện thoại: 0218.3852.106</p><p>Email: tct@hoabinh.gov.vn</p>
<form action="/lienhe.frmlienhe" method="post"><div class="t-invisible"><input type="hidden" name="t:formdata" value="{opaque("lienhe", 64)}"/></div>
<input type="text" name="hoTen"/><textarea name="noiDung"></textarea><input type="submit" value="Gửi"/></form>"""
    return page(f"Liên hệ | {SCHOOL}", main, body_class="lienhe")


def search_page() -> str:
    main = '<div class="tdDanhMuc">Kết quả tìm kiếm</div><p>Không tìm thấy kết quả phù hợp.</p>'
    return page(f"Tìm kiếm | {SCHOOL}", main, body_class="timkiem")


# --- routing ----------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^/chitiettin/(\d+)(?:/([a-z0-9-]+))?$")
_LIST = re.compile(r"^/tintuc/(\d+)(?:/(\d+))?$")
_PAGER = re.compile(r"^/tintuc\.grid\.pager/(\d+)$")
_PAGELINK = re.compile(r"^/tintuc:pagelink/(\d+)$")
_SORT = "/tintuc.grid.columns:sort/ngayDang"
_DOC = re.compile(r"^/vanban/chitiet/(\d+)$")


def _cat_param(request: Request) -> int | None:
    value = request.params.get("t:ac", "")
    return int(value) if value.isdigit() and int(value) in CATS else None


def _list_path(cat: int, n: int) -> str:
    return f"/tintuc/{cat}" if n == 1 else f"/tintuc/{cat}/{n}"


class TapestrySite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        # URL rewriting: the container takes any session id off the path (an unknown one only
        # starts a new session)
        path = path.partition(";jsessionid=")[0]
        if path.startswith("/upload/vanban/") and path.endswith(".pdf"):
            doc = path.rsplit("/", 1)[1].removesuffix(".pdf")
            if doc.isdigit() and int(doc) in DOCS:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if path.startswith(("/upload/", "/assets/")) or path == "/favicon.ico":
            return static_file(path)
        if request.method == "POST":
            if path == "/chitiettin.frmbinhluan":
                sid = request.params.get("t:ac", "")
                if sid.isdigit() and int(sid) in BY_ID:
                    return redirect(canonical(BY_ID[int(sid)]))
                return None
            if path in ("/timkiem.frmtimkiem",):
                return html(search_page())
            if path in ("/index.binhchon", "/lienhe.frmlienhe"):
                return redirect("/" if path.startswith("/index") else "/lienhe")
            return None
        if path in ("/", "/index"):
            return home(request)
        if m := _ARTICLE.match(path):
            story = BY_ID.get(int(m.group(1)))
            return html(article_page(request, story)) if story else None
        if m := _LIST.match(path):
            body = list_page(int(m.group(1)), int(m.group(2) or 1))
            return html(body) if body else None
        if m := _PAGER.match(path):
            cat = _cat_param(request)
            if cat is None or CATS[cat][1] != "grid":
                return None
            n = int(m.group(1))
            return redirect(_list_path(cat, n)) if list_page(cat, n) else None
        if path == _SORT:
            cat = _cat_param(request)
            return redirect(_list_path(cat, 1)) if cat is not None else None
        if m := _PAGELINK.match(path):
            cat = _cat_param(request)
            if cat is None or CATS[cat][1] != "loop":
                return None
            body = list_page(cat, int(m.group(1)))
            return html(body) if body else None
        if path == "/vanban":
            return html(vanban_list())
        if m := _DOC.match(path):
            body = vanban_entry(int(m.group(1)))
            return html(body) if body else None
        if path == "/gioithieu":
            return html(gioithieu(request))
        if path == "/gioithieu/cocautochuc":
            return html(cocautochuc())
        if path == "/lienhe":
            return html(lienhe())
        return None


def build_site() -> TapestrySite:
    return TapestrySite()


# --- gold -------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = [
        f"/chitiettin/{story.id}",
        f"/chitiettin/{story.id};jsessionid={JSESSIONID}",
        f"{canonical(story)};jsessionid={JSESSIONID}",
    ]
    if story.opts.get("old_slug"):
        alts.append(f"/chitiettin/{story.id}/{story.opts['old_slug']}")
    return alts


def _gold(story: Story) -> dict:
    record = gold_record(
        story,
        canonical(story),
        CATS[story.cat][0],
        canonical_path=canonical(story),
        alt_paths=_alt_paths(story),
    )
    return record


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioithieu",
    "/gioithieu/cocautochuc",
    "/lienhe",
    "/vanban/chitiet/41",
    "/vanban/chitiet/38",
    "/vanban/chitiet/35",
]
