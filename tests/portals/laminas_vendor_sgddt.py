"""Sở Giáo dục và Đào tạo tỉnh Bắc Giang: a Laminas MVC (ex Zend Framework 3) vendor portal.

Platform: the e-government portal product of a northern software company ("eGovPortal v4",
Laminas MVC 3, Bootstrap 3 theme). Every page is a Laminas layout (``layout/layout.phtml``)
with ``headTitle`` ("<headline> - <section> - Sở GD&ĐT Bắc Giang", reversed order), a Bootstrap
navbar whose brand is the page's only ``<h1>``, and view scripts that render lists through
``partialLoop`` and pages through ``paginationControl`` (Sliding style, page range 2).

URL scheme (Laminas segment routes, no query strings):
- ``/`` home: carousel "Tin nổi bật", "Tin mới nhất", one block per category (two newest each);
- ``/tin-tuc/danh-muc/id/<cat>`` and ``/tin-tuc/danh-muc/id/<cat>/trang/<N>``: listings, three
  per page, the category's pinned post ("ghim") printed again above each page;
- ``/tin-tuc/xem/id/<id>/tieu-de/<slug>``: an article (the form listings and the canonical use);
  ``/tin-tuc/xem/id/<id>``: the same article (route without the optional ``tieu-de`` segment),
  printed by "Các tin khác" and the sidebar "Xem nhiều"; any slug matching the route's
  constraint serves the article, and the carousel still prints an old slug for a renamed post;
- ``/van-ban`` and ``/van-ban/chi-tiet/id/<id>``: legal documents (not articles);
- ``/gioi-thieu``: the department's introduction; ``/lich-cong-tac/tuan/<N>``: the weekly work
  calendar for ISO weeks 48–50 of 2026 (the edges print no link further);
- ``/tim-kiem``: the search form's target (not linked, answers an empty result page).

Article template (``tin-tuc/xem.phtml``): breadcrumb, ``<h2 class="tde-bv">`` headline, a line
``div.tt-bv`` with the date through the ``dateFormat`` helper (ICU vi_VN MEDIUM: "3 thg 12,
2026 14:30") inside ``<time datetime>`` (the DateTime printed in UTC), the poster's account and
views; an optional ``p.lead`` sapo; then Bootstrap tabs "Nội dung" / "Tệp đính kèm" / "Ý kiến
bạn đọc". The "Nội dung" pane holds ``div.nd-bv``: the content blocks rendered by a partialLoop
(``div.kn.kn-vb`` text, ``div.kn.kn-anh`` image) or, for posts typed into the old plain textarea,
``nl2br`` text; after them a related list ``ul.ds-lq`` and a ``dl.dl-horizontal`` of fields
("Tác giả", "Nguồn", "Lượt xem"). Below the tabs: tools, "Các tin khác" (bare-id links).

How each gold article is reached: the home page links the newest ones (slug form), the
category listings link all of them; 4520 and 4533 (page 3 and 2 of "Tin hoạt động") and 4515
(page 2 of "Giáo dục Trung học") are linked nowhere else.

Traps:
1. The page's ``<h1>`` is the site name (Bootstrap navbar brand); the headline is ``h2.tde-bv``
   and ``og:title`` cuts long headlines at 60 characters with "..." -> title is the h2, whole.
2. Three URLs per article: slug form, bare ``/id/<id>`` form, and for 4566 an old slug from
   before its headline was edited (carousel) -> path = slug form (the canonical), the bare form
   and the old slug in ``alt_paths``.
3. ``<time datetime>`` holds the DateTime in UTC ("2026-12-03T07:30:00+00:00"); the printed
   text is local time with the ICU abbreviated month "thg" -> published_at in +07:00 from the
   printed text. For a day-only notice (stored as local midnight) the attribute even shows the
   previous day ("2026-12-03T17:00:00+00:00" for a notice of 4 thg 12) -> the printed day.
4. A post printed at "00:00" (4520) -> the day alone.
5. 4559 was typed into the legacy textarea and printed with ``nl2br``: one ``<div>`` of text
   lines separated by ``<br />`` (single between list lines, double between paragraphs) ->
   each non-empty line is a paragraph.
6. The "ảnh có tiêu đề" image block prints its line ABOVE the photo (4550, 4562) -> that line
   is the caption of the photo that follows it; a line "Ảnh: X" only credits -> caption None,
   X a photographer.
7. Reader comments ("Ý kiến bạn đọc") sit in a Bootstrap tab pane next to the text, as
   ``<p>`` with names and dates; the attachments pane lists PDF files -> neither is body.
8. The related list ``ul.ds-lq`` is rendered by a partialLoop INSIDE ``div.nd-bv`` right after
   the text, with no heading -> not body (its items are links to other posts).
9. Authors and source are printed in a ``dl.dl-horizontal`` after the text ("Tác giả:" /
   "Nguồn:"), with degrees ("ThS.") -> authors without the degree, source from "Nguồn"; "BBT"
   there -> nobody; the account "Người đăng: qtv_bgd" in the info line is no author.
10. Lazy images (4537): ``src`` is the theme's ``loading.gif``, the photo is in
    ``data-original``; every ``alt`` repeats the headline -> images from ``data-original``,
    caption only from the printed line.
11. The pinned post (4566) is printed at the top of every page of "Tin hoạt động" as well as
    in its place; the menu links ``/danh-muc/id/1`` and the paginator ``/danh-muc/id/1/trang/1``
    (the same page); with page range 2 page 3 is linked only from page 2.
12. The sapo is a ``p.lead`` outside the tabs for some posts (summary, first body paragraph),
    a bold first paragraph inside the text for others, and absent elsewhere (summary null).

Gold decisions on ambiguous points:
- The category is the breadcrumb's last item (the menu's name for the listing).
- Sign lines at the end of the text ("Tin, ảnh: X", right-aligned unit) are bylines, not body.
- 4541 is signed "Phòng Tổ chức cán bộ" at the end of the text while its "Tác giả:" field says
  "BBT": the unit that signs is the author (BBT is nobody, the sign line names someone).
- Comments' dates, the related list's and "Các tin khác"'s dates are never the article's date.
- Table rows inside the text are paragraphs with cells joined by " | " (header row included).
- The "Thông báo" template prints the day only: published_at is the day.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file

NAME = "laminas_vendor_sgddt"
PLATFORM = "Laminas MVC (Zend Framework 3) vendor e-government portal, Bootstrap 3"
START_PATH = "/"

SITE = "Sở GD&ĐT Bắc Giang"
TZ = timezone(timedelta(hours=7))

CATS = {
    1: "Tin hoạt động",
    2: "Giáo dục Trung học",
    3: "Giáo dục Mầm non - Tiểu học",
    4: "Thông báo",
}
PER_PAGE = 3
PINNED = {1: 4566}
MOST_READ = [4566, 4550, 4568, 4562, 4571]
VIEWS_OFFSET = 211

U = "/uploads/tin-tuc/2026"


def _sign(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


STORIES: list[Story] = [
    Story(
        id=4571,
        slug="tong-ket-hoi-khoe-phu-dong-cap-tinh-lan-thu-xi",
        title="Tổng kết Hội khỏe Phù Đổng tỉnh Bắc Giang lần thứ XI năm 2026",
        cat="Tin hoạt động",
        published_at="2026-12-04T15:20:00+07:00",
        summary=(
            "Chiều 04/12, Sở GD&ĐT phối hợp với Sở Văn hóa, Thể thao và Du lịch tổ chức lễ tổng kết, "
            "trao giải Hội khỏe Phù Đổng tỉnh Bắc Giang lần thứ XI năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Sau 10 ngày tranh tài sôi nổi, Hội khỏe Phù Đổng lần thứ XI đã thu hút hơn 2.300 vận động "
                "viên là học sinh của 10 huyện, thị xã, thành phố và các trường THPT trực thuộc tham gia ở "
                "14 môn thi đấu."
            ),
            Img(
                f"{U}/12/hkpd-tong-ket-1.jpg",
                "Lãnh đạo Sở GD&ĐT trao cờ cho các đơn vị đạt giải Nhất toàn đoàn",
                "Lãnh đạo Sở GD&ĐT trao cờ cho các đơn vị đạt giải Nhất toàn đoàn",
            ),
            P(
                "Kết quả, Ban tổ chức đã trao 412 huy chương Vàng, 415 huy chương Bạc và 620 huy chương "
                "Đồng cho các vận động viên; thành phố Bắc Giang xếp thứ Nhất toàn đoàn khối Tiểu học và "
                "THCS, huyện Việt Yên xếp thứ Nhì, huyện Lạng Giang xếp thứ Ba."
            ),
            P(
                "Phát biểu bế mạc, đồng chí Giám đốc Sở GD&ĐT ghi nhận tinh thần thi đấu trung thực, cao "
                "thượng của các em học sinh và đề nghị các nhà trường tiếp tục đẩy mạnh phong trào tập "
                "luyện thể dục thể thao trong trường học."
            ),
            Img(
                f"{U}/12/hkpd-tong-ket-2.jpg",
                "Tiết mục văn nghệ chào mừng lễ bế mạc",
                "Tiết mục văn nghệ chào mừng lễ bế mạc",
            ),
            _sign("Tin, ảnh: Nguyễn Thị Thu Hà"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        photographers=["Nguyễn Thị Thu Hà"],
        opts={"related": [4566, 4550]},
    ),
    Story(
        id=4566,
        slug="trien-khai-ke-hoach-chuyen-doi-so-nganh-giao-duc-nam-hoc-2026-2027",
        title=(
            "Triển khai Kế hoạch chuyển đổi số ngành Giáo dục và Đào tạo tỉnh Bắc Giang "
            "năm học 2026-2027"
        ),
        cat="Tin hoạt động",
        published_at="2026-12-02T09:05:00+07:00",
        summary=(
            "Sáng 02/12, Sở GD&ĐT tổ chức hội nghị trực tuyến triển khai Kế hoạch chuyển đổi số "
            "ngành Giáo dục năm học 2026-2027 tới 230 điểm cầu trong toàn tỉnh."
        ),
        blocks=[
            P(
                "Sáng 02/12, Sở GD&ĐT tổ chức hội nghị trực tuyến triển khai Kế hoạch chuyển đổi số "
                "ngành Giáo dục năm học 2026-2027 tới 230 điểm cầu trong toàn tỉnh.",
                "lead-bold",
            ),
            P("Kế hoạch đặt ra ba nhóm nhiệm vụ trọng tâm:", ""),
            P("Hoàn thiện cơ sở dữ liệu ngành, kết nối với cơ sở dữ liệu quốc gia về dân cư;", "li"),
            P("100% cơ sở giáo dục sử dụng học bạ số và sổ điểm điện tử;", "li"),
            P("Bồi dưỡng kỹ năng số cho đội ngũ nhà giáo và cán bộ quản lý.", "li"),
            Img(
                f"{U}/12/cds-hoi-nghi.jpg",
                "Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT",
                "Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT",
            ),
            P(
                "Theo kế hoạch, đến hết tháng 5/2027 toàn bộ hồ sơ tuyển sinh đầu cấp sẽ được tiếp nhận "
                "trực tuyến; các phòng GD&ĐT chịu trách nhiệm rà soát hạ tầng mạng tại các trường vùng "
                "khó khăn."
            ),
        ],
        authors=["Đỗ Văn Long"],
        opts={
            "dl_author": "ThS. Đỗ Văn Long",
            "old_slug": "trien-khai-ke-hoach-chuyen-doi-so-nganh-giao-duc-nam-2026",
            "attach": [("KH-2114-SGDDT.pdf", "Kế hoạch số 2114/KH-SGDĐT")],
        },
    ),
    Story(
        id=4559,
        slug="boi-duong-giao-vien-cot-can-mon-tin-hoc",
        title="Bồi dưỡng giáo viên cốt cán môn Tin học cấp THCS",
        cat="Tin hoạt động",
        published_at="2026-11-28T16:45:00+07:00",
        blocks=[
            P(
                "Từ ngày 25 đến 28/11, Sở GD&ĐT tổ chức lớp bồi dưỡng giáo viên cốt cán môn Tin học cấp "
                "THCS cho 86 giáo viên đến từ các phòng GD&ĐT."
            ),
            P("Nội dung bồi dưỡng gồm:"),
            P("- Dạy học lập trình trực quan theo Chương trình GDPT 2018;", "br"),
            P("- Xây dựng kế hoạch bài dạy tích hợp STEM;", "br"),
            P("- Kiểm tra, đánh giá năng lực số của học sinh.", "br"),
            P(
                "Kết thúc lớp học, 100% học viên hoàn thành bài thu hoạch và được cấp giấy chứng nhận. Các "
                "giáo viên cốt cán có trách nhiệm tập huấn lại cho giáo viên tại đơn vị trước ngày 20/12."
            ),
        ],
        authors=["Phòng Giáo dục Trung học"],
        opts={"nl2br": True, "dl_author": "Phòng Giáo dục Trung học"},
    ),
    Story(
        id=4550,
        slug="gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="Tin hoạt động",
        published_at="2026-11-20T10:00:00+07:00",
        summary=(
            "Sáng 19/11, Sở GD&ĐT tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - "
            "20/11/2026) và tôn vinh 45 nhà giáo tiêu biểu."
        ),
        sapo_outside=True,
        blocks=[
            Img(f"{U}/11/gap-mat-20-11-1.jpg", "Ảnh: Trần Văn Minh", None, "above"),
            P(
                "Dự buổi gặp mặt có đồng chí Phó Chủ tịch UBND tỉnh, lãnh đạo các sở, ngành và đại diện "
                "các thế hệ nhà giáo trong tỉnh."
            ),
            P(
                "Năm học 2025-2026, ngành Giáo dục Bắc Giang có 14 học sinh đạt giải trong kỳ thi chọn học "
                "sinh giỏi quốc gia; tỷ lệ tốt nghiệp THPT đạt 99,6%."
            ),
            Img(
                f"{U}/11/gap-mat-20-11-2.jpg",
                "Các nhà giáo tiêu biểu nhận Bằng khen của Chủ tịch UBND tỉnh",
                "Các nhà giáo tiêu biểu nhận Bằng khen của Chủ tịch UBND tỉnh",
                "above",
            ),
            P(
                "Dịp này, 45 nhà giáo được tặng Bằng khen của Chủ tịch UBND tỉnh vì có thành tích xuất sắc "
                "trong sự nghiệp trồng người."
            ),
        ],
        authors=["Lê Thu Trang"],
        photographers=["Trần Văn Minh"],
        opts={"dl_author": "Lê Thu Trang", "comments": 2},
    ),
    Story(
        id=4541,
        slug="ket-qua-hoi-thi-giao-vien-day-gioi-cap-tinh",
        title="Kết quả Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT",
        cat="Tin hoạt động",
        published_at="2026-11-12T08:30:00+07:00",
        blocks=[
            P(
                "Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026-2027 diễn ra từ ngày 02 đến "
                "10/11 với 168 giáo viên dự thi ở 12 môn học."
            ),
            P("Kết quả xếp loại theo môn:"),
            P("Môn | Số GV dự thi | Giỏi | Tỷ lệ", "tr"),
            P("Ngữ văn | 18 | 15 | 83,3%", "tr"),
            P("Toán | 20 | 17 | 85,0%", "tr"),
            P("Tiếng Anh | 16 | 14 | 87,5%", "tr"),
            P(
                "Sở GD&ĐT sẽ tặng Giấy khen cho các giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh "
                "tại hội nghị sơ kết học kỳ I."
            ),
            Raw('<p style="text-align: right;"><em>Phòng Tổ chức cán bộ</em></p>'),
        ],
        authors=["Phòng Tổ chức cán bộ"],
        opts={"dl_author": "BBT"},
    ),
    Story(
        id=4533,
        slug="hoc-sinh-bac-giang-tham-gia-ngay-hoi-stem",
        title="Hơn 1.500 học sinh tham gia Ngày hội STEM tỉnh Bắc Giang",
        cat="Tin hoạt động",
        published_at="2026-11-03T14:00:00+07:00",
        summary=(
            "Ngày hội STEM năm 2026 do Sở GD&ĐT tổ chức tại Trường THPT Chuyên Bắc Giang đã thu hút hơn "
            "1.500 học sinh và 120 sản phẩm dự thi."
        ),
        blocks=[
            P(
                "Ngày hội STEM năm 2026 do Sở GD&ĐT tổ chức tại Trường THPT Chuyên Bắc Giang đã thu hút hơn "
                "1.500 học sinh và 120 sản phẩm dự thi.",
                "lead-bold",
            ),
            Img(f"{U}/11/stem-2026.jpg", "Học sinh giới thiệu mô hình robot phân loại rác", "Học sinh giới thiệu mô hình robot phân loại rác"),
            P(
                "Các sản phẩm tập trung vào nông nghiệp thông minh, bảo vệ môi trường và tự động hóa trong "
                "sinh hoạt gia đình. Ban giám khảo chọn 12 sản phẩm tiêu biểu dự cuộc thi cấp quốc gia."
            ),
        ],
        authors=["Hoàng Minh Đức"],
        source="Báo Bắc Giang",
        opts={"dl_author": "Hoàng Minh Đức", "dl_source": "Báo Bắc Giang", "comments": 3},
    ),
    Story(
        id=4520,
        slug="hoi-nghi-giao-ban-hieu-truong-thpt-thang-10",
        title="Hội nghị giao ban hiệu trưởng các trường THPT tháng 10",
        cat="Tin hoạt động",
        published_at="2026-10-22",
        blocks=[
            P(
                "Sở GD&ĐT vừa tổ chức hội nghị giao ban hiệu trưởng các trường THPT, trung tâm GDNN-GDTX "
                "tháng 10 năm 2026."
            ),
            P(
                "Hội nghị đánh giá việc thực hiện kế hoạch giáo dục đầu năm học, công tác bán trú và an "
                "toàn giao thông cho học sinh; đồng thời thống nhất lịch kiểm tra giữa học kỳ I."
            ),
        ],
        opts={"midnight": True},
    ),
    Story(
        id=4568,
        slug="huong-dan-on-thi-tot-nghiep-thpt-nam-2027",
        title="Hướng dẫn ôn thi tốt nghiệp THPT năm 2027",
        cat="Giáo dục Trung học",
        published_at="2026-12-03T14:30:00+07:00",
        blocks=[
            P(
                "Ngày 03/12, Sở GD&ĐT ban hành hướng dẫn tổ chức ôn thi tốt nghiệp THPT năm 2027 cho học "
                "sinh lớp 12."
            ),
            P("1. Thời gian ôn tập", "h"),
            P(
                "Các trường bố trí ôn tập từ tuần 20 của năm học, không quá 4 buổi/tuần, không thu tiền "
                "ôn thi đối với học sinh thuộc hộ nghèo, cận nghèo."
            ),
            P("2. Tài liệu ôn tập", "h"),
            P(
                "Tổ chuyên môn xây dựng ngân hàng câu hỏi theo ma trận đề minh họa của Bộ GD&ĐT, cập nhật "
                "trên hệ thống học trực tuyến của Sở."
            ),
            Img(f"{U}/12/on-thi-2027.jpg", "Giờ ôn tập của học sinh lớp 12 Trường THPT Ngô Sĩ Liên", "Giờ ôn tập của học sinh lớp 12 Trường THPT Ngô Sĩ Liên"),
        ],
        authors=["Phòng GDTrH"],
        opts={"dl_author": "Phòng GDTrH", "related": [4547]},
    ),
    Story(
        id=4547,
        slug="thi-chon-hoc-sinh-gioi-lop-12-cap-tinh",
        title="Gần 1.200 thí sinh dự thi chọn học sinh giỏi lớp 12 cấp tỉnh",
        cat="Giáo dục Trung học",
        published_at="2026-11-17T07:45:00+07:00",
        summary=(
            "Ngày 17/11, gần 1.200 thí sinh bước vào kỳ thi chọn học sinh giỏi văn hóa lớp 12 cấp "
            "tỉnh năm học 2026-2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Kỳ thi được tổ chức tại 4 điểm thi với 10 môn: Toán, Vật lí, Hóa học, Sinh học, Tin học, "
                "Ngữ văn, Lịch sử, Địa lí, Tiếng Anh và Giáo dục kinh tế và pháp luật."
            ),
            P(
                "Đoàn kiểm tra của Sở đã kiểm tra công tác coi thi tại các điểm; kỳ thi diễn ra an toàn, "
                "đúng quy chế."
            ),
        ],
        authors=["Nguyễn Văn Khánh"],
        opts={"dl_author": "Nguyễn Văn Khánh"},
    ),
    Story(
        id=4537,
        slug="truong-thpt-luc-ngan-so-1-don-chuan-quoc-gia",
        title="Trường THPT Lục Ngạn số 1 đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 2",
        cat="Giáo dục Trung học",
        published_at="2026-11-06T15:10:00+07:00",
        blocks=[
            P(
                "Chiều 06/11, Trường THPT Lục Ngạn số 1 long trọng tổ chức lễ đón Bằng công nhận trường "
                "đạt chuẩn quốc gia mức độ 2."
            ),
            Img(f"{U}/11/lucngan1-chuan-1.jpg", None, None, "lazy"),
            P(
                "Trong 5 năm qua, nhà trường đã đầu tư xây mới 12 phòng học bộ môn, nhà đa năng và thư viện "
                "điện tử; chất lượng giáo dục toàn diện được nâng lên rõ rệt."
            ),
            Img(
                f"{U}/11/lucngan1-chuan-2.jpg",
                "Tập thể giáo viên nhà trường chụp ảnh lưu niệm",
                "Tập thể giáo viên nhà trường chụp ảnh lưu niệm",
                "lazy",
            ),
        ],
        authors=["Vũ Thị Ngọc"],
        opts={"dl_author": "CN. Vũ Thị Ngọc"},
    ),
    Story(
        id=4515,
        slug="tap-huan-day-hoc-mon-giao-duc-kinh-te-va-phap-luat",
        title="Tập huấn dạy học môn Giáo dục kinh tế và pháp luật",
        cat="Giáo dục Trung học",
        published_at="2026-10-15T13:30:00+07:00",
        blocks=[
            P(
                "Trong hai ngày 14 và 15/10, Sở GD&ĐT tập huấn phương pháp dạy học môn Giáo dục kinh tế và "
                "pháp luật cho 150 giáo viên THPT."
            ),
            P(
                "Báo cáo viên là giảng viên Trường Đại học Sư phạm Hà Nội đã hướng dẫn xây dựng chủ đề dạy "
                "học gắn với thực tiễn địa phương và đánh giá theo định hướng phát triển năng lực."
            ),
        ],
        source="Báo Bắc Giang",
        opts={"dl_author": "BBT", "dl_source": "Báo Bắc Giang"},
    ),
    Story(
        id=4562,
        slug="thi-giao-vien-mam-non-gioi-cap-tinh",
        title="Hội thi giáo viên mầm non giỏi cấp tỉnh: 96 giáo viên đạt giải",
        cat="Giáo dục Mầm non - Tiểu học",
        published_at="2026-11-30T17:00:00+07:00",
        blocks=[
            P(
                "Sau 5 ngày thi, Hội thi giáo viên dạy giỏi cấp học mầm non tỉnh Bắc Giang đã bế mạc với 96 "
                "giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh."
            ),
            Img(
                f"{U}/11/mam-non-gioi.jpg",
                "Một giờ hoạt động của cô và trẻ Trường Mầm non Hoa Sen (Yên Dũng)",
                "Một giờ hoạt động của cô và trẻ Trường Mầm non Hoa Sen (Yên Dũng)",
                "above",
            ),
            P(
                "Các giáo viên đã thể hiện tốt việc tổ chức hoạt động lấy trẻ làm trung tâm, ứng dụng công "
                "nghệ thông tin và tận dụng nguyên vật liệu địa phương."
            ),
            P("Giải Nhất thuộc về cô Nguyễn Thị Hằng, Trường Mầm non Thị trấn Neo.", ""),
            P("Hai giải Nhì thuộc về các trường Mầm non Hoa Sen và Mầm non Tân Tiến.", "br"),
        ],
        authors=["Phòng GDMN-GDTH"],
        opts={"dl_author": "Phòng GDMN-GDTH", "comments": 1},
    ),
    Story(
        id=4570,
        slug="thong-bao-tuyen-dung-vien-chuc-nam-2026",
        title="Thông báo tuyển dụng viên chức các trường THPT năm 2026 (đợt 2)",
        cat="Thông báo",
        published_at="2026-12-04",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo Bắc Giang thông báo tuyển dụng 64 chỉ tiêu viên chức giảng dạy tại "
                "các trường THPT công lập trực thuộc năm 2026 (đợt 2)."
            ),
            P(
                "Thời gian nhận phiếu đăng ký dự tuyển: từ ngày 07/12/2026 đến hết ngày 05/01/2027 (trong "
                "giờ hành chính)."
            ),
            P(
                "Địa điểm: Phòng Tổ chức cán bộ, Sở GD&ĐT Bắc Giang, số 50 đường Hùng Vương, phường Ngô "
                "Quyền, thành phố Bắc Giang."
            ),
        ],
        opts={
            "day_only": True,
            "dl_author": "BBT",
            "attach": [
                ("TB-2151-SGDDT.pdf", "Thông báo số 2151/TB-SGDĐT"),
                ("Phieu-dang-ky-du-tuyen.pdf", "Mẫu phiếu đăng ký dự tuyển"),
            ],
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}
CAT_ID = {name: cid for cid, name in CATS.items()}


def _key(s: Story) -> str:
    return s.published_at or ""


def cat_stories(cid: int) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == CATS[cid]), key=_key, reverse=True)


def slug_path(s: Story) -> str:
    return f"/tin-tuc/xem/id/{s.id}/tieu-de/{s.slug}"


def bare_path(s: Story) -> str:
    return f"/tin-tuc/xem/id/{s.id}"


def _dt(s: Story) -> datetime:
    day = s.published_at or "2026-10-01"
    if len(day) == 10:
        return datetime.fromisoformat(day + "T00:00:00+07:00")
    return datetime.fromisoformat(day)


def icu_medium(dt: datetime, with_time: bool = True) -> str:
    """The dateFormat helper with vi_VN, MEDIUM date (and SHORT time): "3 thg 12, 2026 14:30"."""
    day = f"{dt.day} thg {dt.month}, {dt.year}"
    return f"{day} {dt:%H:%M}" if with_time else day


def utc_attr(dt: datetime) -> str:
    return dt.astimezone(UTC).isoformat()


# --- layout -------------------------------------------------------------------------------------

_MENU_CATS = "".join(
    f'<li><a href="/tin-tuc/danh-muc/id/{cid}">{esc(name)}</a></li>' for cid, name in CATS.items()
)


def _layout(title_parts: list[str], content: str, *, canonical: str = "", og: str = "", extra_head: str = "") -> str:
    head_title = " - ".join([*title_parts, SITE])
    meta = ""
    if canonical:
        meta += f'<link rel="canonical" href="{esc(canonical)}">\n'
    if og:
        meta += og
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(head_title)}</title>
{meta}{extra_head}<link href="/public/css/bootstrap.min.css" media="screen" rel="stylesheet" type="text/css">
<link href="/public/css/egov-portal.css" media="screen" rel="stylesheet" type="text/css">
<link href="/public/img/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon">
</head>
<body class="egov-theme-xanh">
<div id="top-bar" class="hidden-xs"><div class="container">
<span class="pull-left"><span class="glyphicon glyphicon-calendar"></span> Thứ Bảy, 05/12/2026</span>
<span class="pull-right"><a href="http://sgddt.bacgiang.gov.vn/en">English</a> | <a href="#">Sơ đồ cổng</a> | <a href="#">Đăng nhập</a></span>
</div></div>
<header id="banner"><div class="container">
<img src="/public/img/logo-sgd.png" alt="Logo Sở GD&amp;ĐT Bắc Giang" class="pull-left">
<div class="bn-text"><p class="bn-ubnd">UBND TỈNH BẮC GIANG</p></div>
</div></header>
<nav class="navbar navbar-default navbar-static-top" role="navigation"><div class="container">
<div class="navbar-header">
<button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#mnu-chinh"><span class="icon-bar"></span><span class="icon-bar"></span></button>
<h1 class="navbar-brand"><a href="/">SỞ GIÁO DỤC VÀ ĐÀO TẠO BẮC GIANG</a></h1>
</div>
<div class="collapse navbar-collapse" id="mnu-chinh"><ul class="nav navbar-nav">
<li><a href="/"><span class="glyphicon glyphicon-home"></span></a></li>
<li><a href="/gioi-thieu">Giới thiệu</a></li>
<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Tin tức <b class="caret"></b></a>
<ul class="dropdown-menu">{_MENU_CATS}</ul></li>
<li><a href="/van-ban">Văn bản</a></li>
<li><a href="/lich-cong-tac/tuan/49">Lịch công tác</a></li>
<li><a href="https://dichvucong.bacgiang.gov.vn" target="_blank">Dịch vụ công</a></li>
</ul>
<form class="navbar-form navbar-right" action="/tim-kiem" method="get" role="search">
<div class="form-group"><input type="text" name="tu-khoa" class="form-control" placeholder="Tìm kiếm..."></div>
<button type="submit" class="btn btn-default"><span class="glyphicon glyphicon-search"></span></button>
</form></div>
</div></nav>
<div class="container" id="noi-dung-chinh">
{content}
</div>
<footer id="chan-trang"><div class="container"><div class="row">
<div class="col-md-8">
<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC GIANG</strong></p>
<p>Địa chỉ: Số 50 đường Hùng Vương, phường Ngô Quyền, thành phố Bắc Giang, tỉnh Bắc Giang</p>
<p>Điện thoại: 0204.3854.420 - Fax: 0204.3856.349 - Email: sgddt@bacgiang.gov.vn</p>
<p>Chịu trách nhiệm chính: Giám đốc Sở GD&amp;ĐT Bắc Giang</p>
</div>
<div class="col-md-4 text-right"><p>&copy; 2026 Sở GD&amp;ĐT Bắc Giang. Phát triển bởi eGov Portal v4.2</p>
<p><a href="https://www.facebook.com/sgddtbacgiang" target="_blank">Facebook</a> | <a href="https://www.youtube.com/@sgddtbacgiang" target="_blank">YouTube</a></p></div>
</div></div></footer>
<script src="/public/js/jquery.min.js"></script>
<script src="/public/js/bootstrap.min.js"></script>
<script src="/public/js/jquery.lazyload.min.js"></script>
<script>$(function(){{$("img.lazy").lazyload();}});</script>
</body>
</html>"""


def _sidebar() -> str:
    most = "".join(
        f'<li class="list-group-item"><a href="{bare_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    return f"""<div class="col-md-4" id="cot-phai">
<div class="panel panel-primary"><div class="panel-heading"><h3 class="panel-title">Thông báo</h3></div>
<div class="panel-body"><marquee direction="up" scrollamount="2" height="90">
<p><a href="/van-ban/chi-tiet/id/452">Kế hoạch tổ chức thi chọn học sinh giỏi văn hóa lớp 9 cấp tỉnh</a></p>
</marquee></div></div>
<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">Xem nhiều</h3></div>
<ul class="list-group xem-nhieu">{most}</ul></div>
<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">Liên kết</h3></div>
<div class="panel-body"><select class="form-control" onchange="window.open(this.value)">
<option value="">-- Liên kết website --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://bacgiang.gov.vn">Cổng TTĐT tỉnh Bắc Giang</option>
</select>
<a href="https://moet.gov.vn" target="_blank"><img src="/public/img/banner-bo-gddt.png" alt="Bộ GD&amp;ĐT" class="img-responsive"></a></div></div>
<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">Thăm dò ý kiến</h3></div>
<div class="panel-body"><p>Bạn đánh giá thế nào về cổng thông tin?</p>
<div class="radio"><label><input type="radio" name="bc" value="1"> Rất hữu ích</label></div>
<div class="radio"><label><input type="radio" name="bc" value="2"> Bình thường</label></div>
<button class="btn btn-xs btn-primary" type="button">Biểu quyết</button></div></div>
<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">Thống kê truy cập</h3></div>
<div class="panel-body"><p>Đang online: 37</p><p>Hôm nay: 1.482</p><p>Tổng truy cập: 3.927.614</p></div></div>
</div>"""


def _page(title_parts: list[str], crumbs: list[tuple[str, str | None]], main: str, **kw) -> str:
    items = "".join(
        f'<li><a href="{href}">{esc(label)}</a></li>' if href else f'<li class="active">{esc(label)}</li>'
        for label, href in [("Trang chủ", "/"), *crumbs]
    )
    content = f"""<ol class="breadcrumb">{items}</ol>
<div class="row"><div class="col-md-8" id="cot-giua">
{main}
</div>
{_sidebar()}</div>"""
    return _layout(title_parts, content, **kw)


# --- article ------------------------------------------------------------------------------------


def _img(img: Img, s: Story) -> str:
    if img.style == "lazy":
        tag = (
            f'<img src="/public/img/loading.gif" data-original="{img.src}" alt="{esc(s.title)}" '
            f'class="lazy img-responsive center-block" width="640" height="426">'
        )
    else:
        tag = f'<img src="{img.src}" alt="{esc(s.title)}" class="img-responsive center-block">'
    line = f'<p class="kn-anh-ct"><em>{esc(img.printed)}</em></p>' if img.printed else ""
    if img.style == "above":
        return f'<div class="kn kn-anh kn-anh-td">{line.replace("kn-anh-ct", "kn-anh-td-dong")}\n{tag}</div>'
    return f'<div class="kn kn-anh">\n{tag}\n{line}</div>'


def _blocks_html(s: Story) -> str:
    """The partialLoop of content blocks (``tin-tuc/partial/khoi.phtml``)."""
    out: list[str] = []
    blocks = s.blocks
    i = 0
    n = 0
    while i < len(blocks):
        b = blocks[i]
        n += 1
        if isinstance(b, Img):
            out.append(_img(b, s))
            i += 1
            continue
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append(f'<div class="kn kn-vb" id="kn-{s.id}-{n}"><ul>{"".join(items)}</ul></div>')
            continue
        if b.style == "tr":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cell = "th" if first else "td"
                cells = "".join(f"<{cell}>{esc(c)}</{cell}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                first = False
                i += 1
            out.append(
                f'<div class="kn kn-vb" id="kn-{s.id}-{n}"><div class="table-responsive">'
                f'<table class="table table-bordered table-condensed"><tbody>{"".join(rows)}</tbody></table></div></div>'
            )
            continue
        if b.style == "h":
            out.append(f'<div class="kn kn-vb" id="kn-{s.id}-{n}"><h4><strong>{esc(b.text)}</strong></h4></div>')
            i += 1
            continue
        # a paragraph, with the "br" paragraphs after it printed in the same <p>
        lines = [esc(b.text)]
        i += 1
        while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
            lines.append(esc(blocks[i].text))
            i += 1
        inner = "<br />\n".join(lines)
        if b.style == "lead-bold":
            inner = f"<strong>{inner}</strong>"
        out.append(f'<div class="kn kn-vb" id="kn-{s.id}-{n}"><p style="text-align: justify;">{inner}</p></div>')
    return "\n".join(out)


def _nl2br_html(s: Story) -> str:
    """A post from the old textarea: ``nl2br($this->escapeHtml($noiDung))``."""
    parts: list[str] = []
    for b in s.blocks:
        assert isinstance(b, P)
        if parts:
            parts.append("<br />\n" if b.style == "br" else "<br />\n<br />\n")
        parts.append(esc(b.text))
    return f'<div class="nd-text">{"".join(parts)}</div>'


def _comments(s: Story) -> str:
    data = [
        ("Phụ huynh Nguyễn Văn Tám", "Cảm ơn các thầy cô đã tận tâm với học sinh, chúc ngành Giáo dục tỉnh nhà ngày càng phát triển."),
        ("Trần Thị Lan", "Đề nghị Sở đăng tải thêm hình ảnh các sản phẩm đạt giải để các trường tham khảo."),
        ("Giáo viên THCS Việt Yên", "Một hoạt động rất ý nghĩa, học sinh trường tôi rất hào hứng tham gia."),
    ][: s.opts.get("comments", 0)]
    if not data:
        return '<p class="text-muted">Chưa có ý kiến nào.</p>'
    dt = _dt(s)
    rows = []
    for k, (who, said) in enumerate(data):
        when = icu_medium(dt + timedelta(hours=5 + 7 * k, minutes=13 * k))
        rows.append(
            f'<div class="media yk-muc"><div class="media-body"><p><strong>{esc(who)}</strong> '
            f'<small class="text-muted">{when}</small></p><p>{esc(said)}</p></div></div>'
        )
    return "\n".join(rows)


def _attachments(s: Story) -> str:
    files = s.opts.get("attach", [])
    if not files:
        return '<p class="text-muted">Không có tệp đính kèm.</p>'
    rows = "".join(
        f'<tr><td>{k}</td><td><a href="/uploads/files/2026/{fn}" target="_blank"><span class="glyphicon glyphicon-paperclip"></span> {esc(label)}</a></td></tr>'
        for k, (fn, label) in enumerate(files, 1)
    )
    return f'<table class="table table-striped"><thead><tr><th>STT</th><th>Tệp</th></tr></thead><tbody>{rows}</tbody></table>'


def _related(s: Story) -> str:
    ids = s.opts.get("related", [])
    if not ids:
        return ""
    items = "".join(
        f'<li><a href="{slug_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a> <small>({icu_medium(_dt(BY_ID[i]), False)})</small></li>'
        for i in ids
    )
    return f'<ul class="ds-lq">{items}</ul>'


def _others(s: Story) -> str:
    same = [o for o in cat_stories(CAT_ID[s.cat]) if o.id != s.id]
    limit = 4 if CAT_ID[s.cat] == 1 else 2
    items = "".join(
        f'<li><a href="{bare_path(o)}">{esc(o.title)}</a> <span class="text-muted">({icu_medium(_dt(o), False)})</span></li>'
        for o in same[:limit]
    )
    if not items:
        return ""
    return f'<div class="tin-khac"><h4 class="tde-khoi">Các tin khác</h4><ul>{items}</ul></div>'


def article_page(s: Story, request: Request) -> str:
    dt = _dt(s)
    day_only = s.opts.get("day_only", False)
    printed = icu_medium(dt, with_time=not day_only)
    cid = CAT_ID[s.cat]
    lead = f'<p class="lead tomtat">{esc(s.summary)}</p>' if s.sapo_outside and s.summary else ""
    body = _nl2br_html(s) if s.opts.get("nl2br") else _blocks_html(s)
    dl = ""
    if s.opts.get("dl_author") or s.opts.get("dl_source"):
        fields = ""
        if s.opts.get("dl_author"):
            fields += f'<dt>Tác giả:</dt><dd>{esc(s.opts["dl_author"])}</dd>'
        if s.opts.get("dl_source"):
            fields += f'<dt>Nguồn:</dt><dd>{esc(s.opts["dl_source"])}</dd>'
        fields += f"<dt>Lượt xem:</dt><dd>{s.views() + VIEWS_OFFSET}</dd>"
        dl = f'<dl class="dl-horizontal tt-them">{fields}</dl>'
    n_att = len(s.opts.get("attach", []))
    n_cmt = s.opts.get("comments", 0)
    canonical = "http://" + request.headers.get("Host", "127.0.0.1") + slug_path(s)
    og_title = s.title if len(s.title) <= 60 else s.title[:60].rstrip() + "..."
    og_desc = (s.summary or s.paragraphs[0])[:150]
    og = (
        f'<meta property="og:title" content="{esc(og_title)}">\n'
        f'<meta property="og:description" content="{esc(og_desc)}">\n'
        f'<meta property="og:url" content="{esc(canonical)}">\n'
        f'<meta name="description" content="{esc(og_desc)}">\n'
    )
    main = f"""<div class="bv-ct" id="bv-{s.id}">
<h2 class="tde-bv">{esc(s.title)}</h2>
<div class="tt-bv text-muted"><span class="glyphicon glyphicon-time"></span> <time datetime="{utc_attr(dt)}">{printed}</time>
&nbsp;|&nbsp; <span class="glyphicon glyphicon-user"></span> Người đăng: qtv_bgd
&nbsp;|&nbsp; <span class="glyphicon glyphicon-eye-open"></span> {s.views() + VIEWS_OFFSET}</div>
{lead}
<ul class="nav nav-tabs" role="tablist">
<li class="active"><a href="#tab-nd-{s.id}" data-toggle="tab">Nội dung</a></li>
<li><a href="#tab-tdk-{s.id}" data-toggle="tab">Tệp đính kèm ({n_att})</a></li>
<li><a href="#tab-yk-{s.id}" data-toggle="tab">Ý kiến bạn đọc ({n_cmt})</a></li>
</ul>
<div class="tab-content">
<div class="tab-pane fade in active" id="tab-nd-{s.id}">
<div class="nd-bv">
{body}
{_related(s)}
</div>
{dl}
</div>
<div class="tab-pane fade" id="tab-tdk-{s.id}">{_attachments(s)}</div>
<div class="tab-pane fade" id="tab-yk-{s.id}">{_comments(s)}
<form class="form-horizontal gui-yk" action="{slug_path(s)}#tab-yk-{s.id}" method="post">
<input type="text" name="ho-ten" class="form-control" placeholder="Họ tên">
<textarea name="noi-dung" class="form-control" rows="3"></textarea>
<button type="submit" class="btn btn-primary btn-sm">Gửi ý kiến</button></form></div>
</div>
<div class="cong-cu text-right">
<a href="javascript:window.print()"><span class="glyphicon glyphicon-print"></span> In bài</a>
<a href="mailto:?subject={esc(s.title)}"><span class="glyphicon glyphicon-envelope"></span> Gửi email</a>
<a href="https://www.facebook.com/sharer/sharer.php?u={esc(canonical)}" target="_blank"><img src="/public/img/icon-fb.png" alt="Chia sẻ Facebook"></a>
</div>
{_others(s)}
</div>"""
    return _page(
        [s.title, s.cat],
        [("Tin tức", None), (s.cat, f"/tin-tuc/danh-muc/id/{cid}")],
        main,
        canonical=canonical,
        og=og,
    )


# --- listings -----------------------------------------------------------------------------------


def _item(s: Story, big: bool = False) -> str:
    img = next(iter(s.images), None)
    thumb = (
        f'<a href="{slug_path(s)}" class="pull-left"><img src="{img.src.replace(".jpg", "-thumb.jpg")}" class="media-object" width="120" alt=""></a>'
        if img
        else ""
    )
    teaser = esc((s.summary or s.paragraphs[0])[:180])
    return (
        f'<div class="media tin-muc{" tin-ghim" if big else ""}">{thumb}<div class="media-body">'
        f'<h4 class="media-heading"><a href="{slug_path(s)}">{esc(s.title)}</a></h4>'
        f'<p class="text-muted small">{icu_medium(_dt(s), False)}</p><p>{teaser}</p></div></div>'
    )


def _pagination(cid: int, page: int, pages: int) -> str:
    """paginationControl(…, 'Sliding', 'partial/phan-trang.phtml') with a page range of 2."""
    if pages <= 1:
        return ""
    start = max(1, min(page, pages - 1))
    window = range(start, min(pages, start + 1) + 1)
    base = f"/tin-tuc/danh-muc/id/{cid}/trang/"
    parts = []
    if page > 1:
        parts.append(f'<li><a href="{base}{page - 1}">&laquo; Trước</a></li>')
    for n in window:
        if n == page:
            parts.append(f'<li class="active"><span>{n}</span></li>')
        else:
            parts.append(f'<li><a href="{base}{n}">{n}</a></li>')
    if page < pages:
        parts.append(f'<li><a href="{base}{page + 1}">Sau &raquo;</a></li>')
    return f'<div class="text-center"><ul class="pagination pagination-sm">{"".join(parts)}</ul></div>'


def listing_page(cid: int, page: int) -> str:
    items = cat_stories(cid)
    pages = max(1, (len(items) + PER_PAGE - 1) // PER_PAGE)
    page = max(1, min(page, pages))  # the Laminas paginator clamps an out-of-range page
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    pinned = f'<div class="khoi-ghim">{_item(BY_ID[PINNED[cid]], True)}</div>' if cid in PINNED else ""
    main = f"""<div class="ds-tin">
<h3 class="tde-dm">{esc(CATS[cid])}</h3>
{pinned}
{"".join(_item(s) for s in chunk)}
{_pagination(cid, page, pages)}
</div>"""
    return _page([CATS[cid]], [("Tin tức", None), (CATS[cid], None)], main)


def home_page() -> str:
    featured = [
        (BY_ID[4566], f"/tin-tuc/xem/id/4566/tieu-de/{BY_ID[4566].opts['old_slug']}", "Triển khai Kế hoạch chuyển đổi số ngành Giáo dục năm 2026"),
        (BY_ID[4571], slug_path(BY_ID[4571]), BY_ID[4571].title),
        (BY_ID[4568], slug_path(BY_ID[4568]), BY_ID[4568].title),
    ]
    slides = "".join(
        f'<div class="item{" active" if k == 0 else ""}"><a href="{href}"><img src="{(s.images[0].src if s.images else "/public/img/no-image.jpg")}" alt=""></a>'
        f'<div class="carousel-caption"><h3><a href="{href}">{esc(label)}</a></h3></div></div>'
        for k, (s, href, label) in enumerate(featured)
    )
    newest = sorted(STORIES, key=_key, reverse=True)[:5]
    new_list = "".join(
        f'<li><a href="{slug_path(s)}">{esc(s.title)}</a> <small class="text-muted">{icu_medium(_dt(s), False)}</small></li>'
        for s in newest
    )
    blocks = ""
    for cid, name in CATS.items():
        two = cat_stories(cid)[:2]
        blocks += (
            f'<div class="col-sm-6"><div class="panel panel-default khoi-dm"><div class="panel-heading">'
            f'<a href="/tin-tuc/danh-muc/id/{cid}">{esc(name)}</a></div><div class="panel-body">'
            f'{"".join(_item(s) for s in two)}</div></div></div>'
        )
    content = f"""<div class="row"><div class="col-md-8" id="cot-giua">
<div id="tin-noi-bat" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{slides}</div>
<a class="left carousel-control" href="#tin-noi-bat" data-slide="prev"><span class="glyphicon glyphicon-chevron-left"></span></a>
<a class="right carousel-control" href="#tin-noi-bat" data-slide="next"><span class="glyphicon glyphicon-chevron-right"></span></a></div>
<div class="panel panel-primary"><div class="panel-heading">Tin mới nhất</div><ul class="list-unstyled tin-moi">{new_list}</ul></div>
<div class="row">{blocks}</div>
</div>
{_sidebar()}</div>"""
    return _layout(["Trang chủ"], content)


# --- other pages --------------------------------------------------------------------------------

DOCS = {
    451: ("2151/TB-SGDĐT", "04/12/2026", "Thông báo", "Thông báo tuyển dụng viên chức các trường THPT năm 2026 (đợt 2)", "TB-2151-SGDDT.pdf"),
    452: ("2098/KH-SGDĐT", "27/11/2026", "Kế hoạch", "Kế hoạch tổ chức thi chọn học sinh giỏi văn hóa lớp 9 cấp tỉnh năm học 2026-2027", "KH-2098-SGDDT.pdf"),
    453: ("1987/SGDĐT-GDTrH", "10/11/2026", "Công văn", "Hướng dẫn kiểm tra, đánh giá học kỳ I năm học 2026-2027", "CV-1987-SGDDT.pdf"),
}


def docs_page() -> str:
    rows = "".join(
        f'<tr><td>{esc(num)}</td><td>{day}</td><td><a href="/van-ban/chi-tiet/id/{did}">{esc(subj)}</a></td></tr>'
        for did, (num, day, _kind, subj, _fn) in DOCS.items()
    )
    main = (
        '<h3 class="tde-dm">Văn bản chỉ đạo điều hành</h3><table class="table table-bordered table-hover">'
        f"<thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    return _page(["Văn bản"], [("Văn bản", None)], main)


def doc_page(did: int) -> str:
    num, day, kind, subj, fn = DOCS[did]
    main = f"""<h3 class="tde-dm">Chi tiết văn bản</h3>
<table class="table table-bordered ct-vb"><tbody>
<tr><th>Số/Ký hiệu</th><td>{esc(num)}</td></tr>
<tr><th>Ngày ban hành</th><td>{day}</td></tr>
<tr><th>Loại văn bản</th><td>{kind}</td></tr>
<tr><th>Cơ quan ban hành</th><td>Sở Giáo dục và Đào tạo</td></tr>
<tr><th>Trích yếu</th><td>{esc(subj)}</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="/uploads/files/2026/{fn}">{fn}</a></td></tr>
</tbody></table>
<p><a href="/van-ban">&laquo; Danh sách văn bản</a></p>"""
    return _page([subj, "Văn bản"], [("Văn bản", "/van-ban"), (num, None)], main)


def intro_page() -> str:
    main = """<h3 class="tde-dm">Giới thiệu</h3>
<div class="gioi-thieu">
<p>Sở Giáo dục và Đào tạo tỉnh Bắc Giang là cơ quan chuyên môn thuộc UBND tỉnh, tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.</p>
<p>Cơ cấu tổ chức gồm Ban Giám đốc, 6 phòng chuyên môn, nghiệp vụ và 42 đơn vị sự nghiệp trực thuộc.</p>
<h4>Ban Giám đốc</h4>
<table class="table table-bordered"><tr><th>Họ tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>
<tr><td>Nguyễn Văn Bình</td><td>Giám đốc</td><td>0204.3854.420</td></tr>
<tr><td>Lê Thị Mai</td><td>Phó Giám đốc</td><td>0204.3854.421</td></tr></table>
</div>"""
    return _page(["Giới thiệu"], [("Giới thiệu", None)], main)


WEEKS = {48: "23/11/2026 - 29/11/2026", 49: "30/11/2026 - 06/12/2026", 50: "07/12/2026 - 13/12/2026"}


def calendar_page(week: int) -> str:
    prev = f'<a class="btn btn-default btn-sm" href="/lich-cong-tac/tuan/{week - 1}">&laquo; Tuần trước</a>' if week - 1 in WEEKS else ""
    nxt = f'<a class="btn btn-default btn-sm" href="/lich-cong-tac/tuan/{week + 1}">Tuần sau &raquo;</a>' if week + 1 in WEEKS else ""
    start = datetime.strptime(WEEKS[week][:10], "%d/%m/%Y")
    rows = ""
    names = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu"]
    for k, name in enumerate(names):
        d = start + timedelta(days=k)
        rows += (
            f"<tr><td>{name}<br>{d:%d/%m}</td><td>8h00: Giám đốc làm việc tại cơ quan.<br>14h00: Họp giao ban "
            f"lãnh đạo Sở (tuần {week}).</td><td>Phòng họp tầng 3</td></tr>"
        )
    main = f"""<h3 class="tde-dm">Lịch công tác tuần {week} ({WEEKS[week]})</h3>
<div class="clearfix">{prev} {nxt}</div>
<table class="table table-bordered lich-ct"><thead><tr><th>Ngày</th><th>Nội dung</th><th>Địa điểm</th></tr></thead>
<tbody>{rows}</tbody></table>"""
    return _page([f"Lịch công tác tuần {week}"], [("Lịch công tác", None)], main)


def search_page() -> str:
    main = '<h3 class="tde-dm">Kết quả tìm kiếm</h3><p class="text-muted">Không tìm thấy kết quả phù hợp.</p>'
    return _page(["Tìm kiếm"], [("Tìm kiếm", None)], main)


# --- routing ------------------------------------------------------------------------------------

_ART = re.compile(r"^/tin-tuc/xem/id/(\d+)(?:/tieu-de/([a-zA-Z0-9_-]+))?$")
_LIST = re.compile(r"^/tin-tuc/danh-muc/id/(\d+)(?:/trang/(\d+))?$")
_DOC = re.compile(r"^/van-ban/chi-tiet/id/(\d+)$")
_WEEK = re.compile(r"^/lich-cong-tac/tuan/(\d+)$")


class LaminasPortal:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return html(home_page())
        if path == "/index.php":
            return redirect("/", 301)
        if m := _ART.match(path):
            s = BY_ID.get(int(m.group(1)))
            return html(article_page(s, request)) if s else None
        if m := _LIST.match(path):
            cid = int(m.group(1))
            if cid not in CATS:
                return None
            return html(listing_page(cid, int(m.group(2) or 1)))
        if path == "/van-ban":
            return html(docs_page())
        if m := _DOC.match(path):
            did = int(m.group(1))
            return html(doc_page(did)) if did in DOCS else None
        if path == "/gioi-thieu":
            return html(intro_page())
        if m := _WEEK.match(path):
            week = int(m.group(1))
            return html(calendar_page(week)) if week in WEEKS else None
        if path == "/tim-kiem":
            return html(search_page())
        if path.lower().endswith(".pdf") and path.startswith("/uploads/files/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/public/", "/uploads/")):
            return static_file(path)
        return None


def build_site() -> LaminasPortal:
    return LaminasPortal()


def _gold(s: Story) -> dict:
    alts = [bare_path(s)]
    if s.opts.get("old_slug"):
        alts.append(f"/tin-tuc/xem/id/{s.id}/tieu-de/{s.opts['old_slug']}")
    return gold_record(s, slug_path(s), s.cat, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu",
    "/van-ban/chi-tiet/id/451",
    "/van-ban/chi-tiet/id/452",
    "/van-ban/chi-tiet/id/453",
    "/lich-cong-tac/tuan/48",
    "/lich-cong-tac/tuan/49",
    "/lich-cong-tac/tuan/50",
]
