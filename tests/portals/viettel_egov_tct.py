"""Fixture portal: a provincial political school on a telecom vendor's e-government portal product.

Why: provinces bought one "Cổng thông tin điện tử" product from a telecom vendor (Viettel, VNPT)
and every agency got a sub-portal on it, the provincial political school (Trường Chính trị tỉnh)
included. The product is an ASP.NET MVC application: entities keyed by GUIDs, Razor views, jQuery,
partial views loaded by AJAX, CKEditor in the back office. This one imitates such a sub-portal of
"Trường Chính trị tỉnh Điện Biên". What a crawler meets there:

- articles at ``/tin-tuc/chi-tiet/<guid>`` (lower-case GUID, what listings, "Tin mới" and "Tin
  cùng chuyên mục" link). The same action answers ``/tin-tuc/chi-tiet?id=<guid>`` (the "Tin xem
  nhiều" box, fed by an older stored procedure, links that form) and the GUID in capitals (the
  home page's "Tin nổi bật" slider prints SQL Server's upper-case uniqueidentifier); every form
  declares ``rel=canonical`` to the lower-case path. A GUID that is well formed but unknown (a
  removed article the "Tin xem nhiều" box still lists) answers 200 with the product's notice
  "Tin bài không tồn tại hoặc đã bị gỡ bỏ" (a soft 404); a malformed one answers 404;
- the detail view: breadcrumb, ``h1`` headline (``<title>`` is only "Chi tiết tin tức - <site>"),
  a date line, a view counter and tools (font size, "In bài" to ``/tin-tuc/in-bai/<guid>``,
  e-mail, Facebook/Zalo), the sapo in a bold ``div`` above the CKEditor content, then the CMS
  fields "Tác giả:" and "Nguồn:" (printed only when filled) and "Người đăng:" (the back-office
  login), an attachment box "File đính kèm", and "Tin cùng chuyên mục" (the other items of the
  category with dates). Articles entered in the product print "Thứ Sáu, 20/11/2026 - 16:15"
  (news layout) or "Cập nhật lúc 14:20 ngày 23/11/2026" (notice layout); items imported from the
  school's previous site print "Ngày đăng: 2025-03-12" or no date at all (the listing date is
  then the only one). An import without a time prints 00:00;
- category pages ``/chuyen-muc/<slug>``: the first page is in the HTML; further pages come from a
  pager of ``<button data-page>`` whose small script POSTs ``chuyenMucId``, ``pageIndex`` and
  ``pageSize`` to the partial-view action ``/TinTuc/DanhSachTinPartial`` (a GET of it answers 405,
  as an ``[HttpPost]`` action does) and swaps the returned fragment in;
- besides the script pager the product offers an RSS feed per category (``/rss/<slug>.rss``,
  listed on ``/rss`` and in the category page head), ``/sitemap.xml`` (named in robots.txt)
  and "Tin cùng chuyên mục" lists under every article;
- "Văn bản chỉ đạo" register ``/van-ban-chi-dao`` (a table with a filter form, GET pager
  ``?trang=N``) and its entries ``/van-ban-chi-dao/chi-tiet/<guid>`` (register fields and a PDF);
- "Lịch công tác" by week: ``/lich-cong-tac`` is this week, ``?tuan=N&nam=YYYY`` any week, its
  "Tuần trước"/"Tuần sau" links never end (every week from 1900 to 2999 answers; the trap);
- photo albums ``/thu-vien-anh`` and videos ``/thu-vien-video`` with their detail pages;
- chrome: header with today's date, menus, search box, "Tin mới", "Tin xem nhiều", "Văn bản
  mới", a poll, a links dropdown, banners, a visitor counter, footer with address and licence.

Hard cases: one article stored decomposed (NFD: typed with "Unicode tổ hợp", title too), one
written with character references (named and numeric mixed with raw UTF-8), one headline in
capitals, a caption that is only a Zalo file name, an article with no date of its own, a date
line with a 00:00 time, duplicate URL forms (``?id=`` and upper-case GUID, all canonical to the
lower-case path), a soft 404, print views (canonical to the article, noindex).

Gold (by hand, see GOLD and the notes above it). Articles are the items of the three news
categories. Register entries, albums, videos, calendar weeks, static pages, print views and the
soft 404 are NON_ARTICLES. The category is the breadcrumb's last item. The bold sapo is the
summary and the body's first paragraph. "Người đăng" is a login name, never an author. Table
rows are body lines with cells joined by " | " (the header row too). An attachment link is not
body text.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime

from crawler.demo.server import Request, Response, html

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "viettel_egov_tct"
PLATFORM = "vendor-egov-mvc"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Điện Biên"
UP = "/UploadFiles/TruongChinhTri"
PAGE_SIZE = 4
DOCS_PER_PAGE = 3
PARTIAL = "/TinTuc/DanhSachTinPartial"
#: the calendar's default week: the ISO week of the fixed "today" (25/11/2026)
THIS_WEEK = (2026, 48)
TODAY_DATE = date(2026, 11, 25)
WEEKDAY_NAMES = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
_NS = uuid.UUID("6f1c2a4e-93d2-4b7a-8e55-2f0c9d1b7a10")


def guid(kind: str, key: object) -> str:
    """The product's row id: a GUID, deterministic here."""
    return str(uuid.uuid5(_NS, f"{kind}:{key}"))


@dataclass(frozen=True)
class Category:
    key: str
    slug: str
    name: str
    parent: str  # the menu group it sits under

    @property
    def gid(self) -> str:
        return guid("cat", self.slug)

    @property
    def path(self) -> str:
        return f"/chuyen-muc/{self.slug}"


CATEGORIES: dict[str, Category] = {
    "hd": Category("hd", "tin-hoat-dong", "Tin hoạt động", "Tin tức - Sự kiện"),
    "dt": Category("dt", "dao-tao-boi-duong", "Đào tạo - Bồi dưỡng", "Tin tức - Sự kiện"),
    "tb": Category("tb", "thong-bao", "Thông báo", "Thông báo"),
}


def _img(day: str, name: str) -> str:
    return f"{UP}/Images/{day}/{name}"


def _byline(line: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{esc(line)}</{tag}></p>')


# Story.opts: when ("YYYY-MM-DD HH:MM", the CMS's publication time; the listing prints its date),
# dateline ("news" | "notice" | "iso" | "none"), author_field / source_field (CMS fields),
# poster (back-office login), file ((href, label, size)), nfd, entities, views.
# Img styles: "center" (centred image, then a centred italic "(…)" line), "figure" (CKEditor
# caption figure), "table" (the old editor's two-row table), "file" (a line that is only the file
# name), "bare" (no line).
# P styles: "" paragraph, "h" (bold heading line), "li" (list item), "th"/"tr" (table rows).
STORIES: list[Story] = [
    Story(
        id=302,
        slug="tb-trieu-tap-cap-nhat-kien-thuc-2026",
        title=(
            "Thông báo triệu tập học viên lớp Bồi dưỡng cập nhật kiến thức cho cán bộ diện Ban"
            " Thường vụ Tỉnh ủy quản lý năm 2026"
        ),
        cat="tb",
        published_at="2026-11-23T14:20:00+07:00",
        blocks=[
            P(
                "Trường Chính trị tỉnh thông báo triệu tập học viên tham dự lớp Bồi dưỡng cập nhật"
                " kiến thức cho cán bộ diện Ban Thường vụ Tỉnh ủy quản lý năm 2026 (đợt 2). Thời"
                " gian khai giảng: 7 giờ 30 ngày 01/12/2026 tại Hội trường A, Trường Chính trị"
                " tỉnh. Danh sách học viên và nội dung chi tiết xem trong văn bản đính kèm."
            ),
        ],
        opts={
            "when": "2026-11-23 14:20",
            "dateline": "notice",
            "poster": "vanphong",
            "file": (f"{UP}/VanBan/2026/11/TB-125-TB-TCT.pdf", "TB 125-TB/TCT.pdf", "212 KB"),
        },
    ),
    Story(
        id=301,
        slug="le-ky-niem-44-nam-ngay-nha-giao",
        title="Trường Chính trị tỉnh Điện Biên tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        cat="hd",
        published_at="2026-11-20T16:15:00+07:00",
        summary=(
            "Chiều 20/11, Trường Chính trị tỉnh Điện Biên long trọng tổ chức Lễ kỷ niệm 44 năm"
            " Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và biểu dương nhà giáo tiêu biểu"
            " năm học 2025 - 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự buổi lễ có đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đại diện lãnh"
                " đạo Sở Giáo dục và Đào tạo, Sở Nội vụ; các thế hệ nhà giáo đã nghỉ hưu cùng toàn"
                " thể cán bộ, giảng viên, nhân viên và học viên các lớp đang học tập tại Trường."
            ),
            Img(
                _img("2026/11/20", "le-ky-niem-20-11-hieu-truong.jpg"),
                "(Đồng chí Lường Văn Thành, Hiệu trưởng Nhà trường phát biểu tại buổi lễ)",
                "Đồng chí Lường Văn Thành, Hiệu trưởng Nhà trường phát biểu tại buổi lễ",
                "center",
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Lường Văn Thành, Hiệu trưởng Nhà trường ôn lại"
                " truyền thống vẻ vang của ngành giáo dục và khẳng định: trong năm học vừa qua,"
                " đội ngũ giảng viên Nhà trường đã hoàn thành tốt nhiệm vụ giảng dạy 24 lớp với"
                " hơn 1.500 học viên; 100% giảng viên đi thực tế cơ sở theo quy định; 3 đề tài khoa"
                " học cấp tỉnh được nghiệm thu đạt loại xuất sắc."
            ),
            P(
                "Nhân dịp này, Nhà trường đã trao Giấy khen cho 12 nhà giáo có thành tích xuất sắc"
                " trong giảng dạy và nghiên cứu khoa học; trao thưởng cho các giảng viên đạt giải"
                " tại Hội thi giảng viên dạy giỏi cấp trường năm 2026."
            ),
            Img(
                _img("2026/11/20", "le-ky-niem-20-11-khen-thuong.jpg"),
                "(Lãnh đạo Nhà trường trao Giấy khen cho các nhà giáo tiêu biểu)",
                "Lãnh đạo Nhà trường trao Giấy khen cho các nhà giáo tiêu biểu",
                "center",
            ),
            P(
                "Thay mặt các nhà giáo được khen thưởng, ThS. Giàng Thị Mai, giảng viên Khoa Lý"
                " luận cơ sở bày tỏ niềm tự hào và hứa sẽ tiếp tục đổi mới phương pháp giảng dạy,"
                " gắn lý luận với thực tiễn của địa phương."
            ),
            _byline("Tin, ảnh: Lò Thị Hương"),
        ],
        authors=["Lò Thị Hương"],
        photographers=["Lò Thị Hương"],
        opts={"when": "2026-11-20 16:15", "dateline": "news", "poster": "bientap"},
    ),
    Story(
        id=300,
        slug="lich-hoc-tccct-k53-tuan-48",
        title=(
            "Lịch học lớp Trung cấp lý luận chính trị K53 hệ không tập trung (tuần từ 23/11 đến"
            " 28/11/2026)"
        ),
        cat="dt",
        published_at="2026-11-18T07:45:00+07:00",
        blocks=[
            P(
                "Phòng Quản lý đào tạo thông báo lịch học tuần tới của lớp Trung cấp lý luận chính"
                " trị K53 hệ không tập trung như sau:"
            ),
            P("Ngày | Buổi | Nội dung | Giảng viên", "th"),
            P("Thứ Hai, 23/11 | Sáng | Học phần II.3: Xây dựng Đảng | ThS. Nguyễn Văn Khánh", "tr"),
            P("Thứ Ba, 24/11 | Sáng | Học phần II.3: Xây dựng Đảng | ThS. Nguyễn Văn Khánh", "tr"),
            P(
                "Thứ Tư, 25/11 | Chiều | Học phần III.1: Quản lý hành chính nhà nước"
                " | ThS. Cà Thị Thu",
                "tr",
            ),
            P("Thứ Năm, 26/11 | Cả ngày | Thi hết học phần II.3 | Phòng Quản lý đào tạo", "tr"),
            P("Thứ Sáu, 27/11 | Sáng | Học phần III.1 (tiếp) | ThS. Cà Thị Thu", "tr"),
            P(
                "Thời gian: Buổi sáng từ 7 giờ 30, buổi chiều từ 13 giờ 30. Địa điểm: Phòng học số"
                " 2, Nhà A."
            ),
            P(
                "Đề nghị học viên tham gia học tập đầy đủ, đúng giờ, thực hiện nghiêm Quy chế học viên."
            ),
        ],
        opts={"when": "2026-11-18 07:45", "dateline": "news", "poster": "qldaotao"},
    ),
    Story(
        id=298,
        slug="hoi-thi-giang-vien-day-gioi-cap-truong-2026",
        title="Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        cat="hd",
        published_at="2026-11-12T09:40:00+07:00",
        blocks=[
            P(
                "Từ ngày 10 đến 12/11/2026, Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy"
                " giỏi cấp trường năm 2026 với sự tham gia của 14 giảng viên đến từ 4 khoa chuyên"
                " môn. Dưới đây là một số hình ảnh tại Hội thi."
            ),
            Img(
                _img("2026/11/12", "hoi-thi-gvdg-01.jpg"),
                "Ban Giám khảo Hội thi làm việc tại phòng học số 3",
                "Ban Giám khảo Hội thi làm việc tại phòng học số 3",
                "figure",
            ),
            Img(
                _img("2026/11/12", "hoi-thi-gvdg-02.jpg"),
                "Giảng viên Khoa Xây dựng Đảng trình bày bài giảng phần tự chọn",
                "Giảng viên Khoa Xây dựng Đảng trình bày bài giảng phần tự chọn",
                "figure",
            ),
            Img(
                _img("2026/11/12", "hoi-thi-gvdg-03.jpg"),
                "Học viên lớp Trung cấp lý luận chính trị K52 tham gia giờ giảng thi",
                "Học viên lớp Trung cấp lý luận chính trị K52 tham gia giờ giảng thi",
                "figure",
            ),
            Img(
                _img("2026/11/12", "hoi-thi-gvdg-04.jpg"),
                "Ban Tổ chức trao giải cho các giảng viên đạt thành tích cao",
                "Ban Tổ chức trao giải cho các giảng viên đạt thành tích cao",
                "figure",
            ),
            P(
                "Kết quả, Ban Giám khảo đã trao 2 giải Nhất, 3 giải Nhì, 4 giải Ba và 5 giải Khuyến"
                " khích. Hội thi là dịp để đội ngũ giảng viên trao đổi kinh nghiệm, nâng cao chất"
                " lượng bài giảng."
            ),
            _byline("Bài: Nguyễn Minh Tâm - Ảnh: Quàng Văn Thắng"),
        ],
        authors=["Nguyễn Minh Tâm"],
        photographers=["Quàng Văn Thắng"],
        opts={"when": "2026-11-12 09:40", "dateline": "news", "poster": "bientap"},
    ),
    Story(
        id=297,
        slug="tb-tam-dung-tiep-nhan-ho-so-truc-tuyen",
        title=(
            "Thông báo tạm dừng tiếp nhận hồ sơ đăng ký học trực tuyến từ ngày 06/11 đến 10/11/2026"
        ),
        cat="tb",
        published_at="2026-11-05",
        blocks=[
            P(
                "Để nâng cấp hệ thống phần mềm quản lý đào tạo, Nhà trường tạm dừng tiếp nhận hồ sơ"
                " đăng ký học qua Cổng thông tin điện tử từ ngày 06/11 đến hết ngày 10/11/2026."
                " Trong thời gian này, đề nghị các cơ quan, đơn vị gửi hồ sơ trực tiếp về Phòng Quản"
                " lý đào tạo (tầng 2, Nhà A) hoặc liên hệ số điện thoại 0215.3825.418 để được hướng"
                " dẫn."
            ),
        ],
        opts={"when": "2026-11-05 00:00", "dateline": "notice", "poster": "vanphong"},
    ),
    Story(
        id=295,
        slug="doan-cong-tac-truong-chinh-tri-lai-chau",
        title="Đoàn công tác Trường Chính trị tỉnh Lai Châu đến thăm và trao đổi kinh nghiệm",
        cat="hd",
        published_at="2026-10-29T08:00:00+07:00",
        blocks=[
            P(
                "Ngày 28/10/2026, đoàn công tác Trường Chính trị tỉnh Lai Châu do đồng chí Phó Hiệu"
                " trưởng làm trưởng đoàn đã đến thăm và trao đổi kinh nghiệm với Trường Chính trị"
                " tỉnh Điện Biên về công tác đào tạo, bồi dưỡng và chuyển đổi số trong quản lý học"
                " viên."
            ),
            Img(
                _img("2026/10/29", "doan-lai-chau-trao-doi.jpg"),
                "Hai đoàn trao đổi kinh nghiệm tại Hội trường B",
                "Hai đoàn trao đổi kinh nghiệm tại Hội trường B",
                "table",
            ),
            P(
                "Tại buổi làm việc, hai bên đã trao đổi về việc xây dựng ngân hàng câu hỏi thi trắc"
                " nghiệm, ứng dụng phần mềm quản lý đào tạo, tổ chức đi thực tế cho học viên các"
                " lớp trung cấp lý luận chính trị và kinh nghiệm tổ chức lớp học tại cơ sở sau khi"
                " sắp xếp đơn vị hành chính."
            ),
            P(
                "Kết thúc buổi làm việc, hai trường thống nhất duy trì trao đổi thường xuyên giữa"
                " các khoa chuyên môn và phối hợp tổ chức hội thảo khoa học trong năm 2027."
            ),
        ],
        authors=["Phạm Thu Hà"],
        opts={
            "when": "2026-10-29 08:00",
            "dateline": "notice",
            "author_field": "Phạm Thu Hà",
            "poster": "bientap",
            "nfd": True,
        },
    ),
    Story(
        id=291,
        slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de",
        title="Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV",
        cat="hd",
        published_at="2026-10-05",
        blocks=[
            P(
                "Thực hiện Kế hoạch của Đảng ủy Trường, ngày 02/10/2026, Chi bộ Khoa Xây dựng Đảng"
                " tổ chức sinh hoạt chuyên đề với chủ đề “Nâng cao chất lượng sinh hoạt chi bộ gắn"
                " với thực hiện chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn"
                " mới”."
            ),
            Img(
                _img("2026/10/05", "z5931020417725_8c1f0a2e7d.jpg"),
                "z5931020417725_8c1f0a2e7d.jpg",
                None,
                "file",
            ),
            P(
                "Tại buổi sinh hoạt, các đảng viên đã thảo luận, làm rõ những ưu điểm, hạn chế"
                " trong việc tu dưỡng, rèn luyện đạo đức, lối sống; đề xuất nhiều giải pháp để mỗi"
                " giảng viên thực sự là tấm gương về “tự soi, tự sửa” trước học viên."
            ),
            P(
                "Đồng chí Bí thư Chi bộ đề nghị mỗi đảng viên xây dựng kế hoạch tu dưỡng cá nhân và"
                " đăng ký ít nhất một việc làm cụ thể để thực hiện trong quý IV năm 2026."
            ),
        ],
        opts={"when": "2026-10-05 00:00", "dateline": "news", "poster": "bientap", "entities": 2},
    ),
    Story(
        id=280,
        slug="be-giang-cao-cap-llct-2024-2026",
        title=(
            "BẾ GIẢNG LỚP CAO CẤP LÝ LUẬN CHÍNH TRỊ HỆ KHÔNG TẬP TRUNG KHÓA 2024 - 2026 TẠI ĐIỆN"
            " BIÊN"
        ),
        cat="dt",
        published_at="2026-09-08T15:30:00+07:00",
        summary=(
            "Chiều 08/9, Học viện Chính trị khu vực I phối hợp với Trường Chính trị tỉnh Điện Biên"
            " tổ chức Lễ bế giảng và trao bằng tốt nghiệp lớp Cao cấp lý luận chính trị hệ không"
            " tập trung khóa học 2024 - 2026 cho 98 học viên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Lớp học khai giảng tháng 8/2024, học viên là cán bộ lãnh đạo, quản lý các sở, ban,"
                " ngành, đoàn thể tỉnh và các xã, phường trên địa bàn. Trong gần hai năm học tập,"
                " học viên đã hoàn thành chương trình gồm 4 khối kiến thức với 19 học phần, tham"
                " gia đi nghiên cứu thực tế tại các tỉnh Quảng Ninh và Hải Phòng."
            ),
            Img(
                _img("2026/09/08", "be-giang-cao-cap-trao-bang.jpg"),
                "Đồng chí Phó Giám đốc Học viện Chính trị khu vực I trao bằng tốt nghiệp cho học viên",
                "Đồng chí Phó Giám đốc Học viện Chính trị khu vực I trao bằng tốt nghiệp cho học viên",
                "table",
            ),
            P(
                "Kết quả học tập toàn khóa có 21 học viên đạt loại giỏi (chiếm 21,4%), 77 học viên"
                " đạt loại khá; 100% học viên bảo vệ thành công khóa luận tốt nghiệp. Nhiều khóa"
                " luận có chất lượng, gắn với thực tiễn ngành, địa phương nơi học viên công tác."
            ),
            P(
                "Phát biểu bế giảng, đại diện lãnh đạo Học viện đề nghị các học viên tiếp tục vận"
                " dụng sáng tạo kiến thức đã học vào thực tiễn công tác, nhất là trong bối cảnh"
                " chính quyền địa phương hai cấp vừa đi vào vận hành."
            ),
            Img(
                _img("2026/09/08", "be-giang-cao-cap-luu-niem.jpg"),
                "Các học viên đạt thành tích xuất sắc trong học tập chụp ảnh lưu niệm",
                "Các học viên đạt thành tích xuất sắc trong học tập chụp ảnh lưu niệm",
                "table",
            ),
            P(
                "Dịp này, Nhà trường đã trao Giấy khen cho 5 học viên có thành tích xuất sắc trong"
                " học tập và tích cực tham gia các phong trào của lớp."
            ),
            _byline("Bài, ảnh: Đặng Văn Lực"),
        ],
        authors=["Đặng Văn Lực"],
        photographers=["Đặng Văn Lực"],
        opts={"when": "2026-09-08 15:30", "dateline": "news", "poster": "bientap"},
    ),
    Story(
        id=276,
        slug="tb-tuyen-sinh-trung-cap-llct-2026",
        title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung năm 2026",
        cat="tb",
        published_at="2026-08-20T09:00:00+07:00",
        blocks=[
            P(
                "Căn cứ Kế hoạch đào tạo, bồi dưỡng năm 2026 đã được Ban Thường vụ Tỉnh ủy phê"
                " duyệt, Trường Chính trị tỉnh thông báo tuyển sinh lớp Trung cấp lý luận chính trị"
                " hệ không tập trung năm 2026 như sau:"
            ),
            P("1. Đối tượng tuyển sinh", "h"),
            P(
                "Cán bộ, công chức, viên chức đang công tác tại các cơ quan Đảng, Nhà nước, Mặt"
                " trận Tổ quốc và các tổ chức chính trị - xã hội trên địa bàn tỉnh;",
                "li",
            ),
            P(
                "Cán bộ, công chức cấp xã và người hoạt động không chuyên trách ở thôn, bản, tổ dân"
                " phố được quy hoạch.",
                "li",
            ),
            P("2. Hồ sơ và thời hạn", "h"),
            P(
                "Hồ sơ gồm: quyết định cử đi học, bản sao bằng tốt nghiệp trung học phổ thông, lý"
                " lịch trích ngang theo mẫu. Các đơn vị gửi hồ sơ về Phòng Quản lý đào tạo trước"
                " ngày 15/9/2026."
            ),
            P("Chi tiết xem tại văn bản đính kèm."),
        ],
        opts={
            "when": "2026-08-20 09:00",
            "dateline": "notice",
            "poster": "qldaotao",
            "file": (
                f"{UP}/VanBan/2026/08/TB-98-TB-TCT-tuyen-sinh.pdf",
                "TB 98-TB/TCT.pdf",
                "356 KB",
            ),
        },
    ),
    Story(
        id=262,
        slug="boi-duong-kien-thuc-qp-an-doi-tuong-4-2025",
        title="Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2025",
        cat="dt",
        published_at="2025-12-02T10:05:00+07:00",
        blocks=[
            P(
                "Ngày 01/12/2025, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh khai"
                " giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2025."
                " Tham gia lớp học có 120 học viên là trưởng thôn, bản, tổ dân phố; chi hội trưởng"
                " các đoàn thể và cán bộ không chuyên trách cấp xã."
            ),
            Img(
                _img("2025/12/02", "qpan-doi-tuong-4-khai-giang.jpg"),
                "(Quang cảnh lễ khai giảng lớp học)",
                "Quang cảnh lễ khai giảng lớp học",
                "center",
            ),
            P(
                "Trong thời gian 4 ngày, các học viên được truyền đạt các chuyên đề về quan điểm của"
                " Đảng về xây dựng nền quốc phòng toàn dân, thế trận an ninh nhân dân; công tác dân"
                " vận của lực lượng vũ trang; phòng, chống “diễn biến hòa bình” trên địa bàn vùng"
                " cao, biên giới."
            ),
            P(
                "Kết thúc khóa học, các học viên sẽ làm bài thu hoạch và được cấp giấy chứng nhận"
                " theo quy định."
            ),
            _byline("Ảnh: Bộ CHQS tỉnh", "em"),
        ],
        authors=["Hoàng Văn Nam"],
        photographers=["Bộ CHQS tỉnh"],
        source="Báo Điện Biên Phủ",
        opts={
            "when": "2025-12-02 10:05",
            "dateline": "news",
            "author_field": "Hoàng Văn Nam",
            "source_field": "Báo Điện Biên Phủ",
            "poster": "bientap",
        },
    ),
    Story(
        id=240,
        slug="so-ket-dao-tao-boi-duong-6-thang-2025",
        title="Hội nghị sơ kết công tác đào tạo, bồi dưỡng 6 tháng đầu năm 2025",
        cat="hd",
        published_at="2025-06-06",
        blocks=[
            P(
                "Sáng ngày 05/6/2025, Trường Chính trị tỉnh tổ chức Hội nghị sơ kết công tác đào"
                " tạo, bồi dưỡng 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025. Tham"
                " dự Hội nghị có đại diện Ban Tổ chức Tỉnh ủy và lãnh đạo các Trung tâm Chính trị"
                " huyện, thị xã, thành phố."
            ),
            P(
                "Trong 6 tháng đầu năm, Nhà trường đã mở 11 lớp với 736 học viên, trong đó có 4 lớp"
                " trung cấp lý luận chính trị, 3 lớp bồi dưỡng cán bộ lãnh đạo, quản lý cấp phòng"
                " và tương đương và 4 lớp bồi dưỡng theo chức danh."
            ),
            P(
                "Hội nghị đã thảo luận về phương án tổ chức các lớp học sau khi sắp xếp, tinh gọn"
                " tổ chức bộ máy của hệ thống chính trị, bảo đảm không gián đoạn việc học tập của"
                " học viên."
            ),
            _byline("Mai Anh", "b"),
        ],
        authors=["Mai Anh"],
        opts={"when": "2025-06-06 00:00", "dateline": "none"},
    ),
    Story(
        id=232,
        slug="ra-quan-thang-thanh-nien-2025",
        title="Chi đoàn Nhà trường ra quân hưởng ứng Tháng Thanh niên năm 2025",
        cat="hd",
        published_at="2025-03-12",
        blocks=[
            P(
                "Hưởng ứng Tháng Thanh niên năm 2025, sáng 09/3, Chi đoàn Trường Chính trị tỉnh"
                " phối hợp với Đoàn Thanh niên phường Him Lam tổ chức ra quân dọn vệ sinh tại Nghĩa"
                " trang liệt sĩ Đồi A1 và trồng cây xanh trong khuôn viên Nhà trường."
            ),
            Img(
                _img("2025/03/12", "thang-thanh-nien-doi-a1.jpg"),
                "(Đoàn viên thanh niên dọn vệ sinh tại Nghĩa trang liệt sĩ Đồi A1)",
                "Đoàn viên thanh niên dọn vệ sinh tại Nghĩa trang liệt sĩ Đồi A1",
                "center",
            ),
            P(
                "Hoạt động nhằm giáo dục truyền thống cách mạng, nâng cao ý thức bảo vệ môi trường"
                " cho đoàn viên, thanh niên; đồng thời góp phần xây dựng cảnh quan Nhà trường xanh"
                " - sạch - đẹp."
            ),
            _byline("Tin: Vũ Thị Lan"),
            _byline("Ảnh: Lò Văn Dũng"),
        ],
        authors=["Vũ Thị Lan"],
        photographers=["Lò Văn Dũng"],
        opts={"when": "2025-03-12 00:00", "dateline": "iso"},
    ),
]

_BY_GUID: dict[str, Story] = {guid("news", s.id): s for s in STORIES}
#: the three newest: the home page's "Tin nổi bật" slider (upper-case GUID links)
SLIDER = STORIES[:3]
#: a removed article the "Tin xem nhiều" box still lists: the soft 404
REMOVED_GUID = guid("news", 199)


def gid(story: Story) -> str:
    return guid("news", story.id)


def article_path(story: Story) -> str:
    return f"/tin-tuc/chi-tiet/{gid(story)}"


def in_cat(key: str) -> list[Story]:
    return [s for s in STORIES if s.cat == key]


def _when(story: Story) -> datetime:
    return datetime.strptime(story.opts["when"], "%Y-%m-%d %H:%M")


def _pages(count: int, per: int) -> int:
    return max(1, -(-count // per))


def _alts(story: Story) -> list[str]:
    out = [f"/tin-tuc/chi-tiet?id={gid(story)}"]
    if story in SLIDER:
        out.append(f"/tin-tuc/chi-tiet/{gid(story).upper()}")
    return out


# ------------------------------------------------------------------------- the gold (by hand)

# Notes on the judgement calls, per story id:
# 302 notice: one paragraph plus an attached PDF (the file box is not body); "Người đăng" is a
#     login; time from "Cập nhật lúc 14:20 ngày 23/11/2026".
# 301 bold sapo = summary and first body paragraph; "Tin, ảnh:" gives both lists; the
#     parenthesised centred lines are captions (without the parentheses).
# 300 timetable: every row, the header row too, is a body line with cells joined by " | ".
# 298 photo story: four figcaptions; "Bài: X - Ảnh: Y" splits into author and photographer.
# 297 "Cập nhật lúc 00:00 ngày 05/11/2026": a 00:00 time means no time, date only.
# 295 page stored decomposed (NFD); the CMS "Tác giả" field is the author.
# 291 body written with character references; the only line under the photo is its Zalo file
#     name: no caption; "- 00:00" date line: date only; no author printed.
# 280 headline printed in capitals, kept as printed; "Bài, ảnh:" gives both lists; captions in
#     the second row of the editor's image tables.
# 276 sub-heading lines and list items are body lines; attachment not body.
# 262 "Tác giả" field = author, "Nguồn" field = source; "Ảnh: Bộ CHQS tỉnh" credits an
#     organisation: kept in photographers as printed.
# 240 imported from the old site: the detail page prints no date, the listing (and RSS) date
#     06/06/2025 is the fallback (the "05/6/2025" in the text is the event date); the bare
#     right-aligned name at the end is the writer.
# 232 imported: "Ngày đăng: 2025-03-12", no time; "Tin:" and "Ảnh:" lines.
GOLD: list[dict] = [
    gold_record(s, article_path(s), CATEGORIES[s.cat].name, alt_paths=_alts(s)) for s in STORIES
]


@dataclass(frozen=True)
class Doc:
    key: int
    number: str
    issued: str
    kind: str
    issuer: str
    signer: str
    abstract: str

    @property
    def gid(self) -> str:
        return guid("doc", self.key)

    @property
    def path(self) -> str:
        return f"/van-ban-chi-dao/chi-tiet/{self.gid}"

    @property
    def file(self) -> str:
        return f"{UP}/VanBan/{self.issued[6:]}/{re.sub(r'[^0-9A-Za-z]+', '-', self.number)}.pdf"


DOCS: list[Doc] = [
    Doc(
        1,
        "125-TB/TCT",
        "23/11/2026",
        "Thông báo",
        "Trường Chính trị tỉnh",
        "Lường Văn Thành",
        "Triệu tập học viên lớp Bồi dưỡng cập nhật kiến thức cho cán bộ diện Ban Thường vụ Tỉnh"
        " ủy quản lý năm 2026 (đợt 2)",
    ),
    Doc(
        2,
        "1842-CV/TU",
        "10/11/2026",
        "Công văn",
        "Tỉnh ủy Điện Biên",
        "Trần Quốc Khánh",
        "Về việc cử cán bộ tham gia các lớp bồi dưỡng năm 2027",
    ),
    Doc(
        3,
        "96-KH/TCT",
        "02/10/2026",
        "Kế hoạch",
        "Trường Chính trị tỉnh",
        "Lường Văn Thành",
        "Kế hoạch tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026",
    ),
    Doc(
        4,
        "412-QĐ/TCT",
        "15/08/2026",
        "Quyết định",
        "Trường Chính trị tỉnh",
        "Lường Văn Thành",
        "Ban hành Quy chế học viên các lớp đào tạo, bồi dưỡng tại Trường Chính trị tỉnh",
    ),
    Doc(
        5,
        "27-HD/BTGDVTU",
        "04/07/2026",
        "Hướng dẫn",
        "Ban Tuyên giáo và Dân vận Tỉnh ủy",
        "Phạm Thị Hòa",
        "Hướng dẫn tổ chức các hoạt động kỷ niệm các ngày lễ lớn, sự kiện lịch sử quý IV",
    ),
]
_DOC_BY_GUID = {d.gid: d for d in DOCS}


@dataclass(frozen=True)
class Album:
    key: int
    title: str
    day: str
    photos: tuple[tuple[str, str], ...]

    @property
    def path(self) -> str:
        return f"/thu-vien-anh/chi-tiet/{guid('album', self.key)}"


ALBUMS: list[Album] = [
    Album(
        1,
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        "20/11/2026",
        (
            ("album-2011-01.jpg", "Văn nghệ chào mừng"),
            ("album-2011-02.jpg", "Tặng hoa"),
            ("album-2011-03.jpg", "Chụp ảnh lưu niệm"),
        ),
    ),
    Album(
        2,
        "Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        "12/11/2026",
        (
            ("album-gvdg-01.jpg", "Khai mạc"),
            ("album-gvdg-02.jpg", "Phần thi giảng"),
            ("album-gvdg-03.jpg", "Trao giải"),
        ),
    ),
    Album(
        3,
        "Khuôn viên Nhà trường",
        "01/09/2026",
        (
            ("album-kv-01.jpg", "Cổng trường"),
            ("album-kv-02.jpg", "Nhà A"),
            ("album-kv-03.jpg", "Thư viện"),
            ("album-kv-04.jpg", "Ký túc xá"),
        ),
    ),
]


@dataclass(frozen=True)
class Video:
    key: int
    title: str
    day: str
    youtube: str

    @property
    def path(self) -> str:
        return f"/thu-vien-video/chi-tiet/{guid('video', self.key)}"


VIDEOS: list[Video] = [
    Video(
        1,
        "Phóng sự: Trường Chính trị tỉnh Điện Biên - 60 năm xây dựng và phát triển",
        "15/09/2026",
        "dQw8xV1aB2c",
    ),
    Video(2, "Lễ khai giảng lớp Trung cấp lý luận chính trị K53", "05/08/2026", "k3Jr9PzLm0Q"),
]

STATIC_PAGES: dict[str, tuple[str, list[str]]] = {
    "/gioi-thieu/lich-su-hinh-thanh": (
        "Lịch sử hình thành và phát triển",
        [
            "Trường Chính trị tỉnh Điện Biên tiền thân là Trường Đảng tỉnh Lai Châu, được thành"
            " lập năm 1965. Năm 2004, khi tỉnh Lai Châu được chia tách, Trường được đổi tên thành"
            " Trường Chính trị tỉnh Điện Biên.",
            "Qua hơn 60 năm xây dựng và phát triển, Nhà trường đã đào tạo, bồi dưỡng hàng chục"
            " nghìn lượt cán bộ cho hệ thống chính trị của tỉnh.",
        ],
    ),
    "/gioi-thieu/chuc-nang-nhiem-vu": (
        "Chức năng, nhiệm vụ",
        [
            "Trường Chính trị tỉnh là đơn vị sự nghiệp trực thuộc Tỉnh ủy, có chức năng tham mưu"
            " cho Tỉnh ủy về công tác đào tạo, bồi dưỡng cán bộ, công chức, viên chức của hệ thống"
            " chính trị ở địa phương.",
            "Nhà trường tổ chức đào tạo trung cấp lý luận chính trị; bồi dưỡng kiến thức, kỹ năng"
            " lãnh đạo, quản lý; nghiên cứu khoa học về lý luận chính trị và tổng kết thực tiễn.",
        ],
    ),
    "/gioi-thieu/co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Ban Giám hiệu: Hiệu trưởng Lường Văn Thành; các Phó Hiệu trưởng.",
            "Các phòng: Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo - Nghiên cứu khoa học.",
            "Các khoa: Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và pháp luật; Khoa Dân"
            " vận.",
        ],
    ),
}

_SCHEDULE: dict[tuple[int, int], list[tuple[int, str, str, str]]] = {
    # (year, week): (weekday 0-6, time, content, place)
    (2026, 47): [
        (0, "07:30", "Giao ban Ban Giám hiệu", "Phòng họp số 1"),
        (4, "15:00", "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", "Hội trường A"),
    ],
    (2026, 48): [
        (0, "07:30", "Giao ban Ban Giám hiệu tuần 48", "Phòng họp số 1"),
        (1, "08:00", "Hiệu trưởng dự Hội nghị Ban Chấp hành Đảng bộ tỉnh", "Hội trường Tỉnh ủy"),
        (3, "07:30", "Thi hết học phần II.3 lớp TCLLCT K53", "Phòng học số 2, Nhà A"),
        (4, "14:00", "Họp Hội đồng khoa học Nhà trường", "Phòng họp số 2"),
    ],
    (2026, 49): [
        (1, "07:30", "Khai giảng lớp Bồi dưỡng cập nhật kiến thức (đợt 2)", "Hội trường A"),
    ],
}


def _weeks_listed() -> list[tuple[int, int]]:
    return [(2026, 47), (2026, 49)]


NON_ARTICLES: list[str] = [
    "/",
    *(c.path for c in CATEGORIES.values()),
    *STATIC_PAGES,
    "/lien-he",
    "/tim-kiem",
    "/rss",
    "/van-ban-chi-dao",
    *(f"/van-ban-chi-dao?trang={n}" for n in range(1, _pages(len(DOCS), DOCS_PER_PAGE) + 1)),
    *(d.path for d in DOCS),
    "/lich-cong-tac",
    *(f"/lich-cong-tac?tuan={w}&nam={y}" for y, w in _weeks_listed()),
    "/thu-vien-anh",
    *(a.path for a in ALBUMS),
    "/thu-vien-video",
    *(v.path for v in VIDEOS),
    *(f"/tin-tuc/in-bai/{gid(s)}" for s in STORIES),
    f"/tin-tuc/chi-tiet?id={REMOVED_GUID}",
]


# ------------------------------------------------------------------------------- rendering


def _t(value: str, story: Story | None = None) -> str:
    """Article text as this story's editor stored it (decomposed, or with references)."""
    opts = story.opts if story else {}
    return text(value, nfd=bool(opts.get("nfd")), entities=int(opts.get("entities", 0)))


def _title(story: Story) -> str:
    """The headline is typed in a plain text box: decomposed if the typist's keyboard did so,
    never entity-encoded (only the rich-text editor does that)."""
    return text(story.title, nfd=bool(story.opts.get("nfd")))


def _dmy(when: datetime) -> str:
    return when.strftime("%d/%m/%Y")


def _dateline(story: Story) -> str:
    when = _when(story)
    style = story.opts["dateline"]
    if style == "news":
        shown = f"{WEEKDAY_NAMES[when.weekday()]}, {_dmy(when)} - {when:%H:%M}"
        return f'<span class="vt-article__date"><i class="fa fa-calendar-o"></i> {shown}</span>'
    if style == "notice":
        shown = f"Cập nhật lúc {when:%H:%M} ngày {_dmy(when)}"
        return f'<span class="vt-article__date vt-article__date--notice">{shown}</span>'
    if style == "iso":
        return f'<span class="vt-article__date">Ngày đăng: {when:%Y-%m-%d}</span>'
    return ""


def _image(img: Img, story: Story) -> str:
    src, alt = esc(img.src), ""
    line = _t(img.printed, story) if img.printed else ""
    if img.style == "center":
        return (
            f'<p style="text-align: center;"><img alt="{alt}" src="{src}" style="width: 640px;'
            f' height: 427px;" /></p>\n<p style="text-align: center;"><em>{line}</em></p>'
        )
    if img.style == "figure":
        return (
            f'<figure class="image" style="display:table;margin-left:auto;margin-right:auto">'
            f'<img alt="" src="{src}" width="700" height="466" />'
            f"<figcaption>{line}</figcaption></figure>"
        )
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="image"'
            f' style="width:100%"><tbody><tr><td><img alt="" src="{src}" style="width:100%"'
            ' /></td></tr><tr><td style="text-align:center"><span style="font-size:13px">'
            f"<em>{line}</em></span></td></tr></tbody></table>"
        )
    if img.style == "file":
        return (
            f'<p style="text-align: center;"><img alt="{line}" src="{src}" /></p>\n'
            f'<p style="text-align: center;">{line}</p>'
        )
    return f'<p style="text-align: center;"><img alt="" src="{src}" /></p>'


def _body(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img):
            out.append(_image(b, story))
        elif isinstance(b, Raw):
            out.append(b.html)
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(blocks[i].text, story)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                tag = "th" if blocks[i].style == "th" else "td"
                rows.append(
                    "<tr>" + "".join(f"<{tag}>{_t(c, story)}</{tag}>" for c in cells) + "</tr>"
                )
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width:100%;'
                'border-collapse:collapse"><tbody>' + "".join(rows) + "</tbody></table>"
            )
            continue
        elif b.style == "h":
            out.append(f"<p><strong>{_t(b.text, story)}</strong></p>")
        else:
            out.append(f'<p style="text-align: justify;">{_t(b.text, story)}</p>')
        i += 1
    return "\n".join(out)


def _teaser(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= 160 else first[:157].rsplit(" ", 1)[0] + "..."


def _thumb(story: Story) -> str:
    img = next(iter(story.images), None)
    src = img.src if img else "/Content/egov/images/no-image.png"
    return f'<img src="{esc(src)}" alt="{esc(story.title)}" class="vt-thumb" />'


def _item(story: Story) -> str:
    """One entry of a category list (page one in the HTML, the others from the partial view)."""
    path = article_path(story)
    return (
        '<div class="vt-list__item">'
        f'<a href="{path}" class="vt-list__img">{_thumb(story)}</a>'
        f'<div class="vt-list__text"><h3 class="vt-list__title"><a href="{path}">'
        f"{esc(story.title)}</a></h3>"
        f'<span class="vt-list__date">({_dmy(_when(story))})</span>'
        f'<p class="vt-list__desc">{esc(_teaser(story))}</p></div></div>'
    )


def _pager(cat: Category, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    btns = []
    if page > 1:
        btns.append(
            f'<li><button type="button" class="vt-pager__btn" data-page="1" title="Trang đầu">'
            f'«</button></li><li><button type="button" class="vt-pager__btn"'
            f' data-page="{page - 1}" title="Trang trước">‹</button></li>'
        )
    for n in range(1, pages + 1):
        active = ' class="active"' if n == page else ""
        btns.append(
            f'<li{active}><button type="button" class="vt-pager__btn" data-page="{n}">{n}'
            "</button></li>"
        )
    if page < pages:
        btns.append(
            f'<li><button type="button" class="vt-pager__btn" data-page="{page + 1}"'
            f' title="Trang sau">›</button></li><li><button type="button"'
            f' class="vt-pager__btn" data-page="{pages}" title="Trang cuối">»</button></li>'
        )
    return (
        f'<div class="vt-pager" data-url="{PARTIAL}" data-chuyenmuc="{cat.gid}"'
        f' data-size="{PAGE_SIZE}" data-target="#vt-list-{cat.slug}">'
        f'<span class="vt-pager__info">Trang {page}/{pages}</span><ul>{"".join(btns)}</ul></div>'
    )


def _list_fragment(cat: Category, page: int) -> str:
    items = in_cat(cat.key)
    pages = _pages(len(items), PAGE_SIZE)
    chunk = items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE] if page >= 1 else []
    if not chunk:
        return '<div class="vt-empty">Không có dữ liệu</div>'
    return "\n".join(_item(s) for s in chunk) + "\n" + _pager(cat, page, pages)


_PAGER_SCRIPT = """<script type="text/javascript">
$(document).on('click', '.vt-pager .vt-pager__btn', function (e) {
    e.preventDefault();
    var $p = $(this).closest('.vt-pager');
    var $target = $($p.data('target'));
    $target.addClass('vt-loading');
    $.ajax({
        url: $p.data('url'), type: 'POST',
        data: { chuyenMucId: $p.data('chuyenmuc'), pageIndex: $(this).data('page'),
                pageSize: $p.data('size') },
        success: function (html) { $target.html(html).removeClass('vt-loading');
                                    $('html, body').animate({ scrollTop: $target.offset().top - 80 }, 200); }
    });
});
</script>"""


# --- chrome -------------------------------------------------------------------------------


def _menu() -> str:
    def sub(items: list[tuple[str, str]]) -> str:
        return (
            '<ul class="vt-menu__sub">'
            + "".join(f'<li><a href="{h}">{esc(n)}</a></li>' for h, n in items)
            + "</ul>"
        )

    return (
        '<nav class="vt-menu"><ul class="vt-menu__root">'
        '<li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>'
        '<li class="has-sub"><a href="javascript:void(0)">Giới thiệu</a>'
        + sub([(p, t) for p, (t, _) in STATIC_PAGES.items()])
        + '</li><li class="has-sub"><a href="javascript:void(0)">Tin tức - Sự kiện</a>'
        + sub([(c.path, c.name) for c in CATEGORIES.values() if c.parent == "Tin tức - Sự kiện"])
        + f'</li><li><a href="{CATEGORIES["tb"].path}">Thông báo</a></li>'
        '<li><a href="/van-ban-chi-dao">Văn bản chỉ đạo</a></li>'
        '<li><a href="/lich-cong-tac">Lịch công tác</a></li>'
        '<li class="has-sub"><a href="javascript:void(0)">Thư viện</a>'
        + sub([("/thu-vien-anh", "Thư viện ảnh"), ("/thu-vien-video", "Thư viện video")])
        + '</li><li><a href="/lien-he">Liên hệ</a></li></ul></nav>'
    )


def _header() -> str:
    return (
        '<div class="vt-topbar"><div class="container">'
        f'<span class="vt-topbar__date"><i class="fa fa-clock-o"></i> {TODAY}</span>'
        '<span class="vt-topbar__links"><a href="/rss"><i class="fa fa-rss"></i> RSS</a>'
        ' | <a href="https://dienbien.gov.vn">Cổng TTĐT tỉnh</a>'
        ' | <a href="http://127.0.0.2/quan-tri/dang-nhap">Đăng nhập</a></span></div></div>'
        '<header class="vt-banner"><div class="container">'
        '<a href="/" class="vt-logo"><img src="/Content/egov/images/logo-tct.png"'
        f' alt="{SITE}" /></a><div class="vt-banner__name">'
        '<p class="vt-banner__top">TỈNH ỦY ĐIỆN BIÊN</p>'
        '<p class="vt-banner__main">TRƯỜNG CHÍNH TRỊ TỈNH ĐIỆN BIÊN</p></div>'
        '<form class="vt-search" action="/tim-kiem" method="get">'
        '<input type="text" name="tukhoa" placeholder="Nhập từ khóa tìm kiếm..." />'
        '<button type="submit"><i class="fa fa-search"></i></button>'
        '<a href="/tim-kiem" class="vt-search__adv">Tìm kiếm nâng cao</a></form></div></header>'
        + _menu()
    )


def _box(title: str, inner: str, cls: str = "") -> str:
    return (
        f'<div class="vt-box {cls}"><div class="vt-box__head"><span>{esc(title)}</span></div>'
        f'<div class="vt-box__body">{inner}</div></div>'
    )


def _most_read() -> list[tuple[str, str]]:
    ranked = sorted(STORIES, key=lambda s: -s.views())[:4]
    out = [(f"/tin-tuc/chi-tiet?id={gid(s)}", s.title) for s in ranked]
    out.insert(2, (f"/tin-tuc/chi-tiet?id={REMOVED_GUID}", "Gặp mặt cán bộ hưu trí nhân dịp Tết"))
    return out


def _sidebar() -> str:
    newest = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a>'
        f' <span class="vt-date">{_dmy(_when(s))}</span></li>'
        for s in STORIES[:5]
    )
    most = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in _most_read())
    docs = "".join(
        f'<li><a href="{d.path}">{esc(d.number)}</a> - {esc(d.abstract[:70])}...</li>'
        for d in DOCS[:3]
    )
    poll = (
        '<form class="vt-poll" action="/BinhChon/GuiBinhChon" method="post">'
        "<p>Bạn đánh giá thế nào về Cổng thông tin điện tử của Nhà trường?</p>"
        '<label><input type="radio" name="phuongAn" value="1" /> Rất hữu ích</label>'
        '<label><input type="radio" name="phuongAn" value="2" /> Hữu ích</label>'
        '<label><input type="radio" name="phuongAn" value="3" /> Cần cải thiện</label>'
        '<button type="submit" class="btn btn-sm">Biểu quyết</button>'
        '<button type="button" class="btn btn-sm" onclick="vtKetQuaBinhChon()">Xem kết quả'
        "</button></form>"
    )
    links = (
        '<select class="vt-links" onchange="if(this.value) window.open(this.value)">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="https://www.hcma.vn">Học viện CTQG Hồ Chí Minh</option>'
        '<option value="https://dienbien.gov.vn">Cổng TTĐT tỉnh Điện Biên</option>'
        '<option value="https://baodienbienphu.vn">Báo Điện Biên Phủ</option></select>'
    )
    counter = (
        '<ul class="vt-counter"><li>Đang trực tuyến: <b>17</b></li><li>Hôm nay: <b>402</b></li>'
        "<li>Tháng này: <b>9.841</b></li><li>Tổng lượt truy cập: <b>1.204.556</b></li></ul>"
    )
    banners = (
        '<div class="vt-banners"><a href="https://dichvucong.gov.vn"><img'
        ' src="/Content/egov/images/banner-dvc.png" alt="Dịch vụ công" /></a>'
        '<a href="https://tulieuvankien.dangcongsan.vn"><img src="/Content/egov/images/'
        'banner-tlvk.png" alt="Tư liệu văn kiện Đảng" /></a></div>'
    )
    return (
        '<aside class="col-md-4 vt-sidebar">'
        + _box("Tin mới", f'<ul class="vt-list-mini">{newest}</ul>')
        + _box("Tin xem nhiều", f'<ul class="vt-list-mini">{most}</ul>')
        + _box(
            "Văn bản mới",
            f'<ul class="vt-list-mini">{docs}</ul>'
            '<a class="vt-more" href="/van-ban-chi-dao">Xem tất cả »</a>',
        )
        + banners
        + _box("Thăm dò ý kiến", poll)
        + _box("Liên kết website", links)
        + _box("Thống kê truy cập", counter)
        + "</aside>"
    )


def _footer() -> str:
    return (
        '<footer class="vt-footer"><div class="container">'
        f"<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ {SITE.upper()}</strong></p>"
        "<p>Cơ quan chủ quản: Tỉnh ủy Điện Biên. Chịu trách nhiệm chính: Lường Văn Thành -"
        " Hiệu trưởng.</p>"
        "<p>Địa chỉ: Tổ dân phố 5, phường Điện Biên Phủ, tỉnh Điện Biên. Điện thoại:"
        " 0215.3825.418 - Email: truongchinhtri@dienbien.gov.vn</p>"
        "<p>Giấy phép số 12/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch cấp ngày 20/3/2019."
        " Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>"
        '<p class="vt-footer__dev">Thiết kế và phát triển bởi Tổng Công ty Giải pháp Doanh'
        " nghiệp Viettel</p></div></footer>"
        '<a href="#" class="vt-totop" title="Về đầu trang"><i class="fa fa-chevron-up"></i></a>'
    )


def _crumbs(trail: list[tuple[str, str]]) -> str:
    items = ['<li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>']
    items += [f'<li><a href="{h}">{esc(n)}</a></li>' for h, n in trail]
    return f'<ol class="vt-breadcrumb">{"".join(items)}</ol>'


def _page(title: str, main: str, head: str = "", sidebar: bool = True) -> str:
    side = _sidebar() if sidebar else ""
    cols = "col-md-8" if sidebar else "col-md-12"
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)} - {SITE}</title>
<meta name="generator" content="eGov Portal 4.2" />
<link rel="shortcut icon" href="/favicon.ico" />
<link href="/Content/bootstrap.min.css" rel="stylesheet" />
<link href="/Content/egov/css/portal.css" rel="stylesheet" />
<link href="/Content/egov/css/font-awesome.min.css" rel="stylesheet" />
{head}
<script src="/Scripts/jquery-3.4.1.min.js"></script>
</head>
<body class="vt-site">
{_header()}
<div class="container vt-main"><div class="row">
<div class="{cols} vt-content">
{main}
</div>
{side}
</div></div>
{_footer()}
<script src="/Scripts/bootstrap.min.js"></script>
<script src="/Content/egov/js/portal.js"></script>
</body>
</html>
"""


# --- pages ---------------------------------------------------------------------------------


def _article(story: Story, base: str) -> str:
    cat = CATEGORIES[story.cat]
    g = gid(story)
    when = _when(story)
    sapo = (
        f'<div class="vt-article__sapo" style="font-weight:bold">{_t(story.summary, story)}</div>'
        if story.summary
        else ""
    )
    fields = ""
    if story.opts.get("author_field"):
        fields += (
            f'<div class="vt-article__author">Tác giả: <b>{_t(story.opts["author_field"], story)}'
            "</b></div>"
        )
    if story.opts.get("source_field"):
        fields += (
            f'<div class="vt-article__source">Nguồn: <i>{_t(story.opts["source_field"], story)}'
            "</i></div>"
        )
    if story.opts.get("poster"):
        fields += f'<div class="vt-article__poster">Người đăng: {story.opts["poster"]}</div>'
    attach = ""
    if story.opts.get("file"):
        href, label, size = story.opts["file"]
        attach = (
            '<div class="vt-attach"><span class="vt-attach__label"><i class="fa fa-paperclip">'
            f'</i> File đính kèm:</span><ul><li><a href="{href}" target="_blank">{esc(label)}</a>'
            f" ({size})</li></ul></div>"
        )
    others = [s for s in in_cat(story.cat) if s is not story][:5]
    related = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a>'
        f' <span class="vt-date">({_dmy(_when(s))})</span></li>'
        for s in others
    )
    url = base + article_path(story)
    meta = ""
    if story.opts["dateline"] in ("news", "notice"):
        meta = (
            f'<meta property="article:published_time" content="{when:%Y-%m-%dT%H:%M:%S}+07:00" />'
        )
    head = (
        f'<link rel="canonical" href="{url}" />\n'
        f'<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(story.title)}" />\n'
        f'<meta property="og:url" content="{url}" />\n{meta}'
    )
    main = (
        _crumbs([(cat.path, cat.name)]) + f'<div class="vt-article" data-id="{g}">'
        f'<h1 class="vt-article__title">{_title(story)}</h1>'
        f'<div class="vt-article__meta">{_dateline(story)}'
        f'<span class="vt-article__views"><i class="fa fa-eye"></i> Lượt xem: {story.views()}'
        "</span></div>"
        '<div class="vt-article__tools">'
        '<a href="javascript:void(0)" onclick="vtFontSize(-1)" title="Giảm cỡ chữ">A-</a>'
        '<a href="javascript:void(0)" onclick="vtFontSize(0)" title="Cỡ chữ mặc định">A</a>'
        '<a href="javascript:void(0)" onclick="vtFontSize(1)" title="Tăng cỡ chữ">A+</a>'
        f'<a href="/tin-tuc/in-bai/{g}" target="_blank" rel="nofollow"><i class="fa fa-print">'
        "</i> In bài</a>"
        f'<a href="mailto:?subject={esc(story.title)}&amp;body={url}"><i class="fa fa-envelope">'
        "</i> Gửi email</a></div>"
        + sapo
        + f'<div class="vt-article__body">\n{_body(story)}\n</div>'
        + fields
        + attach
        + '<div class="vt-share">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php'
        f'?u={url}" target="_blank">Facebook</a> <div class="zalo-share-button"'
        f' data-href="{url}" data-oaid="579745863508352884"></div></div>'
        + "</div>"
        + '<div class="vt-related"><div class="vt-related__head">Tin cùng chuyên mục</div>'
        f'<ul>{related}</ul><a class="vt-more" href="{cat.path}">Xem thêm »</a></div>'
    )
    return _page("Chi tiết tin tức", main, head)


def _print_view(story: Story, base: str) -> str:
    url = base + article_path(story)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>In bài viết - {SITE}</title>
<meta name="robots" content="noindex, nofollow" />
<link rel="canonical" href="{url}" />
<link href="/Content/egov/css/print.css" rel="stylesheet" /></head>
<body onload="window.print()">
<div class="vt-print__head">{SITE.upper()}<br />Địa chỉ: {url}</div>
<h1>{_title(story)}</h1>
<p class="vt-print__date">{_dmy(_when(story))}</p>
{f"<p><b>{_t(story.summary, story)}</b></p>" if story.summary else ""}
{_body(story)}
<p class="vt-print__foot">Bản quyền thuộc {SITE}</p>
</body></html>
"""


def _soft_404() -> str:
    main = (
        _crumbs([("javascript:void(0)", "Chi tiết tin tức")])
        + '<div class="vt-alert vt-alert--warning"><i class="fa fa-exclamation-triangle"></i>'
        " Tin bài không tồn tại hoặc đã bị gỡ bỏ. Vui lòng quay lại"
        ' <a href="/">Trang chủ</a>.</div>'
    )
    return _page("Chi tiết tin tức", main)


def _category(cat: Category, base: str) -> str:
    items = in_cat(cat.key)
    pages = _pages(len(items), PAGE_SIZE)
    chunk = items[:PAGE_SIZE]
    head = (
        f'<link rel="alternate" type="application/rss+xml" title="{esc(cat.name)}"'
        f' href="{base}/rss/{cat.slug}.rss" />'
    )
    main = (
        _crumbs([(cat.path, cat.name)])
        + f'<h2 class="vt-heading">{esc(cat.name)}</h2>'
        + f'<div class="vt-list" id="vt-list-{cat.slug}">\n'
        + "\n".join(_item(s) for s in chunk)
        + "\n"
        + _pager(cat, 1, pages)
        + "</div>"
        + _PAGER_SCRIPT
    )
    return _page(cat.name, main, head)


def _home(base: str) -> str:
    slides = "".join(
        f'<div class="vt-slide"><a href="/tin-tuc/chi-tiet/{gid(s).upper()}">{_thumb(s)}</a>'
        f'<a class="vt-slide__title" href="/tin-tuc/chi-tiet/{gid(s).upper()}">'
        f"{esc(s.title)}</a></div>"
        for s in SLIDER
    )
    blocks = []
    for cat in CATEGORIES.values():
        items = in_cat(cat.key)[:3]
        lis = "".join(
            f'<li><a href="{article_path(s)}">{esc(s.title)}</a>'
            f' <span class="vt-date">({_dmy(_when(s))})</span></li>'
            for s in items
        )
        blocks.append(
            _box(
                cat.name,
                f'<ul class="vt-list-mini">{lis}</ul><a class="vt-more"'
                f' href="{cat.path}">Xem thêm »</a>',
                "vt-box--cat",
            )
        )
    albums = "".join(
        f'<a href="{a.path}" class="vt-album"><img src="{UP}/Albums/{a.photos[0][0]}" alt="" />'
        f"<span>{esc(a.title)}</span></a>"
        for a in ALBUMS[:2]
    )
    videos = "".join(f'<li><a href="{v.path}">{esc(v.title)}</a></li>' for v in VIDEOS)
    week = _box(
        "Lịch công tác tuần",
        '<p>Tuần 48 (23/11/2026 - 29/11/2026)</p><a class="vt-more" href="/lich-cong-tac">'
        "Xem chi tiết »</a>",
    )
    main = (
        f'<div class="vt-slider" data-ride="carousel">{slides}</div>'
        + "".join(blocks)
        + week
        + _box("Thư viện ảnh", albums + '<a class="vt-more" href="/thu-vien-anh">Xem thêm »</a>')
        + _box("Video", f"<ul>{videos}</ul>")
    )
    head = f'<meta name="description" content="Cổng thông tin điện tử {SITE}" />'
    return _page("Trang chủ", main, head)


def _docs(page: int, params: dict[str, str]) -> str:
    pages = _pages(len(DOCS), DOCS_PER_PAGE)
    page = min(max(page, 1), pages)
    rows = "".join(
        f'<tr><td>{(page - 1) * DOCS_PER_PAGE + n}</td><td><a href="{d.path}">{esc(d.number)}'
        f"</a></td><td>{d.issued}</td><td>{esc(d.abstract)}</td><td>"
        f'<a href="{d.file}" title="Tải về"><i class="fa fa-download"></i></a></td></tr>'
        for n, d in enumerate(DOCS[(page - 1) * DOCS_PER_PAGE : page * DOCS_PER_PAGE], 1)
    )
    links = "".join(
        f'<li class="active"><span>{n}</span></li>'
        if n == page
        else f'<li><a href="/van-ban-chi-dao?trang={n}">{n}</a></li>'
        for n in range(1, pages + 1)
    )
    kinds = "".join(
        f'<option value="{esc(k)}">{esc(k)}</option>' for k in sorted({d.kind for d in DOCS})
    )
    main = (
        _crumbs([("/van-ban-chi-dao", "Văn bản chỉ đạo")])
        + '<h2 class="vt-heading">Văn bản chỉ đạo</h2>'
        '<form class="vt-filter" action="/van-ban-chi-dao" method="get">'
        f'<input type="text" name="soKyHieu" value="{esc(params.get("soKyHieu", ""))}"'
        ' placeholder="Số/Ký hiệu" /><select name="loai"><option value="">-- Loại văn bản --'
        f"</option>{kinds}</select>"
        '<input type="text" name="tuNgay" placeholder="Từ ngày (dd/mm/yyyy)" />'
        '<button type="submit">Tìm kiếm</button></form>'
        '<table class="table table-bordered vt-docs"><thead><tr><th>STT</th><th>Số/Ký hiệu</th>'
        "<th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>"
        f'<tbody>{rows}</tbody></table><ul class="pagination">{links}</ul>'
    )
    return _page("Văn bản chỉ đạo", main)


def _doc_page(d: Doc) -> str:
    main = (
        _crumbs([("/van-ban-chi-dao", "Văn bản chỉ đạo")]) + '<table class="table vt-doc"><tbody>'
        f"<tr><th>Số/Ký hiệu</th><td>{esc(d.number)}</td></tr>"
        f"<tr><th>Ngày ban hành</th><td>{d.issued}</td></tr>"
        f"<tr><th>Loại văn bản</th><td>{esc(d.kind)}</td></tr>"
        f"<tr><th>Cơ quan ban hành</th><td>{esc(d.issuer)}</td></tr>"
        f"<tr><th>Người ký</th><td>{esc(d.signer)}</td></tr>"
        f"<tr><th>Trích yếu</th><td>{esc(d.abstract)}</td></tr>"
        f'<tr><th>Tệp đính kèm</th><td><a href="{d.file}">{esc(d.file.rsplit("/", 1)[1])}</a>'
        "</td></tr></tbody></table>"
        '<a href="/van-ban-chi-dao" class="vt-back">« Quay lại</a>'
    )
    return _page("Chi tiết văn bản", main)


def _week_start(year: int, week: int) -> date:
    return date.fromisocalendar(year, 1, 1) + timedelta(weeks=week - 1)


def _calendar(year: int, week: int) -> str:
    start = _week_start(year, week)
    prev_y, prev_w, _ = (start - timedelta(days=7)).isocalendar()
    next_y, next_w, _ = (start + timedelta(days=7)).isocalendar()
    entries = _SCHEDULE.get((year, week), [])
    rows = []
    for d in range(7):
        day = start + timedelta(days=d)
        todays = [e for e in entries if e[0] == d]
        cell = "".join(
            f'<div class="vt-cal__item"><b>{t}</b> {esc(c)} <i>({esc(p)})</i></div>'
            for _, t, c, p in todays
        )
        rows.append(
            f"<tr><td>{WEEKDAY_NAMES[d]}<br />{day:%d/%m/%Y}</td><td>{cell or '&nbsp;'}</td></tr>"
        )
    nav = ""
    if (prev_y, prev_w) >= (1900, 1):
        nav += f'<a href="/lich-cong-tac?tuan={prev_w}&amp;nam={prev_y}" class="vt-cal__prev">'
        nav += "« Tuần trước</a>"
    nav += '<a href="/lich-cong-tac" class="vt-cal__now">Tuần hiện tại</a>'
    if next_y <= 2999:
        nav += f'<a href="/lich-cong-tac?tuan={next_w}&amp;nam={next_y}" class="vt-cal__next">'
        nav += "Tuần sau »</a>"
    empty = "" if entries else '<p class="vt-empty">Chưa có lịch công tác tuần này.</p>'
    main = (
        _crumbs([("/lich-cong-tac", "Lịch công tác")])
        + f'<h2 class="vt-heading">Lịch công tác tuần {week} năm {year}</h2>'
        f'<p class="vt-cal__range">Từ ngày {start:%d/%m/%Y} đến ngày'
        f" {start + timedelta(days=6):%d/%m/%Y}</p>"
        f'<div class="vt-cal__nav">{nav}</div>'
        '<form class="vt-cal__pick" action="/lich-cong-tac" method="get">'
        f'<input type="number" name="tuan" value="{week}" /><input type="number" name="nam"'
        f' value="{year}" /><button type="submit">Xem</button></form>'
        '<table class="table table-bordered vt-cal"><thead><tr><th>Thứ/Ngày</th><th>Nội dung'
        f"</th></tr></thead><tbody>{''.join(rows)}</tbody></table>{empty}"
    )
    return _page("Lịch công tác", main)


def _albums() -> str:
    cards = "".join(
        f'<div class="vt-album-card"><a href="{a.path}"><img src="{UP}/Albums/{a.photos[0][0]}"'
        f' alt="" /></a><a href="{a.path}" class="vt-album-card__title">{esc(a.title)}</a>'
        f"<span>{a.day} - {len(a.photos)} ảnh</span></div>"
        for a in ALBUMS
    )
    main = _crumbs([("/thu-vien-anh", "Thư viện ảnh")]) + f'<div class="vt-albums">{cards}</div>'
    return _page("Thư viện ảnh", main)


def _album(a: Album) -> str:
    photos = "".join(
        f'<a href="{UP}/Albums/{f}" data-fancybox="gallery" data-caption="{esc(c)}">'
        f'<img src="{UP}/Albums/thumb/{f}" alt="{esc(c)}" /></a>'
        for f, c in a.photos
    )
    main = (
        _crumbs([("/thu-vien-anh", "Thư viện ảnh")])
        + f'<h2 class="vt-heading">{esc(a.title)}</h2><span class="vt-date">{a.day}</span>'
        f'<div class="vt-gallery">{photos}</div>'
    )
    return _page("Thư viện ảnh", main)


def _videos() -> str:
    items = "".join(
        f'<div class="vt-video-card"><a href="{v.path}"><img'
        f' src="https://img.youtube.com/vi/{v.youtube}/hqdefault.jpg" alt="" /></a>'
        f'<a href="{v.path}">{esc(v.title)}</a> <span class="vt-date">{v.day}</span></div>'
        for v in VIDEOS
    )
    main = (
        _crumbs([("/thu-vien-video", "Thư viện video")]) + f'<div class="vt-videos">{items}</div>'
    )
    return _page("Thư viện video", main)


def _video(v: Video) -> str:
    others = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a></li>' for o in VIDEOS if o != v)
    main = (
        _crumbs([("/thu-vien-video", "Thư viện video")])
        + f'<h2 class="vt-heading">{esc(v.title)}</h2><span class="vt-date">{v.day}</span>'
        f'<div class="vt-player"><iframe width="720" height="405"'
        f' src="https://www.youtube.com/embed/{v.youtube}" frameborder="0" allowfullscreen>'
        f'</iframe></div><div class="vt-related__head">Video khác</div><ul>{others}</ul>'
    )
    return _page("Thư viện video", main)


def _static(path: str) -> str:
    title, paras = STATIC_PAGES[path]
    main = (
        _crumbs([(path, title)])
        + f'<h2 class="vt-heading">{esc(title)}</h2><div class="vt-static">'
        + "".join(f"<p>{esc(p)}</p>" for p in paras)
        + "</div>"
    )
    return _page(title, main)


def _contact() -> str:
    main = (
        _crumbs([("/lien-he", "Liên hệ")]) + '<h2 class="vt-heading">Liên hệ</h2>'
        f"<p><b>{SITE}</b></p><p>Địa chỉ: Tổ dân phố 5, phường Điện Biên Phủ, tỉnh Điện Biên</p>"
        "<p>Điện thoại: 0215.3825.418 - Fax: 0215.3825.419</p>"
        '<form class="vt-contact" action="/lien-he/gui" method="post">'
        '<input type="text" name="hoTen" placeholder="Họ và tên (*)" />'
        '<input type="email" name="email" placeholder="Email (*)" />'
        '<input type="text" name="tieuDe" placeholder="Tiêu đề" />'
        '<textarea name="noiDung" placeholder="Nội dung (*)"></textarea>'
        '<button type="submit">Gửi liên hệ</button></form>'
    )
    return _page("Liên hệ", main)


def _search(keyword: str) -> str:
    found = [s for s in STORIES if keyword and keyword.lower() in s.title.lower()]
    result = (
        "".join(_item(s) for s in found)
        if keyword
        else '<p class="vt-empty">Nhập từ khóa để tìm kiếm.</p>'
    )
    if keyword and not found:
        result = '<p class="vt-empty">Không tìm thấy kết quả phù hợp.</p>'
    main = (
        _crumbs([("/tim-kiem", "Tìm kiếm")])
        + '<form class="vt-search-page" action="/tim-kiem" method="get">'
        f'<input type="text" name="tukhoa" value="{esc(keyword)}" />'
        '<button type="submit">Tìm kiếm</button></form>'
        f'<div class="vt-list">{result}</div>'
    )
    return _page("Tìm kiếm", main)


def _rss_index(base: str) -> str:
    rows = "".join(
        f'<tr><td>{esc(c.name)}</td><td><a href="{base}/rss/{c.slug}.rss">'
        f"{base}/rss/{c.slug}.rss</a></td></tr>"
        for c in CATEGORIES.values()
    )
    main = (
        _crumbs([("/rss", "RSS")])
        + '<h2 class="vt-heading">Kênh RSS</h2><p>Các kênh tin RSS của Cổng thông tin điện tử'
        f' {SITE}:</p><table class="table">{rows}</table>'
    )
    return _page("RSS", main)


def _rss(base: str, cat: Category) -> str:
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{article_path(s)}</link>"
        f'<guid isPermaLink="false">{gid(s)}</guid>'
        f"<description>{esc(_teaser(s))}</description>"
        f"<pubDate>{format_datetime(_when(s).replace(tzinfo=_TZ))}</pubDate></item>"
        for s in in_cat(cat.key)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{esc(cat.name)} - {SITE}</title><link>{base}{cat.path}</link>"
        f"<description>{esc(cat.name)}</description><language>vi-VN</language>{items}"
        "</channel></rss>"
    )


def _sitemap(base: str) -> str:
    urls = [(base + "/", None)]
    urls += [(base + c.path, None) for c in CATEGORIES.values()]
    urls += [(base + article_path(s), _when(s).date().isoformat()) for s in STORIES]
    body = "".join(
        f"<url><loc>{u}</loc>" + (f"<lastmod>{m}</lastmod>" if m else "") + "</url>"
        for u, m in urls
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>'
    )


def _robots(base: str) -> str:
    return (
        "User-agent: *\nDisallow: /quan-tri/\nDisallow: /Admin/\nDisallow: /tin-tuc/in-bai/\n"
        f"Sitemap: {base}/sitemap.xml\n"
    )


_TZ = timezone(timedelta(hours=7))
_GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def _page_int(value: str | None, default: int = 1) -> int:
    try:
        return int(value or default)
    except ValueError:
        return default


def _ok(body: str) -> Response:
    return html(
        body,
        headers={
            "X-Powered-By": "ASP.NET",
            "X-AspNetMvc-Version": "5.2",
            "Cache-Control": "private",
        },
    )


class ViettelEgovTCT:
    """The sub-portal: routes the product's MVC URLs to pages for the request's host."""

    def respond(self, request: Request) -> Response | None:
        base = base_url(request)
        path = request.path
        params = request.params
        if path.startswith(("/UploadFiles/", "/Content/", "/Scripts/")) or path == "/favicon.ico":
            if path.lower().endswith(".pdf"):
                known = {s.opts["file"][0] for s in STORIES if s.opts.get("file")}
                known |= {d.file for d in DOCS}
                return (
                    Response(200, PDF, {"Content-Type": "application/pdf"})
                    if path in known
                    else None
                )
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, _robots(base), {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/sitemap.xml":
            return Response(200, _sitemap(base), {"Content-Type": "application/xml; charset=utf-8"})
        if path == PARTIAL:
            if request.method != "POST":
                return Response(405, b"", {"Allow": "POST", "Content-Type": "text/html"})
            form = request.form
            cat = next(
                (c for c in CATEGORIES.values() if c.gid == form.get("chuyenMucId", "").lower()),
                None,
            )
            if cat is None:
                return _ok('<div class="vt-empty">Không có dữ liệu</div>')
            return _ok(_list_fragment(cat, _page_int(form.get("pageIndex"))))
        if path in ("/", "/trang-chu"):
            return _ok(_home(base)) if path == "/" else None
        if m := re.fullmatch(r"/chuyen-muc/([a-z-]+)", path):
            cat = next((c for c in CATEGORIES.values() if c.slug == m.group(1)), None)
            return _ok(_category(cat, base)) if cat else None
        if m := re.fullmatch(r"/rss/([a-z-]+)\.rss", path):
            cat = next((c for c in CATEGORIES.values() if c.slug == m.group(1)), None)
            if cat is None:
                return None
            return Response(
                200, _rss(base, cat), {"Content-Type": "application/rss+xml; charset=utf-8"}
            )
        if path == "/rss":
            return _ok(_rss_index(base))
        if path == "/tin-tuc/chi-tiet":
            return self._detail(params.get("id", ""), base)
        if m := re.fullmatch(r"/tin-tuc/chi-tiet/([^/]+)", path):
            return self._detail(m.group(1), base)
        if m := re.fullmatch(r"/tin-tuc/in-bai/([^/]+)", path):
            story = _BY_GUID.get(m.group(1).lower())
            return _ok(_print_view(story, base)) if story else None
        if path == "/van-ban-chi-dao":
            return _ok(_docs(_page_int(params.get("trang")), params))
        if m := re.fullmatch(r"/van-ban-chi-dao/chi-tiet/([^/]+)", path):
            d = _DOC_BY_GUID.get(m.group(1).lower())
            return _ok(_doc_page(d)) if d else None
        if path == "/lich-cong-tac":
            if "tuan" not in params and "nam" not in params:
                return _ok(_calendar(*THIS_WEEK))
            year = _page_int(params.get("nam"), THIS_WEEK[0])
            week = _page_int(params.get("tuan"), THIS_WEEK[1])
            if not (1900 <= year <= 2999) or not 1 <= week <= 53:
                return None
            if week > date(year, 12, 28).isocalendar()[1]:
                return None
            return _ok(_calendar(year, week))
        if path == "/thu-vien-anh":
            return _ok(_albums())
        if m := re.fullmatch(r"/thu-vien-anh/chi-tiet/([^/]+)", path):
            a = next((a for a in ALBUMS if a.path.endswith("/" + m.group(1).lower())), None)
            return _ok(_album(a)) if a else None
        if path == "/thu-vien-video":
            return _ok(_videos())
        if m := re.fullmatch(r"/thu-vien-video/chi-tiet/([^/]+)", path):
            v = next((v for v in VIDEOS if v.path.endswith("/" + m.group(1).lower())), None)
            return _ok(_video(v)) if v else None
        if path in STATIC_PAGES:
            return _ok(_static(path))
        if path == "/lien-he":
            return _ok(_contact())
        if path == "/tim-kiem":
            return _ok(_search(params.get("tukhoa", "")))
        return None

    @staticmethod
    def _detail(value: str, base: str) -> Response | None:
        if not _GUID.match(value):
            return None
        story = _BY_GUID.get(value.lower())
        return _ok(_article(story, base)) if story else _ok(_soft_404())


def build_site() -> ViettelEgovTCT:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return ViettelEgovTCT()
